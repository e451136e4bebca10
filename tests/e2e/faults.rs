//! Failing servers: a file that hangs, stays silent, is cut off, is HTML, or fails once or twice.
//! The fixtures (`tests/fixtures/slow/`) serve the sample data through `/faulty/<fault>/…` of the
//! test server, with a 2 s timeout.

use crate::support::*;

async fn alerts(b: &Browser) -> AnyResult<Vec<String>> {
    let mut out = Vec::new();
    for a in b.all_by_role("alert", |_| true).await? {
        out.push(a.text().await?);
    }
    Ok(out)
}

async fn busy(b: &Browser) -> AnyResult<bool> {
    Ok(b.js("return document.querySelector('.bk-map').getAttribute('aria-busy') === 'true'").await? == true)
}

async fn count(b: &Browser) -> AnyResult<String> {
    Ok(b.c.find(fantoccini::Locator::Css(".bk-status")).await?.text().await?)
}

async fn search(b: &Browser, text: &str) -> TestResult {
    let boxes = b.all_by_role("searchbox", |n| n.starts_with("Suche")).await?;
    let Some(input) = boxes.into_iter().next() else { return fail("no searchbox named Suche…") };
    input.send_keys(text).await?;
    Ok(())
}

crate::e2e!(a_hanging_or_silent_file_does_not_hold_up_the_others, DESKTOP);
pub async fn a_hanging_or_silent_file_does_not_hold_up_the_others(env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/slow/hang.json").await?;
    // The training firms arrive at once; schools hang after 200 bytes, counselling never answers.
    b.wait_until("the firms' markers", || async { Ok(b.markers().await?.len() >= 40) }).await?;
    ensure!(busy(b).await?, "the firms were shown while the other two files were still on their way");
    ensure!(alerts(b).await?.is_empty(), "no notice before the timeout: {:?}", alerts(b).await?);
    b.wait_loaded().await?;
    let said = alerts(b).await?;
    for file in ["schulen.geojson", "beratung.geojson"] {
        ensure!(
            said.iter().any(|a| a.contains(file) && a.contains("nicht rechtzeitig") && a.contains("Erneut versuchen")),
            "a notice names {file}, says it did not arrive in time and offers to try again: {said:#?}"
        );
    }
    // Each stalled file was asked for twice (the automatic retry), the good one once.
    ensure!(
        env.server.count("/faulty/hang/a/data/schulen.geojson") == 2,
        "{:?}",
        env.server.requests_matching("/faulty")
    );
    ensure!(env.server.count("/data/betriebe.geojson") >= 1, "the firms were fetched");
    let places = count(b).await?;
    ensure!(places.starts_with("52 "), "the firms stay: {places}");
    b.screenshot(env, "faults-hang.png").await?;
    Ok(())
}

crate::e2e!(try_again_fetches_only_what_failed_and_keeps_the_visitors_state, DESKTOP);
pub async fn try_again_fetches_only_what_failed_and_keeps_the_visitors_state(env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/slow/retry.json").await?;
    b.wait_loaded().await?;
    let said = alerts(b).await?;
    ensure!(
        said.iter().any(|a| a.contains("schulen.geojson") && a.contains("503")),
        "the schools' file failed twice (503) and is named: {said:#?}"
    );
    // The visitor searches and opens a place before trying again.
    search(b, "Winsen").await?;
    b.wait_until("the search to apply", || async { Ok(!count(b).await?.starts_with("5")) }).await?;
    let before = count(b).await?;
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
    // The page URL follows the view a moment later.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let view = b.js("return new URL(location.href).searchParams.get('center')").await?;

    b.by_role("button", "Erneut versuchen").await?.click().await?;
    b.wait_until("the schools to arrive", || async { Ok(alerts(b).await?.is_empty()) }).await?;
    b.wait_loaded().await?;
    let after = count(b).await?;
    ensure!(after != before, "the schools in Winsen joined the result: {before} → {after}");
    let boxes = b.all_by_role("searchbox", |n| n.starts_with("Suche")).await?;
    ensure!(boxes[0].prop("value").await?.as_deref() == Some("Winsen"), "the search text stayed");
    ensure!(b.by_role("heading", &firm_name).await.is_ok(), "the open place stayed open: {firm_name}");
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let view_after = b.js("return new URL(location.href).searchParams.get('center')").await?;
    ensure!(view == view_after, "the view did not move: {view} → {view_after}");
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
    b.open("/?config=fixtures/slow/cut.json").await?;
    b.wait_loaded().await?;
    let said = alerts(b).await?;
    ensure!(
        said.iter().any(|a| a.contains("schulen.geojson") && a.contains("Verbindung")),
        "a cut connection is named: {said:#?}"
    );
    ensure!(
        said.iter().any(|a| a.contains("betriebe.geojson") && a.contains("JSON") && !a.contains("Erneut versuchen")),
        "HTML instead of GeoJSON is named, with no offer to try again: {said:#?}"
    );
    ensure!(!said.iter().any(|a| a.contains("beratung.geojson")), "the 503 healed by itself: {said:#?}");
    ensure!(
        env.server.count("/faulty/once/c/data/beratung.geojson") == 2,
        "a 503 is asked again once: {:?}",
        env.server.requests_matching("/faulty")
    );
    ensure!(count(b).await?.starts_with("6 "), "the six counselling points are there: {}", count(b).await?);
    Ok(())
}
