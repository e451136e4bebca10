//! Failing servers: a file that hangs, stays silent, is cut off, is HTML, or fails once or twice.
//! The fixtures (`tests/fixtures/slow/`) serve the sample data through `/faulty/<fault>/…` of the
//! test server, with a 2 s timeout. These tests read the editors' notices (`notices=all`), which
//! name each file's reason; `tests/e2e/notices.rs` reads what visitors are told.

use crate::support::*;

async fn busy(b: &Browser) -> AnyResult<bool> {
    Ok(b.js("return document.querySelector('.bk-map').getAttribute('aria-busy') === 'true'").await? == true)
}

crate::e2e!(a_hanging_or_silent_file_does_not_hold_up_the_others, DESKTOP);
pub async fn a_hanging_or_silent_file_does_not_hold_up_the_others(env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/slow/hang.json&notices=all").await?;
    // The training firms arrive at once; schools hang after 200 bytes, counselling never answers.
    b.wait_until("the firms' markers", || async { Ok(b.markers().await?.len() >= 40) }).await?;
    ensure!(busy(b).await?, "the firms were shown while the other two files were still on their way");
    ensure!(b.alerts().await?.is_empty(), "no notice before the timeout: {:?}", b.alerts().await?);
    // Named at the first time-out (2 s), while each is tried once more (until about 5.5 s), not
    // after the second.
    b.wait_until("the first notices", || async { Ok(b.alerts().await?.len() >= 2) }).await?;
    let state = b
        .js("return [document.querySelector('.bk-map').getAttribute('aria-busy'), \
             ...[...document.querySelectorAll('.bk-notice-retry')].map(x => x.textContent.trim() + ' ' + x.getAttribute('aria-disabled'))]")
        .await?;
    ensure!(
        state == serde_json::json!(["true", "Wird erneut geladen … true", "Wird erneut geladen … true"]),
        "named while still being tried again, each notice busy: {state}"
    );
    b.wait_loaded().await?;
    let said = b.alerts().await?;
    for file in ["schulen.geojson", "beratung.geojson"] {
        ensure!(
            said.iter().any(|a| a.contains(file) && a.contains("nicht rechtzeitig") && a.contains("Erneut versuchen")),
            "a notice names {file}, says it did not arrive in time and offers to try again: {said:#?}"
        );
    }
    // Each stalled file was asked for twice (the automatic retry), the good one once.
    let asked = |path: &str| env.server.count(&format!("/faulty/{path}"));
    ensure!(
        (
            asked("hang/a/data/schulen.geojson"),
            asked("silent/a/data/beratung.geojson"),
            asked("ok/a/data/betriebe.geojson")
        ) == (2, 2, 1),
        "{:?}",
        env.server.requests_matching("/faulty")
    );
    let places = b.status().await?;
    ensure!(places.starts_with("52 "), "the firms stay: {places}");
    b.screenshot(env, "faults-hang.png").await?;
    // Trying again: the button says it is at work and stays focusable (aria-disabled, not
    // disabled) until the files have failed again (2 × 2 s + 1.5 s).
    b.all_by_role("button", |n| n == "Erneut versuchen").await?[0].click().await?;
    // Read in one script: the whole busy spell lasts only a few seconds.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let seen = loop {
        let seen = b
            .js("const bs = [...document.querySelectorAll('.bk-notice-retry')]; \
                 return bs.filter(x => x.textContent.trim() === 'Wird erneut geladen …') \
                   .map(x => [x.getAttribute('aria-disabled'), x === document.activeElement, x.disabled])")
            .await?;
        if seen.as_array().is_some_and(|a| !a.is_empty()) {
            break seen;
        }
        ensure!(std::time::Instant::now() < deadline, "no busy label after pressing the button");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let busy = seen.as_array().cloned().unwrap_or_default();
    ensure!(
        busy.iter().all(|b| b[0] == "true" && b[2] == false),
        "busy buttons are aria-disabled, not disabled: {seen}"
    );
    ensure!(busy.iter().any(|b| b[1] == true), "focus stays on the pressed button while it works: {seen}");
    b.wait_loaded().await?;
    ensure!(b.all_by_role("button", |n| n == "Erneut versuchen").await?.len() == 2, "both offers are back");
    Ok(())
}

