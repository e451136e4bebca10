//! One GeoJSON feature → a place and its problems. Every field is checked on its own: a wrong
//! field is dropped with a warning, only what a place cannot do without (id, name, category, a
//! point) leaves the feature out.

use super::contact::{email_href, phone_href, website_href};
use super::problem::{Expected, Found, GEOMETRY_TYPES, Member};
use super::source::KNOWN_PROPERTIES;
use super::{Category, Date, Kind, Localized, Place, Problem, Wheelchair};
use crate::geo::LonLat;
use serde_json::{Map, Value};

/// A feature's geometry as far as the map cares.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Shape {
    /// No geometry, or `null`.
    None,
    Point(f64, f64),
    /// Another geometry type, named in "not a point".
    Other(&'static str),
    /// Malformed; the problem is already reported.
    Broken,
}

/// The parts of a feature the place is made of.
#[derive(Debug, PartialEq)]
pub(super) struct Parts {
    shape: Shape,
    properties: Option<Map<String, Value>>,
    /// The feature-level `id` as text.
    id: Option<String>,
    /// `properties` is there but no object: its fields cannot be checked.
    properties_broken: bool,
}

/// The common case read directly: a Feature with a Point of two or three numbers, properties and
/// maybe an id, nothing else. Anything else goes back (`Err`) to `read_feature`, which checks every
/// rule; for the common case both give the same result, this one faster.
pub(super) fn plain_point(value: Value) -> Result<Parts, Value> {
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
    let c = &o["geometry"]["coordinates"];
    let shape = Shape::Point(c[0].as_f64().unwrap_or_default(), c[1].as_f64().unwrap_or_default());
    let properties = match o.remove("properties") {
        Some(Value::Object(p)) => Some(p),
        _ => None,
    };
    Ok(Parts { shape, properties, id: o.get("id").and_then(scalar_text), properties_broken: false })
}

/// Any feature, checked against GeoJSON's rules (RFC 7946, as far as the geojson crate enforces
/// them). Each break is its own problem, pointing (`field_path`) at the value that is wrong and
/// saying in the editors' words what was expected; the crate's errors are English, stop at the
/// first and name no position. `None` when the value is no feature object at all.
pub(super) fn read_feature(value: Value, errors: &mut Vec<Problem>, warnings: &mut Vec<Problem>) -> Option<Parts> {
    let Value::Object(mut o) = value else {
        errors.push(Problem::error(Kind::FeatureNotObject { found: Found::of(&value) }).in_path(""));
        return None;
    };
    match o.get("type") {
        Some(Value::String(t)) if t == "Feature" => {}
        None => errors.push(Problem::error(Kind::MissingMember { member: Member::FeatureType }).in_path("")),
        Some(other) => {
            errors.push(
                Problem::error(Kind::WrongTypeName { member: Member::FeatureType, found: Found::of(other) })
                    .in_path("type"),
            );
            // A bare geometry or some other object in the list: "geometry missing", "id missing", …
            // would only repeat that it is no feature.
            if !o.contains_key("geometry") && !o.contains_key("properties") {
                return None;
            }
        }
    }
    // A missing geometry is read as null: the place then says "Geometrie fehlt", or is an offer
    // without a fixed place.
    let shape = match o.get("geometry") {
        None | Some(Value::Null) => Shape::None,
        Some(Value::Object(g)) => read_geometry(g, "geometry", errors, warnings),
        Some(other) => {
            errors.push(wrong_value(Member::Geometry, Expected::ObjectOrNull, other, "geometry"));
            Shape::Broken
        }
    };
    let (properties, properties_broken) = match o.remove("properties") {
        None | Some(Value::Null) => (None, false),
        Some(Value::Object(p)) => (Some(p), false),
        Some(other) => {
            errors.push(wrong_value(Member::Properties, Expected::ObjectOrNull, &other, "properties"));
            (None, true)
        }
    };
    // The feature-level id and the bbox are not needed for a place: a wrong one is dropped.
    let id = match o.get("id") {
        None => None,
        Some(v @ (Value::String(_) | Value::Number(_))) => scalar_text(v),
        Some(other) => {
            warnings.push(warning(wrong_value(Member::Id, Expected::TextOrNumber, other, "id")));
            None
        }
    };
    check_bbox(o.get("bbox"), "bbox", warnings);
    Some(Parts { shape, properties, id, properties_broken })
}

