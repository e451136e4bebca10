//! One GeoJSON feature → a place and its problems. Every field is checked on its own: a wrong
//! field is dropped with a warning, only what a place cannot do without (id, name, category, a
//! point) leaves the feature out.

use super::contact::{email_href, phone_href, website_href};
use super::problem::{Expected, Found, GEOMETRY_TYPES, Member};
use super::source::KNOWN_PROPERTIES;
use super::{Category, Date, Kind, Localized, Place, Problem, Wheelchair};
use crate::geo::LonLat;
use serde_json::{Map, Value};

mod geometry;
mod reading;
use geometry::{check_bbox, read_geometry};
pub(super) use reading::{Parts, Shape, plain_point, read_feature};
use reading::{warning, wrong_value};

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
mod tests;