crate::e2e!(try_again_fetches_only_what_failed_and_keeps_the_visitors_state, DESKTOP);
pub async fn try_again_fetches_only_what_failed_and_keeps_the_visitors_state(env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/slow/retry.json&notices=all").await?;
    b.wait_loaded().await?;
    let said = b.alerts().await?;
    ensure!(
        said.iter().any(|a| a.contains("schulen.geojson") && a.contains("503")),
        "the schools' file failed twice (503) and is named: {said:#?}"
    );
    // The visitor searches and opens a place before trying again.
    b.search("Winsen").await?;
    b.wait_until("the search to apply", || async { Ok(!b.status().await?.starts_with("5")) }).await?;
    let before = b.status().await?;
    let mut firm = None;
    for item in b.c.find_all(fantoccini::Locator::Css(".bk-result-name")).await? {
        if item.text().await?.starts_with("Musterbetrieb") {
            firm = Some(item);
            break;
        }
    }
    let Some(firm) = firm else { return fail("a firm in Winsen in the list") };
    let firm_name = firm.text().await?;
    firm.click().await?;
    ensure!(b.wait_by_role("heading", &firm_name).await.is_ok(), "the details of {firm_name} opened");
    // The page URL follows the view a moment later (the list zoomed in to the firm).
    b.wait_until("the URL to follow the view", || async {
        Ok(b.url_param("z").await?.and_then(|z| z.parse::<f64>().ok()).is_some_and(|z| z >= 13.0))
    })
    .await?;
    let view = b.url_param("at").await?;

    b.by_role("button", "Erneut versuchen").await?.click().await?;
    b.wait_until("the schools to arrive", || async { Ok(b.alerts().await?.is_empty()) }).await?;
    b.wait_loaded().await?;
    let after = b.status().await?;
    ensure!(after != before, "the schools in Winsen joined the result: {before} → {after}");
    ensure!(b.search_box().await?.prop("value").await?.as_deref() == Some("Winsen"), "the search text stayed");
    ensure!(b.by_role("heading", &firm_name).await.is_ok(), "the open place stayed open: {firm_name}");
    // Any change of view reaches the URL within 400 ms; twice that is enough to see one.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let view_after = b.url_param("at").await?;
    ensure!(view == view_after, "the view did not move: {view:?} → {view_after:?}");
    // The button went with its notice; focus went on to the search field, not to the page's top.
    ensure!(
        b.active_element_name().await?.starts_with("Suche"),
        "focus after trying again: {}",
        b.active_element_name().await?
    );
    // Only the failed file was asked for again: twice failing, once now.
    ensure!(
        env.server.count("/faulty/twice/b/data/schulen.geojson") == 3,
        "the schools: twice failing, once now: {:?}",
        env.server.requests_matching("/faulty")
    );
    ensure!(env.server.count("/fixtures/slow/retry.json") == 1, "the config was not fetched again");
    let mut schools = 0;
    for m in b.markers().await? {
        schools += b.name(&m).await?.starts_with("Berufsbildende Schulen Winsen") as usize;
    }
    ensure!(schools == 1, "the school's marker once, not doubled: {schools}");
    b.screenshot(env, "faults-retry.png").await?;
    Ok(())
}

crate::e2e!(cut_connections_and_html_are_named_and_a_passing_503_heals, DESKTOP);
pub async fn cut_connections_and_html_are_named_and_a_passing_503_heals(env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/slow/cut.json&notices=all").await?;
    b.wait_loaded().await?;
    let said = b.alerts().await?;
    ensure!(
        said.iter().any(|a| a.contains("schulen.geojson") && a.contains("Verbindung")),
        "a cut connection is named: {said:#?}"
    );
    ensure!(
        said.iter().any(|a| {
            a.contains("betriebe.geojson")
                && a.contains("Webseite (HTML) statt Daten")
                && !a.contains("Erneut versuchen")
        }),
        "HTML instead of GeoJSON is named, with no offer to try again: {said:#?}"
    );
    ensure!(!said.iter().any(|a| a.contains("beratung.geojson")), "the 503 healed by itself: {said:#?}");
    ensure!(
        env.server.count("/faulty/once/c/data/beratung.geojson") == 2,
        "a 503 is asked again once: {:?}",
        env.server.requests_matching("/faulty")
    );
    // Six counselling points and the two offers without a fixed place.
    ensure!(b.status().await?.starts_with("8 "), "the counselling points are there: {}", b.status().await?);
    // Closing a notice takes it away for good and hands focus on to the search field.
    b.all_by_role("button", |n| n == "Hinweis schließen").await?[0].click().await?;
    b.wait_until("the notice to go", || async { Ok(b.alerts().await?.len() == said.len() - 1) }).await?;
    ensure!(
        b.active_element_name().await?.starts_with("Suche"),
        "focus after closing: {}",
        b.active_element_name().await?
    );
    Ok(())
}

