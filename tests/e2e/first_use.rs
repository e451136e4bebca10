//! The first markers are a map to use at once (issue 32): before the widget's code has arrived a
//! finger or the mouse drags it, the wheel and the keys move it, and it speaks the visitor's
//! language from its first frame, right to left for Arabic; the widget then keeps the view, the
//! language and the side the controls are on.

use crate::first::{WIDGET, drawn, first_markers};
use crate::langs::said;
use crate::parts::hold;
use crate::support::*;
use fantoccini::Locator;
use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
use serde_json::json;
use std::time::Duration;

/// Where the first paint's marker pane sits on screen: it moves with the map.
async fn pane(b: &Browser) -> AnyResult<(f64, f64)> {
    let v = b.js("const r = document.querySelector('.bk-first .bk-markers > .bk-pane').getBoundingClientRect(); return [r.left, r.top]").await?;
    Ok((v[0].as_f64().unwrap_or(f64::NAN), v[1].as_f64().unwrap_or(f64::NAN)))
}

async fn map_centre(b: &Browser, root: &str) -> AnyResult<(f64, f64)> {
    let v = b
        .js(&format!("const r = document.querySelector('{root} .bk-map').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]"))
        .await?;
    Ok((v[0].as_f64().unwrap_or(0.0), v[1].as_f64().unwrap_or(0.0)))
}

/// One finger put down at (x, y) and moved by (dx, dy) in ten steps, as a visitor swipes; it stays
/// down until [`finger_up`].
async fn finger_moves(b: &Browser, (x, y): (f64, f64), (dx, dy): (f64, f64)) -> TestResult {
    let at = |k: f64| json!([{ "x": x + dx * k, "y": y + dy * k, "id": 0 }]);
    b.cdp("Input.dispatchTouchEvent", json!({ "type": "touchStart", "touchPoints": at(0.0) })).await?;
    for step in 1..=10 {
        b.cdp("Input.dispatchTouchEvent", json!({ "type": "touchMove", "touchPoints": at(step as f64 / 10.0) }))
            .await?;
        tokio::time::sleep(Duration::from_millis(16)).await;
    }
    Ok(())
}

async fn finger_up(b: &Browser) -> TestResult {
    b.cdp("Input.dispatchTouchEvent", json!({ "type": "touchEnd", "touchPoints": [] })).await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    Ok(())
}

crate::e2e!(a_finger_drags_the_first_markers_and_the_widget_keeps_the_view, MOBILE);
pub async fn a_finger_drags_the_first_markers_and_the_widget_keeps_the_view(_env: &Env, b: &Browser) -> TestResult {
    hold(b, WIDGET, 0).await?;
    b.open("/").await?;
    first_markers(b).await?;
    let (x, y) = map_centre(b, ".bk-first").await?;
    let before = pane(b).await?;
    finger_moves(b, (x, y), (60.0, 40.0)).await?;
    let during = pane(b).await?;
    finger_up(b).await?;
    ensure!(
        (during.0 - before.0 - 60.0).abs() < 2.0 && (during.1 - before.1 - 40.0).abs() < 2.0,
        "the map follows the finger before the widget is there: {before:?} → {during:?}"
    );
    ensure!(
        b.js("return !document.querySelector('.bk-first').hasAttribute('data-want-place') && !document.querySelector('.bk-first .bk-busy')").await? == true,
        "a drag is not a press on a marker"
    );
    let first = drawn(b, ".bk-first").await?;
    b.js("window.__bkRelease(); return true").await?;
    b.wait_loaded().await?;
    b.wait_until("the first paint to make way", || async {
        Ok(b.js("return document.querySelectorAll('.bk-first').length").await? == 0)
    })
    .await?;
    let widget = drawn(b, ".bk-root").await?;
    let at = |v: &serde_json::Value| -> Vec<(i64, i64)> {
        v.as_array().into_iter().flatten().map(|e| (e[1].as_i64().unwrap_or(0), e[2].as_i64().unwrap_or(0))).collect()
    };
    let (ours, theirs) = (at(&first), at(&widget));
    ensure!(
        !ours.is_empty() && ours.len() == theirs.len(),
        "{} drawn first, {} by the widget",
        ours.len(),
        theirs.len()
    );
    let moved: Vec<_> =
        ours.iter().zip(&theirs).filter(|(a, b)| (a.0 - b.0).abs() > 1 || (a.1 - b.1).abs() > 1).collect();
    ensure!(moved.is_empty(), "the widget keeps the dragged view: {moved:?}");
    ensure!(b.console_errors().await?.is_empty(), "no errors: {:?}", b.console_errors().await?);
    Ok(())
}

