//! The first paint (src/first): the first markers come before the widget's code, look and sit as
//! the widget's will, and what a visitor does before the widget is there carries over to it: a
//! pressed marker opens its place, a zoom keeps its view, typed words stay searched. A widget that
//! does not arrive is said over the map and can be asked for again.

use crate::parts::hold;
use crate::support::*;
use fantoccini::Locator;

/// The widget's part (`split_app-…wasm`, the Leptos app), which the first paint fetches after its
/// first markers; the first part (`bildungskarte-…_bg.wasm`) is the first paint itself.
pub(crate) const WIDGET: &str = "/split_app-";

pub(crate) async fn first_markers(b: &Browser) -> TestResult {
    b.wait_until("the first paint's markers", || async {
        Ok(b.js("return document.querySelectorAll('.bk-first .bk-marker, .bk-first .bk-cluster').length > 0 && !!window.__bkAsked")
            .await?
            == true)
    })
    .await
}

/// Every marker and cluster: its name and where it sits from the map's centre (which a change of
/// the map's size keeps), in the order they are drawn.
const DRAWN: &str = "const root = document.querySelector(arguments[0]); const map = root.querySelector('.bk-map').getBoundingClientRect(); \
    const [cx, cy] = [map.left + map.width / 2, map.top + map.height / 2]; \
    return [...root.querySelectorAll('.bk-marker, .bk-cluster')].map(e => { const r = e.getBoundingClientRect(); \
    return [e.getAttribute('aria-label'), Math.round(r.left - cx), Math.round(r.top - cy)]; })";

pub(crate) async fn drawn(b: &Browser, root: &str) -> AnyResult<serde_json::Value> {
    Ok(b.c.execute(DRAWN, vec![serde_json::json!(root)]).await?)
}

crate::e2e!(the_first_markers_come_before_the_widget_and_sit_where_its_will, DESKTOP);
pub async fn the_first_markers_come_before_the_widget_and_sit_where_its_will(env: &Env, b: &Browser) -> TestResult {
    same_markers(env, b, "first-paint-1280.png").await
}

crate::e2e!(on_a_phone_the_first_clusters_sit_where_the_widgets_will, MOBILE);
pub async fn on_a_phone_the_first_clusters_sit_where_the_widgets_will(env: &Env, b: &Browser) -> TestResult {
    same_markers(env, b, "first-paint-390.png").await
}

async fn same_markers(env: &Env, b: &Browser, shot: &str) -> TestResult {
    hold(b, WIDGET, false).await?;
    b.open("/").await?;
    first_markers(b).await?;
    b.screenshot(env, shot).await?;
    let first = drawn(b, ".bk-first").await?;
    let n = first.as_array().map_or(0, Vec::len);
    ensure!(n >= 10, "the first paint draws the places: {first}");
    // Named as the widget names them, and the map says it is still busy.
    let names = b
        .js("return [...document.querySelectorAll('.bk-first .bk-marker')].map(m => m.getAttribute('aria-label'))")
        .await?;
    ensure!(
        names.as_array().is_some_and(|a| a.iter().all(|n| n.as_str().is_some_and(|s| s.contains(", ")))),
        "every marker is named with its place and category: {names}"
    );
    ensure!(
        b.js("return document.querySelector('.bk-first .bk-map').getAttribute('aria-busy')").await? == "true",
        "busy until the widget is there"
    );
    ensure!(b.js("return !!document.querySelector('.bk-first h1.bk-title')").await? == true, "the page's heading");
    b.js("window.__bkRelease(); return true").await?;
    b.wait_loaded().await?;
    ensure!(b.js("return document.querySelectorAll('.bk-first').length").await? == 0, "the first paint made way");
    let widget = drawn(b, ".bk-root").await?;
    // The widget may speak another language than the first paint's German: compare the places.
    let at = |v: &serde_json::Value| -> Vec<(i64, i64)> {
        v.as_array().into_iter().flatten().map(|e| (e[1].as_i64().unwrap_or(0), e[2].as_i64().unwrap_or(0))).collect()
    };
    let (ours, theirs) = (at(&first), at(&widget));
    let moved: Vec<_> =
        ours.iter().zip(&theirs).filter(|(a, b)| (a.0 - b.0).abs() > 1 || (a.1 - b.1).abs() > 1).collect();
    ensure!(ours.len() == theirs.len(), "{} drawn first, {} by the widget", ours.len(), theirs.len());
    ensure!(moved.is_empty(), "markers moved at the handover: {moved:?}");
    ensure!(b.console_errors().await?.is_empty(), "no errors: {:?}", b.console_errors().await?);
    Ok(())
}

crate::e2e!(a_marker_pressed_before_the_widget_opens_its_place_when_it_comes, DESKTOP);
pub async fn a_marker_pressed_before_the_widget_opens_its_place_when_it_comes(_env: &Env, b: &Browser) -> TestResult {
    pressed_before_the_widget(b, "bbs-winsen", "Berufsbildende Schulen Winsen (Luhe)").await
}

