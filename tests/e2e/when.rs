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

crate::e2e!(open_now_and_the_ways_of_contact_travel_in_the_link, DESKTOP);
pub async fn open_now_and_the_ways_of_contact_travel_in_the_link(_env: &Env, b: &Browser) -> TestResult {
    // Tuesday 2026-12-01, 10:00 in Berlin: the 13 sample firms with hours are open.
    clock(b, 1_796_115_600_000).await?;
    b.open("/?open=1").await?;
    b.wait_loaded().await?;
    b.wait_until("13 open places", || async move { Ok(list_len(b).await? == 13) }).await?;
    let open = b.by_role("checkbox", "Nur jetzt geöffnete Orte").await?;
    ensure!(open.prop("checked").await?.as_deref() == Some("true"), "the link's filter is ticked");
    let legend = b
        .js("return [...document.querySelectorAll('.bk-legend-count')].map(e => parseInt(e.textContent.replace(/[^0-9]/g, '') || '0')).reduce((a, b) => a + b, 0)")
        .await?;
    ensure!(legend.as_u64() == Some(13), "the legend counts the open places: {legend}");
    open.click().await?;
    b.wait_until("open gone from the URL", || async move { Ok(b.url_param("open").await?.is_none()) }).await?;
    // The ways of contact: a link with `mode=phone` shows the telephone offer alone.
    b.open("/?mode=phone").await?;
    b.wait_loaded().await?;
    b.wait_until("one place", || async move { Ok(list_len(b).await? == 1) }).await?;
    let phone = b.by_role("checkbox", "Telefon").await?;
    ensure!(phone.prop("checked").await?.as_deref() == Some("true"), "the link's way of contact is ticked");
    b.by_role("checkbox", "Video").await?.click().await?;
    b.wait_until("mode in the URL", || async move { Ok(b.url_param("mode").await?.as_deref() == Some("phone,video")) })
        .await?;
    ensure!(list_len(b).await? == 2, "phone or video: {}", list_len(b).await?);
    // Resetting the filters lets every place back, the ways of contact too.
    let all = b.markers().await?.len();
    b.by_role("button", "Alle Filter zurücksetzen").await?.click().await?;
    b.wait_until("mode gone", || async move { Ok(b.url_param("mode").await?.is_none()) }).await?;
    ensure!(list_len(b).await? > 2 && b.markers().await?.len() > all, "every place back");
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
    // An apprenticeship may say when it starts.
    b.open("/?place=musterbetrieb-002").await?;
    b.wait_loaded().await?;
    let first = b.c.wait().for_element(Locator::Css("[role=dialog] .bk-list a")).await?;
    let text = first.text().await?;
    ensure!(text.starts_with("Tischler:in, Ausbildungsbeginn 2027"), "the training year: {text}");
    // A place for newcomers links to the Anerkennungs-Finder.
    b.open("/?place=migrationsberatung-diakonie").await?;
    b.wait_loaded().await?;
    let finder = b.c.wait().for_element(Locator::Css("[role=dialog] a[href*='anerkennung-in-deutschland.de']")).await?;
    ensure!(b.name(&finder).await?.starts_with("Anerkennungs-Finder"), "named");
    Ok(())
}

/// Upcoming events in the sample data on `today` (YYYY-MM-DD), counted from the files.
fn upcoming(env: &Env, today: &str, kind: Option<&str>, month: Option<&str>) -> usize {
    let mut n = 0;
    for feature in env.sample_features() {
        for e in feature["properties"]["events"].as_array().cloned().unwrap_or_default() {
            let start = e["start"].as_str().unwrap();
            let last = e["end"].as_str().unwrap_or(start);
            if &last[..10] >= today
                && kind.is_none_or(|k| e["kind"].as_str() == Some(k))
                && month.is_none_or(|m| start.starts_with(m))
            {
                n += 1;
            }
        }
    }
    n
}

