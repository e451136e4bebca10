//! The files an editor picked on the check page (`pruefen.html`, ui::checker) and what the page
//! makes of them: the checker's report, the repaired files, the conversions. The same code as the
//! command line's; plain data and functions, so it is tested here and the page only shows it.

pub use super::table::Table;
pub use convert::{Encoding, as_geojson, as_table, repaired, tables};
use convert::{placing_of, words_of};

mod convert;
use super::{Checker, Diagnostic, InMemory, Options, Report, Severity, csv};
use crate::check;
use crate::model::Lang;
use serde_json::Value;
use std::path::PathBuf;

/// One picked file.
#[derive(Clone, Debug)]
pub struct Picked {
    pub name: String,
    pub bytes: Vec<u8>,
    kind: FileKind,
    /// Whether it reads as JSON (repairs and tables need that).
    json: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Config,
    GeoJson,
    /// A table: a CSV, or an `.xlsx`, `.xls` or `.ods` (its first sheet).
    Csv,
    /// A spreadsheet the check cannot read (Apple Numbers): it has to be saved as CSV first.
    Spreadsheet,
}

impl Picked {
    /// A file as picked; what kind it is, and whether it reads, is found once here (a config is a
    /// JSON object with `sources`; anything else is checked as a GeoJSON source).
    pub fn new(name: String, bytes: Vec<u8>) -> Self {
        let lower = name.to_lowercase();
        // A Numbers file is a zip too, but none calamine reads.
        let spreadsheet = lower.ends_with(".numbers");
        let table = !spreadsheet && (lower.ends_with(".csv") || csv::is_sheet(&name, &bytes));
        let mut p = Self { name, bytes, kind: FileKind::GeoJson, json: false };
        let value = if table || spreadsheet { None } else { p.json_value() };
        p.json = value.is_some();
        p.kind = match value {
            _ if table => FileKind::Csv,
            _ if spreadsheet => FileKind::Spreadsheet,
            Some(v) if v.get("sources").is_some() => FileKind::Config,
            _ => FileKind::GeoJson,
        };
        p
    }

    pub fn kind(&self) -> FileKind {
        self.kind
    }

    /// Whether the file reads as JSON (repairs and tables need that).
    pub fn is_json(&self) -> bool {
        self.json
    }

    /// The file as JSON, if it reads as such.
    pub fn json(&self) -> Option<Value> {
        if self.json { self.json_value() } else { None }
    }

    fn json_value(&self) -> Option<Value> {
        let text = std::str::from_utf8(&self.bytes).ok()?;
        serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()
    }
}

/// The steps of a check, one file each, so the page can show progress and draw between them.
pub struct Plan {
    files: InMemory,
    /// Paths to check, in order: configs (with their sources), then files no config names.
    paths: Vec<PathBuf>,
    /// CSV tables: their own problems and their places, checked as GeoJSON.
    tables: Vec<Table>,
    /// Spreadsheets in a format the check cannot read (each said so).
    spreadsheets: Vec<String>,
    /// Files a config names that were not picked: not checked, and no error (the preview takes
    /// the published ones).
    not_picked: Vec<String>,
    opts: Options,
}

impl Plan {
    pub fn new(picked: &[Picked], lang: Lang, today: crate::model::Date) -> Self {
        let opts = Options { lang, today, ..Options::default() };
        let config = picked.iter().find(|p| p.kind() == FileKind::Config).map(|p| p.name.clone());
        let mut files = InMemory { files: Vec::new(), missing: crate::ctr!(lang, "c-not-picked"), config };
        let mut configs = Vec::new();
        let mut sources = Vec::new();
        let mut tables = Vec::new();
        let mut spreadsheets = Vec::new();
        for p in picked {
            match p.kind() {
                FileKind::Csv => {
                    tables.push(Table::read(&p.name, &p.bytes, lang, &words_of(picked), &placing_of(picked)))
                }
                FileKind::Spreadsheet => spreadsheets.push(p.name.clone()),
                kind => {
                    files.files.push((p.name.clone(), p.bytes.clone()));
                    if kind == FileKind::Config {
                        configs.push(p);
                    } else {
                        sources.push(p);
                    }
                }
            }
        }
        // A file a config names is checked with that config (sources: its categories, duplicate
        // ids; the base layer's outline and areas as drawings, not as places).
        let named: Vec<String> = configs.iter().filter_map(|c| c.json()).flat_map(|v| named_files(&v)).collect();
        let mut paths: Vec<PathBuf> = configs.iter().map(|c| PathBuf::from(&c.name)).collect();
        paths.extend(sources.iter().filter(|s| !named.contains(&s.name)).map(|s| PathBuf::from(&s.name)));
        let not_picked = not_picked(picked);
        Plan { files, paths, tables, spreadsheets, not_picked, opts }
    }

