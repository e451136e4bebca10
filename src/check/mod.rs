//! The editors' checker: every problem of a config and its sources (or single GeoJSON files), with
//! file, line, column and an excerpt, in German or English. Shares the model with the widget and
//! adds the checks only editors need (opening hours, vocabularies, plausibility warnings).

pub mod csv;
mod files;
pub mod fix;
pub mod picked;
pub mod postcode;
#[cfg(test)]
mod robustness;
mod rules;
pub mod spans;
pub mod table;

pub use files::{Disk, Files, InMemory};

pub use rules::{Finding, check_feature};

use crate::geo::Bounds;
use crate::i18n::Describe;
pub use crate::model::Severity;
use crate::model::{
    BaseLayer, Category, Config, Dataset, Kind, Lang, Problem, parse_areas, parse_config, parse_outline, parse_source,
};
use serde_json::Value;
use spans::{Spans, excerpt};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub excerpt: String,
}

#[derive(Clone, Debug)]
pub struct Options {
    pub lang: Lang,
    /// For "not updated for a long time"; today unless a test fixes it.
    pub today: crate::model::Date,
    /// A place whose `updated` is more than this many months before `today` is reported as stale
    /// (`--max-age`, default 24).
    pub max_age_months: u32,
    /// The district's extent, for "outside the district" and "swapped" warnings.
    pub area: Bounds,
    /// The district's towns and postcodes, for the postcode warning: the config's base layer and
    /// localities where the checker reads a config, else the shipped municipalities.
    pub district: crate::model::Gazetteer,
}

/// Extent of Landkreis Harburg (BKG VG250), the default area.
pub const HARBURG: Bounds = Bounds { west: 9.5615, south: 53.1290, east: 10.4710, north: 53.5053 };

impl Default for Options {
    fn default() -> Self {
        Self {
            lang: Lang::De,
            today: today(),
            max_age_months: 24,
            area: HARBURG,
            district: postcode::district(None, &[]),
        }
    }
}

/// Today's date in the district (Europe/Berlin) from the system clock.
pub fn today() -> crate::model::Date {
    #[cfg(not(target_arch = "wasm32"))]
    let ms =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0) as f64;
    // The browser's clock: std has none on wasm32-unknown-unknown.
    #[cfg(target_arch = "wasm32")]
    let ms = js_sys::Date::now();
    crate::model::berlin(ms).date
}

#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    pub files: usize,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count()
    }
    pub fn files_with_problems(&self) -> usize {
        let mut f: Vec<&str> = self.diagnostics.iter().map(|d| d.file.as_str()).collect();
        f.sort();
        f.dedup();
        f.len()
    }

    pub fn summary(&self, lang: Lang) -> String {
        if self.diagnostics.is_empty() {
            crate::ctr!(lang, "c-clean", files = self.files)
        } else {
            crate::ctr!(
                lang,
                "c-summary",
                errors = self.errors(),
                warnings = self.warnings(),
                files = self.files_with_problems()
            )
        }
    }
}

/// One file's text, read for checking.
struct Loaded {
    name: String,
    text: String,
}

fn read(files: &dyn Files, path: &Path, lang: Lang) -> Result<Loaded, Diagnostic> {
    let name = path.display().to_string();
    files
        .read(path)
        .and_then(|b| String::from_utf8(b).map_err(|e| format!("UTF-8: {e}")))
        .map(|text| Loaded { name: name.clone(), text })
        .map_err(|reason| Diagnostic {
            file: name,
            line: 1,
            column: 1,
            severity: Severity::Error,
            code: "unreadable",
            message: crate::ctr!(lang, "c-unreadable", reason = reason),
            excerpt: String::new(),
        })
}

/// A file's JSON, read once for the checker's own rules (the shared model reads the text itself).
fn json_of(loaded: &Loaded) -> Option<Value> {
    serde_json::from_str(loaded.text.trim_start_matches('\u{feff}')).ok()
}