async fn dates_shown(b: &Browser) -> Result<Vec<String>, Box<dyn std::error::Error + Send + Sync>> {
    let v = b.js("return [...document.querySelectorAll('.bk-events-all .bk-event-when')].map(t => t.getAttribute('datetime'))").await?;
    Ok(v.as_array().unwrap().iter().map(|x| x.as_str().unwrap_or("").to_string()).collect())
}

crate::e2e!(dates_at_a_place_as_calendar_files_and_all_upcoming_dates, DESKTOP);
pub async fn dates_at_a_place_as_calendar_files_and_all_upcoming_dates(env: &Env, b: &Browser) -> TestResult {
    // Tuesday 2026-12-01, 10:00 in Berlin.
    clock(b, 1_796_115_600_000).await?;
    b.open("/?place=musterbetrieb-001").await?;
    b.wait_loaded().await?;
    let first = b.c.wait().for_element(Locator::Css("[role=dialog] .bk-event")).await?;
    let text = first.text().await?;
    ensure!(text.contains("Sa 16.01.2027, 10:00–14:00 Uhr"), "when: {text}");
    ensure!(text.contains("Tag der offenen Tür") && text.contains("Beispieltermin"), "what: {text}");
    // The calendar file is made in the page: a data: address, valid iCalendar.
    let link = first.find(Locator::Css("a[download]")).await?;
    ensure!(b.name(&link).await?.contains(".ics"), "the link says what it gives");
    let href = link.attr("href").await?.unwrap_or_default();
    ensure!(href.starts_with("data:text/calendar;charset=utf-8,"), "made in the browser: {href}");
    let ics = b.js(&format!("return decodeURIComponent({:?}.split(',').slice(1).join(','))", href)).await?;
    let ics = ics.as_str().unwrap_or("");
    ensure!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && ics.ends_with("END:VCALENDAR\r\n"), "{ics}");
    ensure!(ics.contains("\r\nDTSTART:20270116T090000Z\r\nDTEND:20270116T130000Z\r\n"), "in UTC: {ics}");
    ensure!(ics.contains("\r\nSUMMARY:Tag der offenen Tür (Beispieltermin)\r\n"), "{ics}");
    ensure!(ics.contains("\r\nDTSTAMP:20261201T090000Z\r\n"), "stamped now: {ics}");
    // All upcoming dates of the places shown, by date; filtered by kind, then by month.
    b.press(crate::support::ESCAPE).await?;
    let all = upcoming(env, "2026-12-01", None, None);
    b.wait_until("every upcoming date", || async move { Ok(dates_shown(b).await?.len() == all.min(30)) }).await?;
    let d = dates_shown(b).await?;
    ensure!(d.windows(2).all(|w| w[0] <= w[1]), "by date: {d:?}");
    b.by_role("combobox", "Art des Termins").await?.select_by_value("deadline").await?;
    let deadlines = upcoming(env, "2026-12-01", Some("deadline"), None);
    b.wait_until("the deadlines", || async move { Ok(dates_shown(b).await?.len() == deadlines) }).await?;
    b.by_role("combobox", "Art des Termins").await?.select_by_value("").await?;
    b.by_role("combobox", "Monat").await?.select_by_value("2027-02").await?;
    let february = upcoming(env, "2026-12-01", None, Some("2027-02"));
    b.wait_until("February", || async move { Ok(dates_shown(b).await?.len() == february) }).await?;
    ensure!(dates_shown(b).await?.iter().all(|d| d.starts_with("2027-02")), "only February");
    // The place's name opens it.
    let place = b.c.find(Locator::Css(".bk-events-all .bk-event-place button")).await?;
    place.click().await?;
    b.c.wait().for_element(Locator::Css("[role=dialog]")).await?;
    Ok(())
}

crate::e2e!(past_dates_drop_out_by_themselves, DESKTOP);
pub async fn past_dates_drop_out_by_themselves(env: &Env, b: &Browser) -> TestResult {
    // Monday 2027-03-01, 10:00 in Berlin: January and February are over.
    clock(b, 1_803_891_600_000).await?;
    b.open("/").await?;
    b.wait_loaded().await?;
    let left = upcoming(env, "2027-03-01", None, None);
    ensure!(left > 0 && left < upcoming(env, "2026-12-01", None, None), "the sample data has past and future dates");
    b.wait_until("only what is to come", || async move { Ok(dates_shown(b).await?.len() == left.min(30)) }).await?;
    ensure!(dates_shown(b).await?.iter().all(|d| d.as_str() >= "2027-03-01"), "nothing past");
    Ok(())
}