    /// How many steps there are.
    pub fn len(&self) -> usize {
        self.paths.len() + self.tables.len()
    }

    pub fn tables(&self) -> &[Table] {
        &self.tables
    }

    /// Runs the check; `step` is called before each file (index, name) and may pause.
    pub async fn run<F, Fut>(&self, mut step: F) -> Report
    where
        F: FnMut(usize, String) -> Fut,
        Fut: std::future::Future<Output = ()>,
    {
        let mut run = self.start();
        while let Some((i, name)) = run.next_file() {
            step(i, name).await;
            run.step();
        }
        run.finish()
    }

    /// The check without pauses (in a worker, or on the command line), `step` told of each file.
    pub fn run_now(&self, mut step: impl FnMut(usize, String)) -> Report {
        let mut run = self.start();
        while let Some((i, name)) = run.next_file() {
            step(i, name);
            run.step();
        }
        run.finish()
    }

    fn start(&self) -> Run<'_> {
        Run { plan: self, checker: Some(Checker::new(&self.files, &self.opts)), report: None, next: 0 }
    }
}

/// A check under way, a file at a time.
struct Run<'p> {
    plan: &'p Plan,
    checker: Option<Checker<'p>>,
    /// The GeoJSON files' report once they are done and the tables are under way.
    report: Option<Report>,
    next: usize,
}

impl Run<'_> {
    /// The file the next step checks: (its number, its name).
    fn next_file(&self) -> Option<(usize, String)> {
        let (paths, tables) = (&self.plan.paths, &self.plan.tables);
        let name = match paths.get(self.next) {
            Some(p) => p.display().to_string(),
            None => tables.get(self.next - paths.len())?.name.clone(),
        };
        Some((self.next, name))
    }

    fn step(&mut self) {
        let paths = &self.plan.paths;
        if let Some(path) = paths.get(self.next) {
            if let Some(c) = &mut self.checker {
                c.check(path);
            }
        } else {
            let report =
                self.report.get_or_insert_with(|| self.checker.take().map(Checker::finish).unwrap_or_default());
            if let Some(table) = self.plan.tables.get(self.next - paths.len()) {
                report.files += 1;
                report.diagnostics.extend(table.problems(&self.plan.files, &self.plan.opts));
            }
        }
        self.next += 1;
    }

    fn finish(mut self) -> Report {
        let mut report = self.report.take().or_else(|| self.checker.take().map(Checker::finish)).unwrap_or_default();
        // What was not picked is not checked, and not an error (the page lists it apart).
        let skipped = |d: &Diagnostic| d.code == "unreadable" && self.plan.not_picked.contains(&file_name(&d.file));
        report.files -= report.diagnostics.iter().filter(|d| skipped(d)).count().min(report.files);
        report.diagnostics.retain(|d| !skipped(d));
        for name in &self.plan.spreadsheets {
            report.files += 1;
            report.diagnostics.push(Diagnostic {
                file: name.clone(),
                line: 1,
                column: 1,
                severity: Severity::Error,
                code: "spreadsheet",
                message: crate::ctr!(self.plan.opts.lang, "c-spreadsheet"),
                excerpt: String::new(),
            });
        }
        crate::sort::sort_by(&mut report.diagnostics, |a, b| {
            a.file.cmp(&b.file).then(a.line.cmp(&b.line)).then(a.column.cmp(&b.column))
        });
        report
    }
}