crate::e2e!(the_mouse_and_the_keys_move_the_first_markers, DESKTOP);
pub async fn the_mouse_and_the_keys_move_the_first_markers(_env: &Env, b: &Browser) -> TestResult {
    hold(b, WIDGET, 0).await?;
    b.open("/").await?;
    first_markers(b).await?;
    let (x, y) = map_centre(b, ".bk-first").await?;
    let p0 = pane(b).await?;
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo { duration: None, x: x + 3.0, y: y + 7.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(100)), x: 60.0, y: 20.0 })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(100)), x: 60.0, y: 20.0 })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    b.c.perform_actions(drag).await?;
    let p1 = pane(b).await?;
    ensure!(
        (p1.0 - p0.0 - 120.0).abs() < 2.0 && (p1.1 - p0.1 - 40.0).abs() < 2.0,
        "a mouse drag by (120, 40) moved the map by ({}, {})",
        p1.0 - p0.0,
        p1.1 - p0.1
    );
    b.js("document.querySelector('.bk-first .bk-map').focus(); return true").await?;
    b.press("\u{e012}").await?; // ArrowLeft: the content moves east
    let p2 = pane(b).await?;
    ensure!(p2.0 - p1.0 > 50.0, "an arrow key pans: {p1:?} → {p2:?}");
    let zoom = || async {
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(
            b.js("return Number(document.querySelector('.bk-first .bk-map').dataset.zoom)")
                .await?
                .as_f64()
                .unwrap_or(-1.0),
        )
    };
    let z0 = zoom().await?;
    b.press("+").await?;
    ensure!(zoom().await? == z0 + 1.0, "+ zooms in: {z0} → {}", zoom().await?);
    // The wheel towards the cursor, a notch at a time.
    let wheel = json!({ "type": "mouseWheel", "x": x, "y": y, "deltaX": 0, "deltaY": 120 });
    b.cdp("Input.dispatchMouseEvent", wheel).await?;
    b.wait_until("the wheel to zoom out", || async { Ok(zoom().await? == z0) }).await?;
    ensure!(b.js("return document.querySelectorAll('.bk-first').length").await? == 1, "all this before the widget");
    // A place pressed after all this is still asked for (the widget opens it when it comes). Not
    // within 250 ms of the drag's end: such a click is the drag's own (map::handlers).
    tokio::time::sleep(Duration::from_millis(300)).await;
    let m = b.c.find(Locator::Css(".bk-first .bk-marker")).await?;
    let id = m.attr("data-place").await?.unwrap_or_default();
    m.click().await?;
    let wanted = b.js("return document.querySelector('.bk-first').getAttribute('data-want-place')").await?;
    ensure!(wanted == id.as_str(), "the pressed place is wanted: {wanted} for {id}");
    Ok(())
}

/// The first paint's root, its search field's and zoom button's names, and the zoom button's left edge.
async fn first_frame(b: &Browser) -> AnyResult<serde_json::Value> {
    Ok(b.js("const r = document.querySelector('.bk-first'); const s = r.querySelector('.bk-search'); \
        const z = r.querySelector('.bk-zoom-in'); \
        return { lang: r.lang, dir: r.dir, search: document.querySelector(`label[for='${s.id}']`).textContent, \
        zoom: z.getAttribute('aria-label'), x: Math.round(z.getBoundingClientRect().left), \
        status: r.querySelector('.bk-status').textContent }")
        .await?)
}

