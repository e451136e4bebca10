//! The editors' checker against a corpus of broken files: every error and warning class at its
//! line and column, the messages in German and English, the exit codes, and the CSV round trip.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

// Tables on the command line: CSV and .xlsx import, export, rows without coordinates.
#[path = "checker/tables.rs"]
mod tables;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_bildungskarte-data"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run bildungskarte-data");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const CORPUS: &[&str] =
    &["check", "tests/checker/config.json", "tests/checker/syntaxfehler.geojson", "--today", "2026-11-25"];

/// `--format json`'s problems as "file:line:column severity code" (file name without folders).
fn listed(v: &serde_json::Value) -> Vec<String> {
    v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let file = p["file"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
            format!(
                "{file}:{}:{} {} {}",
                p["line"],
                p["column"],
                p["severity"].as_str().unwrap(),
                p["code"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn every_problem_class_at_its_position() {
    let mut args = CORPUS.to_vec();
    args.extend(["--format", "json"]);
    let (code, out, _) = run(&args);
    assert_eq!(code, 1, "errors → exit code 1");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let got = listed(&v);
    let expected = [
        "doppelt.geojson:2:101 error duplicate-id",
        "fehler.geojson:3:95 error missing-field",
        "fehler.geojson:4:118 error empty-field",
        "fehler.geojson:5:141 error unknown-category",
        "fehler.geojson:6:42 error not-a-point",
        "fehler.geojson:7:66 error coordinates-out-of-range",
        "fehler.geojson:8:163 error invalid-website",
        "fehler.geojson:9:158 error invalid-email",
        "fehler.geojson:10:160 error invalid-phone",
        "fehler.geojson:11:174 error invalid-opening-hours",
        "fehler.geojson:12:169 error invalid-wheelchair",
        "fehler.geojson:13:179 error unknown-value",
        "fehler.geojson:13:202 error unknown-value",
        "fehler.geojson:14:162 error invalid-date",
        "fehler.geojson:15:66 warning outside-district",
        "fehler.geojson:16:66 warning swapped-coordinates",
        "fehler.geojson:17:160 warning stale",
        "fehler.geojson:18:163 warning possible-typo",
        "fehler.geojson:20:1 warning near-duplicate",
        "fehler.geojson:21:169 error invalid-postcode",
        "fehler.geojson:22:173 warning postcode-outside-district",
        // Line 23's 21217 is no municipality's main postcode, but one of the config's localities.
        "syntaxfehler.geojson:4:52 error invalid-json",
    ];
    assert_eq!(got, expected);
    assert_eq!((v["errors"].as_u64(), v["warnings"].as_u64()), (Some(16), Some(6)));
}

#[test]
fn german_messages_with_excerpts_and_summary() {
    let (_, out, _) = run(CORPUS);
    for expected in [
        "tests/checker/fehler.geojson:3:95: Fehler: Eintrag 2 („Ohne Kennung“): Pflichtfeld „id“ fehlt [missing-field]",
        "tests/checker/doppelt.geojson:2:101: Fehler: Eintrag 1 („Noch einmal“): ID „ok“ ist doppelt (schon in tests/checker/fehler.geojson) [duplicate-id]",
        "Eintrag 10 („Öffnungszeiten“): „opening_hours“ ist kein gültiger Ausdruck im OpenStreetMap-Format: „montags bis freitags“",
        "Eintrag 14 („Außerhalb“): Der Ort liegt 68,4 km außerhalb des Landkreises",
        "Eintrag 15 („Vertauscht“): Länge und Breite sind wohl vertauscht: [10.05, 53.35] läge im Landkreis",
        "Eintrag 17 („Tippfehler“): Unbekannte Eigenschaft „webiste“ – meinten Sie „website“?",
        "Ein Ort mit demselben Namen liegt nur 13 m entfernt (Eintrag 18 in tests/checker/fehler.geojson)",
        "kein gültiges JSON in Zeile 4, Spalte 52: hier fehlt ein Komma vor dem nächsten Eintrag oder die schließende Klammer „}“",
        "    | …es\": {\"id\": \"x\", \"name\": \"Komma fehlt\" \"category\": \"schule\"}}",
        "Eintrag 20 („Postleitzahl“): Die Postleitzahl „2144“ hat nicht fünf Ziffern [invalid-postcode]",
        "Eintrag 21 („Fremde PLZ“): Die Postleitzahl „99999“ gibt es im Landkreis nicht – gemeint ist wohl 21423 (Winsen (Luhe)) [postcode-outside-district]",
        "16 Fehler, 6 Warnungen in 3 Dateien",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
}

#[test]
fn english_on_request() {
    let mut args = CORPUS.to_vec();
    args.extend(["--lang", "en"]);
    let (_, out, _) = run(&args);
    assert!(
        out.contains("error: feature 2 (“Ohne Kennung”): required field \"id\" is missing [missing-field]"),
        "{out}"
    );
    assert!(out.contains("16 errors, 6 warnings in 3 files"), "{out}");
}

#[test]
fn exit_codes_and_the_shipped_data() {
    let (code, out, _) = run(&["check", "public/config.json"]);
    assert_eq!(code, 0, "the shipped sample data is clean: {out}");
    assert!(out.contains("Keine Fehler in 6 Dateien"), "config, three sources and the base layer's two files: {out}");
    let (code, _, err) = run(&["check", "does/not/exist.geojson"]);
    assert_eq!(code, 2, "a missing path means the check could not run: {err}");
    let (code, _, _) = run(&["frobnicate"]);
    assert_eq!(code, 2);
}

#[test]
fn base_layer_files_are_read_and_attributed() {
    let (code, out, _) = run(&[
        "check",
        "tests/checker/basis/config.json",
        "tests/checker/basis/config-kaputt.json",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        listed(&v),
        [
            "config.json:6:3 warning base-without-attribution",
            "fehlt.geojson:1:1 error unreadable",
            "kaputt.geojson:2:64 error invalid-json",
            "punkte.geojson:1:1 error invalid-base-file",
        ]
    );
    assert_eq!(v["files"].as_u64(), Some(5));
    let (_, out, _) = run(&["check", "tests/checker/basis/config.json"]);
    assert!(out.contains("„base.areas“ ist nicht als Grenzen lesbar: no Polygon or MultiPolygon"), "{out}");
    assert!(out.contains("„base.attribution“ fehlt"), "{out}");
}

#[test]
fn schema_is_printed_and_shipped() {
    let (code, out, _) = run(&["schema"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
}

/// `check` reads a table as the check page does (Windows-1252 too) and names each problem's cell.
#[test]
fn a_windows_1252_table_is_checked_at_its_cells() {
    let dir = std::env::temp_dir().join(format!("bk-check-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut sheet = b"Name;Kategorie;Stra\xdfe;PLZ;L\xe4ngengrad;Breitengrad\r\n".to_vec();
    sheet.extend_from_slice(b"B\xe4ckerei M\xfcller;Ausbildungsbetriebe;Hauptstra\xdfe 1;2144;9,88147;53,32926\r\n");
    let csv = dir.join("orte.csv");
    std::fs::write(&csv, sheet).unwrap();
    let (code, out, err) = run(&["check", csv.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 1, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        listed(&v),
        ["orte.csv:2:4 error invalid-postcode"],
        "the category's label is known from public/config.json"
    );
    let message = v["problems"][0]["message"].as_str().unwrap();
    // The row says where (not the place's number in the converted file); its text, read as
    // Windows-1252, is the problem's excerpt.
    assert_eq!(message, "Spalte „PLZ“: Die Postleitzahl „2144“ hat nicht fünf Ziffern");
    let excerpt = v["problems"][0]["excerpt"].as_str().unwrap_or_default();
    assert!(excerpt.contains("Bäckerei Müller") && excerpt.contains("Hauptstraße"), "{}", v["problems"][0]);
}

#[test]
fn outdated_places_by_a_chosen_age_and_listed_alone() {
    // "ok" was updated 2026-01-15, "alt" 2023-06-30: with a 6-month limit both are outdated.
    let mut args = CORPUS.to_vec();
    args.extend(["--max-age", "6", "--only", "stale", "--format", "json"]);
    let (code, out, _) = run(&args);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(listed(&v), ["fehler.geojson:2:163 warning stale", "fehler.geojson:17:160 warning stale"]);
    assert_eq!(code, 0, "only warnings listed");
    let mut args = CORPUS.to_vec();
    args.extend(["--max-age", "6", "--only", "stale"]);
    let (_, text, _) = run(&args);
    assert!(text.contains("Seit über 6 Monaten nicht aktualisiert (Stand 15.01.2026)"), "{text}");
    // The default of 24 months finds only the old one.
    let mut args = CORPUS.to_vec();
    args.extend(["--only", "stale", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run(&args).1).unwrap();
    assert_eq!(listed(&v), ["fehler.geojson:17:160 warning stale"]);
    let (code, _, err) = run(&["check", "tests/checker/config.json", "--max-age", "zwei"]);
    assert_eq!(code, 2, "a bad number is refused: {err}");
}

#[test]
fn opening_hours_the_map_cannot_evaluate_are_a_warning() {
    let dir = std::env::temp_dir().join(format!("bk-checker-oh-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("zeiten.geojson");
    let feature = |id: &str, oh: &str| {
        format!(
            r#"{{"type": "Feature", "geometry": {{"type": "Point", "coordinates": [9.9, 53.3]}}, "properties": {{"id": "{id}", "name": "{id}", "category": "schule", "opening_hours": "{oh}"}}}}"#
        )
    };
    let text = format!(
        "{{\"type\": \"FeatureCollection\", \"features\": [\n{},\n{}\n]}}\n",
        feature("gut", "Mo-Fr 08:00-16:00; PH off"),
        feature("monate", "Jan-Mar Mo-Fr 08:00-16:00")
    );
    std::fs::write(&file, text).unwrap();
    let (code, out, _) = run(&["check", file.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let listed: Vec<String> = listed(&v).into_iter().filter(|l| l.contains("opening")).collect();
    assert_eq!(listed, ["zeiten.geojson:3:168 warning opening-hours-not-evaluated"], "{out}");
    assert_eq!(code, 0);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_text_in_a_language_the_map_does_not_speak_is_named() {
    let dir = std::env::temp_dir().join(format!("bk-checker-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("sprachen.geojson");
    let text = r#"{"type": "FeatureCollection", "features": [
{"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.9, 53.3]}, "properties": {"id": "a", "name": {"de": "Ort", "uk": "Місце", "ua": "Місце"}, "category": "schule", "description": {"de": "Text", "de-x-ls": "Leichter Text", "fr": "Texte"}, "offers": [{"de": "Koch/Köchin", "ar": "طباخ", "year": 2027}]}}
]}
"#;
    std::fs::write(&file, text).unwrap();
    let (code, out, _) = run(&["check", file.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let listed: Vec<String> = listed(&v).into_iter().filter(|l| l.contains("language")).collect();
    assert_eq!(listed.len(), 2, "ua and fr, not uk, de-x-ls, ar or year: {out}");
    let said: Vec<&str> = v["problems"].as_array().unwrap().iter().filter_map(|p| p["message"].as_str()).collect();
    assert!(said.iter().any(|m| m.contains("„ua“") && m.contains("uk")), "{said:?}");
    assert_eq!(code, 0, "warnings only");
    std::fs::remove_dir_all(&dir).ok();
}

/// Our own broken files, one mistake each (tests/checker/struktur/): structure and syntax.
fn struktur_files() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/checker/struktur");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| format!("tests/checker/struktur/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|f| f.ends_with(".geojson"))
        .collect();
    files.sort();
    files
}

/// Words of serde_json's and the geojson crate's English that once reached editors.
const JARGON: &[&str] = &[
    "expected",
    "Expected",
    " got ",
    "but got",
    "Encountered",
    "mapping",
    "floating-point",
    "None",
    "non-object",
    "EOF",
    "while parsing",
    "trailing",
    "must be",
    "missing",
    " or ",
    "object without",
    "found:",
];

#[test]
fn broken_structure_and_syntax_at_the_wrong_value() {
    let files = struktur_files();
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--format", "json"]);
    let (code, out, _) = run(&args);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let expected = [
        "abgeschnitten.geojson:3:71 error invalid-json",
        "bbox-text.geojson:2:31 error invalid-bbox",
        "doppelpunkt-fehlt.geojson:2:102 error invalid-json",
        "doppelter-schluessel.geojson:3:3 warning duplicate-key",
        "doppelter-schluessel.geojson:6:83 warning duplicate-key",
        "eintrag-null.geojson:2:3 error not-a-feature",
        "einzelnes-feature.geojson:1:10 error not-feature-collection",
        "feature-vertippt.geojson:5:15 error not-a-feature",
        "features-kein-array.geojson:2:14 error no-feature-list",
        "geometrie-ohne-typ.geojson:3:16 error invalid-geometry",
        "geometrietyp-unbekannt.geojson:3:25 error invalid-geometry",
        "geometrietyp-unbekannt.geojson:6:25 error invalid-geometry",
        "id-objekt.geojson:2:29 error invalid-feature-id",
        "komma-zu-viel-liste.geojson:2:80 error invalid-json",
        "komma-zu-viel.geojson:2:142 error invalid-json",
        // The wrong coordinate seven lines below the feature's start, not the feature.
        "koordinate-als-text.geojson:11:11 error invalid-geometry",
        "koordinaten-verschachtelt.geojson:3:53 error invalid-geometry",
        "leer.geojson:1:1 error invalid-json",
        "name-ohne-anfuehrungszeichen.geojson:2:97 error invalid-json",
        "nur-liste.geojson:1:1 error not-feature-collection",
        "position-zu-kurz.geojson:3:49 error invalid-geometry",
        "properties-liste.geojson:4:18 error invalid-properties",
        "rueckstrich.geojson:2:157 error invalid-json",
        "sammlung-mit-false.geojson:3:109 error invalid-geometry",
        "tabulator-im-text.geojson:2:122 error invalid-json",
        "text-nach-dem-ende.geojson:4:1 error invalid-json",
        "wahr-vertippt.geojson:2:157 error invalid-json",
        "zahl-mit-null.geojson:2:70 error invalid-json",
    ];
    assert_eq!(listed(&v), expected);
    // Every file has its problem.
    assert_eq!(v["files"].as_u64(), Some(files.len() as u64));
    let mentioned: std::collections::BTreeSet<&str> = expected.iter().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(mentioned.len(), files.len(), "a file without its problem: {files:?}");
}

#[test]
fn broken_structure_and_syntax_in_plain_german() {
    let files = struktur_files();
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    let (_, out, _) = run(&args);
    for expected in [
        "koordinate-als-text.geojson:11:11: Fehler: Eintrag 1 („Grundschule Hittfeld“): Koordinate muss eine Zahl sein, gefunden: Text \"53.3876\" [invalid-geometry]",
        "feature-vertippt.geojson:5:15: Fehler: Eintrag 1 („Volkshochschule Buchholz“): „type“ muss „Feature“ sein, gefunden: Text \"Featur\" [not-a-feature]",
        "doppelter-schluessel.geojson:3:3: Warnung: Schlüssel „type“ steht zweimal in diesem Objekt (zuerst in Zeile 2, Spalte 3)",
        "Eintrag 1 („Musikschule Buchholz“): Schlüssel „name“ steht zweimal in diesem Objekt (zuerst in Zeile 6, Spalte 38); gelesen wird nur dieser zweite Wert",
        "unbekannter Geometrietyp: Text \"Punkt\" (möglich: Point, MultiPoint",
        "unbekannter Geometrietyp: Text \"point\" – gemeint ist wohl „Point“",
        "„type“ der Geometrie fehlt (für einen Ort: „Point“)",
        "„coordinates“ von Polygon: hier wird eine Position [Länge, Breite] erwartet, gefunden: Zahl 10.05",
        "eine Position braucht zwei Zahlen [Länge, Breite], gefunden: nur eine Zahl",
        "„properties“ muss ein Objekt {…} oder null sein, gefunden: Liste […]",
        "„features“ muss eine Liste […] sein, gefunden: Objekt {…}",
        "„id“ muss ein Text oder eine Zahl sein, gefunden: Objekt {…}",
        "„bbox“ muss eine Liste von Zahlen sein, gefunden: Text \"9.56,53.12,10.47,53.50\"",
        "„geometries“ muss eine Liste von Geometrie-Objekten {\"type\": …} sein, gefunden: true",
        "Eintrag 1: kein GeoJSON-Feature: erwartet wird ein Objekt {\"type\": \"Feature\", …}, gefunden: null",
        "die Datei enthält ein einzelnes Feature; erwartet wird eine FeatureCollection",
        "die Datei ist keine GeoJSON-FeatureCollection {\"type\": \"FeatureCollection\", \"features\": [ … ]}, sondern Liste […]",
        "Zeile 3, Spalte 71: die Datei endet, bevor eine Liste mit „]“ geschlossen ist",
        "Zeile 2, Spalte 102: nach dem Namen fehlt der Doppelpunkt „:“",
        "Zeile 2, Spalte 142: nach dem letzten Eintrag steht ein Komma zu viel",
        "Zeile 2, Spalte 80: nach dem letzten Eintrag steht ein Komma zu viel",
        "Zeile 1, Spalte 1: die Datei endet, wo noch ein Wert stehen muss",
        "Zeile 2, Spalte 97: hier wird ein Name in doppelten Anführungszeichen erwartet",
        "Zeile 2, Spalte 157: ein Rückstrich \\ in einem Text leitet kein gültiges Zeichen ein",
        "Zeile 2, Spalte 122: in einem Text steht ein Zeilenumbruch oder Tabulator",
        "Zeile 4, Spalte 1: nach dem Ende der Daten steht noch etwas",
        "Zeile 2, Spalte 157: hier wird ein Wert erwartet",
        "Zeile 2, Spalte 70: ungültige Zahl",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    for line in out.lines().filter(|l| l.contains(": Fehler: ") || l.contains(": Warnung: ")) {
        // The editor's own values ("…") may be in any language; our words around them may not.
        let ours: String = line.split('"').step_by(2).collect();
        for word in JARGON {
            assert!(!ours.contains(word), "English {word:?} in: {line}");
        }
    }
    // And the same in English, by request.
    args.extend(["--lang", "en"]);
    let (_, en, _) = run(&args);
    assert!(en.contains("a coordinate must be a number, found text \"53.3876\""), "{en}");
    assert!(en.contains("key \"type\" appears twice in this object (first at line 2, column 3)"), "{en}");
    assert!(en.contains("there is one comma too many after the last entry"), "{en}");
}
