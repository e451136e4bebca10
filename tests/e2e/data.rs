//! Other configs and faulty data: what the contract promises when input is bad.

use crate::support::{Browser, Env, TestResult, ensure};
use fantoccini::Locator;
use serde_json::Value;

crate::e2e!(broken_sources_raise_alerts_and_good_places_stay, DESKTOP);
pub async fn broken_sources_raise_alerts_and_good_places_stay(env: &Env, b: &Browser) -> TestResult {
    // The editors' notices: each file's reason, each skipped entry.
    b.open("/?config=fixtures/faulty/config.json&notices=all").await?;
    b.wait_loaded().await?;
    let alerts = b.alerts().await?;
    let has =
        |file: &str, words: &[&str]| alerts.iter().any(|a| a.contains(file) && words.iter().all(|w| a.contains(w)));
    ensure!(has("missing.geojson", &["404"]), "alert for the missing file: {alerts:#?}");
    ensure!(has("broken.geojson", &["JSON", "Zeile 4"]), "alert for the syntax error with its line: {alerts:#?}");
    ensure!(
        has("notfc.geojson", &["FeatureCollection"]),
        "alert for a file that is not a FeatureCollection: {alerts:#?}"
    );
    ensure!(
        has(
            "mixed.geojson",
            &["4 Einträge", "Pflichtfeld „id“ fehlt", "„Bäckerei Unbekannt“", "bakery", "LineString", "außerhalb"]
        ),
        "alert naming the skipped features: {alerts:#?}"
    );
    // Every good place, and only those, is on the map, with the fixture's own categories.
    let mut names = Vec::new();
    for m in b.markers().await? {
        names.push(b.name(&m).await?);
    }
    names.sort();
    let expected = [
        "<img src=x onerror=\"window.__xss=1\">Turnverein, Sportvereine",
        "Kita Am Deich, Kitas",
        "Kita Sonnenschein, Kitas",
        "Sportverein Blau-Weiß, Sportvereine",
        "Waldkita, Kitas",
        "مركز الاستشارة للمهاجرين, Kitas",
    ];
    ensure!(names == expected, "markers {names:#?}");
    ensure!(
        b.by_role("checkbox", "Kitas").await.is_ok() && b.by_role("checkbox", "Sportvereine").await.is_ok(),
        "legend from the fixture config"
    );
    b.screenshot(env, "faulty-data.png").await?;
    Ok(())
}

crate::e2e!(text_from_data_is_never_html_and_unsafe_urls_are_not_links, DESKTOP);
pub async fn text_from_data_is_never_html_and_unsafe_urls_are_not_links(_env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/faulty/config.json").await?;
    b.wait_loaded().await?;
    let name = "<img src=x onerror=\"window.__xss=1\">Turnverein";
    b.by_role("button", &format!("{name}, Sportvereine")).await?.click().await?;
    let dialog = b.wait_by_role("dialog", name).await?;
    ensure!(dialog.find(Locator::Css("h2")).await?.text().await? == name, "the name is shown literally");
    ensure!(dialog.text().await?.contains("<script>window.__xss=3</script>"), "the description is shown literally");
    ensure!(dialog.find_all(Locator::Css("img, script")).await?.is_empty(), "no element was made from data");
    for a in dialog.find_all(Locator::Css("a")).await? {
        let href = a.attr("href").await?.unwrap_or_default();
        ensure!(
            href.starts_with("https:")
                || href.starts_with("http:")
                || href.starts_with("mailto:")
                || href.starts_with("tel:"),
            "unsafe link {href}"
        );
    }
    ensure!(!dialog.text().await?.contains("javascript:"), "a javascript: website is not shown as a website");
    ensure!(b.js("return typeof window.__xss").await? == Value::String("undefined".into()), "no script from data ran");
    Ok(())
}

crate::e2e!(a_config_from_another_origin_is_refused, DESKTOP);
pub async fn a_config_from_another_origin_is_refused(_env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=http://example.org/config.json&notices=all").await?;
    b.wait_loaded().await?;
    let alerts = b.alerts().await?;
    ensure!(
        alerts.iter().any(|a| a.contains("example.org") && a.contains("nicht auf diesem Server")),
        "alert: {alerts:#?}"
    );
    ensure!(b.markers().await?.is_empty(), "no places from a foreign config");
    Ok(())
}

crate::e2e!(right_to_left_names_and_long_compounds_keep_the_layout, DESKTOP);
pub async fn right_to_left_names_and_long_compounds_keep_the_layout(_env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/faulty/config.json").await?;
    b.wait_loaded().await?;
    let name = "مركز الاستشارة للمهاجرين";
    b.by_role("button", &format!("{name}, Kitas")).await?.click().await?;
    let dialog = b.wait_by_role("dialog", name).await?;
    let h2 = dialog.find(Locator::Css("h2")).await?;
    ensure!(h2.css_value("direction").await? == "rtl", "the Arabic name is laid out right to left");
    let overflow =
        b.js("const d = document.querySelector('.bk-details-body'); return d.scrollWidth - d.clientWidth").await?;
    ensure!(overflow.as_f64() == Some(0.0), "a long compound word breaks instead of overflowing ({overflow} px)");
    let label_dir = b.js("return getComputedStyle(document.querySelector('.bk-row dt')).direction").await?;
    ensure!(label_dir == Value::String("ltr".into()), "the UI around it stays left to right");
    Ok(())
}

crate::e2e!(each_data_file_is_downloaded_once, DESKTOP);
/// The page's loader starts downloading the wasm, the config and its data files at once; the
/// widget must take those downloads over, not fetch any file a second time.
pub async fn each_data_file_is_downloaded_once(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    ensure!(!b.markers().await?.is_empty(), "the sample map shows markers");
    let names = b
        .js("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => /\\.((geo)?json|wasm)$/.test(p))")
        .await?;
    let names: Vec<String> = names.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    ensure!(names.iter().any(|n| n.ends_with("/config.json")), "the config was fetched: {names:?}");
    ensure!(names.iter().any(|n| n.ends_with(".wasm")), "the wasm was fetched: {names:?}");
    ensure!(names.iter().filter(|n| n.ends_with(".geojson")).count() >= 2, "the sources were fetched: {names:?}");
    let mut seen = std::collections::BTreeSet::new();
    let twice: Vec<&String> = names.iter().filter(|n| !seen.insert(n.as_str())).collect();
    ensure!(twice.is_empty(), "downloaded more than once: {twice:?} (all: {names:?})");
    // And it really is the loader's download: it started before the wasm ran.
    let early = b
        .js("const c = performance.getEntriesByType('resource').find(e => e.name.endsWith('/config.json')); const s = performance.getEntriesByName('bk-start')[0]; return !!(c && s && c.startTime < s.startTime)")
        .await?;
    ensure!(early == Value::Bool(true), "the config download started only after the wasm was running");
    Ok(())
}
