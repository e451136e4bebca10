//! `import` and `export` on the command line: a German Excel CSV, rows without coordinates, the
//! shipped data there and back, and a partner's .xlsx read as its CSV.

use super::{listed, run};

#[test]
fn csv_import_export_round_trip_and_bad_rows() {
    let dir = std::env::temp_dir().join(format!("bk-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Windows-1252, semicolons, decimal commas: as German Excel saves it.
    let mut sheet = b"Name;Kategorie;Stra\xdfe;PLZ;Ort;Angebote;L\xe4ngengrad;Breitengrad\r\n".to_vec();
    sheet.extend_from_slice(b"B\xe4ckerei M\xfcller;betrieb;Hauptstra\xdfe 1;21244;Buchholz;\"B\xe4cker:in; Verk\xe4ufer:in\";9,88147;53,32926\r\n");
    sheet.extend_from_slice(b"Ohne Koordinaten;betrieb;;;;;;\r\n");
    sheet.extend_from_slice(b";betrieb;;;;;9,9;53,3\r\n");
    let csv = dir.join("orte.csv");
    std::fs::write(&csv, sheet).unwrap();
    let (code, geojson, err) = run(&["import", csv.to_str().unwrap()]);
    assert_eq!(code, 1, "a bad row is reported");
    assert!(err.contains("Zeile 4: „Name“ fehlt"), "{err}");
    assert!(
        err.contains("Zeile 3: „Ohne Koordinaten“ ohne Koordinaten, und der Ort ist im Landkreis nicht bekannt: in die Mitte des Landkreises gesetzt (Lage ungefähr) – von Hand zu platzieren"),
        "{err}"
    );
    assert!(err.contains("2 Orte importiert, davon 1 von Hand zu platzieren; 1 Zeilen übersprungen"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&geojson).unwrap();
    assert_eq!(v["features"][0]["properties"]["name"], "Bäckerei Müller");
    assert_eq!(v["features"].as_array().unwrap().len(), 2, "the row without coordinates comes in");
    // At the map's centre (public/config.json, found from the project's folder), marked.
    assert_eq!(v["features"][1]["geometry"]["coordinates"], serde_json::json!([9.99, 53.32]));
    assert_eq!(v["features"][1]["properties"]["source"], "Lage ungefähr");
    // A partner's list without any coordinates: every row in, each at its town, exit 0.
    let list = dir.join("partner.csv");
    std::fs::write(
        &list,
        "Name;Kategorie;PLZ;Ort\nTischlerei Meyer;Ausbildungsbetriebe;21255;Tostedt\nGärtnerei;betrieb;21423;Winsen\n",
    )
    .unwrap();
    let (code, geojson, err) = run(&["import", list.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("Zeile 2: „Tischlerei Meyer“ ohne Koordinaten: an die Ortsmitte von Tostedt gesetzt"),
        "{err}"
    );
    assert!(err.contains("Zeile 3: „Gärtnerei“"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&geojson).unwrap();
    assert_eq!(v["features"].as_array().unwrap().len(), 2, "{geojson}");

    // export then import gives the shipped data back.
    for src in ["public/data/schulen.geojson", "public/data/betriebe.geojson", "public/data/beratung.geojson"] {
        let (code, table, _) = run(&["export", src]);
        assert_eq!(code, 0);
        let t = dir.join("x.csv");
        std::fs::write(&t, table).unwrap();
        let (code, back, err) = run(&["import", t.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        let original: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(src).unwrap()).unwrap();
        let back: serde_json::Value = serde_json::from_str(&back).unwrap();
        assert_eq!(back["features"], original["features"], "{src}: import(export(x)) == x");
    }
}

/// A partner's .xlsx on the command line: numbers, dates and a row without coordinates read as
/// its CSV reads.
#[test]
fn an_xlsx_imports_as_its_csv() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = std::env::temp_dir().join(format!("bk-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Name", "Kategorie", "PLZ", "Ort", "Stand", "Längengrad", "Breitengrad"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("dd.mm.yyyy");
    for (r, (name, postcode, town)) in
        [("Tischlerei Meyer", 21255, "Tostedt"), ("Gärtnerei", 21423, "Winsen")].iter().enumerate()
    {
        let r = r as u32 + 1;
        sheet.write_string(r, 0, *name).unwrap();
        sheet.write_string(r, 1, "Ausbildungsbetriebe").unwrap();
        sheet.write_number(r, 2, *postcode).unwrap();
        sheet.write_string(r, 3, *town).unwrap();
        sheet.write_datetime_with_format(r, 4, &ExcelDateTime::from_ymd(2026, 10, 1).unwrap(), &date).unwrap();
    }
    sheet.write_number(1, 5, 9.71).unwrap();
    sheet.write_number(1, 6, 53.28).unwrap();
    let xlsx = dir.join("partner.xlsx");
    book.save(&xlsx).unwrap();
    let csv = dir.join("partner.csv");
    let text = "Name;Kategorie;PLZ;Ort;Stand;Längengrad;Breitengrad\nTischlerei Meyer;Ausbildungsbetriebe;21255;Tostedt;01.10.2026;9,71;53,28\nGärtnerei;Ausbildungsbetriebe;21423;Winsen;01.10.2026;;\n";
    std::fs::write(&csv, text).unwrap();
    let (code, from_xlsx, err) = run(&["import", xlsx.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Zeile 3: „Gärtnerei“ ohne Koordinaten: an die Ortsmitte von Winsen (Luhe) gesetzt"), "{err}");
    let (_, from_csv, _) = run(&["import", csv.to_str().unwrap()]);
    assert_eq!(from_xlsx, from_csv);
    let v: serde_json::Value = serde_json::from_str(&from_xlsx).unwrap();
    assert_eq!(v["features"][0]["properties"]["postcode"], "21255");
    assert_eq!(v["features"][0]["properties"]["updated"], "2026-10-01");
    assert_eq!(v["features"][0]["properties"]["category"], "betrieb");
    // 'check' reads it too, the missing position named at its row.
    let (code, out, _) = run(&["check", xlsx.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(listed(&v), ["partner.xlsx:3:6 warning approximate-position"], "{out}");
    assert_eq!(code, 0);
    std::fs::remove_dir_all(&dir).ok();
}