/// Checks the given paths. Errors reading a path given on the command line are diagnostics too.
/// Tables (`.csv`, `.xlsx`, `.xls`, `.ods`) are read as the check page reads them, each problem at its cell.
pub fn check_paths(paths: &[PathBuf], opts: &Options) -> Report {
    let is_table = |p: &PathBuf| {
        let name = p.to_string_lossy();
        p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) || csv::is_sheet(&name, &[])
    };
    let mut checker = Checker::new(&Disk, opts);
    for path in paths.iter().filter(|p| !is_table(p)) {
        checker.check(path);
    }
    let mut report = checker.finish();
    for path in paths.iter().filter(|p| is_table(p)) {
        report.files += 1;
        report.diagnostics.extend(table::check_path(path, paths, opts));
    }
    report.diagnostics.sort_by(|a, b| a.file.cmp(&b.file).then(a.line.cmp(&b.line)).then(a.column.cmp(&b.column)));
    report
}

/// The checker a file at a time, so a page can show progress and stay responsive between files.
/// Duplicate ids and near-duplicates are found across all files checked.
pub struct Checker<'a> {
    files: &'a dyn Files,
    opts: &'a Options,
    report: Report,
    dataset: Dataset,
    places: Vec<rules::Seen>,
}

impl<'a> Checker<'a> {
    pub fn new(files: &'a dyn Files, opts: &'a Options) -> Self {
        Self { files, opts, report: Report::default(), dataset: Dataset::default(), places: Vec::new() }
    }

    /// Checks one path: a config with its sources and base layer, or a GeoJSON source.
    pub fn check(&mut self, path: &Path) {
        let (opts, files) = (self.opts, self.files);
        let report = &mut self.report;
        let loaded = match read(files, path, opts.lang) {
            Ok(l) => l,
            Err(d) => {
                report.files += 1;
                report.diagnostics.push(d);
                return;
            }
        };
        report.files += 1;
        let json = json_of(&loaded);
        if let Some(sources) = json.as_ref().and_then(|v| v.get("sources")) {
            let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
            let config = check_config(&loaded, opts, report);
            let local;
            let opts = match &config {
                Some(c) => {
                    local = Options { district: postcode::district_of(files, path, c), ..opts.clone() };
                    &local
                }
                None => opts,
            };
            let categories = config.as_ref().map(|c| c.categories.as_slice());
            let sources: Vec<&str> =
                sources.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
            for s in sources {
                let p = dir.join(s);
                report.files += 1;
                match read(files, &p, opts.lang) {
                    Ok(l) => {
                        let json = json_of(&l);
                        let source = Source { loaded: &l, json: json.as_ref() };
                        check_source(source, categories, opts, &mut self.dataset, &mut self.places, report);
                    }
                    Err(d) => report.diagnostics.push(d),
                }
            }
            // A broken config has already said so; which base files it meant is then unclear.
            if let Some(c) = &config {
                check_base(files, &loaded, &c.base, &dir, opts, report);
            }
        } else {
            let config = files.config_for(path).and_then(|c| {
                let config = files.read(&c).ok().and_then(|b| String::from_utf8(b).ok())?;
                parse_config(&config).ok().map(|config| (c, config))
            });
            let local;
            let opts = match &config {
                Some((at, c)) => {
                    local = Options { district: postcode::district_of(files, at, c), ..opts.clone() };
                    &local
                }
                None => opts,
            };
            let categories = config.map(|(_, c)| c.categories);
            let source = Source { loaded: &loaded, json: json.as_ref() };
            check_source(source, categories.as_deref(), opts, &mut self.dataset, &mut self.places, report);
        }
    }

    /// The report, sorted by file, line and column.
    pub fn finish(mut self) -> Report {
        rules::near_duplicates(&self.places, self.opts, &mut self.report);
        let mut report = self.report;
        report.diagnostics.sort_by(|a, b| a.file.cmp(&b.file).then(a.line.cmp(&b.line)).then(a.column.cmp(&b.column)));
        report
    }
}

fn check_config(loaded: &Loaded, opts: &Options, report: &mut Report) -> Option<Config> {
    match parse_config(&loaded.text) {
        Ok(c) => Some(c),
        Err(problems) => {
            let spans = Spans::scan(&loaded.text);
            for p in problems {
                let (line, column) = match p.kind {
                    crate::model::Kind::InvalidJson { line, column, .. } => (line, column),
                    _ => spans.line_col(0, &loaded.text),
                };
                report.diagnostics.push(diagnostic(
                    loaded,
                    line,
                    column,
                    Severity::Error,
                    p.code(),
                    p.message(opts.lang),
                ));
            }
            // Sources can still be checked for everything but their categories.
            None
        }
    }
}

