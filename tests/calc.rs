//! A real spreadsheet program opens every table the project writes (issue 33, point 3): LibreOffice
//! Calc, headless, as a German double-click opens a CSV (semicolons, the file's character set,
//! German locale). The export of the command line, the editors' "Als Tabelle speichern" and the
//! check page's „Als Tabelle“ (UTF-8 and Windows-1252), of the shipped sample data and of cells
//! that look like formulas: Calc saves each as .xlsx and as CSV again; no cell may be a formula,
//! phone numbers, dates, umlauts and the words must read as written, and both files Calc saved
//! must import to the places the table came from.
//!
//! Skipped, with a line saying so, only where `soffice` is not installed
//! (`scripts/setup-test.sh` installs it).
#![cfg(not(target_arch = "wasm32"))]

use bildungskarte::check::csv::{self, Placing, Words};
use bildungskarte::check::picked::{self, Encoding, Picked};
use bildungskarte::model::Lang;
use calamine::{Data, Reader};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join("soffice")).find(|p| p.is_file())
}

fn shipped(file: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(file)).unwrap()
}

/// Cells a spreadsheet would run as formulas, an international phone number, umlauts.
fn risky() -> Value {
    json!({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [10.224183, 53.364249]}, "properties": {
            "id": "formeln", "name": "=HYPERLINK(\"http://example.invalid\";\"Klick\")", "category": "betrieb",
            "city": "+49 Winsen", "phone": "-1+1", "description": "@SUM(1+1)*cmd|' /C calc'!A0",
            "street": "Große Straße 1", "updated": "2026-10-01"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.88, 53.33]}, "properties": {
            "id": "telefon", "name": "Bäckerei Müller", "category": "betrieb", "phone": "+49 4171 8819-0",
            "postcode": "21244", "audiences": ["pupils", "parents"]}}
    ]})
}

/// One table to open: its file name, bytes, Calc's number for its character set, and the places
/// it was written from.
struct Table {
    name: String,
    bytes: Vec<u8>,
    charset: &'static str,
    places: Value,
}

/// Every CSV writer, on each data file. Writers that write the same bytes are opened once (the
/// equality is asserted): Calc cannot tell them apart.
fn tables() -> Vec<Table> {
    let config_text = shipped("public/config.json");
    let config: Value = serde_json::from_str(&config_text).unwrap();
    let words = Words::of_config(Some(&config));
    let mut data: Vec<(String, String)> = ["schulen", "betriebe", "beratung"]
        .iter()
        .map(|f| (f.to_string(), shipped(&format!("public/data/{f}.geojson"))))
        .collect();
    data.push(("formeln".into(), risky().to_string()));
    let mut out = Vec::new();
    for (stem, text) in data {
        let places: Value = serde_json::from_str(&text).unwrap();
        // The command line's `export` (UTF-8, and Windows-1252 for older Excel).
        let export = csv::export_bytes_with(&places, false, &words);
        let export_1252 = csv::export_bytes_with(&places, true, &words);
        // The editors' page, and the check page with the config picked beside the file.
        let editor = bildungskarte::edit::table::as_csv(&text, Some(&config)).unwrap();
        let file = Picked::new(format!("{stem}.geojson"), text.into_bytes());
        let with = [file.clone(), Picked::new("config.json".into(), config_text.clone().into_bytes())];
        let page = picked::as_table(&file, Encoding::Utf8, &with, None).unwrap();
        let page_1252 = picked::as_table(&file, Encoding::Windows1252, &[file.clone()], Some(&config)).unwrap();
        assert_eq!(editor, export, "{stem}: the editors' table is the export's");
        assert_eq!(page, export, "{stem}: the check page's table is the export's");
        assert_eq!(page_1252, export_1252, "{stem}: the check page's Windows-1252 table is the export's");
        out.push(Table { name: format!("{stem}.csv"), bytes: export, charset: "76", places: places.clone() });
        out.push(Table { name: format!("{stem}-1252.csv"), bytes: export_1252, charset: "1", places });
    }
    out
}

/// Calc opens `files` as a German double-click would (`;`, `"`, their character set, from line 1)
/// and saves them in `format` into `out`: one start of Calc for all of them.
fn calc(soffice: &Path, home: &Path, files: &[PathBuf], charset: &str, format: &str, out: &Path) {
    let started = Instant::now();
    let status = Command::new(soffice)
        .env("HOME", home)
        .env("LANG", "de_DE.UTF-8")
        .env_remove("LC_ALL")
        .args(["--headless", "--norestore", &format!("--infilter=CSV:59,34,{charset},1"), "--convert-to", format])
        .arg("--outdir")
        .arg(out)
        .args(files)
        .output()
        .expect("start soffice");
    assert!(status.status.success(), "soffice: {}", String::from_utf8_lossy(&status.stderr));
    println!("calc: {} file(s) → {format} in {:.1} s", files.len(), started.elapsed().as_secs_f64());
}

/// Each row's cells by header, as the original table holds them.
fn rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = ::csv::ReaderBuilder::new().delimiter(b';').from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = r.headers().unwrap().iter().map(String::from).collect();
    (headers, r.records().map(|x| x.unwrap().iter().map(String::from).collect()).collect())
}

fn words() -> Words {
    Words::of_config(Some(&serde_json::from_str(&shipped("public/config.json")).unwrap()))
}

/// What `import` makes of a file Calc saved: the same places as the table was written from.
fn same_places(name: &str, bytes: &[u8], table: &Table) {
    let back = csv::read(name, bytes, Lang::De, &words(), &Placing::default()).unwrap();
    assert!(back.skipped.is_empty(), "{name}: {:?}", back.skipped);
    assert!(back.rough.is_empty(), "{name}: {:?}", back.rough);
    assert_eq!(back.collection["features"], table.places["features"], "{name}: not the places it was written from");
}

