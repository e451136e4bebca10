//! A partner's places joining the open files: which file they go to by their category, and their
//! ids made unique across every file, so the saved set passes the check as a whole.

use super::document::{Document, Draft};
use super::ids::make_id;
use serde_json::Value;
use std::collections::HashSet;

/// The file whose places are most often of `category` (a firm goes where the firms are); of
/// files with as many, the one where they are the larger share. None if no file has one.
pub fn file_for(docs: &[Document], category: &str) -> Option<usize> {
    let counted = docs.iter().enumerate().map(|(i, doc)| {
        let all = doc.entries().count();
        let of_it = doc.entries().filter(|(_, d)| d.text("category") == Some(category)).count();
        (i, of_it, all)
    });
    // Shares compared as of_it / all without division: a * d > c * b.
    let best = counted.filter(|(_, n, _)| *n > 0).reduce(|best, next| {
        let (_, n, all) = next;
        let (_, bn, ball) = best;
        if n > bn || (n == bn && n * ball > bn * all) { next } else { best }
    });
    best.map(|(i, _, _)| i)
}

/// The file a list's places go to unless the editor says otherwise: the file of the category
/// most of them have, else the first file.
pub fn file_for_places(docs: &[Document], places: &[Draft]) -> usize {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for c in places.iter().filter_map(|d| d.text("category")) {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    // The first of the most common (max_by_key would take the last).
    let most = counts.iter().fold(None::<(&str, usize)>, |m, &(c, n)| match m {
        Some((_, best)) if best >= n => m,
        _ => Some((c, n)),
    });
    most.and_then(|(c, _)| file_for(docs, c)).unwrap_or(0)
}

/// A feature as a new place for the editor: its properties in the contract's order (a new place
/// is written in its file's style, not its source's), its point if it has one.
pub fn draft_of(feature: &Value) -> Option<Draft> {
    let props = feature.get("properties")?.as_object()?;
    let text = |k: &str| props.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let position = feature
        .pointer("/geometry/coordinates")
        .and_then(Value::as_array)
        .and_then(|c| Some([c.first()?.as_f64()?, c.get(1)?.as_f64()?]));
    let mut draft = Draft::new(&text("id"), &text("name"), &text("category"), position);
    for (key, value) in props.iter().filter(|(k, _)| !["id", "name", "category"].contains(&k.as_str())) {
        draft.set(key, Some(value.clone()));
    }
    Some(draft)
}

/// The places given ids no place in `docs` has, nor one given before them: a taken id (or none)
/// becomes one made from it (or from the name) with a number added, as the form makes ids.
pub fn with_unique_ids(docs: &[Document], places: Vec<Draft>) -> Vec<Draft> {
    let mut taken: HashSet<String> =
        docs.iter().flat_map(|doc| doc.entries().filter_map(|(_, d)| d.id().map(str::to_string))).collect();
    places
        .into_iter()
        .map(|mut d| {
            let given = d.id().filter(|id| !id.trim().is_empty()).map(str::to_string);
            let id = match given {
                Some(id) if !taken.contains(&id) => id,
                given => make_id(given.as_deref().or(d.name()).unwrap_or_default(), |id| taken.contains(id)),
            };
            taken.insert(id.clone());
            d.set("id", Some(Value::String(id)));
            d
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::history::History;
    use serde_json::json;

    fn published() -> Vec<Document> {
        [
            ("schulen.geojson", include_str!("../../public/data/schulen.geojson")),
            ("betriebe.geojson", include_str!("../../public/data/betriebe.geojson")),
            ("beratung.geojson", include_str!("../../public/data/beratung.geojson")),
        ]
        .into_iter()
        .map(|(n, t)| Document::parse(n, t).unwrap())
        .collect()
    }

    fn place(id: &str, name: &str, category: &str) -> Draft {
        Draft::new(id, name, category, Some([9.9, 53.3]))
    }

    #[test]
    fn firms_go_to_the_firms_file_by_their_category() {
        let docs = published();
        assert_eq!(file_for(&docs, "betrieb"), Some(1));
        assert_eq!(file_for(&docs, "schule"), Some(0));
        assert_eq!(file_for(&docs, "gibt-es-nicht"), None);
        let firms = [place("", "A", "betrieb"), place("", "B", "betrieb"), place("", "C", "schule")];
        assert_eq!(file_for_places(&docs, &firms), 1);
        assert_eq!(file_for_places(&docs, &[place("", "X", "unbekannt")]), 0, "else the first file");
        assert_eq!(file_for_places(&docs, &[]), 0);
    }

    #[test]
    fn of_two_files_with_as_many_the_one_they_fill_more() {
        let file = |name: &str, cats: &[&str]| {
            let features: Vec<Value> = cats
                .iter()
                .enumerate()
                .map(|(i, c)| json!({"type": "Feature", "geometry": null, "properties": {"id": format!("{name}{i}"), "category": c}}))
                .collect();
            Document::parse(name, &json!({"type": "FeatureCollection", "features": features}).to_string()).unwrap()
        };
        let docs = [file("gemischt", &["betrieb", "schule", "schule"]), file("firmen", &["betrieb"])];
        assert_eq!(file_for(&docs, "betrieb"), Some(1));
    }

    #[test]
    fn ids_are_unique_across_all_files_and_the_list() {
        let docs = published();
        let existing = docs[1].entries().next().unwrap().1.id().unwrap().to_string();
        let places = vec![
            place(&existing, "Wie vorhanden", "betrieb"),
            place("", "Bäckerei Müller", "betrieb"),
            place("", "Bäckerei Müller", "betrieb"),
            place("eigene-kennung", "Mit Kennung", "betrieb"),
        ];
        let ids: Vec<String> = with_unique_ids(&docs, places).iter().map(|d| d.id().unwrap().to_string()).collect();
        assert_eq!(
            ids,
            [
                format!("{existing}-2"),
                "baeckerei-mueller".into(),
                "baeckerei-mueller-2".into(),
                "eigene-kennung".into()
            ]
        );
    }

    #[test]
    fn a_feature_becomes_a_new_place_in_the_contract_s_order() {
        let f = json!({"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.88, 53.33]},
            "properties": {"postcode": "21423", "name": "Firma", "category": "betrieb", "id": "firma", "audiences": ["pupils"]}});
        let d = draft_of(&f).unwrap();
        assert_eq!(d.position, Some([9.88, 53.33]));
        let keys: Vec<&str> = d.props.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["id", "name", "category", "postcode", "audiences"]);
        let none = draft_of(&json!({"type": "Feature", "geometry": null, "properties": {"name": "Ohne"}})).unwrap();
        assert_eq!((none.position, none.id()), (None, None));
    }

    #[test]
    fn a_list_joins_a_file_as_one_step_and_untouched_places_keep_their_bytes() {
        let mut docs = published();
        let before: Vec<String> = docs.iter().map(Document::text).collect();
        let mut h = History::default();
        let places = with_unique_ids(&docs, vec![place("", "Neu A", "betrieb"), place("", "Neu B", "betrieb")]);
        let keys = h.add_all(&mut docs, 1, places);
        assert_eq!(docs[1].counts().new, 2);
        let text = docs[1].text();
        for line in before[1].lines() {
            assert!(text.contains(line), "untouched line kept: {line}");
        }
        assert_eq!(docs[1].get(keys[1]).unwrap().id(), Some("neu-b"));
        h.undo(&mut docs);
        assert_eq!(docs.iter().map(Document::text).collect::<Vec<_>>(), before, "one undo takes all back");
        assert!(!h.can_undo());
        h.redo(&mut docs);
        assert_eq!(docs[1].counts().new, 2, "one redo brings all again");
    }

    #[test]
    fn a_place_moves_to_another_file_as_one_step() {
        let mut docs = published();
        let before: Vec<String> = docs.iter().map(Document::text).collect();
        let mut h = History::default();
        let draft = docs[0].get(3).unwrap().clone();
        let key = h.move_to(&mut docs, (0, 3), 1).unwrap();
        assert_eq!(docs[0].get(3), None);
        assert_eq!(docs[1].get(key), Some(&draft));
        assert_eq!((docs[0].counts().removed, docs[1].counts().new), (1, 1));
        assert_eq!(h.peek_undo(), [(0, 3), (1, key)]);
        // The moved place's line is the only one gone from its file, and one more in the other.
        assert_eq!(docs[0].text().lines().count() + 1, before[0].lines().count());
        assert_eq!(docs[1].text().lines().count(), before[1].lines().count() + 1);
        assert_eq!(h.move_to(&mut docs, (1, key), 1), None, "into its own file: nothing");
        assert_eq!(h.undo(&mut docs), Some((0, 3)));
        assert_eq!(docs.iter().map(Document::text).collect::<Vec<_>>(), before);
        assert_eq!(h.peek_redo(), [(1, key), (0, 3)]);
        assert_eq!(h.redo(&mut docs), Some((1, key)));
        assert_eq!(docs[1].get(key), Some(&draft));
        assert_eq!(docs[0].get(3), None);
    }
}
