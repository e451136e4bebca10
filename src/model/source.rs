//! One GeoJSON source file → places and problems. A broken feature is skipped and reported; it never
//! takes the rest of its file down.

use super::contact::{email_href, phone_href, website_href};
use super::{Category, Date, Kind, Localized, Place, Problem, Wheelchair};
use crate::geo::LonLat;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

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

type FeatureParts = (Option<geojson::Value>, Option<Map<String, Value>>, Option<geojson::feature::Id>);

/// The common case read directly: a Feature with a Point of two or three numbers, properties and
/// maybe an id, nothing else. Anything else goes back (`Err`) to the geojson crate, whose checks
/// and messages then apply; for the common case both ways give the same result, this one faster.
fn plain_point(value: Value) -> Result<FeatureParts, Value> {
    let Value::Object(mut o) = value else { return Err(value) };
    let plain = o.get("type").and_then(Value::as_str) == Some("Feature")
        && o.keys().all(|k| matches!(k.as_str(), "type" | "geometry" | "properties" | "id"))
        && matches!(o.get("properties"), None | Some(Value::Null) | Some(Value::Object(_)))
        && matches!(o.get("id"), None | Some(Value::String(_)) | Some(Value::Number(_)))
        && match o.get("geometry") {
            Some(Value::Object(g)) => {
                g.len() == 2
                    && g.get("type").and_then(Value::as_str) == Some("Point")
                    && g.get("coordinates")
                        .and_then(Value::as_array)
                        .is_some_and(|c| (2..=3).contains(&c.len()) && c.iter().all(|x| x.as_f64().is_some()))
            }
            _ => false,
        };
    if !plain {
        return Err(Value::Object(o));
    }
    let coordinates: Vec<f64> = o["geometry"]["coordinates"]
        .as_array()
        .map(|c| c.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default();
    let properties = match o.remove("properties") {
        Some(Value::Object(p)) => Some(p),
        _ => None,
    };
    let id = match o.remove("id") {
        Some(Value::String(s)) => Some(geojson::feature::Id::String(s)),
        Some(Value::Number(n)) => Some(geojson::feature::Id::Number(n)),
        _ => None,
    };
    Ok((Some(geojson::Value::Point(coordinates)), properties, id))
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "eine Zahl / a number",
        Value::String(_) => "Text / text",
        Value::Array(_) => "Liste / list",
        Value::Object(_) => "Objekt ohne \"type\" / object without \"type\"",
    }
}

/// The best name for a feature in a message: its name, else its id.
fn place_label(f: &Value) -> Option<String> {
    let props = f.get("properties");
    let text = |k: &str| props.and_then(|p| p.get(k)).and_then(scalar_text).filter(|s| !s.is_empty());
    text("name").or_else(|| text("id")).or_else(|| f.get("id").and_then(scalar_text))
}

