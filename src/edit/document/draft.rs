//! One feature as the editor holds it: the position and properties the page edits, and what it
//! does not edit kept as written, so a changed feature loses nothing and changes no more text
//! than it must.

use crate::model::KNOWN_PROPERTIES;
use serde::Deserialize;
use serde::de::{MapAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

/// One feature as the editor holds it. Key order of `properties` as in the file; values and
/// members the editor does not know are kept.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// `[lon, lat]`; `None` for `"geometry": null` (or a geometry that is not a point).
    pub position: Option<[f64; 2]>,
    pub props: Vec<(String, Value)>,
    pub(super) kept: Kept,
}

/// What a feature had in its file, for writing it again in its own words.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Kept {
    /// The feature's members in file order; empty for a new place (written in the file's order).
    pub members: Vec<Member>,
    /// The position the geometry gave and its text: written again while the position is the same,
    /// so a polygon, a third coordinate or the file's number format survive.
    pub geometry: Option<(Option<[f64; 2]>, String)>,
    /// Each property's text as read, in file order: written again while its value is unchanged
    /// (`9.880000` stays `9.880000`), and a key removed and given again goes back to its place.
    pub raw: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Member {
    Geometry,
    Properties,
    /// Any other member (`type`, a feature-level `id`, `bbox`, …): key and JSON text.
    Other(String, String),
}

impl Draft {
    /// A new place: type Feature, Point geometry (or none).
    pub fn new(id: &str, name: &str, category: &str, position: Option<[f64; 2]>) -> Draft {
        let mut d = Draft { position, props: Vec::new(), kept: Kept::default() };
        for (key, value) in [("id", id), ("name", name), ("category", category)] {
            d.set(key, Some(Value::from(value)));
        }
        d
    }

    /// Reads a feature's JSON text; `None` if it is not an object.
    pub(super) fn read(text: &str) -> Option<Draft> {
        let Members(members) = serde_json::from_str(text).ok()?;
        let mut d = Draft { position: None, props: Vec::new(), kept: Kept::default() };
        for (key, raw) in members {
            // A key written twice counts once, the last time, as in the browser's JSON.parse.
            d.kept.members.retain(|m| m.key() != key);
            match key.as_str() {
                "geometry" => {
                    let value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
                    d.position = point_of(&value);
                    d.kept.geometry = Some((d.position, raw.get().to_string()));
                    d.kept.members.push(Member::Geometry);
                }
                "properties" => {
                    // Not an object (null, or a mistake): no properties, written as an object if
                    // the editor gives it some.
                    let Members(props) = serde_json::from_str(raw.get()).unwrap_or(Members(Vec::new()));
                    d.props.clear();
                    d.kept.raw.clear();
                    for (k, v) in props {
                        let value = serde_json::from_str(v.get()).unwrap_or(Value::Null);
                        d.props.retain(|(p, _)| *p != k);
                        d.kept.raw.retain(|(p, _)| *p != k);
                        d.props.push((k.clone(), value));
                        d.kept.raw.push((k, v.get().to_string()));
                    }
                    d.kept.members.push(Member::Properties);
                }
                _ => d.kept.members.push(Member::Other(key, raw.get().to_string())),
            }
        }
        Some(d)
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.props.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// A string value.
    pub fn text(&self, key: &str) -> Option<&str> {
        self.get(key)?.as_str()
    }

    /// The strings of a list (a single string counts as a list of one); other items are left out.
    pub fn list(&self, key: &str) -> Vec<String> {
        match self.get(key) {
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).map(str::to_string).collect(),
            Some(Value::String(s)) => vec![s.clone()],
            _ => Vec::new(),
        }
    }

    /// `None`, null, an empty string or an empty list removes the key. An existing key keeps its
    /// place; a new one goes where it was in the file, else where the data contract
    /// ([`KNOWN_PROPERTIES`]) puts it.
    pub fn set(&mut self, key: &str, value: Option<Value>) {
        let value =
            value.filter(|v| !matches!(v, Value::Null) && v != "" && v.as_array().is_none_or(|a| !a.is_empty()));
        let at = self.props.iter().position(|(k, _)| k == key);
        match (at, value) {
            (Some(i), Some(v)) => self.props[i].1 = v,
            (Some(i), None) => {
                self.props.remove(i);
            }
            (None, Some(v)) => {
                let i = self.place_for(key);
                self.props.insert(i, (key.to_string(), v));
            }
            (None, None) => {}
        }
    }