async fn speaks_from_the_first_frame(env: &Env, b: &Browser, code: &str, rtl: bool, shot: &str) -> TestResult {
    hold(b, WIDGET, 0).await?;
    // The page's loading text as the page is parsed, before any wasm runs.
    let boot = "document.addEventListener('DOMContentLoaded', () => { \
        const t = document.querySelector('.bk-boot-text'); window.__bkBoot = t ? [t.textContent, t.lang, t.dir] : null; });";
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": boot })).await?;
    let log = "window.__bkLog = []; for (const k of ['replaceState', 'pushState']) { const f = history[k]; \
        history[k] = function (...a) { window.__bkLog.push([k, Math.round(performance.now()), String(a[2])]); return f.apply(this, a); }; } \
        new MutationObserver((ms) => { for (const m of ms) if (m.attributeName === 'data-zoom') \
          window.__bkLog.push(['zoom', Math.round(performance.now()), m.target.dataset.zoom, m.target.closest('.bk-first') ? 'first' : 'widget']); }) \
        .observe(document, { attributes: true, subtree: true, attributeFilter: ['data-zoom'] });";
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": log })).await?;
    b.open("/").await?;
    first_markers(b).await?;
    let loading = b.js("return window.__bkBoot").await?;
    let dir = if rtl { "rtl" } else { "ltr" };
    ensure!(loading == json!([said(code, "loading-map"), code, dir]), "the loading text in {code}: {loading}");
    b.screenshot(env, shot).await?;
    let f = first_frame(b).await?;
    ensure!(f["lang"] == code && f["dir"] == if rtl { "rtl" } else { "ltr" }, "{code} in the first frame: {f}");
    ensure!(f["search"] == said(code, "search-label"), "the search field's name in {code}: {f}");
    ensure!(f["zoom"] == said(code, "zoom-in"), "the zoom button's name in {code}: {f}");
    let label = b.js("return document.querySelector('.bk-first .bk-map').getAttribute('aria-label')").await?;
    ensure!(!label.as_str().unwrap_or("").contains("Karte mit"), "the map's name is not German: {label}");
    // The page is the map: its title too, as the config names it in this language.
    let config: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(root().join("public/config.json"))?)?;
    let title = b.js("return document.title").await?;
    ensure!(title == config["title"][code], "the page's title in {code}: {title}");
    b.js("window.__bkRelease(); return true").await?;
    b.wait_loaded().await?;
    b.wait_until("the first paint to make way", || async {
        Ok(b.js("return document.querySelectorAll('.bk-first').length").await? == 0)
    })
    .await?;
    let w = b
        .js("const r = document.querySelector('.bk-root'); const z = r.querySelector('.bk-zoom-in'); \
        return { lang: r.lang, dir: r.dir, x: Math.round(z.getBoundingClientRect().left) }")
        .await?;
    ensure!(w["lang"] == code && w["dir"] == f["dir"], "the widget speaks as the first paint did: {w}");
    ensure!(w["x"] == f["x"], "the zoom buttons stay on their side: {f} → {w}");
    ensure!(env.server.count(&format!("/locales/{code}.ftl")) == 1, "the language's file is fetched once");
    ensure!(b.js("return document.title").await? == title, "the widget keeps the page's title");
    // The link names the view the map shows (in Arabic it once kept the config's zoom).
    let zooms = "return [Number(document.querySelector('.bk-root .bk-map').dataset.zoom), \
                 Number(new URL(location.href).searchParams.get('z')), location.search]";
    let named = b
        .wait_until("the page's link to name the map's zoom", || async {
            let v = b.js(zooms).await?;
            Ok(v[0] == v[1])
        })
        .await;
    if named.is_err() {
        let log = b.js("return JSON.stringify(window.__bkLog || [])").await?;
        return fail(format!("the map's zoom, the link's, the link: {}; {log}", b.js(zooms).await?));
    }
    Ok(())
}

crate::e2e!(a_ukrainian_browser_gets_ukrainian_in_the_first_frame, DESKTOP, &["--accept-lang=uk-UA,uk"]);
pub async fn a_ukrainian_browser_gets_ukrainian_in_the_first_frame(env: &Env, b: &Browser) -> TestResult {
    speaks_from_the_first_frame(env, b, "uk", false, "first-paint-uk-1280.png").await
}

crate::e2e!(an_arabic_browser_gets_arabic_right_to_left_in_the_first_frame, MOBILE, &["--accept-lang=ar-SY,ar"]);
pub async fn an_arabic_browser_gets_arabic_right_to_left_in_the_first_frame(env: &Env, b: &Browser) -> TestResult {
    speaks_from_the_first_frame(env, b, "ar", true, "first-paint-ar-390.png").await
}

