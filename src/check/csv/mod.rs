//! Spreadsheets ⇄ GeoJSON. Import reads what Excel and LibreOffice write (comma or semicolon,
//! UTF-8 with or without BOM, Windows-1252, decimal commas, German or English headers); export
//! writes a semicolon CSV with German headers that imports back to the same data, with no cell
//! a spreadsheet program would run as a formula.

mod cell;
mod export;
mod import;

pub use export::{export, export_bytes, export_command};
pub use import::{Imported, decode, import, import_command};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use serde_json::{Value, json};
    use std::collections::BTreeMap;

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

    /// OWASP's CSV Injection examples in a name, a town, a phone and a description; an ordinary
    /// international phone number; values that start with an apostrophe, a tab and a carriage
    /// return; a column of the editors' own named like a formula; a negative coordinate.
    fn risky_places() -> Value {
        json!({"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [10.224183, 53.364249]}, "properties": {
                "id": "formeln",
                "name": "=HYPERLINK(\"http://example.invalid\",\"Klick\")",
                "category": "betrieb",
                "street": "'s-Gravenweg 3",
                "city": "+49 Winsen",
                "phone": "-1+1",
                "description": "@SUM(1+1)*cmd|' /C calc'!A0",
                "opening_hours": "\tMo-Fr 08:00-16:00",
                "source": "\rHandbuch",
                "=notiz": "eigene Spalte"
            }},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-0.12, 51.5]}, "properties": {
                "id": "telefon", "name": "Musterbetrieb", "category": "betrieb", "phone": "+49 4171 8819-0"
            }}
        ]})
    }

    /// Each row's cells by header, exactly as the file holds them (no trimming, no unescaping).
    fn cells(csv: &str) -> Vec<BTreeMap<String, String>> {
        let mut reader =
            ::csv::ReaderBuilder::new().delimiter(b';').from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let headers = reader.headers().unwrap().clone();
        reader
            .records()
            .map(|r| headers.iter().map(String::from).zip(r.unwrap().iter().map(String::from)).collect())
            .collect()
    }

    #[test]
    fn export_writes_no_cell_a_spreadsheet_runs_as_a_formula() {
        let csv = export(&risky_places());
        let rows = cells(&csv);
        assert_eq!(rows[0]["Name"], "'=HYPERLINK(\"http://example.invalid\",\"Klick\")");
        assert_eq!(rows[0]["Ort"], "'+49 Winsen");
        assert_eq!(rows[0]["Telefon"], "'-1+1");
        assert_eq!(rows[0]["Beschreibung"], "'@SUM(1+1)*cmd|' /C calc'!A0");
        assert_eq!(rows[0]["Straße"], "''s-Gravenweg 3", "a leading apostrophe is doubled");
        assert_eq!(rows[0]["Öffnungszeiten"], "'\tMo-Fr 08:00-16:00");
        assert_eq!(rows[0]["Quelle"], "'\rHandbuch");
        assert_eq!(rows[1]["Telefon"], "\u{a0}+49 4171 8819-0", "a phone number keeps its look");
        assert_eq!(rows[0]["'=notiz"], "eigene Spalte", "headers too");
        assert_eq!(rows[1]["Längengrad"], "-0,12", "a number stays a number");
        // Quoted as CSV needs: the formula's own quotes doubled inside a quoted cell.
        assert!(csv.contains(r#";"'=HYPERLINK(""http://example.invalid"",""Klick"")";"#), "{csv}");
        for (header, cell) in rows.iter().flatten() {
            let number = ["Längengrad", "Breitengrad"].contains(&header.as_str());
            assert!(
                !cell.starts_with(['=', '+', '@', '\t', '\r']) && (number || !cell.starts_with('-')),
                "{header}: {cell:?}"
            );
        }
    }

    #[test]
    fn neutralised_cells_import_back_to_the_same_places() {
        let places = risky_places();
        for windows_1252 in [false, true] {
            let back = import(&decode(&export_bytes(&places, windows_1252)), Lang::De);
            assert!(back.skipped.is_empty(), "{:?}", back.skipped);
            assert_eq!(back.collection, places, "Windows-1252: {windows_1252}");
        }
    }
}
