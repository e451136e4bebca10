//! Writing a table: a semicolon CSV with German headers that imports back to the same data.

use super::COLUMNS;
use super::cell::neutralise;
use crate::model::Lang;
use serde_json::Value;
use std::path::Path;

fn cell(v: &Value) -> String {
    match v {
        // An event as the spreadsheet writes it: "2027-01-16 10:00 Tag der offenen Tür".
        Value::Object(o) if o.contains_key("start") => {
            let start = o["start"].as_str().unwrap_or_default().replacen('T', " ", 1);
            format!("{start} {}", o.get("title").map(cell).unwrap_or_default())
        }
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join("; "),
        Value::Null => String::new(),
        // An offer with its training year: "Tischler/in (2027)"; import reads it back.
        Value::Object(o) if o.contains_key("year") && o.contains_key("de") => {
            format!("{} ({})", cell(&o["de"]), cell(&o["year"]))
        }
        Value::Object(o) => o.get("de").map(cell).unwrap_or_else(|| v.to_string()),
        other => other.to_string(),
    }
}

/// Events in a cell: "2027-01-16 10:00 Tag der offenen Tür; …" when that says all there is (a
/// title and a start), else the JSON itself, so that nothing is lost on the way back.
fn events_cell(v: &Value) -> String {
    let plain = v.as_array().is_some_and(|items| {
        items.iter().all(|e| {
            e.as_object().is_some_and(|o| o.keys().all(|k| k == "title" || k == "start") && o["title"].is_string())
        })
    });
    if plain { cell(v) } else { v.to_string() }
}

/// The table as bytes: UTF-8 with BOM, or Windows-1252 for older spreadsheet programs (characters
/// it lacks become `&#…;`, which such a program shows as written).
pub fn export_bytes(collection: &Value, windows_1252: bool) -> Vec<u8> {
    let text = export(collection);
    if windows_1252 {
        encoding_rs::WINDOWS_1252.encode(text.trim_start_matches('\u{feff}')).0.into_owned()
    } else {
        text.into_bytes()
    }
}

/// A semicolon CSV (UTF-8 with BOM, as Excel opens it) with German headers and decimal commas.
pub fn export(collection: &Value) -> String {
    let features = collection["features"].as_array().cloned().unwrap_or_default();
    let mut extra: Vec<String> = features
        .iter()
        .filter_map(|f| f["properties"].as_object())
        .flat_map(|p| p.keys().cloned())
        .filter(|k| !COLUMNS.iter().any(|(c, _, _)| c == k))
        .collect();
    extra.sort();
    extra.dedup();
    let mut w = ::csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    let header: Vec<String> =
        COLUMNS.iter().map(|(_, de, _)| de.to_string()).chain(extra.iter().map(|k| neutralise(k, ""))).collect();
    let _ = w.write_record(&header);
    for f in &features {
        let p = f["properties"].as_object().cloned().unwrap_or_default();
        let c = &f["geometry"]["coordinates"];
        let coord =
            |i: usize| c.get(i).and_then(Value::as_f64).map(|v| v.to_string().replace('.', ",")).unwrap_or_default();
        let mut row: Vec<String> = COLUMNS
            .iter()
            .map(|(k, _, _)| {
                let text = match *k {
                    // Written from numbers, never from text in a file: "-0,12" is a number to
                    // every spreadsheet, and an apostrophe would turn it into text.
                    "lon" => return coord(0),
                    "lat" => return coord(1),
                    "name_en" => p
                        .get("name_en")
                        .map(cell)
                        .or_else(|| p.get("name").and_then(|n| n.get("en")).map(cell))
                        .unwrap_or_default(),
                    "events" => p.get("events").map(events_cell).unwrap_or_default(),
                    k => p.get(k).map(cell).unwrap_or_default(),
                };
                neutralise(&text, k)
            })
            .collect();
        row.extend(extra.iter().map(|k| neutralise(&p.get(k).map(cell).unwrap_or_default(), k)));
        let _ = w.write_record(&row);
    }
    let body = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
    format!("\u{feff}{body}")
}

pub fn export_command(path: &Path, lang: Lang, windows_1252: bool) -> i32 {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: {}", path.display(), crate::ctr!(lang, "c-unreadable", reason = e.to_string()));
            return 2;
        }
    };
    match serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) {
        Ok(v) => {
            let mut out = std::io::stdout().lock();
            let _ = std::io::Write::write_all(&mut out, &export_bytes(&v, windows_1252));
            0
        }
        Err(e) => {
            eprintln!("{}:{}:{}: {}", path.display(), e.line(), e.column(), e);
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::csv::import;
    use serde_json::json;

    #[test]
    fn dates_in_a_cell_as_editors_write_them() {
        let text = "Name;Kategorie;Längengrad;Breitengrad;Termine\nBBS;schule;9,9;53,3;\"2027-01-16 10:00 Tag der offenen Tür; 2027-03-31 Bewerbungsschluss\"\n";
        let imported = import(text, Lang::De);
        let events = &imported.collection["features"][0]["properties"]["events"];
        assert_eq!(
            events,
            &json!([{"start": "2027-01-16T10:00", "title": "Tag der offenen Tür"}, {"start": "2027-03-31", "title": "Bewerbungsschluss"}])
        );
        // Back out the same way; with more than title and start, as JSON (nothing lost).
        assert_eq!(events_cell(events), "2027-01-16 10:00 Tag der offenen Tür; 2027-03-31 Bewerbungsschluss");
        let rich = json!([{"start": "2027-01-16", "title": "Messe", "kind": "fair"}]);
        assert_eq!(serde_json::from_str::<Value>(&events_cell(&rich)).unwrap(), rich);
    }
}