fn wrong_value(member: Member, expected: Expected, found: &Value, path: &str) -> Problem {
    Problem::error(Kind::WrongValue { member, expected, found: Found::of(found) }).in_path(path)
}

fn warning(mut p: Problem) -> Problem {
    p.severity = super::Severity::Warning;
    p
}

/// `bbox` must be a list of numbers when it is there (null counts as absent, as in the crate).
fn check_bbox(bbox: Option<&Value>, path: &str, warnings: &mut Vec<Problem>) {
    let problem = match bbox {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => items
            .iter()
            .position(|x| !x.is_number())
            .map(|k| wrong_value(Member::Bbox, Expected::Numbers, &items[k], &format!("{path}/{k}"))),
        Some(other) => Some(wrong_value(Member::Bbox, Expected::Numbers, other, path)),
    };
    warnings.extend(problem.map(warning));
}

/// One geometry object at `path` (`geometry`, `geometry/geometries/2`).
fn read_geometry(g: &Map<String, Value>, path: &str, errors: &mut Vec<Problem>, warnings: &mut Vec<Problem>) -> Shape {
    check_bbox(g.get("bbox"), &format!("{path}/bbox"), warnings);
    let kind = match g.get("type") {
        None => {
            errors.push(Problem::error(Kind::MissingMember { member: Member::GeometryType }).in_path(path));
            return Shape::Broken;
        }
        Some(t) => match GEOMETRY_TYPES.iter().find(|k| t.as_str() == Some(**k)) {
            Some(k) => *k,
            None => {
                let suggestion =
                    t.as_str().and_then(|t| GEOMETRY_TYPES.iter().find(|k| k.eq_ignore_ascii_case(t)).copied());
                let found = Found::of(t);
                errors.push(
                    Problem::error(Kind::UnknownGeometryType { found, suggestion }).in_path(format!("{path}/type")),
                );
                return Shape::Broken;
            }
        },
    };
    if kind == "GeometryCollection" {
        let items = match g.get("geometries") {
            None => {
                errors.push(Problem::error(Kind::MissingMember { member: Member::Geometries }).in_path(path));
                return Shape::Broken;
            }
            Some(Value::Array(items)) => items,
            Some(other) => {
                errors.push(wrong_value(Member::Geometries, Expected::List, other, &format!("{path}/geometries")));
                return Shape::Broken;
            }
        };
        let mut broken = false;
        for (k, item) in items.iter().enumerate() {
            let at = format!("{path}/geometries/{k}");
            broken |= match item {
                Value::Object(o) => read_geometry(o, &at, errors, warnings) == Shape::Broken,
                other => {
                    errors.push(wrong_value(Member::Geometries, Expected::Geometries, other, &at));
                    true
                }
            };
        }
        return if broken { Shape::Broken } else { Shape::Other(kind) };
    }
    let depth = match kind {
        "Point" => 0,
        "MultiPoint" | "LineString" => 1,
        "MultiLineString" | "Polygon" => 2,
        _ => 3,
    };
    let Some(coordinates) = g.get("coordinates") else {
        errors.push(Problem::error(Kind::MissingMember { member: Member::Coordinates }).in_path(path));
        return Shape::Broken;
    };
    if let Some((problem, mut at)) = coordinates_problem(coordinates, depth, kind) {
        // Built only now: a long line of good positions allocates no paths.
        at.reverse();
        let rel: String = at.iter().map(|k| format!("/{k}")).collect();
        errors.push(Problem::error(problem).in_path(format!("{path}/coordinates{rel}")));
        return Shape::Broken;
    }
    match coordinates.as_array().map(Vec::as_slice) {
        Some([lon, lat, ..]) if kind == "Point" => {
            Shape::Point(lon.as_f64().unwrap_or_default(), lat.as_f64().unwrap_or_default())
        }
        _ => Shape::Other(kind),
    }
}

/// The first value in `coordinates` that does not fit: `depth` list levels above a position, which
/// is a list of at least two numbers. The indices of its path come innermost first.
fn coordinates_problem(v: &Value, depth: usize, geometry: &'static str) -> Option<(Kind, Vec<usize>)> {
    let Value::Array(items) = v else {
        return Some((Kind::CoordinatesShape { geometry, depth, found: Found::of(v) }, Vec::new()));
    };
    if depth > 0 {
        return items.iter().enumerate().find_map(|(k, item)| {
            coordinates_problem(item, depth - 1, geometry).map(|(p, mut at)| {
                at.push(k);
                (p, at)
            })
        });
    }
    if items.len() < 2 {
        return Some((Kind::PositionTooShort { n: items.len() }, Vec::new()));
    }
    let k = items.iter().position(|x| !x.is_number())?;
    Some((Kind::CoordinateNotNumber { found: Found::of(&items[k]) }, vec![k]))
}

