//! Privacy by default: nothing leaves the page's origin before consent, nothing is stored, and the
//! build runs under a strict Content-Security-Policy.

use crate::support::{Browser, Env, TestResult, ensure};
use fantoccini::Locator;
use serde_json::Value;
use std::collections::BTreeSet;

/// Origins of every resource the page has fetched so far (Resource Timing, failed ones included).
async fn origins(b: &Browser) -> Result<BTreeSet<String>, Box<dyn std::error::Error + Send + Sync>> {
    let v = b
        .js("return performance.getEntries().filter(e => e.name.startsWith('http')).map(e => new URL(e.name).origin)")
        .await?;
    Ok(v.as_array().unwrap().iter().map(|o| o.as_str().unwrap().to_string()).collect())
}

crate::e2e!(nothing_leaves_the_origin_before_consent, DESKTOP);
pub async fn nothing_leaves_the_origin_before_consent(env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/consent/config.json").await?;
    b.wait_loaded().await?;
    // A full session before consent: open places, zoom, pan, hide a category.
    let markers = b.markers().await?;
    markers[3].click().await?;
    b.wait_until("the panel", || async move { Ok(!b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty()) })
        .await?;
    b.by_role("button", "Schließen").await?.click().await?;
    b.by_role("button", "Vergrößern").await?.click().await?;
    b.by_role("checkbox", "Betriebe").await?.click().await?;
    ensure!(b.c.find_all(Locator::Css(".bk-outline path")).await?.len() == 1, "the outline is drawn before consent");
    let before = origins(b).await?;
    ensure!(before == BTreeSet::from([env.server.base.clone()]), "requests before consent went to {before:?}");
    ensure!(env.tiles.requests_matching("/").is_empty(), "the tile host was contacted before consent");
    let note = b.c.find(Locator::Css(".bk-consent")).await?.text().await?;
    ensure!(
        note.contains("Testkacheln GmbH") && note.contains("Datenschutzerklärung"),
        "the note names the provider: {note}"
    );
    let privacy = b.all_by_role("link", |n| n.starts_with("Datenschutzerklärung")).await?;
    ensure!(
        privacy.len() == 1 && privacy[0].attr("href").await?.as_deref() == Some("https://example.org/datenschutz"),
        "privacy link"
    );

    b.by_role("button", "Hintergrundkarte laden").await?.click().await?;
    b.wait_until("tiles from the tile host", || async move {
        Ok(b.js("return [...document.querySelectorAll('.bk-tile')].some(i=>i.complete && i.naturalWidth>0)").await?
            == Value::Bool(true))
    })
    .await?;
    let after = origins(b).await?;
    ensure!(after == BTreeSet::from([env.server.base.clone(), env.tiles.base.clone()]), "after consent: {after:?}");
    ensure!(
        b.c.find_all(Locator::Css(".bk-consent")).await?.is_empty(),
        "the consent box is gone once the map is loaded"
    );
    // The background map can be switched off again (and on), a toggle button on the map.
    let toggle = b.by_role("button", "Hintergrundkarte").await?;
    ensure!(toggle.attr("aria-pressed").await?.as_deref() == Some("true"), "the toggle shows the map is on");
    toggle.click().await?;
    b.wait_until("the tiles to go", || async move { Ok(b.c.find_all(Locator::Css(".bk-tile")).await?.is_empty()) })
        .await?;
    ensure!(toggle.attr("aria-pressed").await?.as_deref() == Some("false"), "the toggle shows the map is off");
    ensure!(b.c.find_all(Locator::Css(".bk-district path")).await?.len() == 1, "the base layer stays");
    toggle.click().await?;
    b.wait_until("the tiles back", || async move { Ok(!b.c.find_all(Locator::Css(".bk-tile")).await?.is_empty()) })
        .await?;

    // No cookies and no storage, at any point.
    let stored = b.js("return [document.cookie, localStorage.length, sessionStorage.length]").await?;
    ensure!(stored == serde_json::json!(["", 0, 0]), "cookies or storage used: {stored}");
    // The choice lasts for this page view only.
    b.c.refresh().await?;
    b.wait_loaded().await?;
    ensure!(b.by_role("button", "Hintergrundkarte laden").await.is_ok(), "consent is asked again after a reload");
    Ok(())
}

crate::e2e!(the_build_runs_under_a_strict_csp, DESKTOP);
pub async fn the_build_runs_under_a_strict_csp(env: &Env, b: &Browser) -> TestResult {
    b.open("/csp/?config=../fixtures/consent/config.json").await?;
    b.wait_loaded().await?;
    ensure!(b.markers().await?.len() >= 60, "the widget works under the CSP");
    let m = b.markers().await?.into_iter().nth(2).unwrap();
    m.click().await?;
    b.wait_until("the panel", || async move { Ok(!b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty()) })
        .await?;
    b.by_role("button", "Schließen").await?.click().await?;
    b.by_role("button", "Vergrößern").await?.click().await?;
    b.by_role("button", "Hintergrundkarte laden").await?.click().await?;
    b.wait_until("tiles", || async move {
        Ok(b.js("return [...document.querySelectorAll('.bk-tile')].some(i=>i.complete && i.naturalWidth>0)").await?
            == Value::Bool(true))
    })
    .await?;
    // Markers keep their positions: the styles set from code are allowed (CSSOM, not inline attributes).
    let placed = b
        .js("return [...document.querySelectorAll('.bk-marker')].every(m => m.style.transform.startsWith('translate'))")
        .await?;
    ensure!(placed == Value::Bool(true), "marker positions were blocked");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let reports = env.server.requests_matching("/csp-report ");
    ensure!(reports.is_empty(), "CSP violations: {reports:#?}");
    let refused: Vec<String> =
        b.console_errors().await?.into_iter().filter(|e| e.contains("Content Security Policy")).collect();
    ensure!(refused.is_empty(), "console: {refused:#?}");
    Ok(())
}
