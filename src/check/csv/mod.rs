//! Spreadsheets ⇄ GeoJSON. Import reads what Excel and LibreOffice write (comma or semicolon,
//! UTF-8 with or without BOM, Windows-1252, decimal commas, German or English headers); export
//! writes a semicolon CSV with German headers that imports back to the same data, with no cell
//! a spreadsheet program would run as a formula.

mod cell;
mod cp1252;
mod events;
mod export;
mod import;
pub mod placing;
mod read;
mod words;

pub use export::{export, export_bytes, export_bytes_with, export_command, export_with};
pub use import::{Imported, decode, import, import_command, import_with};
pub use placing::Placing;
pub use read::{is_sheet, read};
pub use words::Words;

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

/// The column (0-based) of `headers` that holds the value at `path` in an imported feature
/// (`properties/postcode`, `properties/events/0/start`, `geometry/coordinates`), if the table has it.
pub fn header_of(headers: &[String], path: &str) -> Option<usize> {
    let find = |want: &str| headers.iter().position(|h| import::column_for(h) == Some(want));
    if path.starts_with("geometry") {
        return find("lon");
    }
    let mut parts = path.strip_prefix("properties/")?.split('/');
    let key = parts.next()?;
    if key == "events" {
        let n: Option<usize> = parts.next().and_then(|n| n.parse().ok());
        let part = match parts.next() {
            Some("start") => Some(1),
            Some("end") => Some(3),
            Some("title") | None => Some(0),
            Some("kind") => Some(4),
            Some("url") => Some(5),
            Some(_) => None,
        };
        let cell = n.zip(part).and_then(|(n, part)| headers.iter().position(|h| events::column(h) == Some((n, part))));
        return cell.or_else(|| find("events"));
    }
    find(key).or_else(|| headers.iter().position(|h| h.trim() == key))
}

/// The config for a table at `path` on the command line: `config` (`--config`), else the one
/// beside the file or one folder up, else the project's `public/config.json` (the guide's
/// commands run in the project's folder).
fn config_for(path: &std::path::Path, config: Option<&std::path::Path>) -> Option<std::path::PathBuf> {
    use crate::check::Files;
    config.map(std::path::Path::to_path_buf).or_else(|| crate::check::Disk.config_for(path)).or_else(|| {
        let project = std::path::PathBuf::from("public/config.json");
        project.is_file().then_some(project)
    })
}

fn read_config(path: &std::path::Path) -> Option<crate::model::Config> {
    std::fs::read_to_string(path).ok().and_then(|t| crate::model::parse_config(t.trim_start_matches('\u{feff}')).ok())
}

/// The words for a table at `path` on the command line: the categories of its config
/// (`config_for`); none without one.
pub fn words_for(path: &std::path::Path, config: Option<&std::path::Path>) -> Words {
    let categories = config_for(path, config).and_then(|c| read_config(&c)).map(|c| c.categories);
    Words::new(&categories.unwrap_or_default())
}