// A place of the second file: the widget may be ready before that file is read, and opens it then.
crate::e2e!(a_firm_pressed_before_the_widget_opens_when_its_file_is_read, DESKTOP);
pub async fn a_firm_pressed_before_the_widget_opens_when_its_file_is_read(_env: &Env, b: &Browser) -> TestResult {
    pressed_before_the_widget(b, "musterbetrieb-001", "Musterbetrieb Einzelhandel Buchholz in der Nordheide").await
}

async fn pressed_before_the_widget(b: &Browser, id: &str, heading: &str) -> TestResult {
    hold(b, WIDGET, false).await?;
    b.open("/").await?;
    first_markers(b).await?;
    let marker = b.c.find(Locator::Css(&format!(".bk-first .bk-marker[data-place='{id}']"))).await?;
    marker.click().await?;
    // Busy where it was pressed, and said in the status line.
    ensure!(marker.attr("aria-busy").await?.as_deref() == Some("true"), "the pressed marker is busy");
    ensure!(b.status().await?.contains("Wird geladen"), "the status says it is coming: {}", b.status().await?);
    b.js("window.__bkShown = new Promise((done) => new MutationObserver((_, o) => { \
            if (document.querySelector('.bk-details-title')) { o.disconnect(); done(performance.now()); } \
          }).observe(document.body, { childList: true, subtree: true })); \
          window.__bkRelease(); return true")
        .await?;
    ensure!(b.wait_by_role("heading", heading).await.is_ok(), "the pressed place's details once the widget is there");
    let after = b
        .c
        .execute_async("const done = arguments[0]; window.__bkShown.then((t) => done(t - window.__bkReleased))", vec![])
        .await?;
    eprintln!("first: details {:.0} ms after the widget's wasm arrived", after.as_f64().unwrap_or(-1.0));
    ensure!(b.js("return document.querySelectorAll('.bk-first').length").await? == 0, "the first paint made way");
    Ok(())
}

crate::e2e!(zoom_and_search_before_the_widget_carry_over, MOBILE);
pub async fn zoom_and_search_before_the_widget_carry_over(_env: &Env, b: &Browser) -> TestResult {
    hold(b, WIDGET, false).await?;
    b.open("/").await?;
    first_markers(b).await?;
    let zoom = |root: &'static str| async move {
        let z = b.js(&format!("return Number(document.querySelector('{root} .bk-map').dataset.zoom)")).await?;
        AnyResult::Ok(z.as_f64().unwrap_or(-1.0))
    };
    let before = zoom(".bk-first").await?;
    b.c.find(Locator::Css(".bk-first .bk-zoom-in")).await?.click().await?;
    ensure!(zoom(".bk-first").await? == before + 1.0, "the first paint zooms at once");
    let search = b.c.find(Locator::Css(".bk-first .bk-search")).await?;
    search.send_keys("Winsen").await?;
    b.js("window.__bkRelease(); return true").await?;
    b.wait_loaded().await?;
    ensure!(zoom(".bk-root").await? == before + 1.0, "the widget keeps the zoom: {}", zoom(".bk-root").await?);
    let value = b.js("return document.querySelector('.bk-search').value").await?;
    ensure!(value == "Winsen", "the typed words stay: {value}");
    b.wait_until("the search to apply", || async { Ok(b.status().await?.contains("gefunden")) }).await?;
    let status = b.status().await?;
    let found: usize = status.split_whitespace().next().and_then(|n| n.replace('.', "").parse().ok()).unwrap_or(0);
    ensure!((1..30).contains(&found), "the widget searched for them: {status}");
    let focus = b.js("return document.activeElement && document.activeElement.classList.contains('bk-search')").await?;
    ensure!(focus == true, "the focus moved to the widget's search field");
    Ok(())
}

crate::e2e!(a_widget_that_does_not_arrive_is_said_and_can_be_asked_again, DESKTOP);
pub async fn a_widget_that_does_not_arrive_is_said_and_can_be_asked_again(_env: &Env, b: &Browser) -> TestResult {
    hold(b, WIDGET, true).await?;
    b.open("/").await?;
    first_markers(b).await?;
    b.wait_until("the first paint to say the widget is missing", || async {
        Ok(b.alerts().await?.iter().any(|a| a.contains("Dieser Teil der Karte ist nicht angekommen.")))
    })
    .await?;
    ensure!(b.markers().await?.len() >= 10, "the first markers stay");
    b.by_role("button", "Erneut versuchen").await?.click().await?;
    b.wait_loaded().await?;
    ensure!(b.js("return window.__bkAsked").await? == 2, "asked twice");
    ensure!(b.alerts().await?.is_empty(), "no notice is left");
    Ok(())
}
