//! `check --fix`: only the safe repairs — longitude and latitude swapped back (when the swapped
//! point lies in the district), whitespace trimmed, phone spacing normalised. The file is written
//! one feature per line with keys in a fixed (alphabetical) order, unknown properties kept.

use super::Options;
use crate::geo::LonLat;
use serde_json::Value;
use std::io::Write;
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
        if n == 0 {
            continue;
        }
        let file = p.display().to_string();
        match replace(&p, |f| f.write_all(to_stable_text(&v).as_bytes())) {
            Ok(()) => said.push(crate::ctr!(opts.lang, "c-fixed", count = n, file = file)),
            Err(e) => said.push(crate::ctr!(opts.lang, "c-fix-failed", file = file, reason = e.to_string())),
        }
    }
    said
}

/// Replaces `path` with what `write` writes, or leaves it as it was: the new text goes to a
/// temporary file beside it, which is renamed over the original only once it is complete and on
/// disk. A full disk or an interrupted run cannot leave half a file behind.
pub fn replace(path: &Path, write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>) -> std::io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&temp).and_then(|mut f| {
        write(&mut f)?;
        f.sync_all()
    });
    match written.and_then(|()| std::fs::rename(&temp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_file_as_it_was() {
        let dir = std::env::temp_dir().join(format!("bk-fix-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("daten.geojson");
        std::fs::write(&file, "original").unwrap();
        // Interrupted half-way (a full disk, a killed run): the original stays, no leftovers.
        let failed = replace(&file, |f| {
            f.write_all(b"half a fi")?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "original");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no temporary file left behind");
        replace(&file, |f| f.write_all(b"repaired")).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "repaired");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

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
