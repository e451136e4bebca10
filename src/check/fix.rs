//! `check --fix`: only the safe repairs — longitude and latitude swapped back (when the swapped
//! point lies in the district), whitespace trimmed, phone spacing normalised. The file is written
//! one feature per line with keys in a fixed (alphabetical) order, unknown properties kept.

use super::Options;
use crate::geo::LonLat;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The GeoJSON files behind the given paths (a config's sources, or the files themselves).
fn sources(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        let Ok(text) = std::fs::read_to_string(p) else { continue };
        let v: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap_or_default();
        match v["sources"].as_array() {
            Some(list) => {
                let base = p.parent().map(Path::to_path_buf).unwrap_or_default();
                out.extend(list.iter().filter_map(|s| s.as_str()).map(|s| base.join(s)));
            }
            None => out.push(p.clone()),
        }
    }
    out
}

fn normalise_phone(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Repairs one feature collection in place; returns how many repairs were made.
pub fn repair(root: &mut Value, opts: &Options) -> usize {
    let mut n = 0;
    let Some(features) = root.get_mut("features").and_then(Value::as_array_mut) else { return 0 };
    for f in features {
        if let Some(props) = f.get_mut("properties").and_then(Value::as_object_mut) {
            for (k, v) in props.iter_mut() {
                if let Value::String(s) = v {
                    let mut t = s.trim().to_string();
                    if k == "phone" {
                        t = normalise_phone(&t);
                    }
                    if t != *s {
                        *s = t;
                        n += 1;
                    }
                }
            }
        }
        if f["geometry"]["type"] == "Point" {
            if let Some(c) = f["geometry"]["coordinates"].as_array_mut() {
                if let (Some(a), Some(b)) = (c.first().and_then(Value::as_f64), c.get(1).and_then(Value::as_f64)) {
                    let p = LonLat::new(a, b);
                    let swapped = LonLat::new(b, a);
                    if !opts.area.contains(p) && opts.area.contains(swapped) {
                        c.swap(0, 1);
                        n += 1;
                    }
                }
            }
        }
    }
    n
}

/// One feature per line, stable key order: small diffs when an editor changes one place.
pub fn to_stable_text(root: &Value) -> String {
    let mut head = root.clone();
    let features = head.as_object_mut().and_then(|o| o.remove("features")).unwrap_or(Value::Array(Vec::new()));
    let mut out = String::from("{");
    for (k, v) in head.as_object().into_iter().flatten() {
        out.push_str(&format!("{}: {}, ", serde_json::to_string(k).unwrap(), serde_json::to_string(v).unwrap()));
    }
    out.push_str("\"features\": [\n");
    let lines: Vec<String> =
        features.as_array().into_iter().flatten().map(|f| serde_json::to_string(f).unwrap()).collect();
    out.push_str(&lines.join(",\n"));
    out.push_str("\n]}\n");
    out
}

/// Applies the safe repairs to every file and says what it did.
pub fn apply(paths: &[PathBuf], opts: &Options) -> Vec<String> {
    let mut said = Vec::new();
    for p in sources(paths) {
        let Ok(text) = std::fs::read_to_string(&p) else { continue };
        let Ok(mut v) = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) else { continue };
        let n = repair(&mut v, opts);
        if n > 0 && std::fs::write(&p, to_stable_text(&v)).is_ok() {
            said.push(crate::tr!(opts.lang, "c-fixed", count = n, file = p.display().to_string()));
        }
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_repairs() {
        let mut v: Value = serde_json::from_str(
            r#"{"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[53.36,10.2]},"properties":{"id":" a ","name":"X","phone":"04171   8819-0","zz_custom":" keep "}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[13.4,52.5]},"properties":{"id":"b","name":"Berlin"}}]}"#,
        )
        .unwrap();
        let n = repair(&mut v, &Options::default());
        assert_eq!(n, 4, "id trimmed, phone spacing, custom text trimmed, coordinates swapped back");
        assert_eq!(v["features"][0]["geometry"]["coordinates"], serde_json::json!([10.2, 53.36]));
        assert_eq!(v["features"][0]["properties"]["phone"], "04171 8819-0");
        assert_eq!(
            v["features"][1]["geometry"]["coordinates"],
            serde_json::json!([13.4, 52.5]),
            "outside but not swapped: left alone"
        );
        let text = to_stable_text(&v);
        assert_eq!(text.lines().count(), 4, "one feature per line");
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, v);
    }
}
