//! Places whose position is only their town's centre ("Lage ungefähr"): a table's rows imported
//! without coordinates carry the mark in `source` (`check::csv::placing`), so the page shows them
//! as it shows a place started from a town, and moving the pin by hand takes the import's mark off.

use super::document::{Document, Draft, Key};
use crate::check::csv::placing::{is_rough, marked, unmarked};
use serde_json::Value;

/// The places of `docs` (file index, key) whose `source` says their position is rough.
pub fn rough_places(docs: &[Document]) -> Vec<(usize, Key)> {
    let rough = docs
        .iter()
        .enumerate()
        .flat_map(|(f, doc)| doc.entries().filter(|(_, d)| is_rough(d.text("source"))).map(move |(k, _)| (f, k)));
    rough.collect()
}

/// A new place started at a town's centre or the map's: marked as an imported row is, so the
/// saved file says its position is rough until it is placed by hand.
pub fn started_roughly(d: &mut Draft) {
    if !is_rough(d.text("source")) {
        d.set("source", Some(Value::String(marked(d.text("source").unwrap_or_default()))));
    }
}

/// A place just placed by hand: the mark the import put in `source` is taken off (a mark the
/// editors wrote themselves, with more words, stays).
pub fn placed(d: &mut Draft) {
    if let Some(rest) = d.text("source").and_then(unmarked) {
        d.set("source", rest.map(Value::String));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imported_rows_are_rough_until_placed() {
        let text = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[9.88147,53.32926]},"properties":{"id":"a","name":"A","category":"betrieb","source":"IHK-Liste – Lage ungefähr"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[9.9,53.3]},"properties":{"id":"b","name":"B","category":"betrieb"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[9.99,53.32]},"properties":{"id":"c","name":"C","category":"betrieb","source":"Lage ungefähr"}}
]}"#;
        let docs = vec![Document::parse("neu.geojson", text).unwrap()];
        let rough = rough_places(&docs);
        let ids: Vec<&str> = rough.iter().filter_map(|(f, k)| docs[*f].get(*k)?.id()).collect();
        assert_eq!(ids, ["a", "c"]);
        let mut a = docs[0].get(rough[0].1).unwrap().clone();
        placed(&mut a);
        assert_eq!(a.text("source"), Some("IHK-Liste"));
        let mut c = docs[0].get(rough[1].1).unwrap().clone();
        placed(&mut c);
        assert_eq!(c.get("source"), None);
        // The sample data's own words say where the position came from: kept.
        let shipped = Document::parse("beratung.geojson", include_str!("../../public/data/beratung.geojson")).unwrap();
        let mut d = shipped.entries().map(|(_, d)| d.clone()).find(|d| is_rough(d.text("source"))).unwrap();
        let before = d.text("source").map(str::to_string);
        placed(&mut d);
        assert_eq!(d.text("source").map(str::to_string), before);
    }

    #[test]
    fn a_place_started_at_a_town_is_rough_until_placed() {
        let mut d = Draft::new("neu", "Neu", "betrieb", Some([9.87, 53.32]));
        started_roughly(&mut d);
        assert_eq!(d.text("source"), Some("Lage ungefähr"));
        started_roughly(&mut d);
        assert_eq!(d.text("source"), Some("Lage ungefähr"), "marked once");
        placed(&mut d);
        assert_eq!(d.get("source"), None);
        let mut said = Draft::new("neu", "Neu", "betrieb", None);
        said.set("source", Some(Value::String("Telefonat".into())));
        started_roughly(&mut said);
        assert_eq!(said.text("source"), Some("Telefonat – Lage ungefähr"));
    }
}