/// The formulas of the first sheet (its `<f>` elements).
fn formulas(path: &Path) -> Vec<String> {
    let mut book = calamine::open_workbook_auto(path).unwrap();
    let sheet = book.sheet_names()[0].clone();
    let formulas = book.worksheet_formula(&sheet).unwrap();
    formulas.used_cells().map(|(_, _, f)| f.clone()).filter(|f| !f.is_empty()).collect()
}

/// The .xlsx Calc saved: no formula anywhere, and every text cell of the original read as text,
/// as written (phone numbers not turned into numbers, umlauts and words as they were); dates as
/// dates of the same day.
fn check_xlsx(path: &Path, table: &Table) {
    let name = path.display().to_string();
    let mut book = calamine::open_workbook_auto(path).unwrap();
    let sheet = book.sheet_names()[0].clone();
    assert_eq!(formulas(path), Vec::<String>::new(), "{name}: formulas");
    let cells = book.worksheet_range(&sheet).unwrap();
    let (headers, original) = rows(&csv::decode(&table.bytes));
    let column = |h: &str| headers.iter().position(|x| x == h).unwrap();
    for (r, row) in original.iter().enumerate() {
        let cell = |c: usize| cells.get((r + 1, c)).cloned().unwrap_or(Data::Empty);
        for h in ["Name", "Kategorie", "Straße", "Ort", "Telefon", "Zielgruppen", "Quelle", "Beschreibung"] {
            let (c, want) = (column(h), &row[column(h)]);
            match cell(c) {
                Data::String(s) => assert_eq!(&s, want, "{name}: row {} „{h}“", r + 2),
                Data::Empty => assert!(want.is_empty(), "{name}: row {} „{h}“ lost {want:?}", r + 2),
                other => panic!("{name}: row {} „{h}“ {want:?} became {other:?}", r + 2),
            }
        }
        let stand = &row[column("Stand")];
        if !stand.is_empty() {
            let Data::DateTime(d) = cell(column("Stand")) else {
                panic!("{name}: row {} „Stand“ not a date", r + 2)
            };
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            assert_eq!(&format!("{day:02}.{m:02}.{y}"), stand, "{name}: row {}", r + 2);
        }
    }
}

/// The CSV Calc saved: the words, umlauts and phone numbers as written (Calc writes them back as
/// text), dates as German dates of the same day.
fn check_csv(bytes: &[u8], name: &str, table: &Table) {
    let text = csv::decode(bytes);
    let (_, back) = rows(&text);
    let (headers, original) = rows(&csv::decode(&table.bytes));
    let column = |h: &str| headers.iter().position(|x| x == h).unwrap();
    for (a, b) in original.iter().zip(&back) {
        for h in ["Name", "Kategorie", "Ort", "Telefon", "Zielgruppen", "Quelle"] {
            assert_eq!(a[column(h)], b[column(h)], "{name}: „{h}“");
        }
        let stand = csv::import(&format!("Name;Kategorie;Stand\nx;y;{}\n", b[column("Stand")]), Lang::De);
        let was = csv::import(&format!("Name;Kategorie;Stand\nx;y;{}\n", a[column("Stand")]), Lang::De);
        assert_eq!(stand.collection, was.collection, "{name}: „Stand“ {:?}", b[column("Stand")]);
    }
    assert_eq!(original.len(), back.len(), "{name}: rows");
}

#[test]
fn every_table_opens_in_calc_as_written_and_comes_back() {
    let Some(soffice) = soffice() else {
        println!(
            "calc: soffice (LibreOffice Calc) not found – the Calc tests are skipped; scripts/setup-test.sh installs it"
        );
        return;
    };
    let started = Instant::now();
    let dir = std::env::temp_dir().join(format!("bk-calc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (home, input, xlsx, back) = (dir.join("home"), dir.join("in"), dir.join("xlsx"), dir.join("csv"));
    for d in [&home, &input, &xlsx, &back] {
        std::fs::create_dir_all(d).unwrap();
    }
    let tables = tables();
    for t in &tables {
        std::fs::write(input.join(&t.name), &t.bytes).unwrap();
    }
    // A control: a cell that is a formula must show up as one, or the check below proves nothing.
    let probe = input.join("probe.csv");
    std::fs::write(&probe, "ID;Name\nprobe;=1+1\n").unwrap();
    for charset in ["76", "1"] {
        let mut files: Vec<PathBuf> =
            tables.iter().filter(|t| t.charset == charset).map(|t| input.join(&t.name)).collect();
        let mut with_probe = files.clone();
        with_probe.push(probe.clone());
        calc(&soffice, &home, if charset == "76" { &with_probe } else { &files }, charset, "xlsx", &xlsx);
        files.retain(|f| *f != probe);
        // Saved back as CSV the way the guide tells editors to: semicolons, UTF-8.
        calc(&soffice, &home, &files, charset, "csv:Text - txt - csv (StarCalc):59,34,76,1", &back);
    }
    assert_eq!(formulas(&xlsx.join("probe.xlsx")), ["1+1"], "Calc runs a formula in a CSV it opens");
    for t in &tables {
        let stem = t.name.trim_end_matches(".csv");
        let x = xlsx.join(format!("{stem}.xlsx"));
        check_xlsx(&x, t);
        same_places(&format!("{stem}.xlsx"), &std::fs::read(&x).unwrap(), t);
        let c = std::fs::read(back.join(&t.name)).unwrap();
        check_csv(&c, &t.name, t);
        same_places(&t.name, &c, t);
    }
    println!("calc: {} tables opened in Calc and read back in {:.1} s", tables.len(), started.elapsed().as_secs_f64());
    std::fs::remove_dir_all(&dir).ok();
}
