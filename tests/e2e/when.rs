//! When: "open now" by the opening hours, in the district's time and holidays, with a fixed clock;
//! links out to BERUFENET and the Anerkennungs-Finder.

use crate::support::{Browser, Env, TestResult, ensure};
use fantoccini::Locator;
use serde_json::json;

/// The page's clock stands at `utc_ms` and the device is in New York: the map must still think in
/// Berlin time.
async fn clock(b: &Browser, utc_ms: u64) -> TestResult {
    b.cdp("Page.enable", json!({})).await?;
    let source = format!("Date.now = () => {utc_ms};");
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": source })).await?;
    b.cdp("Emulation.setTimezoneOverride", json!({ "timezoneId": "America/New_York" })).await?;
    Ok(())
}

/// The "Jetzt" row of a place's details, opened by a link.
async fn now_row(b: &Browser, place: &str) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    b.open(&format!("/?place={place}")).await?;
    b.wait_loaded().await?;
    b.c.wait().for_element(Locator::Css("[role=dialog] .bk-open-status")).await?;
    let row = b.js("const s = document.querySelector('[role=dialog] .bk-open-status').parentElement; return s.textContent.trim()").await?;
    Ok(row.as_str().unwrap_or("").to_string())
}

async fn list_len(b: &Browser) -> Result<usize, Box<dyn std::error::Error + Send + Sync>> {
    Ok(b.js("return document.querySelectorAll('.bk-result').length").await?.as_u64().unwrap_or(0) as usize)
}

crate::e2e!(open_now_on_a_weekday_morning_in_berlin_time, DESKTOP);
pub async fn open_now_on_a_weekday_morning_in_berlin_time(_env: &Env, b: &Browser) -> TestResult {
    // Tuesday 2026-12-01, 10:00 in Berlin (04:00 in New York).
    clock(b, 1_796_115_600_000).await?;
    let row = now_row(b, "musterbetrieb-001").await?;
    ensure!(row == "geöffnet, bis 16:00 Uhr", "Mo-Fr 08:00-16:00 at 10:00: {row}");
    let row = now_row(b, "musterbetrieb-005").await?;
    ensure!(row == "geöffnet, bis 16:30 Uhr", "Mo-Th 07:30-16:30: {row}");
    let row = now_row(b, "bbs-winsen").await?;
    ensure!(row == "Öffnungszeiten unbekannt", "a place without hours: {row}");
    // The filter: the 13 sample firms with hours are all open; the others drop out of map and list.
    b.press(crate::support::ESCAPE).await?;
    b.by_role("checkbox", "Nur jetzt geöffnete Orte").await?.click().await?;
    b.wait_until("13 open places", || async move { Ok(list_len(b).await? == 13) }).await?;
    ensure!(b.status().await?.contains("13 Orte"), "status counts them: {}", b.status().await?);
    Ok(())
}

crate::e2e!(open_now_on_a_sunday_an_evening_and_a_holiday, DESKTOP);
pub async fn open_now_on_a_sunday_an_evening_and_a_holiday(_env: &Env, b: &Browser) -> TestResult {
    // Sunday 2026-11-29, 11:00 in Berlin.
    clock(b, 1_795_946_400_000).await?;
    let row = now_row(b, "musterbetrieb-001").await?;
    ensure!(row == "geschlossen, öffnet morgen um 08:00 Uhr", "Sunday: {row}");
    b.press(crate::support::ESCAPE).await?;
    b.by_role("checkbox", "Nur jetzt geöffnete Orte").await?.click().await?;
    b.wait_until("nothing open", || async move { Ok(list_len(b).await? == 0) }).await?;
    ensure!(b.markers().await?.is_empty(), "no marker on a Sunday");
    Ok(())
}

crate::e2e!(open_now_on_reformationstag_and_a_weekday_evening, DESKTOP);
pub async fn open_now_on_reformationstag_and_a_weekday_evening(_env: &Env, b: &Browser) -> TestResult {
    // Friday 2025-10-31, 10:00: Reformationstag, a holiday in Lower Saxony.
    clock(b, 1_761_901_200_000).await?;
    let row = now_row(b, "musterbetrieb-001").await?;
    ensure!(row.starts_with("geschlossen, öffnet Mo 08:00 Uhr"), "holiday: {row}");
    ensure!(row.contains("Heute ist Reformationstag."), "says why: {row}");
    let row = now_row(b, "musterbetrieb-009").await?;
    ensure!(row.starts_with("geschlossen, öffnet morgen um 09:00 Uhr"), "open on Saturdays: {row}");
    Ok(())
}

crate::e2e!(open_now_on_a_weekday_evening_and_links_out, DESKTOP);
pub async fn open_now_on_a_weekday_evening_and_links_out(_env: &Env, b: &Browser) -> TestResult {
    // Tuesday 2026-12-01, 18:00 in Berlin.
    clock(b, 1_796_144_400_000).await?;
    let row = now_row(b, "musterbetrieb-009").await?;
    ensure!(row == "geschlossen, öffnet morgen um 08:00 Uhr", "evening: {row}");
    // Each offer links to BERUFENET's search for it, opened only on click.
    let links = b.js("return [...document.querySelectorAll('[role=dialog] .bk-list a')].map(a => a.href)").await?;
    let links: Vec<String> = links.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    ensure!(!links.is_empty(), "the offers are links");
    ensure!(
        links.iter().all(|l| l.starts_with("https://web.arbeitsagentur.de/berufenet/suche?suchwoerter=")),
        "to BERUFENET: {links:?}"
    );
    let first = b.c.find(Locator::Css("[role=dialog] .bk-list a")).await?;
    let name = b.name(&first).await?;
    ensure!(name.contains("BERUFENET") && name.contains("neuem Tab"), "says where it leads: {name}");
    // A place for newcomers links to the Anerkennungs-Finder.
    b.open("/?place=migrationsberatung-diakonie").await?;
    b.wait_loaded().await?;
    let finder = b.c.wait().for_element(Locator::Css("[role=dialog] a[href*='anerkennung-in-deutschland.de']")).await?;
    ensure!(b.name(&finder).await?.starts_with("Anerkennungs-Finder"), "named");
    Ok(())
}
