//! A feature's GeoJSON read into its parts (geometry, properties, id), the common case directly.

use super::*;

/// A feature's geometry as far as the map cares.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Shape {
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
pub(crate) struct Parts {
    pub(crate) shape: Shape,
    pub(crate) properties: Option<Map<String, Value>>,
    /// The feature-level `id` as text.
    pub(crate) id: Option<String>,
    /// `properties` is there but no object: its fields cannot be checked.
    pub(crate) properties_broken: bool,
}

/// The common case read directly: a Feature with a Point of two or three numbers, properties and
/// maybe an id, nothing else. Anything else goes back (`Err`) to `read_feature`, which checks every
/// rule; for the common case both give the same result, this one faster.
pub(crate) fn plain_point(value: Value) -> Result<Parts, Value> {
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
pub(crate) fn read_feature(value: Value, errors: &mut Vec<Problem>, warnings: &mut Vec<Problem>) -> Option<Parts> {
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

pub(crate) fn wrong_value(member: Member, expected: Expected, found: &Value, path: &str) -> Problem {
    Problem::error(Kind::WrongValue { member, expected, found: Found::of(found) }).in_path(path)
}

pub(crate) fn warning(mut p: Problem) -> Problem {
    p.severity = crate::model::Severity::Warning;
    p
}
