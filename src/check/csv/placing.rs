//! Rows without coordinates: partners' lists usually have none, and a row left out is a firm the
//! editor has to find and type again. Such a row comes in at the middle of its town (the district's
//! gazetteer: the base layer's municipalities and the config's localities), marked "Lage ungefähr"
//! in its `source` as the sample data marks places at a town's centre, and is named to be placed
//! by hand.

use crate::check::Files;
use crate::geo::LonLat;
use crate::model::{Config, Gazetteer, Locality};
use serde_json::{Map, Value};
use std::path::Path;

/// The words in `source` that mark a place whose position is only its town's (or district's)
/// centre; the config's note tells visitors what "ungefähr" means.
pub const ROUGH: &str = "Lage ungefähr";

/// Where a row without coordinates goes.
pub struct Placing {
    district: Gazetteer,
    /// For a row whose town the district does not know either.
    centre: LonLat,
}

impl Default for Placing {
    /// The shipped municipalities, around their middle (no config to say more).
    fn default() -> Self {
        Self::new(crate::check::postcode::district(None, &[]), None)
    }
}

impl Placing {
    /// The district's towns, and its centre: the map's own (`center` of the config, where the
    /// editors framed the district), else the middle of its towns.
    pub fn new(district: Gazetteer, centre: Option<LonLat>) -> Self {
        let middle = || {
            let n = district.entries().len().max(1) as f64;
            let (lon, lat) = district.entries().iter().fold((0.0, 0.0), |(x, y), l| (x + l.at.lon, y + l.at.lat));
            LonLat::new(lon / n, lat / n)
        };
        let centre = centre.filter(LonLat::is_valid).unwrap_or_else(middle);
        Self { district, centre }
    }

    /// The district of the config at `config_path` (its base layer's areas read beside it).
    pub fn of_config(files: &dyn Files, config_path: &Path, config: &Config) -> Self {
        Self::new(crate::check::postcode::district_of(files, config_path, config), Some(config.center))
    }

    /// For a config held as JSON text (the check page's picked config): its localities and
    /// centre; the areas file is not at hand there, so the shipped municipalities stand in.
    pub fn of_config_text(text: Option<&str>) -> Self {
        match text.and_then(|t| crate::model::parse_config(t.trim_start_matches('\u{feff}')).ok()) {
            Some(c) => Self::new(crate::check::postcode::district(None, &c.localities), Some(c.center)),
            None => Self::default(),
        }
    }

    /// The town a row names, as the district knows it: its town, else its municipality (a town
    /// part the district does not list), else its postcode.
    pub fn town(&self, props: &Map<String, Value>) -> Option<&Locality> {
        let text = |k: &str| props.get(k).and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty());
        ["city", "municipality", "postcode"].iter().filter_map(|k| text(k)).find_map(|t| self.district.find(t))
    }

    /// The point for a row without coordinates, and the town it stands for (None: the district's
    /// centre). The point is rounded as the editors' page rounds a new place's.
    pub fn place(&self, props: &Map<String, Value>) -> ([f64; 2], Option<String>) {
        let round = |v: f64| (v * 1e6).round() / 1e6;
        let town = self.town(props);
        let at = town.map_or(self.centre, |l| l.at);
        ([round(at.lon), round(at.lat)], town.map(|l| l.name.clone()))
    }
}

/// Marks a place as placed roughly, keeping what its `source` already says.
pub fn mark(props: &mut Map<String, Value>) {
    let source = props.get("source").and_then(Value::as_str).unwrap_or_default();
    props.insert("source".into(), Value::String(marked(source)));
}

/// `source` with the rough mark added to what it says.
pub fn marked(source: &str) -> String {
    let source = source.trim();
    if source.is_empty() { ROUGH.to_string() } else { format!("{source} – {ROUGH}") }
}

/// Whether a place's `source` says its position is only roughly known.
pub fn is_rough(source: Option<&str>) -> bool {
    source.is_some_and(|s| s.contains(ROUGH))
}

/// `source` once the place has been placed by hand: the mark `mark` added taken off again
/// (None when nothing else was said). A mark written otherwise stays: it may say more.
pub fn unmarked(source: &str) -> Option<Option<String>> {
    let s = source.trim();
    if s == ROUGH {
        return Some(None);
    }
    s.strip_suffix(ROUGH).and_then(|r| r.strip_suffix(" – ")).map(|r| Some(r.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn props(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn a_row_goes_to_its_town_else_the_district_s_centre() {
        let p = Placing::default();
        let (at, town) = p.place(&props(json!({"city": "Buchholz", "postcode": "21423"})));
        assert_eq!((at, town.as_deref()), ([9.88147, 53.32926], Some("Buchholz in der Nordheide")), "the town first");
        let (at, town) = p.place(&props(json!({"city": "Hittfeld", "municipality": "Seevetal"})));
        assert_eq!((at, town.as_deref()), ([10.03487, 53.37771], Some("Seevetal")));
        let (_, town) = p.place(&props(json!({"city": "Irgendwo", "postcode": "21423"})));
        assert_eq!(town.as_deref(), Some("Winsen (Luhe)"), "by its postcode");
        let (at, town) = p.place(&props(json!({"city": "Hamburg", "postcode": "20095"})));
        assert_eq!(town, None);
        assert!((9.6..10.5).contains(&at[0]) && (53.1..53.5).contains(&at[1]), "inside the district: {at:?}");
        let config = crate::model::parse_config(include_str!("../../../public/config.json")).unwrap();
        let shipped = Placing::of_config_text(Some(include_str!("../../../public/config.json")));
        assert_eq!(shipped.place(&Map::new()).0, [config.center.lon, config.center.lat], "the map's centre");
    }

    #[test]
    fn the_mark_in_the_source_and_off_again() {
        let mut p = props(json!({"name": "A"}));
        mark(&mut p);
        assert_eq!(p["source"], "Lage ungefähr");
        let mut q = props(json!({"source": "IHK-Liste 2026"}));
        mark(&mut q);
        assert_eq!(q["source"], "IHK-Liste 2026 – Lage ungefähr");
        assert!(is_rough(q["source"].as_str()) && !is_rough(Some("IHK-Liste")) && !is_rough(None));
        assert_eq!(unmarked("IHK-Liste 2026 – Lage ungefähr"), Some(Some("IHK-Liste 2026".into())));
        assert_eq!(unmarked("Lage ungefähr"), Some(None));
        assert_eq!(unmarked("Beispieldaten – Lage ungefähr (Wochenblatt)"), None);
    }
}
