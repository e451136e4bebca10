//! A CSV table checked as the places it becomes, each problem at its cell: the row it came from
//! and the column that holds the value, named by its header. The check page and the command line
//! read a table the same way (`csv::decode`: UTF-8 with or without BOM, else Windows-1252).

use super::spans::Spans;
use super::{Checker, Diagnostic, InMemory, Options, Severity, csv};
use std::path::Path;

/// A table turned into GeoJSON: the rows its places came from, so problems point at rows.
pub struct Table {
    pub name: String,
    pub geojson: String,
    /// The table's rows as text, row n at n - 1, for excerpts.
    lines: Vec<String>,
    rows: Vec<usize>,
    /// Each skipped row's line, the property of the column it is about, and the message.
    skipped: Vec<(usize, Option<&'static str>, String)>,
    /// Rows placed at their town's centre, to be placed by hand: the row and the message.
    rough: Vec<(usize, String)>,
    headers: Vec<String>,
    /// Why the file could not be read at all, if so.
    unreadable: Option<String>,
}

impl Table {
    /// `bytes` of the file `name`, read as the command line's `import` reads it (`csv::read`).
    pub fn read(
        name: &str,
        bytes: &[u8],
        lang: crate::model::Lang,
        words: &csv::Words,
        placing: &csv::Placing,
    ) -> Self {
        let empty = || csv::import("", lang);
        let (imported, unreadable) = match csv::read(name, bytes, lang, words, placing) {
            Ok(i) => (i, None),
            Err(why) => (empty(), Some(why)),
        };
        let geojson = super::fix::to_stable_text(&imported.collection);
        let skipped = imported.skipped_rows.into_iter().zip(imported.skipped_columns).zip(imported.skipped);
        Table {
            name: name.to_string(),
            geojson,
            lines: imported.lines,
            rows: imported.rows,
            skipped: skipped.map(|((row, column), m)| (row, column, m)).collect(),
            rough: imported.rough,
            headers: imported.headers,
            unreadable,
        }
    }

    /// The row each place came from, in the order of the places.
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }

    /// The table's line `row` (1-based), for the excerpt.
    fn line(&self, row: usize) -> String {
        self.lines.get(row.saturating_sub(1)).map(|l| l.chars().take(80).collect()).unwrap_or_default()
    }

    /// Column number (1-based) and the message with the column's name, for the header at `index`
    /// (else the first column the message names). The fields the message names by their keys are
    /// named by the table's own headers: a table's editor knows „Termin 1 Datum“, not „events[1].start“.
    fn at_cell(&self, index: Option<usize>, lang: crate::model::Lang, message: String) -> (usize, String) {
        let (message, named) = in_table_words(&message, &self.headers);
        match index.or(named).and_then(|i| Some((i, self.headers.get(i)?.trim()))) {
            Some((i, header)) if !header.is_empty() => {
                (i + 1, crate::ctr!(lang, "c-table-cell", column = header, message = message))
            }
            _ => (1, message),
        }
    }