crate::e2e!(a_config_that_fails_is_named_and_can_be_tried_again, DESKTOP);
/// The config (and, behind it, every file) answers 503 twice: each is named, and "Erneut
/// versuchen" brings first the config, then the files.
pub async fn a_config_that_fails_is_named_and_can_be_tried_again(env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=/faulty/twice/d/config.json&notices=all").await?;
    b.wait_loaded().await?;
    let said = b.alerts().await?;
    ensure!(
        said.len() == 1
            && said[0].contains("config.json")
            && said[0].contains("Fehler 503")
            && said[0].contains("Erneut versuchen"),
        "the config's failure is named with an offer to try again: {said:#?}"
    );
    ensure!(b.markers().await?.is_empty(), "no places without a config");
    b.by_role("button", "Erneut versuchen").await?.click().await?;
    // The config arrives; its files fail twice in their turn and are named.
    b.wait_until("the files' notices", || async {
        Ok(b.alerts().await?.iter().any(|a| a.contains("schulen.geojson")))
    })
    .await?;
    b.wait_loaded().await?;
    let said = b.alerts().await?;
    ensure!(!said.iter().any(|a| a.contains("config.json")), "the config's notice went: {said:#?}");
    b.all_by_role("button", |n| n == "Erneut versuchen").await?[0].click().await?;
    b.wait_until("every place", || async { Ok(b.markers().await?.len() >= 60 && b.alerts().await?.is_empty()) })
        .await?;
    ensure!(env.server.count("/faulty/twice/d/config.json") == 3, "config: twice failing, once now");
    Ok(())
}

crate::e2e!(a_malformed_config_is_named_without_a_retry, DESKTOP);
pub async fn a_malformed_config_is_named_without_a_retry(_env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/slow/broken-config.json&notices=all").await?;
    b.wait_loaded().await?;
    let said = b.alerts().await?;
    ensure!(
        said.iter().any(|a| a.contains("broken-config.json") && a.contains("Zeile 6")),
        "the config's syntax error is named with its line: {said:#?}"
    );
    ensure!(!said.iter().any(|a| a.contains("Erneut versuchen")), "asking again cannot fix a broken config");
    Ok(())
}

crate::e2e!(a_byte_order_mark_and_a_huge_text_field_are_read, DESKTOP);
pub async fn a_byte_order_mark_and_a_huge_text_field_are_read(env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/slow/bom.json").await?;
    b.wait_loaded().await?;
    ensure!(b.alerts().await?.is_empty(), "a file starting with a byte order mark reads: {:?}", b.alerts().await?);
    ensure!(b.status().await?.starts_with("4 "), "the four schools: {}", b.status().await?);

    // One place whose description is a megabyte of text (a paste gone wrong): the map loads and
    // the details open.
    let dir = scratch_dir().join("huge-field");
    std::fs::create_dir_all(&dir)?;
    let long = "Sehr lange Beschreibung. ".repeat(40_000);
    let place = serde_json::json!({"type": "FeatureCollection", "features": [{"type": "Feature",
        "geometry": {"type": "Point", "coordinates": [10.0, 53.35]},
        "properties": {"id": "gross", "name": "Ort mit langer Beschreibung", "category": "schule", "description": long}}]});
    std::fs::write(dir.join("places.geojson"), place.to_string())?;
    let mut config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.dist().join("config.json"))?)?;
    config["sources"] = serde_json::json!(["places.geojson"]);
    config["base"] = serde_json::json!({});
    std::fs::write(dir.join("config.json"), config.to_string())?;
    b.open("/?config=scratch/huge-field/config.json").await?;
    b.wait_loaded().await?;
    let item = b.c.find(fantoccini::Locator::Css(".bk-result-name")).await?;
    item.click().await?;
    ensure!(b.wait_by_role("heading", "Ort mit langer Beschreibung").await.is_ok(), "the details open");
    let shown = b.js("return document.querySelector('.bk-details-body').innerText.length").await?;
    ensure!(shown.as_u64().unwrap_or(0) > 900_000, "the whole text is there: {shown}");
    Ok(())
}

crate::e2e!(offline_after_loading_search_filters_zoom_and_details_work, DESKTOP);
pub async fn offline_after_loading_search_filters_zoom_and_details_work(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    b.cdp("Network.enable", serde_json::json!({})).await?;
    b.cdp(
        "Network.emulateNetworkConditions",
        serde_json::json!({"offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}),
    )
    .await?;
    ensure!(b.js("return navigator.onLine").await? == false, "the browser is offline now");
    let everything = b.status().await?;
    b.search("Winsen").await?;
    b.wait_until("the search to apply", || async { Ok(b.status().await? != everything) }).await?;
    let found = b.status().await?;
    b.by_role("checkbox", "Ausbildungsbetriebe").await?.click().await?;
    b.wait_until("the filter to apply", || async { Ok(b.status().await? != found) }).await?;
    let zoom = b.url_param("z").await?;
    ensure!(zoom.is_some(), "the page URL carries the zoom");
    b.by_role("button", "Vergrößern").await?.click().await?;
    b.wait_until("the zoom to change", || async { Ok(b.url_param("z").await? != zoom) }).await?;
    let item = b.c.find(fantoccini::Locator::Css(".bk-result-name")).await?;
    let name = item.text().await?;
    item.click().await?;
    ensure!(b.wait_by_role("heading", &name).await.is_ok(), "the details of {name} open offline");
    ensure!(b.alerts().await?.is_empty(), "no notice: nothing needed the network");
    Ok(())
}
