//! Spreadsheets ⇄ GeoJSON. Import reads what Excel and LibreOffice write (comma or semicolon,
//! UTF-8 with or without BOM, Windows-1252, decimal commas, German or English headers); export
//! writes a semicolon CSV with German headers that imports back to the same data.

use crate::model::Lang;
use crate::search::fold;
use serde_json::{Map, Value, json};
use std::path::Path;

/// Contract property (or `lon`/`lat`), the German header export writes, and what headers mean it.
const COLUMNS: &[(&str, &str, &[&str])] = &[
    ("id", "ID", &["id", "kennung"]),
    ("name", "Name", &["name", "bezeichnung"]),
    ("name_en", "Name (englisch)", &["nameen", "nameenglisch", "englishname"]),
    ("category", "Kategorie", &["kategorie", "category", "typ"]),
    ("street", "Straße", &["strasse", "street", "adresse", "anschrift"]),
    ("postcode", "PLZ", &["plz", "postleitzahl", "postcode", "zip"]),
    ("city", "Ort", &["ort", "stadt", "city", "town"]),
    ("municipality", "Gemeinde", &["gemeinde", "samtgemeinde", "municipality"]),
    ("phone", "Telefon", &["telefon", "tel", "phone", "telefonnummer"]),
    ("email", "E-Mail", &["email", "mail"]),
    ("website", "Webseite", &["webseite", "website", "internet", "homepage", "url"]),
    ("description", "Beschreibung", &["beschreibung", "description"]),
    ("description_en", "Beschreibung (englisch)", &["beschreibungenglisch", "descriptionen", "englishdescription"]),
    ("offers", "Angebote", &["angebote", "angebot", "offers", "berufe"]),
    ("audiences", "Zielgruppen", &["zielgruppen", "zielgruppe", "audiences"]),
    ("stages", "Bildungskette", &["bildungskette", "stufen", "stages"]),
    ("opening_hours", "Öffnungszeiten", &["oeffnungszeiten", "openinghours"]),
    ("wheelchair", "Rollstuhl", &["rollstuhl", "rollstuhlgerecht", "wheelchair"]),
    ("updated", "Stand", &["stand", "aktualisiert", "updated"]),
    ("modes", "Kontaktwege", &["kontaktwege", "kontaktweg", "modes"]),
    ("events", "Termine", &["termine", "termin", "events", "veranstaltungen"]),
    ("source", "Quelle", &["quelle", "source"]),
    ("lon", "Längengrad", &["laengengrad", "laenge", "lon", "lng", "longitude", "x"]),
    ("lat", "Breitengrad", &["breitengrad", "breite", "lat", "latitude", "y"]),
];

const LISTS: &[&str] = &["offers", "audiences", "stages", "modes"];

/// Text from a file as Excel may have saved it: UTF-8 (BOM or not), else Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    [b';', b',', b'\t'].into_iter().max_by_key(|d| header.bytes().filter(|b| b == d).count()).unwrap_or(b',')
}

fn column_for(header: &str) -> Option<&'static str> {
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
    /// The line each feature came from, in the order of the features.
    pub rows: Vec<usize>,
}