/// The best name for a feature in a message: its name, else its id.
pub(super) fn place_label(f: &Value) -> Option<String> {
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

/// One feature as the map reads it (the editors' page shows a changed place through this), or
/// None where the map would leave it out.
pub fn place_of(feature: Value, categories: &[Category]) -> Option<Place> {
    parse_feature(feature, categories).0
}

pub(super) fn parse_feature(f: Value, categories: &[Category]) -> (Option<Place>, Vec<Problem>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let parts = match plain_point(f) {
        Ok(parts) => parts,
        Err(value) => match read_feature(value, &mut errors, &mut warnings) {
            Some(parts) => parts,
            None => return (None, errors),
        },
    };
    let Parts { shape, properties, id, properties_broken } = parts;

    // No geometry is fine for an offer without a fixed place, which then names its ways of contact.
    let remote = shape == Shape::None
        && properties.as_ref().and_then(|p| p.get("modes")).is_some_and(|m| match m {
            Value::Array(a) => !a.is_empty(),
            Value::String(s) => !s.trim().is_empty(),
            _ => false,
        });
    let position = match shape {
        Shape::None if remote => None,
        Shape::None => {
            errors.push(Problem::error(Kind::MissingGeometry));
            None
        }
        Shape::Point(lon, lat) => {
            let p = LonLat::new(lon, lat);
            if p.is_valid() {
                Some(p)
            } else {
                errors.push(Problem::error(Kind::CoordinatesOutOfRange { lon, lat }));
                None
            }
        }
        Shape::Other(kind) => {
            errors.push(Problem::error(Kind::NotAPoint { found: kind.to_string() }));
            None
        }
        Shape::Broken => None,
    };
    // Fields of properties that are no object would all be "missing": that one problem says it.
    if properties_broken {
        errors.extend(warnings);
        return (None, errors);
    }

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
    let id = required("id", id);
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
    let mut bad_year = false;
    let offers = match props.get("offers") {
        // Offers may be translated one by one and name a training year:
        // [{"de": "…", "en": "…", "year": 2027}, …].
        Some(Value::Array(items)) if items.iter().any(Value::is_object) => items
            .iter()
            .filter_map(|v| match v {
                Value::Object(o) => {
                    let mut texts = o.clone();
                    let year = texts.remove("year");
                    let name = Some(Localized::from_object(&texts)).filter(|l| !l.is_blank())?;
                    let parsed = year.as_ref().and_then(super::Offer::parse_year);
                    bad_year |= year.is_some() && parsed.is_none();
                    Some(super::Offer { name, year: parsed })
                }
                other => scalar_text(other).filter(|s| !s.is_empty()).map(|s| super::Offer::plain(&s)),
            })
            .collect(),
        _ => list("offers").into_iter().map(|s| super::Offer::plain(&s)).collect(),
    };
    let audiences = list("audiences");
    let stages = list("stages");
    let modes = list("modes");
    if bad_year {
        warnings.push(Problem::warning(Kind::WrongType { field: "offers[].year".into(), expected: "a training year" }));
    }
    let events = super::parse_events(props.get("events"), &mut warnings);

    // Filled one by one: collecting into the map would sort first (BTreeMap), a sort of its own.
    let mut extra = Map::new();
    for (k, v) in props.iter().filter(|(k, _)| !KNOWN_PROPERTIES.contains(&k.as_str())) {
        extra.insert(k.clone(), v.clone());
    }

    let place = match (errors.is_empty(), id, name, category, position.is_some() || remote) {
        (true, Some(id), Some(name), Some(category), true) => Some(Place {
            id,
            name,
            category,
            position,
            modes,
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
            events,
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
    use crate::model::{Lang, Severity};

    fn read(text: &str) -> (Option<Parts>, Vec<Problem>) {
        let (mut errors, mut warnings) = (Vec::new(), Vec::new());
        let parts = read_feature(serde_json::from_str(text).unwrap(), &mut errors, &mut warnings);
        errors.extend(warnings);
        (parts, errors)
    }

    /// The direct reading of plain features gives what the full reading gives, and leaves every
    /// other shape to it.
    #[test]
    fn plain_points_read_as_the_full_reading_reads_them() {
        let plain = [
            r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9.87,53.3]},"properties":{"name":"A","n":1}}"#,
            r#"{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[9.87,53.3,12]},"properties":null}"#,
            r#"{"properties":{},"id":" x ","geometry":{"coordinates":[10,53],"type":"Point"},"type":"Feature"}"#,
        ];
        for text in plain {
            let ours = plain_point(serde_json::from_str(text).unwrap()).expect(text);
            let (full, problems) = read(text);
            assert_eq!((Some(ours), problems), (full, vec![]), "{text}");
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

    /// The full reading refuses exactly what the geojson crate refuses (its rules are GeoJSON's),
    /// only with a problem of its own for each.
    #[test]
    fn the_full_reading_keeps_the_geojson_crates_rules() {
        let point = r#"{"type":"Point","coordinates":[9.9,53.3]}"#;
        let geometries = [
            point,
            r#"{"type":"Point","coordinates":[9.9,53.3,4,5]}"#,
            r#"{"type":"Point","coordinates":[9.9]}"#,
            r#"{"type":"Point","coordinates":[]}"#,
            r#"{"type":"Point","coordinates":["9.9",53.3]}"#,
            r#"{"type":"Point","coordinates":[[9.9,53.3]]}"#,
            r#"{"type":"Point","coordinates":"9.9,53.3"}"#,
            r#"{"type":"Point"}"#,
            r#"{"type":"point","coordinates":[9.9,53.3]}"#,
            r#"{"type":7,"coordinates":[9.9,53.3]}"#,
            r#"{"coordinates":[9.9,53.3]}"#,
            r#"{"type":"Point","coordinates":[9.9,53.3],"bbox":[9,53,10,54]}"#,
            r#"{"type":"Point","coordinates":[9.9,53.3],"bbox":"9,53,10,54"}"#,
            r#"{"type":"Point","coordinates":[9.9,53.3],"bbox":[9,53,"x"]}"#,
            r#"{"type":"Point","coordinates":[9.9,53.3],"bbox":null}"#,
            r#"{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}"#,
            r#"{"type":"MultiPoint","coordinates":[1,2]}"#,
            r#"{"type":"MultiPoint","coordinates":[[[1,2]]]}"#,
            r#"{"type":"LineString","coordinates":[[1,2],[3]]}"#,
            r#"{"type":"Polygon","coordinates":[[[1,2],[3,4],[5,6],[1,2]]]}"#,
            r#"{"type":"Polygon","coordinates":[[1,2],[3,4],[5,6],[1,2]]}"#,
            r#"{"type":"MultiPolygon","coordinates":[[[1]]]}"#,
            r#"{"type":"MultiPolygon","coordinates":[[[[1,2],[3,4],[5,6],[1,2]]]]}"#,
            r#"{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,"6"]]]}"#,
            r#"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}"#,
            r#"{"type":"GeometryCollection","geometries":[false]}"#,
            r#"{"type":"GeometryCollection","geometries":{}}"#,
            r#"{"type":"GeometryCollection"}"#,
            r#"{"type":"GeometryCollection","geometries":[{"type":"Line","coordinates":[]}]}"#,
        ];
        let mut features: Vec<String> = geometries
            .iter()
            .map(|g| format!(r#"{{"type":"Feature","geometry":{g},"properties":{{"id":"a"}}}}"#))
            .collect();
        for f in [
            r#"{"type":"Feature","geometry":null}"#,
            r#"{"type":"Feature","geometry":null,"properties":null}"#,
            r#"{"type":"Feature","geometry":null,"properties":[]}"#,
            r#"{"type":"Feature","geometry":null,"properties":"x"}"#,
            r#"{"type":"Feature","geometry":[]}"#,
            r#"{"type":"Feature","geometry":"Point"}"#,
            r#"{"type":"Feature","geometry":null,"id":"x"}"#,
            r#"{"type":"Feature","geometry":null,"id":1.5}"#,
            r#"{"type":"Feature","geometry":null,"id":{}}"#,
            r#"{"type":"Feature","geometry":null,"id":null}"#,
            r#"{"type":"Feature","geometry":null,"bbox":[1,2,3,4]}"#,
            r#"{"type":"Feature","geometry":null,"bbox":{}}"#,
            r#"{"type":"Featre","geometry":null}"#,
            r#"{"type":"feature","geometry":null}"#,
            r#"{"type":null,"geometry":null}"#,
            r#"{"geometry":null}"#,
            r#"{"type":"Feature","geometry":null,"crs":5,"title":"foreign members are allowed"}"#,
            r#"null"#,
            r#"[]"#,
            r#""Feature""#,
        ] {
            features.push(f.to_string());
        }
        for text in &features {
            let v: Value = serde_json::from_str(text).unwrap();
            let theirs = geojson::Feature::from_json_value(v);
            let (_, ours) = read(text);
            assert_eq!(theirs.is_err(), !ours.is_empty(), "{text}: {theirs:?} vs {ours:?}");
        }
    }

    /// Each break is said in plain words and points at the value that is wrong.
    #[test]
    fn problems_point_at_the_wrong_value() {
        let cases = [
            (
                r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[-100.8,"39.36827914916011"]}}"#,
                "geometry/coordinates/1",
                "Koordinate muss eine Zahl sein, gefunden: Text \"39.36827914916011\"",
            ),
            (
                r#"{"type":"Featre","geometry":null,"properties":{}}"#,
                "type",
                "„type“ muss „Feature“ sein, gefunden: Text \"Featre\"",
            ),
            (
                r#"{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[1]]]}}"#,
                "geometry/coordinates/0/0/0",
                "„coordinates“ von MultiPolygon: hier wird eine Position [Länge, Breite] erwartet, gefunden: Zahl 1",
            ),
            (
                r#"{"type":"Feature","geometry":{"type":"Pointt","coordinates":[1,2]}}"#,
                "geometry/type",
                "unbekannter Geometrietyp: Text \"Pointt\"",
            ),
            (
                r#"{"type":"Feature","geometry":{"type":"point","coordinates":[1,2]}}"#,
                "geometry/type",
                "gemeint ist wohl „Point“",
            ),
            (
                r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[2]}}"#,
                "geometry/coordinates",
                "nur eine Zahl",
            ),
            (
                r#"{"type":"Feature","geometry":null,"properties":[]}"#,
                "properties",
                "„properties“ muss ein Objekt {…} oder null sein, gefunden: Liste […]",
            ),
            (
                r#"{"type":"Feature","geometry":null,"properties":{},"id":{}}"#,
                "id",
                "„id“ muss ein Text oder eine Zahl sein, gefunden: Objekt {…}",
            ),
            (
                r#"{"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[false]}}"#,
                "geometry/geometries/0",
                "gefunden: false",
            ),
            (
                r#"{"type":"Feature","geometry":null,"bbox":[1,2,"x"]}"#,
                "bbox/2",
                "„bbox“ muss eine Liste von Zahlen sein",
            ),
            (r#"{"geometry":null,"properties":{}}"#, "", "„type“ fehlt (erwartet: „Feature“)"),
            (r#"null"#, "", "kein GeoJSON-Feature"),
        ];
        for (text, path, words) in cases {
            let (_, problems) = read(text);
            let p = problems.iter().find(|p| p.code() != "missing-field").expect(text);
            assert_eq!(p.field_path.as_deref(), Some(path), "{text}: {p:?}");
            let de = p.message(Lang::De);
            assert!(de.contains(words), "{text}: {de}");
            let en = p.message(Lang::En);
            assert_ne!(en, de, "{text}: said in English too");
            for jargon in ["Expected", "got", "mapping", "None", "non-object", "floating-point"] {
                assert!(!de.contains(jargon) && !en.contains(jargon), "{text}: {de} / {en}");
            }
        }
        // A wrong feature-level id or bbox loses nothing the place needs: a warning, the place stays.
        let (place, problems) = parse_feature(
            serde_json::from_str(r#"{"type":"Feature","id":{},"bbox":"x","geometry":{"type":"Point","coordinates":[10,53]},"properties":{"id":"a","name":"A","category":"c"}}"#).unwrap(),
            &[Category::plain("c")],
        );
        assert!(place.is_some());
        assert_eq!(
            problems.iter().map(|p| (p.severity, p.code())).collect::<Vec<_>>(),
            [(Severity::Warning, "invalid-feature-id"), (Severity::Warning, "invalid-bbox")]
        );
        // Properties that are no object: said once, not again as three missing fields.
        let (_, problems) =
            parse_feature(serde_json::from_str(r#"{"type":"Feature","geometry":null,"properties":5}"#).unwrap(), &[]);
        assert_eq!(problems.iter().map(Problem::code).collect::<Vec<_>>(), ["invalid-properties", "missing-geometry"]);
    }
}
