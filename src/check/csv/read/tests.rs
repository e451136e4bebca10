use super::*;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::json;

fn read_de(name: &str, bytes: &[u8]) -> Result<Imported, String> {
    let words =
        Words::new(&crate::model::parse_config(include_str!("../../../../public/config.json")).unwrap().categories);
    read(name, bytes, Lang::De, &words, &Placing::default())
}

/// The rows a partner sends, as a CSV in words would hold them.
const CSV: &str = "Name;Kategorie;PLZ;Ort;Telefon;Stand;Termin 1;Termin 1 Datum;Termin 1 Uhrzeit;Längengrad;Breitengrad\n\
                   Tischlerei Meyer;Ausbildungsbetriebe;21255;Tostedt;04182 1234;01.10.2026;Tag der offenen Tür;16.01.2027;10:00;9,71;53,28\n\
                   Gärtnerei Grün;betrieb;21423;Winsen;;2026-09-30;;;;;\n";

/// The same rows as Excel keeps them: the postcode a number, dates and times as dates and times,
/// coordinates as numbers, the second row without coordinates.
fn xlsx() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    let time = Format::new().set_num_format("hh:mm");
    for (c, h) in CSV.lines().next().unwrap().split(';').enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    sheet.write_string(1, 0, "Tischlerei Meyer").unwrap();
    sheet.write_string(1, 1, "Ausbildungsbetriebe").unwrap();
    sheet.write_number(1, 2, 21255).unwrap();
    sheet.write_string(1, 3, "Tostedt").unwrap();
    sheet.write_string(1, 4, "04182 1234").unwrap();
    sheet.write_datetime_with_format(1, 5, &ExcelDateTime::from_ymd(2026, 10, 1).unwrap(), &date).unwrap();
    sheet.write_string(1, 6, "Tag der offenen Tür").unwrap();
    sheet.write_datetime_with_format(1, 7, &ExcelDateTime::from_ymd(2027, 1, 16).unwrap(), &date).unwrap();
    sheet.write_datetime_with_format(1, 8, &ExcelDateTime::from_hms(10, 0, 0).unwrap(), &time).unwrap();
    sheet.write_number(1, 9, 9.71).unwrap();
    sheet.write_number(1, 10, 53.28).unwrap();
    sheet.write_string(2, 0, "Gärtnerei Grün").unwrap();
    sheet.write_string(2, 1, "betrieb").unwrap();
    sheet.write_number(2, 2, 21423).unwrap();
    sheet.write_string(2, 3, "Winsen").unwrap();
    sheet.write_datetime_with_format(2, 5, &ExcelDateTime::from_ymd(2026, 9, 30).unwrap(), &date).unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn an_xlsx_gives_the_places_its_csv_gives() {
    let sheet = read_de("Partner.xlsx", &xlsx()).unwrap();
    let csv = read_de("partner.csv", CSV.as_bytes()).unwrap();
    assert!(sheet.skipped.is_empty(), "{:?}", sheet.skipped);
    assert_eq!(sheet.collection, csv.collection);
    let p = &sheet.collection["features"][0]["properties"];
    assert_eq!(p["postcode"], "21255", "a number in the sheet, text in the place");
    assert_eq!(p["updated"], "2026-10-01");
    assert_eq!(p["events"], json!([{"title": "Tag der offenen Tür", "start": "2027-01-16T10:00"}]));
    assert_eq!(p["category"], "betrieb");
    assert_eq!(sheet.rows, [2, 3], "rows as the program numbers them");
    assert_eq!(sheet.rough.len(), 1, "the row without coordinates is named");
    assert!(sheet.rough[0].1.starts_with("Zeile 3: „Gärtnerei Grün“"), "{}", sheet.rough[0].1);
    assert!(sheet.lines[2].starts_with("Gärtnerei Grün;betrieb;21423;Winsen"), "{:?}", sheet.lines);
}

#[test]
fn libreoffice_s_dates_and_times_and_the_numbers_of_a_sheet() {
    assert_eq!(text(&Data::DateTimeIso("2026-10-01".into())), "2026-10-01");
    assert_eq!(text(&Data::DateTimeIso("2026-10-01T00:00:00".into())), "2026-10-01");
    assert_eq!(text(&Data::DateTimeIso("2027-01-16T10:30:00".into())), "2027-01-16 10:30");
    assert_eq!(text(&Data::DurationIso("PT10H00M00S".into())), "10:00");
    assert_eq!(text(&Data::DurationIso("PT09H05M30S".into())), "09:05:30");
    assert_eq!(text(&Data::Float(21423.0)), "21423");
    assert_eq!(text(&Data::Float(9.88147)), "9.88147");
    assert_eq!(text(&Data::Int(4171)), "4171");
}

#[test]
fn a_broken_sheet_is_named_in_words() {
    let err = match read_de("Orte.xlsx", b"PK\x03\x04kaputt") {
        Err(e) => e,
        Ok(_) => panic!("read a broken file"),
    };
    assert!(err.starts_with("keine lesbare Excel- oder LibreOffice-Tabelle"), "{err}");
}

/// The check page takes an .xlsx as a table: its places in the preview, its problems at rows.
#[test]
fn the_check_page_reads_an_xlsx_as_the_command_line_does() {
    use crate::check::picked::{FileKind, Picked, tables};
    let picked = Picked::new("Partner.xlsx".into(), xlsx());
    assert_eq!(picked.kind(), FileKind::Csv);
    let geojson = &tables(&[picked], Lang::De)[0].geojson;
    let read = read("Partner.xlsx", &xlsx(), Lang::De, &Words::new(&[]), &Placing::default()).unwrap();
    let command_line = crate::check::fix::to_stable_text(&read.collection);
    assert_eq!(geojson, &command_line);
}