    /// Where a new key goes: after the key that preceded it in the file (so clearing a field and
    /// typing it again changes nothing), else after the last key that comes before it in the
    /// contract's order, else before the first that comes after it; unknown keys at the end.
    fn place_for(&self, key: &str) -> usize {
        let index = |k: &str| self.props.iter().position(|(p, _)| p == k);
        if let Some(was) = self.kept.raw.iter().position(|(k, _)| k == key) {
            let before = self.kept.raw[..was].iter().rev().find_map(|(k, _)| index(k)).map(|i| i + 1);
            if let Some(i) = before.or_else(|| self.kept.raw[was + 1..].iter().find_map(|(k, _)| index(k))) {
                return i;
            }
        }
        // The contract's order (as the checker and the form know it), so new files read alike.
        let rank = |k: &str| KNOWN_PROPERTIES.iter().position(|o| *o == k);
        let Some(r) = rank(key) else { return self.props.len() };
        let ranks: Vec<Option<usize>> = self.props.iter().map(|(k, _)| rank(k)).collect();
        match ranks.iter().rposition(|p| p.is_some_and(|p| p < r)) {
            Some(i) => i + 1,
            None => ranks.iter().position(|p| p.is_some_and(|p| p > r)).unwrap_or(self.props.len()),
        }
    }

    pub fn id(&self) -> Option<&str> {
        self.text("id")
    }

    pub fn name(&self) -> Option<&str> {
        self.text("name")
    }

    /// The Feature as JSON (for the checker and the map).
    pub fn to_feature(&self) -> Value {
        let mut feature = serde_json::Map::new();
        for member in self.members(true) {
            let (key, value) = match member {
                Member::Geometry => ("geometry".to_string(), self.geometry()),
                Member::Properties => ("properties".to_string(), Value::Object(self.props.iter().cloned().collect())),
                Member::Other(key, raw) => (key, serde_json::from_str(&raw).unwrap_or(Value::Null)),
            };
            feature.insert(key, value);
        }
        Value::Object(feature)
    }

    /// The members to write, in order: the file's, with a geometry or properties the editor gave
    /// a feature that had none; a new place's in the file's order (`geometry_first`).
    pub(super) fn members(&self, geometry_first: bool) -> Vec<Member> {
        if self.kept.members.is_empty() {
            let feature = Member::Other("type".to_string(), "\"Feature\"".to_string());
            let rest = if geometry_first {
                [Member::Geometry, Member::Properties]
            } else {
                [Member::Properties, Member::Geometry]
            };
            return std::iter::once(feature).chain(rest).collect();
        }
        let mut members = self.kept.members.clone();
        if self.position.is_some() && !members.contains(&Member::Geometry) {
            let at = members.iter().position(|m| *m == Member::Properties).unwrap_or(members.len());
            members.insert(at, Member::Geometry);
        }
        if !self.props.is_empty() && !members.contains(&Member::Properties) {
            members.push(Member::Properties);
        }
        members
    }

    /// The geometry's text as read, if the position is the one it gave.
    pub(super) fn kept_geometry(&self) -> Option<&str> {
        self.kept.geometry.as_ref().filter(|(p, _)| *p == self.position).map(|(_, raw)| raw.as_str())
    }

    /// A property's text as read, if its value is still `value`.
    pub(super) fn kept_value(&self, key: &str, value: &Value) -> Option<&str> {
        let (_, raw) = self.kept.raw.iter().find(|(k, _)| k == key)?;
        (serde_json::from_str::<Value>(raw).ok().as_ref() == Some(value)).then_some(raw.as_str())
    }

    /// The geometry as JSON: as read while the position is unchanged, else a point (or null).
    pub(super) fn geometry(&self) -> Value {
        if let Some(raw) = self.kept_geometry() {
            return serde_json::from_str(raw).unwrap_or(Value::Null);
        }
        match self.position {
            // Six decimals are about 10 cm: more is noise from a click on the map.
            Some(p) => serde_json::json!({ "type": "Point", "coordinates": p.map(|c| (c * 1e6).round() / 1e6) }),
            None => Value::Null,
        }
    }
}

impl Member {
    fn key(&self) -> &str {
        match self {
            Member::Geometry => "geometry",
            Member::Properties => "properties",
            Member::Other(key, _) => key,
        }
    }
}

/// `[lon, lat]` of a Point geometry.
fn point_of(geometry: &Value) -> Option<[f64; 2]> {
    if geometry.get("type")? != "Point" {
        return None;
    }
    match geometry.get("coordinates")?.as_array()?.as_slice() {
        [lon, lat, ..] => Some([lon.as_f64()?, lat.as_f64()?]),
        _ => None,
    }
}