crate::e2e!(dates_in_the_standard_form_with_a_zone_are_shown_in_berlin_time, DESKTOP);
/// An editor's file with dates as other systems write them (RFC 3339 with `Z` or an offset) and
/// kinds with hyphens: shown in Berlin time, the kind in words, the calendar file in UTC.
pub async fn dates_in_the_standard_form_with_a_zone_are_shown_in_berlin_time(_env: &Env, b: &Browser) -> TestResult {
    // Tuesday 2026-12-01, 10:00 in Berlin.
    clock(b, 1_796_115_600_000).await?;
    let dir = crate::support::scratch_dir().join("zoned-dates");
    std::fs::create_dir_all(&dir)?;
    let config = json!({
        "title": "Testkarte: Termine in Standardform", "center": [10.0, 53.35], "zoom": 11,
        "basemap": {"url": "/tiles/zoned/{z}/{x}/{y}.png", "attribution": "© Test"},
        "categories": [{"id": "schule", "label": "Schulen", "color": "#1a5fb4"}],
        "sources": ["orte.geojson"]
    });
    let events = json!([
        {"title": "Infoabend", "start": "2027-01-20T17:00:00Z", "end": "2027-01-20T20:00:00+01:00", "kind": "info-evening"},
        {"title": "Sommerfest", "start": "2027-07-10T08:00:00.000Z", "kind": "Open-Day"},
        {"title": "Ganztägig", "start": "2027-02-01"}
    ]);
    let places = json!({"type": "FeatureCollection", "features": [{"type": "Feature",
        "geometry": {"type": "Point", "coordinates": [10.0, 53.35]},
        "properties": {"id": "zoned", "name": "Schule mit Terminen", "category": "schule", "events": events}}]});
    std::fs::write(dir.join("config.json"), config.to_string())?;
    std::fs::write(dir.join("orte.geojson"), places.to_string())?;
    b.open("/?config=scratch/zoned-dates/config.json&place=zoned").await?;
    b.wait_loaded().await?;
    b.c.wait().for_element(Locator::Css("[role=dialog] .bk-event")).await?;
    let shown = b.js("return [...document.querySelectorAll('[role=dialog] .bk-event')].map(e => e.textContent.replace(/\\s+/g, ' ').trim())").await?;
    let shown: Vec<String> = shown.as_array().unwrap().iter().map(|v| v.as_str().unwrap_or("").to_string()).collect();
    ensure!(shown.len() == 3, "every date is shown, none dropped: {shown:#?}");
    ensure!(shown[0].contains("Mi 20.01.2027, 18:00–20:00 Uhr") && shown[0].contains("Infoabend"), "{shown:#?}");
    ensure!(shown[1].contains("Mo 01.02.2027"), "{shown:#?}");
    ensure!(
        shown[2].contains("Sa 10.07.2027, 10:00 Uhr") && shown[2].contains("Tag der offenen Tür"),
        "summer time, and the kind in words: {shown:#?}"
    );
    ensure!(!shown.iter().any(|s| s.contains("Open-Day") || s.contains("info-evening")), "no raw kind: {shown:#?}");
    let href =
        b.js("return document.querySelector('[role=dialog] .bk-event a[download]').getAttribute('href')").await?;
    let ics = b
        .js(&format!("return decodeURIComponent({:?}.split(',').slice(1).join(','))", href.as_str().unwrap_or("")))
        .await?;
    ensure!(
        ics.as_str().unwrap_or("").contains("\r\nDTSTART:20270120T170000Z\r\nDTEND:20270120T190000Z\r\n"),
        "the calendar file keeps the moment: {ics}"
    );
    Ok(())
}