/// The base layer's files must read as the widget reads them; its data's licence asks for an
/// attribution wherever it is drawn, which the widget takes from `base.attribution`.
fn check_base(files: &dyn Files, config: &Loaded, base: &BaseLayer, dir: &Path, opts: &Options, report: &mut Report) {
    type Parse = fn(&str) -> Result<(), String>;
    let parsers: [(&str, Option<&String>, Parse); 2] = [
        ("base.outline", base.outline.as_ref(), |t| parse_outline(t).map(drop)),
        ("base.areas", base.areas.as_ref(), |t| parse_areas(t).map(drop)),
    ];
    for (member, file, parse) in parsers {
        let Some(file) = file else { continue };
        report.files += 1;
        let loaded = match read(files, &dir.join(file), opts.lang) {
            Ok(l) => l,
            Err(d) => {
                report.diagnostics.push(d);
                continue;
            }
        };
        let text = loaded.text.trim_start_matches('\u{feff}');
        let d = match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Err(e) => {
                let p = Problem::error(Kind::invalid_json_in(&e, text));
                diagnostic(&loaded, e.line(), e.column(), Severity::Error, p.code(), p.message(opts.lang))
            }
            Ok(_) => match parse(text) {
                Ok(()) => continue,
                Err(reason) => {
                    let m = crate::ctr!(opts.lang, "c-invalid-base-file", member = member, reason = reason);
                    diagnostic(&loaded, 1, 1, Severity::Error, "invalid-base-file", m)
                }
            },
        };
        report.diagnostics.push(d);
    }
    if base.files().next().is_some() && base.attribution.is_none() {
        let spans = Spans::scan(&config.text);
        let offset = spans.key("base").or_else(|| spans.key("outline")).unwrap_or(0);
        let (line, column) = spans.line_col(offset, &config.text);
        let m = crate::ctr!(opts.lang, "c-base-without-attribution");
        report.diagnostics.push(diagnostic(config, line, column, Severity::Warning, "base-without-attribution", m));
    }
}

fn diagnostic(
    loaded: &Loaded,
    line: usize,
    column: usize,
    severity: Severity,
    code: &'static str,
    message: String,
) -> Diagnostic {
    Diagnostic {
        file: loaded.name.clone(),
        line,
        column,
        severity,
        code,
        message,
        excerpt: excerpt(&loaded.text, line, column),
    }
}

/// A source file as text (for the shared model and positions) and as JSON (for the rules).
#[derive(Clone, Copy)]
struct Source<'a> {
    loaded: &'a Loaded,
    json: Option<&'a Value>,
}

fn check_source(
    source: Source,
    categories: Option<&[Category]>,
    opts: &Options,
    dataset: &mut Dataset,
    places: &mut Vec<rules::Seen>,
    report: &mut Report,
) {
    let loaded = source.loaded;
    // Without a config every category is accepted (there is nothing to compare with).
    let outcome = match categories {
        Some(c) => parse_source(&loaded.text, c),
        None => parse_source(&loaded.text, &rules::categories_in(source.json)),
    };
    let spans = Spans::scan(&loaded.text);
    // Line, column and excerpt of a problem (by offset: counting long lines from their start for
    // each of thousands of places made a 10,000-place file take minutes).
    let at = |p: &Problem| -> (usize, usize, String) {
        if let crate::model::Kind::InvalidJson { line, column, .. } = p.kind {
            return (line, column, excerpt(&loaded.text, line, column));
        }
        let offset = p
            .path()
            .and_then(|path| {
                spans.value(&path).or_else(|| spans.value(&format!("features/{}", p.feature.unwrap_or(0))))
            })
            .unwrap_or(0);
        let (line, column) = spans.line_col(offset, &loaded.text);
        (line, column, spans.excerpt_at(&loaded.text, offset))
    };
    let before = dataset.reports.len();
    dataset.add(&loaded.name, outcome);
    for p in dataset.reports[before].fatal.iter().chain(dataset.reports[before].problems.iter()) {
        let (line, column, excerpt) = at(p);
        // The widget skips a feature for an error and drops a field for a warning; for editors both
        // are mistakes to fix.
        report.diagnostics.push(Diagnostic {
            file: loaded.name.clone(),
            line,
            column,
            severity: Severity::Error,
            code: p.code(),
            message: p.describe(opts.lang),
            excerpt,
        });
    }
    if let Some(root) = source.json {
        rules::check_features(&loaded.name, &loaded.text, root, &spans, opts, places, report);
    }
}