pub fn import(text: &str, lang: Lang) -> Imported {
    // The csv crate counts lines from '\n' only; with Windows line ends its row numbers drift.
    let text = &text.replace("\r\n", "\n");
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().map(|h| h.iter().map(String::from).collect()).unwrap_or_default();
    let columns: Vec<Option<&str>> = headers.iter().map(|h| column_for(h)).collect();
    let mut features = Vec::new();
    let mut skipped = Vec::new();
    let mut skipped_rows = Vec::new();
    let mut rows = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (n, record) in reader.records().enumerate() {
        let row = record.as_ref().ok().and_then(|r| r.position()).map(|p| p.line() as usize).unwrap_or(n + 2);
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                skipped.push(crate::ctr!(lang, "c-import-row", row = row, message = e.to_string()));
                skipped_rows.push(row);
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut props = Map::new();
        let (mut lon, mut lat) = (None, None);
        for (i, cell) in record.iter().enumerate() {
            let cell = cell.trim();
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
                        .map(|s| if k == "offers" { offer_item(s) } else { json!(s) })
                        .collect();
                    props.insert(k.to_string(), Value::Array(items));
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
        let mut problems = Vec::new();
        if !props.contains_key("name") {
            problems.push(crate::ctr!(lang, "c-import-no-name"));
        }
        if !props.contains_key("category") {
            problems.push(crate::ctr!(lang, "c-import-no-category"));
        }
        // No coordinates: an offer without a fixed place if it names its ways of contact.
        let remote = lon.is_none()
            && lat.is_none()
            && props.get("modes").is_some_and(|m| m.as_array().is_some_and(|a| !a.is_empty()));
        let coordinates = match (lon, lat) {
            (Some(x), Some(y)) => Some([x, y]),
            _ if remote => None,
            _ => {
                problems.push(crate::ctr!(lang, "c-import-no-coords"));
                skipped_rows.extend(std::iter::repeat_n(row, problems.len()));
                skipped.extend(problems.into_iter().map(|m| crate::ctr!(lang, "c-import-row", row = row, message = m)));
                continue;
            }
        };
        if !problems.is_empty() {
            skipped_rows.extend(std::iter::repeat_n(row, problems.len()));
            skipped.extend(problems.into_iter().map(|m| crate::ctr!(lang, "c-import-row", row = row, message = m)));
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
        rows.push(row);
    }
    Imported { collection: json!({ "type": "FeatureCollection", "features": features }), skipped, skipped_rows, rows }
}

/// An offer from a cell: "Tischler/in (2027)" names its training year, anything else is its name.
fn offer_item(s: &str) -> Value {
    let year = s.strip_suffix(')').and_then(|r| r.rsplit_once(" (")).and_then(|(name, year)| {
        let year = crate::model::Offer::parse_year(&json!(year))?;
        Some(json!({ "de": name.trim(), "year": year.parse::<u64>().map(|y| json!(y)).unwrap_or(json!(year)) }))
    });
    year.unwrap_or_else(|| json!(s))
}

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
    let header: Vec<String> = COLUMNS.iter().map(|(_, de, _)| de.to_string()).chain(extra.iter().cloned()).collect();
    let _ = w.write_record(&header);
    for f in &features {
        let p = f["properties"].as_object().cloned().unwrap_or_default();
        let c = &f["geometry"]["coordinates"];
        let coord =
            |i: usize| c.get(i).and_then(Value::as_f64).map(|v| v.to_string().replace('.', ",")).unwrap_or_default();
        let mut row: Vec<String> = COLUMNS
            .iter()
            .map(|(k, _, _)| match *k {
                "lon" => coord(0),
                "lat" => coord(1),
                "name_en" => p
                    .get("name_en")
                    .map(cell)
                    .or_else(|| p.get("name").and_then(|n| n.get("en")).map(cell))
                    .unwrap_or_default(),
                "events" => p.get("events").map(events_cell).unwrap_or_default(),
                k => p.get(k).map(cell).unwrap_or_default(),
            })
            .collect();
        row.extend(extra.iter().map(|k| p.get(k).map(cell).unwrap_or_default()));
        let _ = w.write_record(&row);
    }
    let body = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
    format!("\u{feff}{body}")
}

pub fn import_command(path: &Path, lang: Lang) -> i32 {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}: {}", path.display(), crate::ctr!(lang, "c-unreadable", reason = e.to_string()));
            return 2;
        }
    };
    let out = import(&decode(&bytes), lang);
    for s in &out.skipped {
        eprintln!("{}: {s}", path.display());
    }
    let count = out.collection["features"].as_array().map(Vec::len).unwrap_or(0);
    print!("{}", super::fix::to_stable_text(&out.collection));
    eprintln!("{}", crate::ctr!(lang, "c-import-done", count = count, bad = out.skipped.len()));
    if out.skipped.is_empty() { 0 } else { 1 }
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

    /// The source parser, the JSON Schema and the spreadsheet columns name the same properties
    /// (the spreadsheet adds lon/lat for the position): a property added to one must reach all.
    #[test]
    fn one_property_table_for_parser_schema_and_spreadsheet() {
        use crate::model::{FIELDS, KNOWN_PROPERTIES};
        use std::collections::BTreeSet;
        let parser: BTreeSet<&str> = KNOWN_PROPERTIES.iter().copied().collect();
        let schema: BTreeSet<&str> = FIELDS.iter().map(|f| f.name).collect();
        let columns: BTreeSet<&str> = COLUMNS.iter().map(|c| c.0).filter(|c| !["lon", "lat"].contains(c)).collect();
        assert_eq!(parser, columns, "parser vs spreadsheet columns");
        let translations: BTreeSet<&str> = ["name_en", "description_en"].into();
        let schema_and_translations: BTreeSet<&str> = schema.union(&translations).copied().collect();
        assert_eq!(parser, schema_and_translations, "parser vs schema (+ the _en columns)");
    }

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
        assert_eq!(
            out.skipped,
            vec![
                "Zeile 3: „Name“ fehlt".to_string(),
                "Zeile 4: Koordinaten fehlen oder sind keine Zahlen (Längengrad/Breitengrad)".to_string()
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

    #[test]
    fn export_then_import_gives_the_data_back() {
        let x: Value = serde_json::from_str(
            r#"{"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[10.224183,53.364249]},"properties":{"id":"bbs","name":"BBS Winsen; Schule","category":"schule","street":"Bürgerweide 20","postcode":"21423","offers":["Einzelhandel","Gärtner:in, Garten- und Landschaftsbau",{"de":"Tischler/in","year":2027},{"de":"Koch (m/w/d)","year":"2026/27"},"Messe (2027 und 2028)"],"audiences":["pupils"],"opening_hours":"Mo-Fr 08:00-16:00","x-note":"bleibt \"so\""}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[9.7,53.28]},"properties":{"id":"m2","name":"Musterbetrieb","category":"betrieb"}}]}"#,
        )
        .unwrap();
        let csv = export(&x);
        assert!(csv.starts_with("\u{feff}ID;Name;"));
        let back = import(&decode(csv.as_bytes()), Lang::De);
        assert!(back.skipped.is_empty(), "{:?}", back.skipped);
        assert_eq!(back.collection, x);
    }
}
