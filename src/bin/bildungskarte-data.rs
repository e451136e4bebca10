//! `bildungskarte-data`: the editors' tool. Checks configs and GeoJSON files, converts spreadsheets,
//! prints the JSON Schema. German by default (`--lang en` for English).
//!
//! Exit codes: 0 clean (warnings allowed), 1 errors found, 2 could not run.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use bildungskarte::check::{self, Options, Report, Severity};
    use bildungskarte::model::{Date, Lang};
    use std::io::Write;
    use std::path::PathBuf;

    const USAGE_DE: &str = "Aufruf:
  bildungskarte-data check PFAD…       Konfiguration samt Quellen oder einzelne GeoJSON-Dateien prüfen
        [--lang de|en] [--format text|json] [--fix] [--today JJJJ-MM-TT]
        [--max-age MONATE]   Orte mit älterem Stand (`updated`) melden (Standard 24)
        [--only CODE]        nur Meldungen dieser Art, z. B. --only stale: die veralteten Orte
  bildungskarte-data import DATEI      Tabelle (CSV, .xlsx, .ods: erstes Blatt) in GeoJSON umwandeln
                             (Ausgabe auf stdout); Zeilen ohne Koordinaten kommen an die Ortsmitte
  bildungskarte-data export DATEI.geojson  GeoJSON in eine Tabelle (CSV) umwandeln (stdout)
        [--encoding utf-8|windows-1252]  Zeichensatz der Tabelle (Standard UTF-8; 1252 für ältere Excel)
        [--config config.json]  Kategorien mit ihren Namen (Standard: config.json neben der Datei
                             oder darüber, sonst public/config.json)
  bildungskarte-data schema            JSON Schema des Datenformats ausgeben

Rückgabewert: 0 ohne Fehler, 1 bei Fehlern, 2 wenn die Prüfung nicht laufen konnte.";

    const USAGE_EN: &str = "Usage:
  bildungskarte-data check PATH…       check a config with its sources, or single GeoJSON files
        [--lang de|en] [--format text|json] [--fix] [--today YYYY-MM-DD]
        [--max-age MONTHS]   report places last updated longer ago (default 24)
        [--only CODE]        only problems of this kind, e.g. --only stale: the outdated places
  bildungskarte-data import FILE       convert a table (CSV, .xlsx, .ods: first sheet) to GeoJSON
                             (stdout); rows without coordinates go to their town's centre
  bildungskarte-data export FILE.geojson  convert GeoJSON to a spreadsheet (CSV, stdout)
        [--encoding utf-8|windows-1252]  the table's character set (default UTF-8; 1252 for older Excel)
        [--config config.json]  categories by their names (default: config.json beside the file
                             or one folder up, else public/config.json)
  bildungskarte-data schema            print the JSON Schema of the data format