/// The files a config names (sources, then the base layer's), by file name.
fn named_files(config: &Value) -> Vec<String> {
    let sources = config["sources"].as_array().into_iter().flatten();
    let base = ["outline", "areas"].map(|k| &config["base"][k]).into_iter().chain([&config["outline"]]);
    sources.chain(base).filter_map(|s| s.as_str()).filter(|s| !s.trim().is_empty()).map(file_name).collect()
}

/// The files the picked configs name that were not picked themselves.
pub fn not_picked(picked: &[Picked]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in picked.iter().filter(|p| p.kind() == FileKind::Config) {
        for name in c.json().map(|v| named_files(&v)).unwrap_or_default() {
            if !picked.iter().any(|p| p.name == name) && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// The last part of a path as written in a config (`data/schulen.geojson` → `schulen.geojson`).
pub fn file_name(path: &str) -> String {
    path.rsplit(['/', '\\']).next().unwrap_or(path).to_string()
}

/// The byte offset of a 1-based line and column (in characters).
fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let start = if line <= 1 { 0 } else { text.match_indices('\n').nth(line - 2)?.0 + 1 };
    let rest = &text[start..];
    Some(start + rest.char_indices().nth(column.saturating_sub(1)).map_or(rest.len(), |(i, _)| i))
}

/// Where a problem is: the feature (its id and point) whose text contains the line and column.
pub fn feature_at(p: &Picked, line: usize, column: usize) -> Option<(Option<String>, Option<crate::geo::LonLat>)> {
    let text = std::str::from_utf8(&p.bytes).ok()?;
    let spans = check::spans::Spans::scan(text);
    let offset = offset_of(text, line, column)?;
    let mut n = None;
    let mut i = 0;
    while let Some(start) = spans.value(&format!("features/{i}")) {
        if start > offset {
            break;
        }
        n = Some(i);
        i += 1;
    }
    let v = p.json()?;
    let f = &v["features"][n?];
    let id = f["properties"]["id"].as_str().map(str::to_string);
    let at = f["geometry"]["coordinates"]
        .as_array()
        .and_then(|c| Some(crate::geo::LonLat::new(c.first()?.as_f64()?, c.get(1)?.as_f64()?)))
        .filter(crate::geo::LonLat::is_valid);
    Some((id, at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn picked(name: &str, text: &str) -> Picked {
        Picked::new(name.into(), text.as_bytes().to_vec())
    }

    /// The page and the command line give the same problems at the same places for the corpus.
    #[test]
    fn the_page_reports_what_the_command_line_reports() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/checker");
        let today = crate::model::Date::parse("2026-11-25").unwrap();
        let opts = Options { today, ..Options::default() };
        let cli = check::check_paths(&[root.join("config.json"), root.join("syntaxfehler.geojson")], &opts);
        let config: Value = serde_json::from_str(&std::fs::read_to_string(root.join("config.json")).unwrap()).unwrap();
        let mut files = vec![
            picked("config.json", &std::fs::read_to_string(root.join("config.json")).unwrap()),
            picked("syntaxfehler.geojson", &std::fs::read_to_string(root.join("syntaxfehler.geojson")).unwrap()),
        ];
        for s in config["sources"].as_array().unwrap() {
            let s = s.as_str().unwrap();
            files.push(picked(&file_name(s), &std::fs::read_to_string(root.join(s)).unwrap()));
        }
        let plan = Plan::new(&files, Lang::De, today);
        let page = plan.run_now(|_, _| {});
        // The command line names files by their path, the page by their name.
        let folder = format!("{}/", root.display());
        let key = |d: &Diagnostic| (file_name(&d.file), d.line, d.column, d.code, d.message.replace(&folder, ""));
        let mut a: Vec<_> = cli.diagnostics.iter().map(key).collect();
        let mut b: Vec<_> = page.diagnostics.iter().map(key).collect();
        a.sort();
        b.sort();
        // The base layer files are not picked here: the page names them as missing, the rest agrees.
        b.retain(|d| d.3 != "unreadable");
        a.retain(|d| d.3 != "unreadable");
        assert_eq!(a, b);
        assert!(!a.is_empty());
    }

    /// Files the config names but the editor did not pick are not errors; picked base files are
    /// drawings, not places; a table's categories are the config's; Excel files are named.
    #[test]
    fn what_was_not_picked_and_what_is_no_source() {
        let config = include_str!("../../public/config.json");
        let today = crate::model::Date::parse("2026-11-25").unwrap();
        let schulen = include_str!("../../public/data/schulen.geojson");
        let outline = include_str!("../../public/data/base/landkreis-harburg.geojson");
        let csv = "Name;Kategorie;Längengrad;Breitengrad\nQuatsch;quatsch;9,9;53,3\n";
        let files = [
            picked("config.json", config),
            picked("schulen.geojson", schulen),
            picked("landkreis-harburg.geojson", outline),
            picked("orte.csv", csv),
            Picked::new("Orte.xlsx".into(), vec![0x50, 0x4b, 3, 4, 0xff]),
            Picked::new("Orte.numbers".into(), vec![0x50, 0x4b, 3, 4, 0xff]),
        ];
        assert_eq!(not_picked(&files), ["betriebe.geojson", "beratung.geojson", "gemeinden-harburg.geojson"]);
        let report = Plan::new(&files, Lang::De, today).run_now(|_, _| {});
        let codes: Vec<(&str, &str)> = report.diagnostics.iter().map(|d| (d.file.as_str(), d.code)).collect();
        assert_eq!(
            codes.iter().filter(|(_, c)| *c == "unreadable").collect::<Vec<_>>(),
            [&("Orte.xlsx", "unreadable")]
        );
        assert!(!codes.iter().any(|(f, _)| f.contains("landkreis-harburg")), "the outline is no place: {codes:?}");
        assert!(codes.contains(&("orte.csv", "unknown-category")), "{codes:?}");
        assert!(codes.contains(&("Orte.numbers", "spreadsheet")), "{codes:?}");
        assert!(!files[4].is_json() && files[1].is_json());
    }

    #[test]
    fn tables_point_at_their_rows() {
        let csv = "Name;Kategorie;Längengrad;Breitengrad;Webseite\nGut;schule;10,0;53,3;\nOhne Lage;schule;;;\nSchlecht;schule;10,1;53,3;javascript:alert(1)\n";
        let plan = Plan::new(&[picked("tabelle.csv", csv)], Lang::De, crate::model::Date::parse("2026-11-25").unwrap());
        let report = plan.run_now(|_, _| {});
        let rows: Vec<(usize, &str)> = report.diagnostics.iter().map(|d| (d.line, d.code)).collect();
        assert!(rows.contains(&(3, "approximate-position")), "placed roughly and named: {rows:?}");
        assert!(!rows.iter().any(|(_, c)| *c == "csv-row"), "{rows:?}");
        assert!(rows.contains(&(4, "invalid-website")), "{rows:?}");
        assert!(report.diagnostics.iter().all(|d| d.file == "tabelle.csv"));
    }

    #[test]
    fn repairs_and_tables_as_the_command_line_makes_them() {
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[53.36,10.2]},"properties":{"id":" a ","name":"Straße","category":"schule"}}]}"#;
        let p = picked("a.geojson", text);
        let (fixed, n) = repaired(&p, Lang::De).unwrap();
        assert_eq!(n, 2);
        assert!(fixed.contains("[10.2,53.36]"));
        let utf8 = as_table(&p, Encoding::Utf8, &[], None).unwrap();
        assert!(utf8.starts_with("\u{feff}ID;Name".as_bytes()));
        let ansi = as_table(&p, Encoding::Windows1252, &[], None).unwrap();
        assert!(ansi.windows(6).any(|w| w == b"Stra\xdfe"), "ß in Windows-1252");
        assert_eq!(feature_at(&p, 1, 60).unwrap().0.as_deref(), Some(" a "));
    }
}