crate::e2e!(on_a_host_page_one_finger_scrolls_the_page_over_the_first_markers, MOBILE);
pub async fn on_a_host_page_one_finger_scrolls_the_page_over_the_first_markers(_env: &Env, b: &Browser) -> TestResult {
    hold(b, WIDGET, 0).await?;
    b.open("/demo-host.html").await?;
    first_markers(b).await?;
    // The first map on the page, in the middle of the screen.
    let at = b
        .js("const m = document.querySelector('.bk-first .bk-map'); m.scrollIntoView({ block: 'center' }); \
             const r = m.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]")
        .await?;
    let (x, y) = (at[0].as_f64().unwrap_or(0.0), at[1].as_f64().unwrap_or(0.0));
    // Where the marker pane sits inside its map (a drag of the map would change it) and the page's scroll.
    let state = || async {
        let v = b
            .js("const m = document.querySelector('.bk-first .bk-map'), p = m.querySelector('.bk-markers > .bk-pane'); \
                 const a = m.getBoundingClientRect(), r = p.getBoundingClientRect(); return [scrollY, r.left - a.left, r.top - a.top]")
            .await?;
        let n = |i: usize| v[i].as_f64().unwrap_or(f64::NAN);
        AnyResult::Ok((n(0), n(1), n(2)))
    };
    let before = state().await?;
    finger_moves(b, (x, y), (0.0, -100.0)).await?;
    finger_up(b).await?;
    let after = state().await?;
    ensure!(after.0 > before.0 + 50.0, "one finger scrolls the host page: {before:?} → {after:?}");
    ensure!(
        (after.1 - before.1).abs() < 1.0 && (after.2 - before.2).abs() < 1.0,
        "the map stays: {before:?} → {after:?}"
    );
    let hint =
        b.js("const h = document.querySelector('.bk-first .bk-gesture-hint'); return h ? h.textContent : ''").await?;
    ensure!(hint.as_str().is_some_and(|h| h.contains("zwei Fingern")), "the two-finger hint: {hint}");
    Ok(())
}

// Russian: the Ukrainian and Arabic tests above count their language's file on the shared server.
crate::e2e!(a_place_pressed_at_the_first_markers_reads_in_the_visitors_language, DESKTOP, &["--accept-lang=ru-RU,ru"]);
/// A Russian-speaking visitor presses a place before the widget has arrived: its details speak Russian
/// at once (the light reader, i18n::light, before Fluent has come), with the same words the
/// widget then shows for the same place.
pub async fn a_place_pressed_at_the_first_markers_reads_in_the_visitors_language(
    _env: &Env,
    b: &Browser,
) -> TestResult {
    hold(b, WIDGET, 0).await?;
    b.open("/").await?;
    first_markers(b).await?;
    b.c.find(Locator::Css(".bk-first .bk-marker[data-place='bbs-winsen']")).await?.click().await?;
    b.wait_by_role("heading", "Berufsbildende Schulen Winsen (Luhe)").await?;
    let words = "const d = document.querySelector('.bk-details'); \
                 return [d.closest('.bk-first') ? 'first' : 'widget', [...d.querySelectorAll('dt')].map((t) => t.textContent), \
                 [...d.querySelectorAll('.bk-close')].map((c) => c.getAttribute('aria-label') || c.textContent)]";
    let first = b.js(words).await?;
    ensure!(first[0] == "first", "the first paint shows them: {first}");
    let labels: Vec<String> =
        first[1].as_array().into_iter().flatten().filter_map(|v| v.as_str().map(String::from)).collect();
    ensure!(labels.iter().any(|l| l == "Адрес"), "the address's label in Russian: {labels:?}");
    ensure!(labels.iter().all(|l| !l.contains("Adresse") && !l.contains("Telefon")), "no German label: {labels:?}");
    ensure!(b.by_role("button", "Закрыть").await.is_ok(), "the close button's name in Russian");
    b.js("window.__bkRelease(); return true").await?;
    b.wait_loaded().await?;
    b.wait_until("the first paint to make way", || async {
        Ok(b.js("return document.querySelectorAll('.bk-first').length").await? == 0)
    })
    .await?;
    b.wait_by_role("heading", "Berufsbildende Schulen Winsen (Luhe)").await?;
    let widget = b.js(words).await?;
    ensure!(widget[0] == "widget" && widget[1] == first[1], "the widget's words are the same: {widget} / {first}");
    ensure!(widget[2] == first[2], "the same close button: {widget} / {first}");
    ensure!(b.console_errors().await?.is_empty(), "no errors: {:?}", b.console_errors().await?);
    Ok(())
}