Exit code: 0 without errors, 1 with errors, 2 when the check could not run.";

    struct Args {
        command: String,
        paths: Vec<PathBuf>,
        lang: Lang,
        json: bool,
        fix: bool,
        today: Option<Date>,
        max_age: Option<u32>,
        only: Option<String>,
        windows_1252: bool,
        config: Option<PathBuf>,
    }

    fn parse(args: Vec<String>) -> Result<Args, String> {
        let mut a = Args {
            command: String::new(),
            paths: Vec::new(),
            lang: Lang::De,
            json: false,
            fix: false,
            today: None,
            max_age: None,
            only: None,
            windows_1252: false,
            config: None,
        };
        let mut it = args.into_iter();
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "--lang" => a.lang = it.next().and_then(|l| Lang::from_tag(&l)).ok_or("--lang de|en")?,
                "--format" => {
                    a.json = match it.next().as_deref() {
                        Some("json") => true,
                        Some("text") => false,
                        _ => return Err("--format text|json".into()),
                    }
                }
                "--fix" => a.fix = true,
                "--today" => a.today = Some(it.next().as_deref().and_then(Date::parse).ok_or("--today YYYY-MM-DD")?),
                "--max-age" => {
                    a.max_age = Some(it.next().and_then(|m| m.parse().ok()).ok_or("--max-age MONATE/MONTHS")?)
                }
                "--only" => a.only = Some(it.next().ok_or("--only CODE")?),
                "--encoding" => {
                    a.windows_1252 = match it.next().map(|e| e.to_lowercase()).as_deref() {
                        Some("windows-1252" | "cp1252" | "1252") => true,
                        Some("utf-8" | "utf8") => false,
                        _ => return Err("--encoding utf-8|windows-1252".into()),
                    }
                }
                "--config" => a.config = Some(PathBuf::from(it.next().ok_or("--config PATH")?)),
                "-h" | "--help" | "help" => a.command = "help".into(),
                s if s.starts_with("--") => return Err(format!("unknown option {s}")),
                s if a.command.is_empty() => a.command = s.to_string(),
                s => a.paths.push(PathBuf::from(s)),
            }
        }
        Ok(a)
    }

    pub fn run(args: Vec<String>) -> i32 {
        let lang_hint =
            if args.windows(2).any(|w| w[0] == "--lang" && w[1].starts_with("en")) { Lang::En } else { Lang::De };
        let usage = if lang_hint == Lang::En { USAGE_EN } else { USAGE_DE };
        let a = match parse(args) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("{e}\n\n{usage}");
                return 2;
            }
        };
        match a.command.as_str() {
            "check" if !a.paths.is_empty() => run_check(&a),
            "import" if a.paths.len() == 1 => check::csv::import_command(&a.paths[0], a.lang, a.config.as_deref()),
            "export" if a.paths.len() == 1 => {
                check::csv::export_command(&a.paths[0], a.lang, a.windows_1252, a.config.as_deref())
            }
            "schema" => {
                println!("{}", bildungskarte::model::json_schema());
                0
            }
            "help" => {
                println!("{usage}");
                0
            }
            _ => {
                eprintln!("{usage}");
                2
            }
        }
    }

    fn run_check(a: &Args) -> i32 {
        for p in &a.paths {
            if !p.exists() {
                let msg = match a.lang {
                    Lang::En => format!("{}: file not found", p.display()),
                    _ => format!("{}: Datei nicht gefunden", p.display()),
                };
                eprintln!("{msg}");
                return 2;
            }
        }
        let mut opts = Options { lang: a.lang, ..Options::default() };
        if let Some(t) = a.today {
            opts.today = t;
        }
        if let Some(m) = a.max_age {
            opts.max_age_months = m;
        }
        let mut report = check::check_paths(&a.paths, &opts);
        if let Some(code) = &a.only {
            report.diagnostics.retain(|d| d.code == code.as_str());
        }
        if a.fix {
            for line in check::fix::apply(&a.paths, &opts) {
                eprintln!("{line}");
            }
        }
        if a.json {
            print_json(&report);
        } else {
            print_text(&report, a.lang);
        }
        if report.errors() > 0 { 1 } else { 0 }
    }

    fn print_json(report: &Report) {
        let items: Vec<serde_json::Value> = report
            .diagnostics
            .iter()
            .map(|d| {
                serde_json::json!({
                    "file": d.file, "line": d.line, "column": d.column, "severity": d.severity.as_str(),
                    "code": d.code, "message": d.message, "excerpt": d.excerpt,
                })
            })
            .collect();
        let out = serde_json::json!({ "problems": items, "errors": report.errors(), "warnings": report.warnings(), "files": report.files });
        println!("{}", serde_json::to_string_pretty(&out).unwrap());
    }

    fn print_text(report: &Report, lang: Lang) {
        let mut out = std::io::stdout().lock();
        let mut current = "";
        for d in &report.diagnostics {
            if d.file != current {
                current = &d.file;
                let _ = writeln!(out, "\n{}", d.file);
            }
            let sev = match d.severity {
                Severity::Error => bildungskarte::ctr!(lang, "c-error"),
                Severity::Warning => bildungskarte::ctr!(lang, "c-warning"),
            };
            let _ = writeln!(out, "{}:{}:{}: {sev}: {} [{}]", d.file, d.line, d.column, d.message, d.code);
            if !d.excerpt.trim().is_empty() {
                let _ = writeln!(out, "    | {}", d.excerpt.trim_end());
            }
        }
        let _ = writeln!(out, "\n{}", report.summary(lang));
    }
}
