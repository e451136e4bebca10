//! A table as the editors hand it in, read one way for the command line (`import`, `check`) and
//! the check page: a CSV as Excel or LibreOffice saves it, or the first sheet of an `.xlsx`,
//! `.xls` or `.ods` (calamine), whose cells become the text the CSV would hold.

use super::import::{Imported, Row, csv_rows, decode, import_rows};
use super::{Placing, Words};
use crate::model::Lang;
use calamine::{Data, Reader};

/// The places of the table `name` (its bytes): categories in `words`, rows without coordinates
/// placed by `placing`. Err says why the file could not be read at all.
pub fn read(name: &str, bytes: &[u8], lang: Lang, words: &Words, placing: &Placing) -> Result<Imported, String> {
    let (headers, rows, lines) =
        if is_sheet(name, bytes) { sheet_rows(bytes, lang)? } else { csv_rows(&decode(bytes)) };
    Ok(import_rows(headers, rows, lines, lang, words, placing))
}

/// A spreadsheet program's own file: a zip (xlsx, ods) or an OLE file (xls) by its first bytes,
/// which no CSV has, or by its name.
pub fn is_sheet(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_lowercase();
    bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(b"\xD0\xCF\x11\xE0")
        || [".xlsx", ".xlsm", ".xls", ".ods"].iter().any(|e| lower.ends_with(e))
}

/// The first sheet's headers, rows (numbered as the spreadsheet program numbers them) and rows
/// as text for excerpts.
fn sheet_rows(bytes: &[u8], lang: Lang) -> Result<(Vec<String>, Vec<Row>, Vec<String>), String> {
    let unreadable = |e: &dyn std::fmt::Display| crate::ctr!(lang, "c-sheet-unreadable", detail = e.to_string());
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let range = match book.worksheet_range_at(0) {
        Some(r) => r.map_err(|e| unreadable(&e))?,
        None => return Err(crate::ctr!(lang, "c-sheet-empty")),
    };
    // The first row the sheet holds, 1-based as the program shows it; blank rows above are left
    // out of the range but counted.
    let first = range.start().map_or(1, |(row, _)| row as usize + 1);
    let mut cells = range.rows().map(|r| r.iter().map(text).collect::<Vec<String>>());
    let headers = cells.next().unwrap_or_default();
    let rows: Vec<Row> = cells.enumerate().map(|(i, r)| (first + 1 + i, Ok(r))).collect();
    let mut lines = vec![String::new(); first.saturating_sub(1)];
    lines.push(headers.join(";"));
    lines.extend(
        rows.iter().map(|(_, r)| r.as_ref().map(|c| c.join(";").replace(['\r', '\n'], " ")).unwrap_or_default()),
    );
    Ok((headers, rows, lines))
}

/// A cell as the CSV import expects its text: a number as written without a needless ".0"
/// (postcode 21423 → "21423"), a date as ISO date, a time as HH:MM, both as "date time".
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => {
            let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
            let clock = if s == 0 { format!("{h:02}:{mi:02}") } else { format!("{h:02}:{mi:02}:{s:02}") };
            let value = d.as_f64();
            if d.is_duration() || (0.0..1.0).contains(&value) {
                // A time of day alone (Excel counts it from day 0).
                let hours = (value * 24.0).floor() as u64;
                if d.is_duration() { format!("{hours:02}:{mi:02}") } else { clock }
            } else if value.fract() == 0.0 {
                format!("{y:04}-{mo:02}-{day:02}")
            } else {
                format!("{y:04}-{mo:02}-{day:02} {clock}")
            }
        }
        // LibreOffice's own: "2026-10-01", "2026-10-01T10:00:00"; a time is a duration "PT10H00M00S".
        Data::DateTimeIso(s) => match s.split_once('T') {
            Some((date, time)) if time.trim_end_matches(['0', ':', '.']).is_empty() => date.to_string(),
            Some((date, time)) => format!("{date} {}", time.strip_suffix(":00").unwrap_or(time)),
            None => s.clone(),
        },
        Data::DurationIso(s) => duration(s).unwrap_or_else(|| s.clone()),
        Data::Error(e) => e.to_string(),
    }
}

/// "PT10H00M00S" → "10:00" (seconds only when there are some).
fn duration(iso: &str) -> Option<String> {
    let rest = iso.strip_prefix("PT")?;
    let (h, rest) = rest.split_once('H')?;
    let (m, rest) = rest.split_once('M')?;
    let s: f64 = rest.strip_suffix('S').unwrap_or("0").parse().ok()?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    Some(if s == 0.0 { format!("{h:02}:{m:02}") } else { format!("{h:02}:{m:02}:{:02}", s as u32) })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
