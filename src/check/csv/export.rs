//! Writing a table: a semicolon CSV with German headers that imports back to the same data.

use super::COLUMNS;
use super::cell::neutralise;
use super::events;
use super::words::{Words, german_date};
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

/// A value of a field with words (category, audiences, …): each code as its German label.
fn worded(v: &Value, field: &str, words: &Words) -> String {
    match v {
        Value::String(s) => words.label(field, s),
        Value::Array(items) => items.iter().map(|i| worded(i, field, words)).collect::<Vec<_>>().join("; "),
        other => cell(other),
    }
}

/// The table as bytes: UTF-8 with BOM, or Windows-1252 for older spreadsheet programs (characters
/// it lacks become `&#…;`, which such a program shows as written).
pub fn export_bytes(collection: &Value, windows_1252: bool) -> Vec<u8> {
    export_bytes_with(collection, windows_1252, &Words::new(&[]))
}

/// `export_bytes` with the config's words for categories.
pub fn export_bytes_with(collection: &Value, windows_1252: bool, words: &Words) -> Vec<u8> {
    let text = export_with(collection, words);
    if windows_1252 { super::cp1252::encode(text.trim_start_matches('\u{feff}')) } else { text.into_bytes() }
}

/// A semicolon CSV (UTF-8 with BOM, as Excel opens it) with German headers and decimal commas;
/// categories as their codes (no config to name them).
pub fn export(collection: &Value) -> String {
    export_with(collection, &Words::new(&[]))
}

/// The table in the editors' words: the form's labels for codes, German dates, events in columns.
pub fn export_with(collection: &Value, words: &Words) -> String {
    let features = collection["features"].as_array().cloned().unwrap_or_default();
    let columns: Vec<Option<Vec<events::Cells>>> =
        features.iter().map(|f| f["properties"].get("events").and_then(|e| events::cells(e, words))).collect();
    let groups = columns.iter().flatten().map(Vec::len).max().unwrap_or(0);
    let mut extra: Vec<String> = features
        .iter()
        .filter_map(|f| f["properties"].as_object())
        .flat_map(|p| p.keys().cloned())
        .filter(|k| !COLUMNS.iter().any(|(c, _, _)| c == k))
        .collect();
    extra.sort();
    extra.dedup();
    let mut w = ::csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    let header: Vec<String> = COLUMNS
        .iter()
        .map(|(_, de, _)| de.to_string())
        .chain(events::headers(groups))
        .chain(extra.iter().map(|k| neutralise(k, "")))
        .collect();
    let _ = w.write_record(&header);
    for (f, event_cells) in features.iter().zip(&columns) {
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
                    // Said in columns where they can be, else as JSON: nothing is lost.
                    "events" if event_cells.is_some() => String::new(),
                    "events" => p.get("events").map(Value::to_string).unwrap_or_default(),
                    "updated" => p
                        .get(*k)
                        .map(|d| d.as_str().and_then(german_date).unwrap_or_else(|| cell(d)))
                        .unwrap_or_default(),
                    k if words.has(k) => p.get(k).map(|v| worded(v, k, words)).unwrap_or_default(),
                    k => p.get(k).map(cell).unwrap_or_default(),
                };
                neutralise(&text, k)
            })
            .collect();
        let mut event_cells = event_cells.clone().unwrap_or_default();
        event_cells.resize_with(groups, Default::default);
        row.extend(event_cells.iter().flatten().map(|c| neutralise(c, "events")));
        row.extend(extra.iter().map(|k| neutralise(&p.get(k).map(cell).unwrap_or_default(), k)));
        let _ = w.write_record(&row);
    }
    let body = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
    format!("\u{feff}{body}")
}

pub fn export_command(path: &Path, lang: Lang, windows_1252: bool, config: Option<&Path>) -> i32 {
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
            let _ = std::io::Write::write_all(
                &mut out,
                &export_bytes_with(&v, windows_1252, &super::words_for(path, config)),
            );
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
        let text = "Name;Kategorie;Längengrad;Breitengrad;Termine\nBBS;schule;9,9;53,3;\"16.01.2027 10:00 Tag der offenen Tür; 2027-03-31 Bewerbungsschluss\"\n";
        let imported = import(text, Lang::De);
        let events = &imported.collection["features"][0]["properties"]["events"];
        assert_eq!(
            events,
            &json!([{"start": "2027-01-16T10:00", "title": "Tag der offenen Tür"}, {"start": "2027-03-31", "title": "Bewerbungsschluss"}])
        );
    }
}
