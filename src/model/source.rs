//! One GeoJSON source file → places and problems. A broken feature is skipped and reported; it never
//! takes the rest of its file down.

use super::feature::{json_kind, parse_feature, place_label};
use super::{Category, Kind, Place, Problem};
use serde::Deserialize;
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
#[derive(Deserialize)]
struct Root<F> {
    #[serde(rename = "type")]
    kind: Option<Value>,
    features: Option<F>,
}

impl<'a> SourceParser<'a> {
    /// Checks the file as a whole; `Err` is the outcome for a file that cannot be used at all.
    pub fn new(text: &'a str) -> Result<Self, SourceOutcome> {
        let fatal = |kind| SourceOutcome { fatal: Some(Problem::error(kind)), ..Default::default() };
        let body = text.trim_start_matches('\u{feff}');
        let kind_problem = |root_kind: Option<&Value>| match root_kind.map(|k| k.as_str()) {
            Some(Some("FeatureCollection")) => None,
            Some(Some(other)) => Some(fatal(Kind::NotFeatureCollection { found: other.to_string() })),
            _ => Some(fatal(Kind::NotFeatureCollection {
                found: json_kind(&Value::Object(Default::default())).to_string(),
            })),
        };
        // A good file is read in one pass (35 MB hold 100,000 places); only a bad one is read again
        // to say exactly what is wrong.
        if let Ok(root) = serde_json::from_str::<Root<Vec<&'a RawValue>>>(body) {
            if let Some(problem) = kind_problem(root.kind.as_ref()) {
                return Err(problem);
            }
            let features = root.features.ok_or_else(|| fatal(Kind::NoFeatureList))?;
            return Ok(Self { features: features.into_iter().enumerate(), out: SourceOutcome::default() });
        }
        // Syntax first, without building values, for the exact position.
        serde_json::from_str::<serde::de::IgnoredAny>(body).map_err(|e| fatal(Kind::invalid_json(&e)))?;
        let root: Root<serde::de::IgnoredAny> = match serde_json::from_str(body) {
            Ok(r) => r,
            // Not an object at all: say what it is.
            Err(_) => {
                let v: Value = serde_json::from_str(body).unwrap_or(Value::Null);
                return Err(fatal(Kind::NotFeatureCollection { found: json_kind(&v).to_string() }));
            }
        };
        Err(kind_problem(root.kind.as_ref()).unwrap_or_else(|| fatal(Kind::NoFeatureList)))
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
        assert!(matches!(at(8)[..], [Kind::InvalidFeature { .. }]));
        let warnings: Vec<_> = out.problems.iter().filter(|p| p.feature == Some(9)).collect();
        assert_eq!(warnings.len(), 5, "{warnings:?}");
        assert!(warnings.iter().all(|p| p.severity == Severity::Warning));
        assert_eq!(errors[0].describe(Lang::De), "Eintrag 2 („Ohne ID“): Pflichtfeld „id“ fehlt");
    }

    #[test]
    fn file_level_errors() {
        let bad = parse_source("{\"type\": \"FeatureCollection\",\n \"features\": [,]}", &cats());
        assert!(matches!(bad.fatal.unwrap().kind, Kind::InvalidJson { line: 2, .. }));
        let not_fc = parse_source(&point(r#""id":"a""#, 1.0, 2.0), &cats());
        assert!(matches!(not_fc.fatal.unwrap().kind, Kind::NotFeatureCollection { found } if found == "Feature"));
        let list = parse_source("[]", &cats());
        assert!(matches!(list.fatal.unwrap().kind, Kind::NotFeatureCollection { .. }));
        let no_features = parse_source(r#"{"type":"FeatureCollection"}"#, &cats());
        assert!(matches!(no_features.fatal.unwrap().kind, Kind::NoFeatureList));
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
