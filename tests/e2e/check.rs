//! The editors' check page (pruefen.html): the command line's checker in the browser. The broken
//! corpus goes in through the file input; the problems, the downloads and the conversions must be
//! what `bildungskarte-data` gives; nothing is uploaded; it runs under the strict CSP.

use crate::support::{Browser, Env, TestResult, ensure, fail, root, scratch_dir};
use fantoccini::Locator;
use std::path::{Path, PathBuf};

type AnyResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Runs the command line tool; its standard output.
pub(crate) fn cli(args: &[&str]) -> AnyResult<Vec<u8>> {
    let out =
        std::process::Command::new(env!("CARGO_BIN_EXE_bildungskarte-data")).args(args).current_dir(root()).output()?;
    Ok(out.stdout)
}

/// Picks files through the page's file input, as an editor does with the file dialog.
async fn pick(b: &Browser, files: &[PathBuf]) -> TestResult {
    let input = b.c.wait().for_element(Locator::Css("input[type=file]")).await?;
    let list: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    input.send_keys(&list.join("\n")).await?;
    Ok(())
}

async fn status(b: &Browser) -> AnyResult<String> {
    Ok(b.js("const s = document.querySelector('.ck-status'); return s ? s.textContent : ''")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_string())
}

/// The listed problems, each as its text.
async fn problems(b: &Browser) -> AnyResult<Vec<String>> {
    let v = b.js("return [...document.querySelectorAll('.ck-problems > li')].map(li => li.innerText)").await?;
    Ok(v.as_array().unwrap().iter().map(|x| x.as_str().unwrap_or("").to_string()).collect())
}

