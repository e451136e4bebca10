//! Reading a table: what Excel and LibreOffice write (comma or semicolon, UTF-8 with or without
//! BOM, Windows-1252, decimal commas, German or English headers).

use super::cell::restore;
use super::events;
use super::placing::{Placing, mark};
use super::words::{Words, iso_date};
use super::{COLUMNS, LISTS};
use crate::model::Lang;
use crate::search::fold;
use serde_json::{Map, Value, json};
use std::path::Path;

/// Text from a file as Excel may have saved it: UTF-8 (BOM or not), else Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => super::cp1252::decode(bytes),
    }
}

fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    [b';', b',', b'\t'].into_iter().max_by_key(|d| header.bytes().filter(|b| b == d).count()).unwrap_or(b',')
}

pub(super) fn column_for(header: &str) -> Option<&'static str> {
    let h = fold(header);
    COLUMNS.iter().find(|(_, de, names)| fold(de) == h || names.contains(&h.as_str())).map(|(p, _, _)| *p)
}

fn number(s: &str) -> Option<f64> {
    let t = s.trim().replace(' ', "");
    // "9,88147" (decimal comma) or "9.88147"; a thousands dot never appears in coordinates.
    t.replace(',', ".").parse().ok().filter(|v: &f64| v.is_finite())
}

fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars() {
        let f = fold(&c.to_string());
        if f.is_empty() {
            if !s.ends_with('-') && !s.is_empty() {
                s.push('-');
            }
        } else {
            s.push_str(&f);
        }
    }
    s.trim_matches('-').to_string()
}

/// The result of an import: the collection and one message per skipped row.
pub struct Imported {
    pub collection: Value,
    pub skipped: Vec<String>,
    /// The line of each skipped row, beside `skipped`.
    pub skipped_rows: Vec<usize>,
    /// The property of the column each skipped row's problem is in (`name`, `lon`), beside `skipped`.
    pub skipped_columns: Vec<Option<&'static str>>,
    /// The line each feature came from, in the order of the features.
    pub rows: Vec<usize>,
    /// The table's headers as written, so problems can name their column.
    pub headers: Vec<String>,
    /// Rows that came in without coordinates, at their town's centre: the row and what to say
    /// ("von Hand zu platzieren").
    pub rough: Vec<(usize, String)>,
    /// The table's rows as text, row n at n - 1, for excerpts.
    pub lines: Vec<String>,
}

/// One row of a table: its number (the line in a CSV, the row in a sheet) and its cells, or why
/// it could not be read.
pub(super) type Row = (usize, Result<Vec<String>, String>);

/// Reads a table; categories are taken as codes only (no config to name them).
pub fn import(text: &str, lang: Lang) -> Imported {
    import_with(text, lang, &Words::new(&[]))
}

/// Reads a table written in codes or in the editors' words (the form's labels, German dates),
/// storing codes and ISO dates; rows without coordinates go to the shipped municipalities.
pub fn import_with(text: &str, lang: Lang, words: &Words) -> Imported {
    let (headers, rows, lines) = csv_rows(text);
    import_rows(headers, rows, lines, lang, words, &Placing::default())
}

/// A CSV's headers, rows and lines.
pub(super) fn csv_rows(text: &str) -> (Vec<String>, Vec<Row>, Vec<String>) {
    // The csv crate counts lines from '\n' only; with Windows line ends its row numbers drift.
    let text = &text.replace("\r\n", "\n");
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().map(|h| h.iter().map(String::from).collect()).unwrap_or_default();
    let rows = reader
        .records()
        .enumerate()
        .map(|(n, record)| {
            let row = record.as_ref().ok().and_then(|r| r.position()).map(|p| p.line() as usize).unwrap_or(n + 2);
            (row, record.map(|r| r.iter().map(String::from).collect()).map_err(|e| e.to_string()))
        })
        .collect();
    (headers, rows, text.lines().map(String::from).collect())
}