/// Where a table's rows without coordinates go on the command line: the district of its config
/// (`config_for`), else the shipped municipalities.
pub fn placing_for(path: &std::path::Path, config: Option<&std::path::Path>) -> Placing {
    let found = config_for(path, config).and_then(|c| Some((read_config(&c)?, c)));
    match found {
        Some((config, at)) => Placing::of_config(&crate::check::Disk, &at, &config),
        None => Placing::default(),
    }
}

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

    fn shipped_words() -> Words {
        Words::new(&crate::model::parse_config(include_str!("../../../public/config.json")).unwrap().categories)
    }

    /// What German Excel does to a table it opens and saves again as CSV: ISO dates become
    /// 01.10.2026, times get seconds, lines end in CR LF, the words stay as they are.
    fn excel_resave(csv: &str) -> String {
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let mut w =
            ::csv::WriterBuilder::new().delimiter(b';').terminator(::csv::Terminator::CRLF).from_writer(Vec::new());
        for record in reader.records() {
            let cells: Vec<String> = record
                .unwrap()
                .iter()
                .map(|c| match (words::iso_date(c), words::clock(c)) {
                    (Some(iso), _) if crate::model::Date::parse(c).is_some() => words::german_date(&iso).unwrap(),
                    (_, Some(t)) if t == c => format!("{t}:00"),
                    _ => c.to_string(),
                })
                .collect();
            w.write_record(&cells).unwrap();
        }
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn the_shipped_data_survives_an_excel_round_trip_in_words() {
        let words = shipped_words();
        for file in [
            include_str!("../../../public/data/schulen.geojson"),
            include_str!("../../../public/data/betriebe.geojson"),
            include_str!("../../../public/data/beratung.geojson"),
        ] {
            let places: Value = serde_json::from_str(file).unwrap();
            let csv = export_with(&places, &words);
            let rows = cells(&csv);
            assert!(
                rows.iter().all(|r| !r["Kategorie"].is_empty()
                    && !["schule", "betrieb", "beratung"].contains(&r["Kategorie"].as_str()))
            );
            let back = import_with(&excel_resave(&csv), Lang::De, &words);
            assert!(back.skipped.is_empty(), "{:?}", back.skipped);
            assert_eq!(back.collection["features"], places["features"]);
        }
    }

    #[test]
    fn words_and_german_dates_export_and_import() {
        let words = shipped_words();
        let places = json!({"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.88, 53.33]}, "properties": {
                "id": "m", "name": "Musterbetrieb", "category": "betrieb", "audiences": ["pupils", "parents"],
                "stages": ["apprenticeship"], "modes": ["phone", "on_site"], "wheelchair": "limited",
                "opening_hours": "Mo-Fr 08:00-16:00; PH off", "updated": "2026-10-01",
                "events": [{"title": "Tag der offenen Tür", "start": "2027-01-16T10:00", "end": "2027-01-16T14:00", "kind": "open_day", "url": "https://example.org"},
                           {"title": "Bewerbungsschluss", "start": "2027-03-01", "kind": "deadline"}]}},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.89, 53.33]}, "properties": {
                "id": "n", "name": "Messe", "category": "schule",
                "events": [{"title": "Messe", "start": "2027-01-16T18:00:00+01:00"}]}}
        ]});
        let csv = export_with(&places, &words);
        let rows = cells(&csv);
        assert_eq!(rows[0]["Kategorie"], "Ausbildungsbetriebe");
        assert_eq!(rows[0]["Zielgruppen"], "Schüler:innen; Eltern");
        assert_eq!(rows[0]["Bildungskette"], "Ausbildung");
        assert_eq!(rows[0]["Kontaktwege"], "Telefon; Vor Ort");
        assert_eq!(rows[0]["Rollstuhl"], "eingeschränkt rollstuhlgerecht");
        assert_eq!(rows[0]["Öffnungszeiten"], "Mo-Fr 08:00-16:00; PH off", "readable hours stay as written");
        assert_eq!(rows[0]["Stand"], "01.10.2026");
        assert_eq!(rows[0]["Termine"], "", "in columns instead");
        assert_eq!(
            [
                &rows[0]["Termin 1"],
                &rows[0]["Termin 1 Datum"],
                &rows[0]["Termin 1 Uhrzeit"],
                &rows[0]["Termin 1 Ende"],
                &rows[0]["Termin 1 Art"],
                &rows[0]["Termin 1 Link"]
            ],
            ["Tag der offenen Tür", "16.01.2027", "10:00", "14:00", "Tag der offenen Tür", "https://example.org"]
        );
        assert_eq!(rows[0]["Termin 2 Art"], "Bewerbungsschluss");
        assert!(rows[1]["Termine"].contains("+01:00"), "an offset the columns cannot hold: JSON");
        assert_eq!(rows[1]["Termin 1"], "");
        let back = import_with(&excel_resave(&csv), Lang::De, &words);
        assert_eq!(back.collection, places);
        // A partner's table in words, in any case, with German dates: codes and ISO dates stored.
        let typed = "Name;Kategorie;Zielgruppen;Kontaktwege;Rollstuhl;Stand;Längengrad;Breitengrad\n\
                     Firma;ausbildungsbetriebe;\"SCHÜLER:INNEN; eltern\";telefon;ja;1.10.2026;9,9;53,3\n";
        let p = &import_with(typed, Lang::De, &words).collection["features"][0]["properties"];
        assert_eq!(p["category"], "betrieb");
        assert_eq!(p["audiences"], json!(["pupils", "parents"]));
        assert_eq!(p["modes"], json!(["phone"]));
        assert_eq!(p["wheelchair"], "yes");
        assert_eq!(p["updated"], "2026-10-01");
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