/// Downloads go to `dir`; the file named `name` once it is complete.
pub(crate) async fn downloaded(b: &Browser, dir: &Path, name: &str) -> AnyResult<Vec<u8>> {
    let path = dir.join(name);
    // Chromium reserves the final name with an empty file before it writes the `.crdownload`, so a
    // file is taken only once it has content, no partial file beside it, and the same bytes twice.
    let mut seen: Option<Vec<u8>> = None;
    for _ in 0..100 {
        let partial = dir.join(format!("{name}.crdownload")).exists();
        match std::fs::read(&path) {
            Ok(bytes) if !bytes.is_empty() && !partial => {
                if seen.as_ref() == Some(&bytes) {
                    return Ok(bytes);
                }
                seen = Some(bytes);
            }
            _ => seen = None,
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let _ = b;
    fail(format!("{name} was not downloaded into {}", dir.display()))
}

/// Clicks the button whose name starts with `name` (found again if the list was redrawn meanwhile).
pub(crate) async fn press(b: &Browser, name: &str) -> TestResult {
    let mut last = String::new();
    for _ in 0..5 {
        match b.all_by_role("button", |n| n.starts_with(name)).await {
            Ok(found) if !found.is_empty() => match b.click_in_view(&found[0]).await {
                Ok(()) => return Ok(()),
                Err(e) => last = e.to_string(),
            },
            Ok(_) => last = "not found".into(),
            Err(e) => last = e.to_string(),
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    fail(format!("button {name:?}: {last}"))
}

pub(crate) async fn allow_downloads(b: &Browser, dir: &Path) -> TestResult {
    std::fs::create_dir_all(dir)?;
    let params = serde_json::json!({ "behavior": "allow", "downloadPath": dir.display().to_string() });
    if b.cdp("Browser.setDownloadBehavior", params.clone()).await.is_err() {
        b.cdp("Page.setDownloadBehavior", params).await?;
    }
    Ok(())
}

crate::e2e!(the_check_page_reports_the_corpus_as_the_command_line_does, DESKTOP, core);
pub async fn the_check_page_reports_the_corpus_as_the_command_line_does(env: &Env, b: &Browser) -> TestResult {
    // Under the strict Content-Security-Policy the hosting guide documents.
    b.open("/csp/pruefen.html").await?;
    b.wait_by_role("heading", "Dateien prüfen, ohne etwas zu installieren").await?;
    let corpus = root().join("tests/checker");
    let files: Vec<PathBuf> = ["config.json", "fehler.geojson", "doppelt.geojson", "syntaxfehler.geojson"]
        .iter()
        .map(|f| corpus.join(f))
        .collect();
    pick(b, &files).await?;
    b.wait_until("the report", || async move { Ok(status(b).await?.contains("Fehler,")) }).await?;
    // The command line on the same files, in JSON.
    let out = cli(&["check", "tests/checker/config.json", "tests/checker/syntaxfehler.geojson", "--format", "json"])?;
    let expected: serde_json::Value = serde_json::from_slice(&out)?;
    let expected = expected["problems"].as_array().cloned().unwrap_or_default();
    let listed = problems(b).await?;
    ensure!(
        listed.len() == expected.len(),
        "{} problems listed, the command line has {}: {listed:#?}",
        listed.len(),
        expected.len()
    );
    for (p, item) in expected.iter().zip(&listed) {
        let file = p["file"].as_str().unwrap_or_default().rsplit('/').next().unwrap_or_default().to_string();
        let place = format!("{file}, Zeile {}, Spalte {}", p["line"], p["column"]);
        let message = p["message"].as_str().unwrap_or_default().replace("tests/checker/", "");
        ensure!(item.contains(&place), "in order, at {place}: {item}");
        ensure!(item.contains(&message), "the command line's message {message:?}: {item}");
        ensure!(item.starts_with(if p["severity"] == "error" { "Fehler" } else { "Warnung" }), "severity: {item}");
    }
    // The excerpt with a marker under the column.
    let syntax = listed.iter().find(|i| i.contains("syntaxfehler.geojson")).cloned().unwrap_or_default();
    ensure!(syntax.lines().any(|l| l.trim_end().ends_with('^')), "a marker under the column: {syntax}");
    let errors = expected.iter().filter(|p| p["severity"] == "error").count();
    ensure!(status(b).await?.starts_with(&format!("{errors} Fehler")), "counted: {}", status(b).await?);
    // A problem shown on the preview: the widget itself, on the picked files (17 places: the
    // three with a wrong postcode are shown, the checker names them).
    // (The corpus has a place in the Indian Ocean, swapped coordinates: the preview's view spans
    // it, as the published map would. The problem's button goes to the place itself.)
    b.wait_until("the preview", || async move {
        Ok(b.js(
            "const m = document.querySelector('.ck-preview .bk-map'); return m ? m.getAttribute('aria-label') : ''",
        )
        .await?
        .as_str()
        .is_some_and(|l| l.contains("17 Orten")))
    })
    .await?;
    let item =
        b.c.find(Locator::XPath("//ol[@class='ck-problems']/li[contains(., 'javascript:alert(1)')]//button")).await?;
    item.click().await?;
    b.wait_until("the place in the preview", || async move {
        Ok(b.js(
            r#"const d = document.querySelector(".ck-preview [id$='details-title']"); return d ? d.textContent : ''"#,
        )
        .await?
        .as_str()
        .is_some_and(|t| t.contains("Webseite")))
    })
    .await?;
    // Nothing uploaded: the server saw only reading requests, none for the picked files' names
    // outside the site, and no CSP violation.
    let log = env.server.log.lock().unwrap().clone();
    ensure!(!log.iter().any(|l| l.starts_with('!')), "a request that sends something: {log:?}");
    ensure!(!log.iter().any(|l| l.starts_with("/csp-report")), "CSP violations: {log:?}");
    ensure!(
        !log.iter().any(|l| l.contains("fehler.geojson") || l.contains("doppelt.geojson")),
        "picked files asked of the server: {log:?}"
    );
    crate::a11y::axe(b, "the check page with its report").await?;
    // English on request.
    // The page's own switch (the preview widget has one too).
    b.c.find(Locator::Css(".ck-lang")).await?.click().await?;
    b.wait_until("English", || async move { Ok(status(b).await?.contains("errors")) }).await?;
    ensure!(problems(b).await?.iter().any(|p| p.contains("line ")), "problems in English");
    Ok(())
}

crate::e2e!(the_check_page_repairs_and_converts_as_the_command_line_does, DESKTOP);
pub async fn the_check_page_repairs_and_converts_as_the_command_line_does(_env: &Env, b: &Browser) -> TestResult {
    let dir = scratch_dir().join(format!("downloads-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    b.open("/pruefen.html").await?;
    b.wait_by_role("heading", "Dateien prüfen, ohne etwas zu installieren").await?;
    allow_downloads(b, &dir).await?;
    // A file with swapped coordinates and untidy text, and a spreadsheet.
    let work = scratch_dir().join(format!("check-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;
    let geojson = work.join("orte.geojson");
    std::fs::write(
        &geojson,
        r#"{"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[53.36,10.2]},"properties":{"id":" a ","name":"Straße am Markt","category":"schule","phone":"04171   123"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[9.9,53.3]},"properties":{"id":"b","name":"Öffentliche Stelle","category":"schule"}}]}"#,
    )?;
    let table = work.join("tabelle.csv");
    std::fs::write(
        &table,
        "Name;Kategorie;Längengrad;Breitengrad;Angebote\nBäckerei Muster;betrieb;9,88;53,33;Bäcker:in (2027)\n",
    )?;
    pick(b, &[geojson.clone(), table.clone()]).await?;
    b.wait_until("the report", || async move { Ok(!status(b).await?.is_empty() && !status(b).await?.contains("…")) })
        .await?;
    // The repaired file: what `check --fix` writes.
    press(b, "Reparierte Fassung von orte.geojson").await?;
    let fixed = downloaded(b, &dir, "orte.geojson").await?;
    let copy = work.join("fix").join("orte.geojson");
    std::fs::create_dir_all(copy.parent().unwrap())?;
    std::fs::copy(&geojson, &copy)?;
    cli(&["check", &copy.display().to_string(), "--fix"])?;
    ensure!(
        fixed == std::fs::read(&copy)?,
        "the page's repair differs from --fix:\n{}",
        String::from_utf8_lossy(&fixed)
    );
    // As a table, in UTF-8 and in Windows-1252: what `export` writes.
    press(b, "Als Tabelle: orte.csv").await?;
    let utf8 = downloaded(b, &dir, "orte.csv").await?;
    ensure!(utf8 == cli(&["export", &geojson.display().to_string()])?, "UTF-8 table differs from export");
    std::fs::remove_file(dir.join("orte.csv"))?;
    b.by_role("combobox", "Zeichensatz für Tabellen (CSV)").await?.select_by_value("windows-1252").await?;
    press(b, "Als Tabelle: orte.csv").await?;
    let ansi = downloaded(b, &dir, "orte.csv").await?;
    let expected = cli(&["export", &geojson.display().to_string(), "--encoding", "windows-1252"])?;
    ensure!(ansi == expected, "Windows-1252 table differs from export --encoding windows-1252");
    ensure!(ansi.windows(6).any(|w| w == b"Stra\xdfe"), "ß as Windows-1252");
    // The spreadsheet as GeoJSON: what `import` writes.
    press(b, "Als GeoJSON: tabelle.geojson").await?;
    let converted = downloaded(b, &dir, "tabelle.geojson").await?;
    ensure!(converted == cli(&["import", &table.display().to_string()])?, "the conversion differs from import");
    // The JSON Schema.
    press(b, "JSON Schema").await?;
    let schema = downloaded(b, &dir, "schema.json").await?;
    let mut expected = cli(&["schema"])?;
    if expected.last() == Some(&b'\n') {
        expected.pop();
    }
    ensure!(
        schema == expected,
        "the schema differs from `schema`: {} bytes downloaded, {} expected",
        schema.len(),
        expected.len()
    );
    Ok(())
}

crate::e2e!(the_check_page_works_offline_once_loaded, DESKTOP);
pub async fn the_check_page_works_offline_once_loaded(_env: &Env, b: &Browser) -> TestResult {
    b.open("/pruefen.html").await?;
    b.c.wait().for_element(Locator::Css("input[type=file]")).await?;
    // The network goes: the check (its worker cannot load now) runs in the page itself.
    b.cdp("Network.enable", serde_json::json!({})).await?;
    let offline =
        serde_json::json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 });
    b.cdp("Network.emulateNetworkConditions", offline).await?;
    pick(b, &[root().join("tests/checker/fehler.geojson")]).await?;
    b.wait_until("the report offline", || async move { Ok(status(b).await?.contains("Fehler,")) }).await?;
    let listed = problems(b).await?;
    ensure!(listed.iter().any(|p| p.contains("fehler.geojson, Zeile 8, Spalte 163")), "problems offline: {listed:#?}");
    let online =
        serde_json::json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 });
    b.cdp("Network.emulateNetworkConditions", online).await?;
    Ok(())
}