/// The places of a table's rows (CSV or sheet alike): `headers` name the columns.
pub(super) fn import_rows(
    headers: Vec<String>,
    rows: Vec<Row>,
    lines: Vec<String>,
    lang: Lang,
    words: &Words,
    placing: &Placing,
) -> Imported {
    let headers: Vec<String> = headers.iter().map(|h| restore(h.trim()).to_string()).collect();
    let columns: Vec<Option<&str>> = headers.iter().map(|h| column_for(h)).collect();
    let event_columns: Vec<Option<(usize, usize)>> = headers.iter().map(|h| events::column(h)).collect();
    let mut features = Vec::new();
    let mut skipped = Vec::new();
    let mut skipped_rows = Vec::new();
    let mut skipped_columns = Vec::new();
    let mut rough = Vec::new();
    let mut feature_rows = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (row, record) in rows {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                skipped.push(crate::ctr!(lang, "c-import-row", row = row, message = e));
                skipped_rows.push(row);
                skipped_columns.push(None);
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut props = Map::new();
        let (mut lon, mut lat) = (None, None);
        let mut event_cells: Vec<events::Cells> = Vec::new();
        for (i, cell) in record.iter().enumerate() {
            let cell = restore(cell.trim());
            if let Some((n, part)) = event_columns.get(i).copied().flatten() {
                if event_cells.len() <= n {
                    event_cells.resize_with(n + 1, Default::default);
                }
                event_cells[n][part] = cell.to_string();
                continue;
            }
            let key = columns.get(i).copied().flatten();
            match key {
                Some("lon") => lon = number(cell),
                Some("lat") => lat = number(cell),
                _ if cell.is_empty() => {}
                // "2027-01-16 10:00 Tag der offenen Tür; 2027-03-01 Bewerbungsschluss"
                Some("events") if cell.starts_with('[') => match serde_json::from_str::<Value>(cell) {
                    Ok(v) => {
                        props.insert("events".into(), v);
                    }
                    Err(_) => {
                        props.insert("events".into(), json!(cell));
                    }
                },
                Some("events") => {
                    let items: Vec<Value> = cell
                        .split(';')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(|s| {
                            let (date, rest) = s.split_once(' ').unwrap_or((s, ""));
                            let date = iso_date(date).unwrap_or_else(|| date.to_string());
                            let rest = rest.trim();
                            match rest.split_once(' ').filter(|(t, _)| t.len() == 5 && t.as_bytes()[2] == b':') {
                                Some((time, title)) => {
                                    json!({ "start": format!("{date}T{time}"), "title": title.trim() })
                                }
                                None => json!({ "start": date, "title": rest }),
                            }
                        })
                        .collect();
                    props.insert("events".into(), Value::Array(items));
                }
                Some(k) if LISTS.contains(&k) => {
                    let items: Vec<Value> = cell
                        .split(';')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(|s| if k == "offers" { offer_item(s) } else { json!(words.code(k, s)) })
                        .collect();
                    props.insert(k.to_string(), Value::Array(items));
                }
                Some("updated") => {
                    props.insert("updated".into(), json!(iso_date(cell).unwrap_or_else(|| cell.to_string())));
                }
                Some(k) if words.has(k) => {
                    props.insert(k.to_string(), json!(words.code(k, cell)));
                }
                Some(k) => {
                    props.insert(k.to_string(), json!(cell));
                }
                None => {
                    if let Some(h) = headers.get(i).filter(|h| !h.trim().is_empty()) {
                        props.insert(h.trim().to_string(), json!(cell));
                    }
                }
            }
        }
        let in_columns =
            event_cells.iter().filter(|c| c.iter().any(|x| !x.is_empty())).map(|c| events::event(c, words));
        let mut all: Vec<Value> = props.get("events").and_then(Value::as_array).cloned().unwrap_or_default();
        all.extend(in_columns);
        if !all.is_empty() {
            props.insert("events".into(), Value::Array(all));
        }
        let mut problems = Vec::new();
        if !props.contains_key("name") {
            problems.push(("name", crate::ctr!(lang, "c-import-no-name")));
        }
        if !props.contains_key("category") {
            problems.push(("category", crate::ctr!(lang, "c-import-no-category")));
        }
        // No coordinates: an offer without a fixed place if it names its ways of contact and
        // none of them is on site (what one visits needs a point on the map).
        let modes = props.get("modes").and_then(Value::as_array).filter(|a| !a.is_empty());
        let remote = lon.is_none() && lat.is_none() && modes.is_some_and(|m| !m.contains(&json!("on_site")));
        // Otherwise the row still comes in, at its town's centre, else the district's: the data
        // contract wants a point there, and any point inside the district is a valid one; the
        // mark in `source` and the message say it is to be placed by hand. Leaving the row out
        // would lose a place the editor has no other list of.
        let coordinates = match (lon, lat) {
            (Some(x), Some(y)) => Some([x, y]),
            _ if remote => None,
            _ if problems.is_empty() => {
                let (at, town) = placing.place(&props);
                let name = props.get("name").and_then(Value::as_str).unwrap_or_default();
                let m = match town {
                    Some(town) => crate::ctr!(lang, "c-import-rough", name = name, town = town),
                    None => crate::ctr!(lang, "c-import-rough-district", name = name),
                };
                rough.push((row, crate::ctr!(lang, "c-import-row", row = row, message = m)));
                mark(&mut props);
                Some(at)
            }
            _ => None,
        };
        if !problems.is_empty() {
            for (column, m) in problems {
                skipped_rows.push(row);
                skipped_columns.push(Some(column));
                skipped.push(crate::ctr!(lang, "c-import-row", row = row, message = m));
            }
            continue;
        }
        if !props.contains_key("id") {
            let base = slug(props["name"].as_str().unwrap_or("ort"));
            let mut id = base.clone();
            let mut k = 2;
            while ids.contains(&id) {
                id = format!("{base}-{k}");
                k += 1;
            }
            props.insert("id".into(), json!(id));
        }
        ids.insert(props["id"].as_str().unwrap_or_default().to_string());
        let geometry = coordinates.map(|c| json!({ "type": "Point", "coordinates": c }));
        features.push(json!({ "type": "Feature", "geometry": geometry, "properties": props }));
        feature_rows.push(row);
    }
    let collection = json!({ "type": "FeatureCollection", "features": features });
    Imported { collection, skipped, skipped_rows, skipped_columns, rows: feature_rows, headers, rough, lines }
}