/// An object's members in file order, each value as its JSON text.
pub(super) struct Members<'a>(pub Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Members<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct InOrder;
        impl<'de> Visitor<'de> for InOrder {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members<'de>, A::Error> {
                let mut members = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    members.push((key, map.next_value()?));
                }
                Ok(Members(members))
            }
        }
        d.deserialize_map(InOrder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn keys(d: &Draft) -> Vec<&str> {
        d.props.iter().map(|(k, _)| k.as_str()).collect()
    }

    fn read(props: &str) -> Draft {
        Draft::read(&format!(r#"{{"type": "Feature", "geometry": null, "properties": {props}}}"#)).unwrap()
    }

    #[test]
    fn new_keys_go_where_the_contract_puts_them() {
        let mut d =
            read(r#"{"id": "a", "stages": ["orientation"], "name": "A", "fid": 3, "city": "Winsen", "source": "x"}"#);
        d.set("email", Some(json!("a@b.example")));
        d.set("category", Some(json!("schule")));
        d.set("updated", Some(json!("2026-10-01")));
        d.set("fid", Some(json!(4)));
        d.set("name", Some(json!("B")));
        d.set("extra", Some(json!(true)));
        let order = ["id", "stages", "name", "category", "fid", "city", "email", "updated", "source", "extra"];
        assert_eq!(keys(&d), order);
        // Only unknown keys, or none: the contract's order from the start.
        let mut d = read(r#"{"fid": 1}"#);
        d.set("name", Some(json!("A")));
        d.set("id", Some(json!("a")));
        assert_eq!(keys(&d), ["fid", "id", "name"]);
        let mut d = read("null");
        d.set("website", Some(json!("https://a.example")));
        d.set("phone", Some(json!("1")));
        assert_eq!(keys(&d), ["phone", "website"]);
    }

    #[test]
    fn emptied_fields_go_and_come_back_to_their_place() {
        let mut d = read(r#"{"id": "a", "offers": ["X"], "name": "A", "phone": "1"}"#);
        let original = d.clone();
        for empty in [None, Some(json!("")), Some(json!([])), Some(Value::Null)] {
            d.set("offers", empty);
            assert_eq!(keys(&d), ["id", "name", "phone"]);
            d.set("offers", Some(json!(["X"])));
            assert_eq!(d, original);
        }
        d.set("id", None);
        d.set("id", Some(json!("a")));
        assert_eq!(d, original);
        d.set("missing", None);
        assert_eq!(d, original);
    }

    #[test]
    fn reading_values() {
        let d = read(r#"{"id": "a", "name": "A", "audiences": ["pupils", 3, "adults"], "modes": "phone", "n": 2}"#);
        assert_eq!((d.id(), d.name(), d.text("n"), d.get("n")), (Some("a"), Some("A"), None, Some(&json!(2))));
        assert_eq!(d.list("audiences"), ["pupils", "adults"]);
        assert_eq!((d.list("modes"), d.list("n"), d.list("none")), (vec!["phone".to_string()], vec![], vec![]));
        assert_eq!(Draft::read("[1]"), None);
    }

    #[test]
    fn a_new_place_as_a_feature() {
        let d = Draft::new("a", "A", "", Some([9.12345678, 53.5]));
        assert_eq!(keys(&d), ["id", "name"]);
        let feature = json!({
            "type": "Feature",
            "geometry": { "type": "Point", "coordinates": [9.123457, 53.5] },
            "properties": { "id": "a", "name": "A" }
        });
        assert_eq!(d.to_feature(), feature);
        assert_eq!(Draft::new("b", "B", "x", None).to_feature()["geometry"], Value::Null);
    }

    #[test]
    fn a_point_with_height_is_kept_until_moved() {
        let mut d =
            Draft::read(r#"{"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.5, 53.5, 12]}}"#)
                .unwrap();
        assert_eq!((d.position, d.kept_geometry().is_some()), (Some([9.5, 53.5]), true));
        assert_eq!(d.to_feature()["geometry"]["coordinates"], json!([9.5, 53.5, 12]));
        d.position = Some([9.6, 53.5]);
        assert_eq!(d.to_feature()["geometry"]["coordinates"], json!([9.6, 53.5]));
        // As in the file: no properties until the editor gives it some.
        assert_eq!(d.to_feature().get("properties"), None);
        d.set("id", Some(json!("a")));
        assert_eq!(d.to_feature()["properties"], json!({ "id": "a" }));
    }
}
