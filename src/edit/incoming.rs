//! A partner's list as the editors' page takes it in: a table (CSV, `.xlsx`, `.ods`, read as the
//! check page and `bildungskarte-data import` read it) or a GeoJSON file, as new places with the
//! checker's problems at their row. Rows without coordinates come in at their town's centre,
//! marked "Lage ungefähr": a partner's list usually has none, and a row left out is a firm lost.

use super::document::Draft;
use super::joining::draft_of;
use crate::check::csv::{Placing, Words, placing};
use crate::check::picked::{FileKind, Picked, Table};
use crate::check::{Checker, Diagnostic, InMemory, Options, Severity};
use crate::model::{Date, Lang};
use serde_json::Value;
use std::path::Path;

/// One place of the list: the row it came from (a GeoJSON file's: its number), and what the
/// checker says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub row: usize,
    pub place: Draft,
    /// At its town's centre for want of coordinates, to be placed by hand.
    pub rough: bool,
    pub notes: Vec<Note>,
}

/// A problem, in the page's language, at its cell ("Spalte „PLZ“: …").
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub row: usize,
    pub error: bool,
    pub message: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Incoming {
    pub name: String,
    pub rows: Vec<Row>,
    /// Problems of rows that became no place (no name, no category) and of the file itself.
    pub left_out: Vec<Note>,
}

/// The config as the table readers and the checker take it.
const CONFIG: &str = "config.json";

/// Reads the file `name` (its bytes) with the open config's words and district (`config`: its
/// JSON text). Problems in `lang`, the age of places against `today`.
pub fn read(name: &str, bytes: &[u8], config: Option<&str>, lang: Lang, today: Date) -> Incoming {
    let picked = Picked::new(name.to_string(), bytes.to_vec());
    let parsed = config.and_then(|t| crate::model::parse_config(t.trim_start_matches('\u{feff}')).ok());
    let words = Words::new(&parsed.map(|c| c.categories).unwrap_or_default());
    let placing = Placing::of_config_text(config);
    let mut files = InMemory { files: Vec::new(), missing: String::new(), config: None };
    if let Some(text) = config {
        files.files.push((CONFIG.to_string(), text.as_bytes().to_vec()));
        files.config = Some(CONFIG.to_string());
    }
    let opts = Options { lang, today, ..Options::default() };
    match picked.kind() {
        FileKind::Csv => {
            let table = Table::read(name, bytes, lang, &words, &placing);
            let collection = serde_json::from_str(&table.geojson).unwrap_or(Value::Null);
            gather(name, &collection, table.rows(), table.problems(&files, &opts))
        }
        FileKind::GeoJson => match picked.json().filter(|v| v.get("features").is_some()) {
            Some(mut collection) => {
                let text = placed(&mut collection, &placing);
                files.files.push((name.to_string(), text.into_bytes()));
                let mut checker = Checker::new(&files, &opts);
                checker.check(Path::new(name));
                let n = collection["features"].as_array().map_or(0, Vec::len);
                // The stable text has one feature a line after the first: line L is place L - 1.
                let mut found = checker.finish().diagnostics;
                for d in &mut found {
                    d.line = d.line.saturating_sub(1);
                }
                gather(name, &collection, &(1..=n).collect::<Vec<_>>(), found)
            }
            None => unreadable(name, crate::ctr!(lang, "c-unreadable", reason = "GeoJSON")),
        },
        FileKind::Config | FileKind::Spreadsheet => {
            unreadable(name, crate::ctr!(lang, "c-unreadable", reason = name.to_string()))
        }
    }
}

fn unreadable(name: &str, message: String) -> Incoming {
    Incoming { name: name.to_string(), rows: Vec::new(), left_out: vec![Note { row: 0, error: true, message }] }
}

/// A GeoJSON list's features without a point at their town's centre, marked as a table's rows
/// are; the list as the checker reads it, one feature a line.
fn placed(collection: &mut Value, placing: &Placing) -> String {
    for f in collection["features"].as_array_mut().into_iter().flatten() {
        let has_point = f.pointer("/geometry/coordinates").is_some_and(Value::is_array);
        if let (false, Some(props)) = (has_point, f.get_mut("properties").and_then(Value::as_object_mut)) {
            let (at, _) = placing.place(props);
            placing::mark(props);
            f["geometry"] = serde_json::json!({ "type": "Point", "coordinates": at });
        }
    }
    crate::check::fix::to_stable_text(collection)
}