/// An offer from a cell: "Tischler/in (2027)" names its training year, anything else is its name.
fn offer_item(s: &str) -> Value {
    let year = s.strip_suffix(')').and_then(|r| r.rsplit_once(" (")).and_then(|(name, year)| {
        let year = crate::model::Offer::parse_year(&json!(year))?;
        Some(json!({ "de": name.trim(), "year": year.parse::<u64>().map(|y| json!(y)).unwrap_or(json!(year)) }))
    });
    year.unwrap_or_else(|| json!(s))
}

pub fn import_command(path: &Path, lang: Lang, config: Option<&Path>) -> i32 {
    let read = std::fs::read(path).map_err(|e| e.to_string()).and_then(|bytes| {
        let name = path.display().to_string();
        super::read(&name, &bytes, lang, &super::words_for(path, config), &super::placing_for(path, config))
    });
    let out = match read {
        Ok(out) => out,
        Err(reason) => {
            eprintln!("{}: {}", path.display(), crate::ctr!(lang, "c-unreadable", reason = reason));
            return 2;
        }
    };
    for s in &out.skipped {
        eprintln!("{}: {s}", path.display());
    }
    for (_, s) in &out.rough {
        eprintln!("{}: {s}", path.display());
    }
    let count = out.collection["features"].as_array().map(Vec::len).unwrap_or(0);
    print!("{}", crate::check::fix::to_stable_text(&out.collection));
    let done = crate::ctr!(lang, "c-import-done", count = count, rough = out.rough.len(), bad = out.skipped.len());
    eprintln!("{done}");
    // Rows placed roughly are in the output and named: work left for the editor, not an error.
    if out.skipped.is_empty() { 0 } else { 1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_semicolons_and_decimal_commas() {
        // "Straße" and "Bäckerei" in Windows-1252, as German Excel saves "CSV (Trennzeichen-getrennt)".
        let mut bytes = b"Name;Kategorie;Stra\xdfe;PLZ;Ort;Angebote;L\xe4ngengrad;Breitengrad\r\n".to_vec();
        bytes.extend_from_slice(b"B\xe4ckerei M\xfcller;betrieb;Hauptstra\xdfe 1;21244;Buchholz;\"B\xe4cker:in; Verk\xe4ufer:in\";9,88147;53,32926\r\n");
        bytes.extend_from_slice(b";betrieb;;;;;9,9;53,3\r\n");
        bytes.extend_from_slice(b"Ohne Ort;betrieb;;;;;;\r\n");
        let out = import(&decode(&bytes), Lang::De);
        let f = &out.collection["features"][0];
        assert_eq!(f["properties"]["name"], "Bäckerei Müller");
        assert_eq!(f["properties"]["street"], "Hauptstraße 1");
        assert_eq!(f["properties"]["offers"], json!(["Bäcker:in", "Verkäufer:in"]));
        assert_eq!(f["properties"]["id"], "baeckerei-mueller");
        assert_eq!(f["geometry"]["coordinates"], json!([9.88147, 53.32926]));
        assert_eq!(out.skipped, vec!["Zeile 3: „Name“ fehlt".to_string()]);
        assert_eq!(out.rows, [2, 4], "the row without coordinates is not left out");
        let rough = &out.collection["features"][1];
        assert_eq!(rough["properties"]["source"], "Lage ungefähr");
        assert!(rough["geometry"]["coordinates"].is_array());
        assert_eq!(out.rough.len(), 1);
        assert_eq!(out.rough[0].0, 4);
        assert!(out.rough[0].1.starts_with("Zeile 4: „Ohne Ort“ ohne Koordinaten"), "{}", out.rough[0].1);
        assert!(out.rough[0].1.ends_with("von Hand zu platzieren"), "{}", out.rough[0].1);
    }

    /// A partner's list has no coordinates: each row at its town's centre, marked and named;
    /// one whose town the district does not know at the district's centre; an offer reached by
    /// phone only stays without a point, one met on site gets one.
    #[test]
    fn rows_without_coordinates_come_in_at_their_town() {
        let text = "Name;Kategorie;PLZ;Ort;Kontaktwege;Quelle;Längengrad;Breitengrad\n\
                    Tischlerei;betrieb;21244;Buchholz i. d. N.;;IHK-Liste;;\n\
                    Gärtnerei;betrieb;21423;;;;;\n\
                    Werft;betrieb;20095;Hamburg;;;;\n\
                    Hotline;beratung;;;Telefon;;;\n\
                    Sprechstunde;beratung;;Tostedt;\"Telefon; Vor Ort\";;;\n\
                    Mit Lage;betrieb;21244;Buchholz;;;9,9;53,3\n";
        let out = import(text, Lang::De);
        assert!(out.skipped.is_empty(), "{:?}", out.skipped);
        let f = out.collection["features"].as_array().unwrap();
        assert_eq!(f.len(), 6, "never left out");
        let at = |i: usize| f[i]["geometry"]["coordinates"].clone();
        let source = |i: usize| f[i]["properties"]["source"].clone();
        assert_eq!((at(0), source(0)), (json!([9.88147, 53.32926]), json!("IHK-Liste – Lage ungefähr")));
        assert_eq!(at(1), json!([10.20916, 53.36243]), "by its postcode: Winsen (Luhe)");
        assert_eq!(source(2), "Lage ungefähr");
        assert_eq!(f[3]["geometry"], Value::Null, "an offer without a fixed place");
        assert_eq!(source(3), Value::Null);
        assert_eq!(at(4), json!([9.71232, 53.28106]), "on site: Tostedt");
        assert_eq!((at(5), source(5)), (json!([9.9, 53.3]), Value::Null));
        let said: Vec<(usize, &str)> = out.rough.iter().map(|(r, m)| (*r, m.as_str())).collect();
        assert_eq!(
            said,
            [
                (
                    2,
                    "Zeile 2: „Tischlerei“ ohne Koordinaten: an die Ortsmitte von Buchholz in der Nordheide gesetzt (Lage ungefähr) – von Hand zu platzieren"
                ),
                (
                    3,
                    "Zeile 3: „Gärtnerei“ ohne Koordinaten: an die Ortsmitte von Winsen (Luhe) gesetzt (Lage ungefähr) – von Hand zu platzieren"
                ),
                (
                    4,
                    "Zeile 4: „Werft“ ohne Koordinaten, und der Ort ist im Landkreis nicht bekannt: in die Mitte des Landkreises gesetzt (Lage ungefähr) – von Hand zu platzieren"
                ),
                (
                    6,
                    "Zeile 6: „Sprechstunde“ ohne Koordinaten: an die Ortsmitte von Tostedt gesetzt (Lage ungefähr) – von Hand zu platzieren"
                ),
            ]
        );
    }

    #[test]
    fn english_headers_and_commas() {
        let text =
            "\u{feff}name,category,lon,lat,website,custom\n\"Shop, Inc.\",firm,10.1,53.3,https://example.org,x\n";
        let out = import(text, Lang::En);
        let p = &out.collection["features"][0]["properties"];
        assert_eq!(p["name"], "Shop, Inc.");
        assert_eq!(p["custom"], "x", "unknown columns stay as properties");
        assert!(out.skipped.is_empty());
    }
}