/// Strings as they are, numbers as written (QGIS exports postcodes as numbers).
fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn parse_feature(f: Value, categories: &[Category]) -> (Option<Place>, Vec<Problem>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut value = f;
    // The geojson crate stops at a missing member; we want every problem of the feature at once.
    if let Value::Object(o) = &mut value {
        o.entry("geometry").or_insert(Value::Null);
        o.entry("properties").or_insert(Value::Null);
    }
    let (geometry, properties, id) = match plain_point(value) {
        Ok(parts) => parts,
        Err(value) => match geojson::Feature::from_json_value(value) {
            Ok(f) => (f.geometry.map(|g| g.value), f.properties, f.id),
            Err(e) => {
                return (None, vec![Problem::error(Kind::InvalidFeature { message: e.to_string() })]);
            }
        },
    };

    let position = match geometry.as_ref() {
        None => {
            errors.push(Problem::error(Kind::MissingGeometry));
            None
        }
        Some(geojson::Value::Point(c)) if c.len() >= 2 => {
            let p = LonLat::new(c[0], c[1]);
            if p.is_valid() {
                Some(p)
            } else {
                errors.push(Problem::error(Kind::CoordinatesOutOfRange { lon: c[0], lat: c[1] }));
                None
            }
        }
        Some(geojson::Value::Point(_)) => {
            errors.push(Problem::error(Kind::InvalidFeature { message: "Point needs [lon, lat]".into() }));
            None
        }
        Some(other) => {
            errors.push(Problem::error(Kind::NotAPoint { found: other.type_name().to_string() }));
            None
        }
    };

    let empty = Map::new();
    let props = properties.as_ref().unwrap_or(&empty);

    let mut required = |key: &str, fallback: Option<String>| -> Option<String> {
        match props.get(key) {
            None | Some(Value::Null) => match fallback {
                Some(v) if !v.is_empty() => Some(v),
                _ => {
                    errors.push(Problem::error(Kind::Missing { field: key.into() }));
                    None
                }
            },
            Some(v) => match scalar_text(v) {
                Some(s) if s.is_empty() => {
                    errors.push(Problem::error(Kind::Empty { field: key.into() }));
                    None
                }
                Some(s) => Some(s),
                None => {
                    errors.push(Problem::error(Kind::WrongType { field: key.into(), expected: "a text" }));
                    None
                }
            },
        }
    };
    // RFC 7946 also allows the id on the feature itself; the contract's place is `properties.id`.
    let feature_id = id.as_ref().map(|id| match id {
        geojson::feature::Id::String(s) => s.trim().to_string(),
        geojson::feature::Id::Number(n) => n.to_string(),
    });
    let id = required("id", feature_id);
    let mut name_blank = false;
    let name = match props.get("name") {
        // A translated name: {"de": "…", "en": "…"}; German (or any language) must be there.
        Some(Value::Object(o)) => {
            let l = Localized::from_object(o);
            name_blank = l.is_blank();
            (!name_blank).then_some(l)
        }
        _ => required("name", None).map(Localized::plain),
    }
    .map(|mut l| {
        if let Some(en) = props.get("name_en").and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()) {
            l.set("en", en);
        }
        l
    });
    let category = required("category", None);
    if name_blank {
        errors.push(Problem::error(Kind::Empty { field: "name".into() }));
    }
    if let Some(c) = &category {
        if !categories.iter().any(|k| &k.id == c) {
            errors.push(Problem::error(Kind::UnknownCategory {
                value: c.clone(),
                known: categories.iter().map(|k| k.id.clone()).collect(),
            }));
        }
    }

    let mut text = |key: &str| -> Option<String> {
        match props.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => match scalar_text(v) {
                Some(s) => (!s.is_empty()).then_some(s),
                None => {
                    warnings.push(Problem::warning(Kind::WrongType { field: key.into(), expected: "a text" }));
                    None
                }
            },
        }
    };
    let street = text("street");
    let postcode = text("postcode");
    let city = text("city");
    let municipality = text("municipality");
    let description = match props.get("description") {
        Some(Value::Object(o)) => Some(Localized::from_object(o)).filter(|l| !l.is_blank()),
        _ => text("description").map(Localized::plain),
    };
    let description = match (description, props.get("description_en").and_then(Value::as_str)) {
        (Some(mut d), Some(en)) if !en.trim().is_empty() => {
            d.set("en", en.trim());
            Some(d)
        }
        (d, _) => d,
    };
    let opening_hours = text("opening_hours");
    let source = text("source");
    let phone_raw = text("phone");
    let email_raw = text("email");
    let website_raw = text("website");
    let wheelchair_raw = text("wheelchair");
    let updated_raw = text("updated");

    let phone = phone_raw.filter(|v| {
        phone_href(v).is_some() || {
            warnings.push(Problem::warning(Kind::InvalidPhone { value: v.clone() }));
            false
        }
    });
    let email = email_raw.filter(|v| {
        email_href(v).is_some() || {
            warnings.push(Problem::warning(Kind::InvalidEmail { value: v.clone() }));
            false
        }
    });
    let website = website_raw.and_then(|v| {
        website_href(&v).or_else(|| {
            warnings.push(Problem::warning(Kind::InvalidWebsite { value: v.clone() }));
            None
        })
    });
    let wheelchair = wheelchair_raw.and_then(|v| {
        Wheelchair::parse(&v).or_else(|| {
            warnings.push(Problem::warning(Kind::InvalidWheelchair { value: v.clone() }));
            None
        })
    });
    let updated = updated_raw.and_then(|v| {
        Date::parse(&v).or_else(|| {
            warnings.push(Problem::warning(Kind::InvalidDate { field: "updated".into(), value: v.clone() }));
            None
        })
    });
    let mut list = |key: &str| -> Vec<String> {
        match props.get(key) {
            None | Some(Value::Null) => Vec::new(),
            // A spreadsheet habit: several entries in one cell, separated by semicolons.
            Some(Value::String(s)) => s.split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect(),
            Some(Value::Array(items)) => {
                let texts: Vec<String> = items.iter().filter_map(scalar_text).filter(|s| !s.is_empty()).collect();
                if texts.len() != items.len() {
                    warnings.push(Problem::warning(Kind::WrongType { field: key.into(), expected: "a list of texts" }));
                }
                texts
            }
            Some(_) => {
                warnings.push(Problem::warning(Kind::WrongType { field: key.into(), expected: "a list of texts" }));
                Vec::new()
            }
        }
    };
    let offers = match props.get("offers") {
        // Offers may be translated one by one: [{"de": "…", "en": "…"}, …].
        Some(Value::Array(items)) if items.iter().any(Value::is_object) => items
            .iter()
            .filter_map(|v| match v {
                Value::Object(o) => Some(Localized::from_object(o)).filter(|l| !l.is_blank()),
                other => scalar_text(other).filter(|s| !s.is_empty()).map(Localized::plain),
            })
            .collect(),
        _ => list("offers").into_iter().map(Localized::plain).collect(),
    };
    let audiences = list("audiences");
    let stages = list("stages");

    let extra: Map<String, Value> = props
        .iter()
        .filter(|(k, _)| !KNOWN_PROPERTIES.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();

    let place = match (errors.is_empty(), id, name, category, position) {
        (true, Some(id), Some(name), Some(category), Some(position)) => Some(Place {
            id,
            name,
            category,
            position,
            street,
            postcode,
            city,
            municipality,
            phone,
            email,
            website,
            description,
            offers,
            audiences,
            stages,
            opening_hours,
            wheelchair,
            updated,
            source,
            extra,
        }),
        _ => None,
    };
    errors.extend(warnings);
    (place, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Describe;
    use crate::model::{Lang, Localized, Severity};

    /// The direct reading of plain features gives what the geojson crate gives, and leaves every
    /// other shape to the crate.
    #[test]
    fn plain_points_read_as_the_geojson_crate_reads_them() {
        let plain = [
            r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9.87,53.3]},"properties":{"name":"A","n":1}}"#,
            r#"{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[9.87,53.3,12]},"properties":null}"#,
            r#"{"properties":{},"id":"x","geometry":{"coordinates":[10,53],"type":"Point"},"type":"Feature"}"#,
        ];
        for text in plain {
            let v: Value = serde_json::from_str(text).unwrap();
            let f = geojson::Feature::from_json_value(v.clone()).unwrap();
            let ours = plain_point(v).expect(text);
            assert_eq!(ours, (f.geometry.map(|g| g.value), f.properties, f.id), "{text}");
        }
        let other = [
            r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9.87]},"properties":{}}"#,
            r#"{"type":"Feature","geometry":{"type":"Point","coordinates":["9.87","53"]},"properties":{}}"#,
            r#"{"type":"Feature","geometry":{"type":"LineString","coordinates":[[9,53],[10,53]]},"properties":{}}"#,
            r#"{"type":"Feature","geometry":null,"properties":{}}"#,
            r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9,53]},"properties":[]}"#,
            r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9,53]},"id":true}"#,
            r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9,53]},"bbox":[9,53,9,53]}"#,
            r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9,53],"crs":{}}}"#,
            r#"{"type":"Point","coordinates":[9,53]}"#,
            r#"[1,2]"#,
        ];
        for text in other {
            assert!(plain_point(serde_json::from_str(text).unwrap()).is_err(), "{text}");
        }
    }

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
        assert_eq!(p.offers, [Localized::plain("Einzelhandel"), Localized::plain("Metall")]);
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
