//! One GeoJSON source file → places and problems. A broken feature is skipped and reported; it never
//! takes the rest of its file down.

use super::feature::{parse_feature, place_label};
use super::problem::{Expected, Found, Member};
use super::{Category, Kind, Place, Problem};
use serde::Deserialize;
use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

/// What came out of one file: the usable places and every problem found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceOutcome {
    pub places: Vec<Place>,
    /// The feature index (0-based, in the file) of each place, for messages about it.
    pub indices: Vec<usize>,
    pub problems: Vec<Problem>,
    /// A problem with the whole file (bad JSON, not a FeatureCollection): no places then.
    pub fatal: Option<Problem>,
}

/// The properties the contract knows; everything else goes to `Place::extra`.
pub const KNOWN_PROPERTIES: &[&str] = &[
    "id",
    "name",
    "name_en",
    "category",
    "street",
    "postcode",
    "city",
    "municipality",
    "phone",
    "email",
    "website",
    "description",
    "description_en",
    "offers",
    "audiences",
    "stages",
    "opening_hours",
    "wheelchair",
    "updated",
    "modes",
    "events",
    "source",
];

pub fn parse_source(text: &str, categories: &[Category]) -> SourceOutcome {
    match SourceParser::new(text) {
        Ok(mut p) => {
            while !p.step(usize::MAX, categories) {}
            p.finish()
        }
        Err(fatal) => fatal,
    }
}

/// Reads a source in steps, so a page can draw between them when a file holds 100,000 places.
pub struct SourceParser<'a> {
    /// The features' JSON text, not yet parsed: each is parsed in `step`, so a file of 100,000
    /// places never needs one long task to become values.
    features: std::iter::Enumerate<std::vec::IntoIter<&'a RawValue>>,
    out: SourceOutcome,
}

/// The top level of a source, with the features left as raw text.
struct Root<F> {
    kind: Option<Value>,
    features: Option<F>,
}

/// Read by hand rather than derived: serde's derive refuses a key written twice, which made a
/// file with `"type"` twice "an object without type". Here the last value counts, as in the
/// browser's JSON.parse and in serde_json's `Value`; the editors' checker names the duplicate.
impl<'de, F: Deserialize<'de>> Deserialize<'de> for Root<F> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Members<F>(std::marker::PhantomData<F>);
        impl<'de, F: Deserialize<'de>> Visitor<'de> for Members<F> {
            type Value = Root<F>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Root<F>, A::Error> {
                let mut root = Root { kind: None, features: None };
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "type" => root.kind = Some(map.next_value()?),
                        "features" => root.features = Some(map.next_value()?),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(root)
            }
        }
        d.deserialize_map(Members(std::marker::PhantomData))
    }
}

/// What is wrong with the file's `type`, pointing at it.
fn root_problem(kind: Option<&Value>) -> Option<Problem> {
    Some(match kind {
        Some(Value::String(t)) if t == "FeatureCollection" => return None,
        Some(Value::String(t)) => Problem::error(Kind::NotFeatureCollection { found: t.clone() }).in_path("type"),
        Some(other) => Problem::error(Kind::WrongTypeName { member: Member::CollectionType, found: Found::of(other) })
            .in_path("type"),
        None => Problem::error(Kind::MissingMember { member: Member::CollectionType }),
    })
}