    /// The table's problems: rows it could not read, then its places' problems at their cells.
    /// `files` holds the config the rows' categories are checked against, if one was given.
    pub fn problems(&self, files: &InMemory, opts: &Options) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if let Some(reason) = &self.unreadable {
            let message = crate::ctr!(opts.lang, "c-unreadable", reason = reason.as_str());
            out.push(Diagnostic {
                file: self.name.clone(),
                line: 1,
                column: 1,
                severity: Severity::Error,
                code: "unreadable",
                message,
                excerpt: String::new(),
            });
        }
        for (row, message) in &self.rough {
            // At the coordinates' cell if the table has one, else where the town is written.
            let index = ["geometry", "properties/city", "properties/postcode"]
                .iter()
                .find_map(|p| csv::header_of(&self.headers, p));
            let (column, message) = self.at_cell(index, opts.lang, message.clone());
            out.push(Diagnostic {
                file: self.name.clone(),
                line: *row,
                column,
                severity: Severity::Warning,
                code: "approximate-position",
                message,
                excerpt: self.line(*row),
            });
        }
        for (row, column, message) in &self.skipped {
            let index = column.and_then(|c| csv::header_of(&self.headers, if c == "lon" { "geometry" } else { c }));
            let index =
                index.or_else(|| column.and_then(|c| csv::header_of(&self.headers, &format!("properties/{c}"))));
            let (column, message) = self.at_cell(index, opts.lang, message.clone());
            out.push(Diagnostic {
                file: self.name.clone(),
                line: *row,
                column,
                severity: Severity::Error,
                code: "csv-row",
                message,
                excerpt: self.line(*row),
            });
        }
        // The places as GeoJSON, one per line after the first: line L is place L - 2.
        let config = files.config.as_ref().and_then(|c| files.files.iter().find(|(n, _)| n == c));
        let mut converted: Vec<(String, Vec<u8>)> = config.into_iter().cloned().collect();
        converted.push((self.name.clone(), self.geojson.clone().into_bytes()));
        let converted = InMemory { files: converted, missing: String::new(), config: files.config.clone() };
        let mut checker = Checker::new(&converted, opts);
        checker.check(Path::new(&self.name));
        let spans = Spans::scan(&self.geojson);
        let paths = spans.paths_by_offset();
        let starts: Vec<usize> =
            std::iter::once(0).chain(self.geojson.match_indices('\n').map(|(i, _)| i + 1)).collect();
        for mut d in checker.finish().diagnostics {
            let row = d.line.checked_sub(2).and_then(|i| self.rows.get(i)).copied().unwrap_or(1);
            // The value the problem points at, as a path inside its feature.
            let offset = starts.get(d.line.saturating_sub(1)).and_then(|&s| {
                let line = &self.geojson[s..];
                Some(s + line.char_indices().nth(d.column.checked_sub(1)?)?.0)
            });
            let path = offset.and_then(|o| paths.get(&o)).map(|p| p.splitn(3, '/').nth(2).unwrap_or_default());
            let index = path.and_then(|p| csv::header_of(&self.headers, p));
            let message = without_place_number(opts.lang, d.line.saturating_sub(1), d.message);
            (d.column, d.message) = self.at_cell(index, opts.lang, message);
            d.line = row;
            d.excerpt = self.line(row);
            out.push(d);
        }
        out
    }
}

/// `message` with each field it names by its key („events[1].start“, „audiences“) named by the
/// table's header for that field, and the first such header's index.
fn in_table_words(message: &str, headers: &[String]) -> (String, Option<usize>) {
    let mut out = String::with_capacity(message.len());
    let mut first = None;
    let mut rest = message;
    // German „…“, English “…”.
    while let Some((open, (o, c))) =
        [('„', '“'), ('“', '”')].into_iter().filter_map(|q| Some((rest.find(q.0)?, q))).min_by_key(|(at, _)| *at)
    {
        let after = &rest[open + o.len_utf8()..];
        let Some(close) = after.find(c) else { break };
        let written = &after[..close];
        let header = field_path(written).and_then(|p| super::csv::header_of(headers, &p));
        out.push_str(&rest[..open]);
        let said = header.and_then(|i| Some((i, headers.get(i)?.trim()))).filter(|(_, h)| !h.is_empty());
        if let Some((i, _)) = said {
            first = first.or(Some(i));
        }
        out.push_str(&format!("{o}{}{c}", said.map_or(written, |(_, h)| h)));
        rest = &after[close + c.len_utf8()..];
    }
    out.push_str(rest);
    (out, first)
}

/// The path in a feature of a field as the checker writes it: `events[1].start` →
/// `properties/events/0/start`, `offers[2]` → `properties/offers/1`, `phone` → `properties/phone`.
fn field_path(written: &str) -> Option<String> {
    let word = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    let Some((key, rest)) = written.split_once('[') else {
        return word(written).then(|| format!("properties/{written}"));
    };
    let (n, member) = rest.split_once(']')?;
    let i = n.parse::<usize>().ok()?.checked_sub(1)?;
    match member.strip_prefix('.') {
        Some(m) if word(key) && word(m) => Some(format!("properties/{key}/{i}/{m}")),
        None if word(key) && member.is_empty() => Some(format!("properties/{key}/{i}")),
        _ => None,
    }
}