/// The places of `collection` with the rows they came from (`rows`, beside the features), each
/// with the problems at its row; the other problems apart.
fn gather(name: &str, collection: &Value, rows: &[usize], found: Vec<Diagnostic>) -> Incoming {
    let features = collection["features"].as_array().cloned().unwrap_or_default();
    let mut out = Incoming { name: name.to_string(), ..Incoming::default() };
    for (feature, &row) in features.iter().zip(rows) {
        let Some(place) = draft_of(feature) else { continue };
        let rough = placing::is_rough(place.text("source"));
        out.rows.push(Row { row, place, rough, notes: Vec::new() });
    }
    for d in found {
        let note = Note { row: d.line, error: d.severity == Severity::Error, message: d.message };
        match out.rows.iter_mut().find(|r| r.row == note.row) {
            Some(r) => r.notes.push(note),
            None => out.left_out.push(note),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG_TEXT: &str = include_str!("../../public/config.json");

    /// A partner's list as a chamber sends it: German labels and dates, one row without
    /// coordinates, one with a postcode of four digits.
    pub(crate) const PARTNER_CSV: &str = "Name;Kategorie;Straße;PLZ;Ort;Zielgruppen;Stand;Längengrad;Breitengrad\n\
        Tischlerei Holzwurm;Ausbildungsbetriebe;Hauptstraße 1;21423;Winsen (Luhe);\"Schüler:innen; Eltern\";01.10.2026;10,2101;53,3581\n\
        Bäckerei Korn;Ausbildungsbetriebe;Am Markt 2;21244;Buchholz in der Nordheide;Schüler:innen;01.10.2026;9,8790;53,3270\n\
        Elektro Funke;Ausbildungsbetriebe;Lindenstraße 5;21255;Tostedt;Eltern;01.10.2026;;\n\
        Gärtnerei Grün;Ausbildungsbetriebe;Feldweg 3;2144;Seevetal;Schüler:innen;01.10.2026;10,0301;53,3901\n\
        Autohaus Blech;Ausbildungsbetriebe;Ringstraße 9;21218;Seevetal;\"Schüler:innen; Eltern\";01.10.2026;10,0405;53,4002\n";

    fn today() -> Date {
        Date::parse("2026-12-01").unwrap()
    }

    #[test]
    fn a_partner_table_becomes_five_places_with_their_problems_at_their_cells() {
        let got = read("partner.csv", PARTNER_CSV.as_bytes(), Some(CONFIG_TEXT), Lang::De, today());
        assert!(got.left_out.is_empty(), "{:?}", got.left_out);
        let names: Vec<&str> = got.rows.iter().filter_map(|r| r.place.name()).collect();
        assert_eq!(
            names,
            ["Tischlerei Holzwurm", "Bäckerei Korn", "Elektro Funke", "Gärtnerei Grün", "Autohaus Blech"]
        );
        assert_eq!(got.rows.iter().map(|r| r.row).collect::<Vec<_>>(), [2, 3, 4, 5, 6]);
        let first = &got.rows[0].place;
        assert_eq!(first.text("category"), Some("betrieb"));
        assert_eq!(first.get("audiences"), Some(&serde_json::json!(["pupils", "parents"])));
        assert_eq!(first.text("updated"), Some("2026-10-01"));
        let funke = &got.rows[2];
        assert!(funke.rough && funke.place.position.is_some(), "placed at Tostedt, marked");
        assert!(
            funke.notes.iter().any(|n| n.message.contains("Längengrad") && n.message.contains("von Hand")),
            "{:?}",
            funke.notes
        );
        let gruen = &got.rows[3];
        assert!(gruen.notes.iter().any(|n| n.message.starts_with("Spalte „PLZ“")), "{:?}", gruen.notes);
        assert!(got.rows[1].notes.iter().all(|n| !n.error), "{:?}", got.rows[1].notes);
    }

    #[test]
    fn the_same_list_as_xlsx_reads_the_same() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        let mut table =
            ::csv::ReaderBuilder::new().delimiter(b';').has_headers(false).from_reader(PARTNER_CSV.as_bytes());
        for (r, record) in table.records().enumerate() {
            for (c, cell) in record.unwrap().iter().enumerate() {
                sheet.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
        let bytes = book.save_to_buffer().unwrap();
        let got = read("partner.xlsx", &bytes, Some(CONFIG_TEXT), Lang::De, today());
        assert_eq!(got.rows.len(), 5, "{:?}", got.left_out);
        assert!(got.rows[2].rough);
    }

    #[test]
    fn a_geojson_list_places_features_without_a_point_too() {
        let text = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[9.88,53.33]},"properties":{"id":"a","name":"A","category":"betrieb"}},
{"type":"Feature","geometry":null,"properties":{"id":"b","name":"B","category":"betrieb","city":"Tostedt"}}]}"#;
        let got = read("liste.geojson", text.as_bytes(), Some(CONFIG_TEXT), Lang::De, today());
        assert_eq!(got.rows.len(), 2);
        assert!(!got.rows[0].rough && got.rows[1].rough);
        assert_eq!(got.rows[1].place.position, Some([9.71232, 53.28106]));
        let broken = read("kaputt.geojson", b"{", None, Lang::De, today());
        assert!(broken.rows.is_empty() && broken.left_out.len() == 1);
    }
}