impl<'a> SourceParser<'a> {
    /// Checks the file as a whole; `Err` is the outcome for a file that cannot be used at all.
    pub fn new(text: &'a str) -> Result<Self, SourceOutcome> {
        let fatal = |problem| SourceOutcome { fatal: Some(problem), ..Default::default() };
        let parser = |features: Vec<&'a RawValue>| Self {
            features: features.into_iter().enumerate(),
            out: SourceOutcome::default(),
        };
        let body = text.trim_start_matches('\u{feff}');
        // A good file is read in one pass (35 MB hold 100,000 places); only a bad one is read again
        // to say exactly what is wrong.
        if let Ok(root) = serde_json::from_str::<Root<Vec<&'a RawValue>>>(body) {
            if let Some(problem) = root_problem(root.kind.as_ref()) {
                return Err(fatal(problem));
            }
            let features = root.features.ok_or_else(|| fatal(Problem::error(Kind::NoFeatureList)))?;
            return Ok(parser(features));
        }
        // Syntax first, without building values, for the exact position.
        serde_json::from_str::<IgnoredAny>(body).map_err(|e| fatal(Problem::error(Kind::invalid_json_in(&e, body))))?;
        let root: Root<&'a RawValue> = match serde_json::from_str(body) {
            Ok(r) => r,
            // Not an object at all: say what it is.
            Err(_) => {
                let found = Found::of(&serde_json::from_str(body).unwrap_or(Value::Null));
                return Err(fatal(Problem::error(Kind::RootNotObject { found })));
            }
        };
        if let Some(problem) = root_problem(root.kind.as_ref()) {
            return Err(fatal(problem));
        }
        let Some(raw) = root.features else { return Err(fatal(Problem::error(Kind::NoFeatureList))) };
        match serde_json::from_str::<Vec<&'a RawValue>>(raw.get()) {
            Ok(features) => Ok(parser(features)),
            Err(_) => {
                let found = Found::of(&serde_json::from_str(raw.get()).unwrap_or(Value::Null));
                let kind = Kind::WrongValue { member: Member::Features, expected: Expected::List, found };
                Err(fatal(Problem::error(kind).in_path("features")))
            }
        }
    }

    /// Reads up to `max` more features; true when the file is done.
    pub fn step(&mut self, max: usize, categories: &[Category]) -> bool {
        for _ in 0..max {
            let Some((i, raw)) = self.features.next() else { return true };
            // The file's syntax was checked as a whole, so each feature parses.
            let f: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
            let (place, problems) = parse_feature(f, categories);
            if !problems.is_empty() {
                // Named in messages only; read again from the raw text, since most features have none.
                let label = place_label(&serde_json::from_str(raw.get()).unwrap_or(Value::Null));
                self.out.problems.extend(problems.into_iter().map(|p| p.at(i, label.clone())));
            }
            if let Some(place) = place {
                self.out.places.push(place);
                self.out.indices.push(i);
            }
        }
        self.features.len() == 0
    }

    pub fn finish(self) -> SourceOutcome {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Describe;
    use crate::model::{Date, Lang, Offer, Severity, Wheelchair};

    fn cats() -> Vec<Category> {
        vec![Category::plain("school"), Category::plain("firm")]
    }

    fn fc(features: &str) -> String {
        format!(r#"{{"type":"FeatureCollection","features":[{features}]}}"#)
    }

    fn point(props: &str, lon: f64, lat: f64) -> String {
        format!(
            r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{lon},{lat}]}},"properties":{{{props}}}}}"#
        )
    }

    #[test]
    fn a_full_place() {
        let f = point(
            r#""id":"bbs-1","name":"BBS Winsen","category":"school","street":"Bürgerweide 20","postcode":21423,
               "city":"Winsen (Luhe)","phone":"04171 8819-0","email":"info@example.org","website":"bbs-winsen.de",
               "description":"Text","offers":["Einzelhandel","Metall"],"audiences":"pupils; parents",
               "opening_hours":"Mo-Fr 08:00-16:00","wheelchair":"Yes","updated":"2025-01-31","source":"Beispieldaten",
               "name_en":"Vocational school","x-custom":{"a":1}"#,
            10.224183,
            53.364249,
        );
        let out = parse_source(&fc(&f), &cats());
        assert_eq!(out.problems, vec![]);
        let p = &out.places[0];
        assert_eq!((p.id.as_str(), p.name.get(Lang::De), p.category.as_str()), ("bbs-1", "BBS Winsen", "school"));
        assert_eq!(p.postcode.as_deref(), Some("21423"));
        assert_eq!(p.website.as_deref(), Some("https://bbs-winsen.de"));
        assert_eq!(p.offers, [Offer::plain("Einzelhandel"), Offer::plain("Metall")]);
        assert_eq!(p.name.get(Lang::En), "Vocational school", "name_en translates the name");
        assert_eq!(p.audiences, ["pupils", "parents"]);
        assert_eq!(p.wheelchair, Some(Wheelchair::Yes));
        assert_eq!(p.updated, Date::parse("2025-01-31"));
        assert_eq!(p.address().as_deref(), Some("Bürgerweide 20, 21423 Winsen (Luhe)"));
        assert_eq!(p.extra.len(), 1, "unknown properties are kept");
    }

    #[test]
    fn every_broken_feature_is_reported_and_the_good_ones_stay() {
        let features = [
            point(r#""id":"ok","name":"Gut","category":"firm""#, 10.0, 53.3),
            point(r#""name":"Ohne ID","category":"firm""#, 10.0, 53.3),
            point(r#""id":"x2","name":"  ","category":"firm""#, 10.0, 53.3),
            point(r#""id":"x3","name":"Fremd","category":"bakery""#, 10.0, 53.3),
            r#"{"type":"Feature","geometry":{"type":"LineString","coordinates":[[10,53],[10.1,53.1]]},"properties":{"id":"x4","name":"Linie","category":"firm"}}"#.to_string(),
            point(r#""id":"x5","name":"Weit weg","category":"firm""#, 200.0, 53.3),
            r#"{"type":"Feature","geometry":null,"properties":{"id":"x6","name":"Ohne Ort","category":"firm"}}"#.to_string(),
            r#"{"type":"Feature","properties":{"id":"x7"}}"#.to_string(),
            r#""just a string""#.to_string(),
            point(r#""id":"ok2","name":"Gut 2","category":"school","website":"javascript:alert(1)","wheelchair":"maybe","updated":"gestern","email":"nope","phone":"ruf an""#, 10.0, 53.3),
        ]
        .join(",");
        let out = parse_source(&fc(&features), &cats());
        assert_eq!(out.places.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["ok", "ok2"]);
        assert_eq!(out.places[1].website, None, "a javascript: URL never survives");
        let errors: Vec<_> = out.problems.iter().filter(|p| p.severity == Severity::Error).collect();
        let at = |i: usize| errors.iter().filter(|p| p.feature == Some(i)).map(|p| &p.kind).collect::<Vec<_>>();
        assert!(matches!(at(1)[..], [Kind::Missing { field }] if field == "id"));
        assert!(matches!(at(2)[..], [Kind::Empty { field }] if field == "name"));
        assert!(matches!(at(3)[..], [Kind::UnknownCategory { value, .. }] if value == "bakery"));
        assert!(matches!(at(4)[..], [Kind::NotAPoint { found }] if found == "LineString"));
        assert!(matches!(at(5)[..], [Kind::CoordinatesOutOfRange { .. }]));
        assert!(matches!(at(6)[..], [Kind::MissingGeometry]));
        assert_eq!(at(7).len(), 3, "geometry, name and category missing: {:?}", at(7));
        assert!(matches!(at(8)[..], [Kind::FeatureNotObject { .. }]));
        let warnings: Vec<_> = out.problems.iter().filter(|p| p.feature == Some(9)).collect();
        assert_eq!(warnings.len(), 5, "{warnings:?}");
        assert!(warnings.iter().all(|p| p.severity == Severity::Warning));
        assert_eq!(errors[0].describe(Lang::De), "Eintrag 2 („Ohne ID“): Pflichtfeld „id“ fehlt");
    }

    #[test]
    fn file_level_errors() {
        let bad = parse_source("{\"type\": \"FeatureCollection\",\n \"features\": [,]}", &cats());
        let bad = bad.fatal.unwrap();
        assert!(matches!(bad.kind, Kind::InvalidJson { line: 2, syntax: "value", .. }), "{bad:?}");
        assert_eq!(
            bad.message(Lang::De),
            "kein gültiges JSON in Zeile 2, Spalte 15: hier wird ein Wert erwartet: ein Text in \"…\", eine Zahl, true, false, null, ein Objekt {…} oder eine Liste […]"
        );
        let not_fc = parse_source(&point(r#""id":"a""#, 1.0, 2.0), &cats());
        assert!(matches!(not_fc.fatal.unwrap().kind, Kind::NotFeatureCollection { found } if found == "Feature"));
        let list = parse_source("[]", &cats());
        assert!(matches!(list.fatal.unwrap().kind, Kind::RootNotObject { .. }));
        let no_features = parse_source(r#"{"type":"FeatureCollection"}"#, &cats());
        assert!(matches!(no_features.fatal.unwrap().kind, Kind::NoFeatureList));
        let not_a_list = parse_source(r#"{"type":"FeatureCollection","features":{}}"#, &cats()).fatal.unwrap();
        assert_eq!((not_a_list.code(), not_a_list.path().as_deref()), ("no-feature-list", Some("features")));
        let no_type = parse_source(r#"{"features":[]}"#, &cats()).fatal.unwrap();
        assert_eq!(no_type.message(Lang::De), "„type“ fehlt (erwartet: „FeatureCollection“)");
        let odd_type = parse_source(r#"{"type":{},"features":[]}"#, &cats()).fatal.unwrap();
        assert_eq!(odd_type.message(Lang::De), "„type“ muss „FeatureCollection“ sein, gefunden: Objekt {…}");
        let case = parse_source(r#"{"type":"featurecollection","features":[]}"#, &cats()).fatal.unwrap();
        assert!(case.message(Lang::De).contains("Groß- und Kleinschreibung"), "{}", case.message(Lang::De));
        assert_eq!(case.path().as_deref(), Some("type"));
    }

    /// A key written twice counts once, the last time, as in the browser: the file is still read
    /// (the editors' checker names the duplicate).
    #[test]
    fn a_key_written_twice_keeps_its_last_value() {
        let twice = r#"{"type":"FeatureCollection","type":"FeatureCollection","features":[]}"#;
        assert_eq!(parse_source(twice, &cats()), SourceOutcome::default());
        let other = r#"{"type":"FeatureCollection","type":"Feature","features":[]}"#;
        let fatal = parse_source(other, &cats()).fatal.unwrap();
        assert!(matches!(&fatal.kind, Kind::NotFeatureCollection { found } if found == "Feature"), "{fatal:?}");
        let f =
            point(r#""id":"a","name":"A","category":"school""#, 10.0, 53.0).replacen("{", r#"{"type":"Feature","#, 1);
        let out = parse_source(&fc(&f), &cats());
        assert_eq!((out.places.len(), out.problems), (1, vec![]));
        let empty = parse_source(&fc(""), &cats());
        assert_eq!(empty, SourceOutcome::default());
    }

    #[test]
    fn offers_with_a_training_year() {
        let f = point(
            r#""id":"t","name":"Betrieb","category":"school","offers":[{"de":"Tischler/in","year":2027},
               {"de":"Maler/in","en":"Painter","year":"2026/27"},{"de":"Koch/Köchin","year":"bald"}]"#,
            10.0,
            53.0,
        );
        let out = parse_source(&fc(&f), &cats());
        let p = &out.places[0];
        let years: Vec<Option<&str>> = p.offers.iter().map(|o| o.year.as_deref()).collect();
        assert_eq!(years, [Some("2027"), Some("2026/27"), None]);
        assert_eq!(p.offers[1].get(Lang::En), "Painter", "the year is no language");
        assert!(
            matches!(&out.problems[..], [Problem { kind: Kind::WrongType { field, .. }, .. }] if field == "offers[].year"),
            "{:?}",
            out.problems
        );
        for (v, ok) in [("2027", true), ("2027/2028", true), ("1999", false), ("27", false), ("2027/2", false)] {
            assert_eq!(Offer::parse_year(&serde_json::json!(v)).is_some(), ok, "{v}");
        }
    }

    #[test]
    fn translations_as_objects() {
        let f = point(
            r#""id":"t","name":{"de":"Schule","en":"School"},"category":"school","description":{"de":"Text"},
               "description_en":"Text EN","offers":[{"de":"Ausbildung","en":"Apprenticeship"},"Praktikum"]"#,
            10.0,
            53.0,
        );
        let out = parse_source(&fc(&f), &cats());
        assert_eq!(out.problems, vec![]);
        let p = &out.places[0];
        assert_eq!((p.name.get(Lang::De), p.name.get(Lang::En)), ("Schule", "School"));
        assert_eq!(p.description.as_ref().unwrap().get(Lang::En), "Text EN");
        assert_eq!(p.offers[0].get(Lang::En), "Apprenticeship");
        assert_eq!(p.offers[1].get(Lang::En), "Praktikum", "falls back to German");
        assert_eq!(p.offers[0].year, None);
        let blank = point(r#""id":"b","name":{"en":" "},"category":"school""#, 10.0, 53.0);
        let out = parse_source(&fc(&blank), &cats());
        assert!(matches!(&out.problems[0].kind, Kind::Empty { field } if field == "name"));
    }

    #[test]
    fn feature_level_id_is_a_fallback_and_bom_is_ignored() {
        let f = r#"{"type":"Feature","id":42,"geometry":{"type":"Point","coordinates":[10,53]},"properties":{"name":"N","category":"firm"}}"#;
        let out = parse_source(&format!("\u{feff}{}", fc(f)), &cats());
        assert_eq!(out.places[0].id, "42");
    }
}
