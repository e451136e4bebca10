//! The first paint (src/first): the first markers come before the widget's code, look and sit as
//! the widget's will, and what a visitor does before the widget is there carries over to it: a
//! pressed marker shows its details at once and the widget keeps them open, a zoom keeps its view, typed words stay searched. A widget that
//! does not arrive is said over the map and can be asked for again.

use crate::parts::hold;
use crate::support::*;
use fantoccini::Locator;

/// The widget's part (`split_app-…wasm`, the Leptos app), which the first paint fetches after its
/// first markers; the first part (`bildungskarte-…_bg.wasm`) is the first paint itself.
pub(crate) const WIDGET: &str = "/split_app-";

pub(crate) async fn first_markers(b: &Browser) -> TestResult {
    let waited = b
        .wait_until("the first paint's markers", || async {
            Ok(b.js("return document.querySelectorAll('.bk-first .bk-marker, .bk-first .bk-cluster').length > 0 && !!window.__bkAsked")
                .await?
                == true)
        })
        .await;
    if waited.is_err() {
        let state = b
            .js("return [document.querySelectorAll('.bk-first .bk-marker, .bk-first .bk-cluster').length, \
                 !!window.__bkAsked, performance.getEntriesByType('mark').map(m => m.name).join(' ')]")
            .await?;
        return fail(format!(
            "no first markers with the widget asked for: {state}; errors: {:?}",
            b.console_errors().await?
        ));
    }
    Ok(())
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
    hold(b, WIDGET, 0).await?;
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
    b.js("window.__bkFirst = new WeakRef(document.querySelector('.bk-first')); window.__bkRelease(); return true")
        .await?;
    b.wait_loaded().await?;
    ensure!(b.js("return document.querySelectorAll('.bk-first').length").await? == 0, "the first paint made way");
    gone_from_memory(b).await?;
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

/// The first paint, once it has made way, is let go: its nodes, listeners and what it read (a
/// first paint kept for the whole visit held every place's parsed feature). `window.__bkFirst`
/// is a weak reference to its root, taken before it made way.
pub(crate) async fn gone_from_memory(b: &Browser) -> TestResult {
    b.wait_until("the first paint let go (a full garbage collection, then its root gone)", || async {
        b.cdp("HeapProfiler.collectGarbage", serde_json::json!({})).await?;
        Ok(b.js("return window.__bkFirst.deref() === undefined").await? == true)
    })
    .await
}

crate::e2e!(a_marker_pressed_before_the_widget_shows_its_details_at_once, DESKTOP);
pub async fn a_marker_pressed_before_the_widget_shows_its_details_at_once(_env: &Env, b: &Browser) -> TestResult {
    pressed_before_the_widget(b, "bbs-winsen", "Berufsbildende Schulen Winsen (Luhe)", Some("tel:")).await
}

// On a phone, where the first view shows clusters: a cluster pressed zooms in, then a place.
crate::e2e!(on_a_phone_a_place_pressed_before_the_widget_shows_its_details, MOBILE);
pub async fn on_a_phone_a_place_pressed_before_the_widget_shows_its_details(_env: &Env, b: &Browser) -> TestResult {
    pressed_before_the_widget(b, "", "", None).await
}

/// A marker pressed while the widget is held back: its details at once (the first paint's), with
/// the focus on their title and the quick action of `action` (a link's scheme); then the widget
/// comes, shows the same place and adds Merken.
async fn pressed_before_the_widget(b: &Browser, id: &str, heading: &str, action: Option<&str>) -> TestResult {
    hold(b, WIDGET, 0).await?;
    b.open("/").await?;
    first_markers(b).await?;
    // No place named: the first there is, after pressing clusters (which zoom in) until one shows.
    let mut selector = format!(".bk-first .bk-marker[data-place='{id}']");
    let mut heading = heading.to_string();
    if id.is_empty() {
        for _ in 0..8 {
            if b.js("return !!document.querySelector('.bk-first .bk-marker')").await? == true {
                break;
            }
            b.c.find(Locator::Css(".bk-first .bk-cluster")).await?.click().await?;
        }
        let m = b.c.find(Locator::Css(".bk-first .bk-marker")).await?;
        let id = m.attr("data-place").await?.unwrap_or_default();
        // "Name, Kategorie": the name is all before the last comma.
        let label = m.attr("aria-label").await?.unwrap_or_default();
        heading = label.rsplit_once(", ").map_or(label.clone(), |(n, _)| n.to_string());
        selector = format!(".bk-first .bk-marker[data-place='{id}']");
    }
    let heading = heading.as_str();
    b.c.find(Locator::Css(&selector)).await?.click().await?;
    let title = b.wait_by_role("heading", heading).await?;
    ensure!(
        b.js("return !!document.querySelector('.bk-first .bk-details')").await? == true,
        "the first paint shows the details, before the widget"
    );
    ensure!(b.js("return window.__bkReleased === undefined").await? == true, "the widget is still held");
    let focused =
        b.js("return document.activeElement && document.activeElement.classList.contains('bk-details-title')").await?;
    ensure!(focused == true, "the focus is on the details' title");
    ensure!(title.text().await?.contains(heading), "the title names the place");
    if let Some(scheme) = action {
        let n = b
            .js(&format!("return document.querySelectorAll('.bk-first .bk-action[href^=\"{scheme}\"]').length"))
            .await?;
        ensure!(n == 1, "the {scheme} action at once");
    }
    ensure!(b.by_role("button", "Schließen").await.is_ok(), "the details can be closed");
    // The pressed place is not under its details (a phone's sheet, a desktop's side sheet).
    let hidden =
        b.c.execute(
            "const m = document.querySelector(arguments[0]).getBoundingClientRect(); \
             const s = document.querySelector('.bk-first .bk-details').getBoundingClientRect(); \
             return m.right > s.left && m.left < s.right && m.bottom > s.top && m.top < s.bottom",
            vec![serde_json::json!(selector)],
        )
        .await?;
    ensure!(hidden == false, "the pressed place is in sight beside its details");
    // From now on, every frame shows a place's details: the widget takes them over without a gap.
    b.js(
        "window.__bkGap = 0; const tick = () => { if (!document.querySelector('.bk-details-title')) window.__bkGap++; \
          if (!window.__bkStop) requestAnimationFrame(tick); }; requestAnimationFrame(tick); return true",
    )
    .await?;
    b.js("window.__bkRelease(); return true").await?;
    b.wait_loaded().await?;
    b.wait_until("the first paint to make way", || async {
        Ok(b.js("return document.querySelectorAll('.bk-first').length").await? == 0)
    })
    .await?;
    ensure!(b.wait_by_role("heading", heading).await.is_ok(), "the widget shows the same place");
    ensure!(b.by_role("button", "Merken").await.is_ok(), "the widget adds Merken");
    let gaps = b.js("window.__bkStop = true; return window.__bkGap").await?;
    ensure!(gaps == 0, "frames without the place's details at the handover: {gaps}");
    let focus = b.js("const a = document.activeElement; return !!a && a.classList.contains('bk-details-title') && !a.closest('.bk-first')").await?;
    ensure!(focus == true, "the focus stays on the details' title, the widget's now");
    ensure!(b.console_errors().await?.is_empty(), "no errors: {:?}", b.console_errors().await?);
    Ok(())
}

crate::e2e!(the_first_paints_details_close_by_button_and_escape, DESKTOP);
pub async fn the_first_paints_details_close_by_button_and_escape(_env: &Env, b: &Browser) -> TestResult {
    hold(b, WIDGET, 0).await?;
    b.open("/").await?;
    first_markers(b).await?;
    let selector = ".bk-first .bk-marker[data-place='bbs-winsen']";
    b.c.find(Locator::Css(selector)).await?.click().await?;
    b.wait_by_role("heading", "Berufsbildende Schulen Winsen (Luhe)").await?;
    b.by_role("button", "Schließen").await?.click().await?;
    let state = "return [!!document.querySelector('.bk-first .bk-details'), \
                 document.activeElement && document.activeElement.getAttribute('data-place')]";
    ensure!(b.js(state).await? == serde_json::json!([false, "bbs-winsen"]), "closed, the focus on its marker");
    b.c.find(Locator::Css(selector)).await?.click().await?;
    b.wait_by_role("heading", "Berufsbildende Schulen Winsen (Luhe)").await?;
    b.press(ESCAPE).await?;
    ensure!(b.js(state).await? == serde_json::json!([false, "bbs-winsen"]), "Escape closes them");
    // Nothing is left for the widget to open.
    b.js("window.__bkRelease(); return true").await?;
    b.wait_loaded().await?;
    b.wait_until("the first paint to make way", || async {
        Ok(b.js("return document.querySelectorAll('.bk-first').length").await? == 0)
    })
    .await?;
    ensure!(b.js("return !!document.querySelector('.bk-details')").await? == false, "no place opens after closing");
    Ok(())
}

crate::e2e!(zoom_and_search_before_the_widget_carry_over, MOBILE);
pub async fn zoom_and_search_before_the_widget_carry_over(_env: &Env, b: &Browser) -> TestResult {
    hold(b, WIDGET, 0).await?;
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
    hold(b, WIDGET, 1).await?;
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

// The program's own script fails (the server does not answer it): the page says so where it said
// "Karte wird geladen …", and "Erneut versuchen" loads the page again.
crate::e2e!(a_program_that_cannot_be_fetched_is_said_with_a_way_to_try_again, DESKTOP);
pub async fn a_program_that_cannot_be_fetched_is_said_with_a_way_to_try_again(_env: &Env, b: &Browser) -> TestResult {
    b.cdp("Network.enable", serde_json::json!({})).await?;
    b.cdp("Network.setBlockedURLs", serde_json::json!({ "urls": ["*bildungskarte-split-*"] })).await?;
    b.open("/").await?;
    b.wait_until("the loader to say the map cannot be shown", || async {
        Ok(b.alerts().await?.iter().any(|a| a.contains("Die Karte kann zurzeit nicht angezeigt werden.")))
    })
    .await?;
    b.cdp("Network.setBlockedURLs", serde_json::json!({ "urls": [] })).await?;
    b.by_role("button", "Erneut versuchen").await?.click().await?;
    b.wait_loaded().await?;
    ensure!(b.markers().await?.len() >= 10, "the map after trying again");
    ensure!(b.alerts().await?.is_empty(), "nothing left to say: {:?}", b.alerts().await?);
    Ok(())
}