/// A problem of the table's place `n` (1-based) without "Eintrag n („Name“): ", the checker's
/// way to find a place in a GeoJSON file: in a table its row says where, and the place's number
/// in the converted file is one the editor never sees.
fn without_place_number(lang: crate::model::Lang, n: usize, message: String) -> String {
    let number = crate::ctr!(lang, "at-feature", n = n);
    let Some(rest) = message.strip_prefix(number.as_str()) else { return message };
    let after = match rest.strip_prefix(": ") {
        Some(after) => Some(after),
        // " („Name“): " (the name's quotes differ by language)
        None if rest.starts_with(" (") => rest.find("): ").map(|i| &rest[i + 3..]),
        None => None,
    };
    after.map(str::to_string).unwrap_or(message)
}

/// A table on the command line, checked with the config among `given`, else the one beside it or
/// one folder up, else the project's `public/config.json`.
pub fn check_path(path: &Path, given: &[std::path::PathBuf], opts: &Options) -> Vec<Diagnostic> {
    use super::Files;
    let name = path.display().to_string();
    let bytes = match super::Disk.read(path) {
        Ok(b) => b,
        Err(reason) => {
            let message = crate::ctr!(opts.lang, "c-unreadable", reason = reason);
            let code = "unreadable";
            let excerpt = String::new();
            return vec![Diagnostic {
                file: name,
                line: 1,
                column: 1,
                severity: Severity::Error,
                code,
                message,
                excerpt,
            }];
        }
    };
    let is_config = |p: &&std::path::PathBuf| {
        let text = std::fs::read_to_string(p).unwrap_or_default();
        serde_json::from_str::<serde_json::Value>(text.trim_start_matches('\u{feff}'))
            .is_ok_and(|v| v.get("sources").is_some())
    };
    let config = given.iter().find(is_config).cloned();
    let words = csv::words_for(path, config.as_deref());
    let placing = csv::placing_for(path, config.as_deref());
    let config = config.or_else(|| super::Disk.config_for(path)).or_else(|| {
        let project = std::path::PathBuf::from("public/config.json");
        project.is_file().then_some(project)
    });
    let mut files = InMemory::default();
    if let Some((c, b)) = config.and_then(|c| Some((c.display().to_string(), std::fs::read(&c).ok()?))) {
        files.files.push((c.clone(), b));
        files.config = Some(c);
    }
    Table::read(&name, &bytes, opts.lang, &words, &placing).problems(&files, opts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn problems(csv_text: &[u8]) -> Vec<(usize, usize, &'static str, String)> {
        let table = Table::read("orte.csv", csv_text, Lang::De, &csv::Words::new(&[]), &csv::Placing::default());
        let opts = Options { today: crate::model::Date::parse("2026-12-01").unwrap(), ..Options::default() };
        let mut got: Vec<_> = table
            .problems(&InMemory::default(), &opts)
            .into_iter()
            .map(|d| (d.line, d.column, d.code, d.message))
            .collect();
        got.sort();
        got
    }

    #[test]
    fn problems_sit_at_their_cell() {
        let text = "Name;Kategorie;PLZ;Telefon;Zielgruppen;Längengrad;Breitengrad\n\
                    Gut;betrieb;21423;04171 1;Eltern;10,2;53,36\n\
                    Falsch;betrieb;2144;ruf an;Rentner;10,2;53,36\n\
                    ;betrieb;21423;;;10,2;53,36\n";
        let got = problems(text.as_bytes());
        let cells: Vec<(usize, usize, &str)> = got.iter().map(|(r, c, code, _)| (*r, *c, *code)).collect();
        assert_eq!(
            cells,
            [(3, 3, "invalid-postcode"), (3, 4, "invalid-phone"), (3, 5, "unknown-value"), (4, 1, "csv-row")]
        );
        assert!(got[0].3.starts_with("Spalte „PLZ“: "), "{}", got[0].3);
        // The row says where: not the checker's number of the place in the converted file.
        assert_eq!(got[0].3, "Spalte „PLZ“: Die Postleitzahl „2144“ hat nicht fünf Ziffern");
        assert!(got[1].3.starts_with("Spalte „Telefon“: "), "{}", got[1].3);
        assert!(got[3].3.starts_with("Spalte „Name“: "), "{}", got[3].3);
    }

    #[test]
    fn fields_are_named_by_the_tables_headers() {
        let text = "Name;Kategorie;PLZ;Zielgruppen;Längengrad;Breitengrad;Termin 1 Titel;Termin 1 Datum\n\
                    Gut;betrieb;21423;Rentner;10,2;53,36;Messe;bald\n";
        let got = problems(text.as_bytes());
        assert!(got.iter().all(|(.., m)| !m.contains("events[") && !m.contains("audiences")), "{got:?}");
        let audiences = got.iter().find(|(_, _, code, _)| *code == "unknown-value").expect("the unknown audience");
        assert_eq!(audiences.1, 4);
        assert!(audiences.3.contains("„Zielgruppen“ enthält"), "{}", audiences.3);
        assert!(got.iter().any(|(_, column, ..)| *column == 8), "the event's date at its cell: {got:?}");
        let (said, at) = in_table_words("“events[1].start” is empty", &["Termin 1 Datum".to_string()]);
        assert_eq!((said.as_str(), at), ("“Termin 1 Datum” is empty", Some(0)));
        assert_eq!(in_table_words("„Handwerk“ ist unbekannt", &[]).0, "„Handwerk“ ist unbekannt");
    }

    #[test]
    fn a_row_without_coordinates_is_named_at_its_cell_to_place_by_hand() {
        let text = "Name;Kategorie;PLZ;Ort;Längengrad;Breitengrad\nTischlerei;betrieb;21255;Tostedt;;\n";
        let table = Table::read("orte.csv", text.as_bytes(), Lang::De, &csv::Words::new(&[]), &csv::Placing::default());
        assert!(table.geojson.contains("[9.71232,53.28106]"), "{}", table.geojson);
        let got = problems(text.as_bytes());
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].0, got[0].1, got[0].2), (2, 5, "approximate-position"));
        assert!(got[0].3.starts_with("Spalte „Längengrad“: Zeile 2: „Tischlerei“ ohne Koordinaten"), "{}", got[0].3);
        assert!(got[0].3.contains("von Hand zu platzieren"), "{}", got[0].3);
    }

    #[test]
    fn a_windows_1252_table_reads_as_on_the_check_page() {
        // "Straße" and "Bäckerei" as German Excel saves them; the check page's own reading.
        let mut bytes = b"Name;Kategorie;Stra\xdfe;PLZ;L\xe4ngengrad;Breitengrad\r\n".to_vec();
        bytes.extend_from_slice(b"B\xe4ckerei;betrieb;Hauptstra\xdfe 1;2144;9,88;53,33\r\n");
        let got = problems(&bytes);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].0, got[0].1, got[0].2), (2, 4, "invalid-postcode"));
        let table = Table::read("orte.csv", &bytes, Lang::De, &csv::Words::new(&[]), &csv::Placing::default());
        assert!(table.geojson.contains("Bäckerei") && table.geojson.contains("Hauptstraße"), "{}", table.geojson);
    }

    #[test]
    fn the_place_number_goes_in_either_form_and_language() {
        let strip = |lang, m: &str| without_place_number(lang, 4, m.to_string());
        assert_eq!(strip(Lang::De, "Eintrag 4 („Gärtnerei (Süd)“): Die PLZ fehlt"), "Die PLZ fehlt");
        assert_eq!(strip(Lang::De, "Eintrag 4: Die PLZ fehlt"), "Die PLZ fehlt");
        assert_eq!(strip(Lang::En, "feature 4 (“Nursery”): no postcode"), "no postcode");
        // Another place's number, or none, stays as it is.
        assert_eq!(strip(Lang::De, "Eintrag 40: x"), "Eintrag 40: x");
        assert_eq!(
            strip(Lang::De, "Ein Ort liegt nahe (Eintrag 4 in a.geojson)"),
            "Ein Ort liegt nahe (Eintrag 4 in a.geojson)"
        );
    }
}
