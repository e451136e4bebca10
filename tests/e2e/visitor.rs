//! The visitor's view (issue 9): on a 390 px phone and a desktop, standalone and inside the demo
//! CMS page. The widget keeps to its box, shows the effect of every action where the visitor
//! looks, shares gestures with the host page, keeps the chosen place in sight, and shows
//! something from the first paint. Screenshots of each state go to tests/artifacts/.

use crate::support::{Browser, Env, TestResult, ensure, fail};
use fantoccini::Locator;
use serde_json::{Value, json};
use std::time::Duration;

async fn both_widgets_loaded(b: &Browser) -> TestResult {
    b.wait_until("both widgets", || async move {
        Ok(b.js("const m=[...document.querySelectorAll('[data-bildungskarte] .bk-map')]; return m.length === 2 && m.every(x => x.getAttribute('aria-busy') === 'false')").await? == Value::Bool(true))
    })
    .await
}

/// Elements of the host page after each widget, hit at their centre once scrolled into view.
const HOST_ELEMENTS_HIT: &str = r#"
    const out = [];
    for (const sel of ['#karte-beratung', 'h2:nth-of-type(2)', 'h2:nth-of-type(3)', 'iframe', '.cms-outro', '.cms-footer p']) {
        const e = document.querySelector(sel);
        e.scrollIntoView({ block: 'center' });
        const r = e.getBoundingClientRect();
        const x = Math.min(r.left + r.width / 2, innerWidth - 2), y = r.top + Math.min(r.height / 2, 20);
        const hit = document.elementFromPoint(x, y);
        if (!(hit && (hit === e || e.contains(hit)))) out.push(sel + ' covered by ' + (hit ? hit.className || hit.tagName : 'nothing'));
    }
    return out;
"#;

/// Each widget's painted box against its host's box.
const WIDGETS_INSIDE_HOSTS: &str = r#"
    return [...document.querySelectorAll('[data-bildungskarte]')].map(h => {
        const a = h.getBoundingClientRect(), r = h.querySelector('.bk-root').getBoundingClientRect();
        return Math.abs(a.top - r.top) < 1 && Math.abs(a.bottom - r.bottom) < 1 && r.left >= a.left - 1 && r.right <= a.right + 1;
    });
"#;

/// Headings of the page in order, as levels; a level may rise by one at most.
const HEADING_LEVELS: &str = "return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter(h => h.getClientRects().length).map(h => +h.tagName[1])";

fn no_skipped_level(levels: &Value) -> bool {
    let l: Vec<i64> = levels.as_array().map(|a| a.iter().filter_map(Value::as_i64).collect()).unwrap_or_default();
    l.first().is_some_and(|&f| f <= 2) && l.windows(2).all(|w| w[1] <= w[0] + 1)
}

crate::e2e!(the_widget_stays_in_its_box_on_a_host_page, MOBILE);
crate::e2e!(the_widget_stays_in_its_box_on_a_host_page, DESKTOP);
pub async fn the_widget_stays_in_its_box_on_a_host_page(env: &Env, b: &Browser) -> TestResult {
    b.open("/demo-host.html").await?;
    both_widgets_loaded(b).await?;
    let size = b.js("return innerWidth").await?.as_f64().unwrap_or(0.0);
    let inside = b.js(WIDGETS_INSIDE_HOSTS).await?;
    ensure!(inside == json!([true, true]), "a widget leaves its host's box: {inside}");
    // Nothing the visitor must read or press is cut at the widget's edge.
    let cut = b.js("return [...document.querySelectorAll('[data-bildungskarte] .bk-bar button, [data-bildungskarte] .bk-consent button, [data-bildungskarte] .bk-status')].filter(e => { const r = e.getBoundingClientRect(), w = e.closest('.bk-root').getBoundingClientRect(); return r.right > w.right + 0.5 || e.scrollWidth > e.clientWidth + 1; }).map(e => e.textContent.trim())").await?;
    ensure!(cut == json!([]), "cut off in the widget: {cut}");
    let covered = b.js(HOST_ELEMENTS_HIT).await?;
    ensure!(covered == json!([]), "host page elements painted over ({size} px): {covered}");
    // The skip link is not visible until it gets focus, and then inside its widget.
    let skip = b
        .js("const s=document.querySelector('#karte-alle .bk-skip').getBoundingClientRect(); return s.width * s.height")
        .await?;
    ensure!(skip.as_f64().unwrap_or(9.0) <= 1.0, "the skip link shows without focus ({skip} px²)");
    let levels = b.js(HEADING_LEVELS).await?;
    ensure!(no_skipped_level(&levels), "heading levels skip: {levels}");
    b.js("document.querySelector('#karte-alle').scrollIntoView()").await?;
    b.screenshot(env, &format!("visitor-demo-host-{size}.png")).await?;
    Ok(())
}

crate::e2e!(the_standalone_page_fits_the_window, MOBILE);
crate::e2e!(the_standalone_page_fits_the_window, DESKTOP);
pub async fn the_standalone_page_fits_the_window(env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let fit = b.js("return [document.scrollingElement.scrollHeight, innerHeight, document.scrollingElement.scrollWidth, innerWidth]").await?;
    let n = |i: usize| fit[i].as_f64().unwrap_or(0.0);
    ensure!(n(0) <= n(1) + 1.0 && n(2) <= n(3) + 1.0, "the page scrolls into blank space: {fit}");
    let levels = b.js(HEADING_LEVELS).await?;
    ensure!(no_skipped_level(&levels), "heading levels skip: {levels}");
    // Result icons keep their size when names wrap.
    let icons = b.js("return [...document.querySelectorAll('.bk-result-button .bk-symbol')].filter(s => s.getClientRects().length).map(s => Math.round(s.getBoundingClientRect().width)).filter(w => w !== 20)").await?;
    ensure!(icons == json!([]), "result icons squeezed: {icons}");
    b.screenshot(env, &format!("visitor-standalone-{}.png", n(3))).await?;
    Ok(())
}

/// Empties the search box as a visitor does, key by key (WebDriver's clear sends no input event).
async fn clear_search(b: &Browser) -> TestResult {
    let search = b.c.find(Locator::Css("input[type=search]")).await?;
    let n = search.prop("value").await?.unwrap_or_default().chars().count();
    search.send_keys(&"\u{e003}".repeat(n)).await?;
    Ok(())
}

async fn status_seen(b: &Browser) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    let v = b.js("const s=document.querySelector('[role=status].bk-status'); const r=s.getBoundingClientRect(); return [s.textContent, r.width > 20 && r.height > 8 && r.top >= 0 && r.bottom <= innerHeight && getComputedStyle(s).visibility === 'visible']").await?;
    if v[1] != Value::Bool(true) {
        return fail(format!("the count is not on screen: {v}"));
    }
    Ok(v[0].as_str().unwrap_or_default().to_string())
}

crate::e2e!(phone_shows_the_effect_of_each_search_and_filter, MOBILE);
pub async fn phone_shows_the_effect_of_each_search_and_filter(env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let all = status_seen(b).await?;
    ensure!(all.ends_with("Orte gefunden"), "count at start: {all}");
    let search = b.c.find(Locator::Css("input[type=search]")).await?;
    search.send_keys("Buchholz").await?;
    let found = status_seen(b).await?;
    ensure!(found != all, "typing changed nothing visible: {found}");
    b.screenshot(env, "visitor-phone-search.png").await?;
    // The list is one tap away, and a quick entry changes the visible count at once.
    b.by_role("button", "Liste").await?.click().await?;
    let map_shown = b.js("return document.querySelector('.bk-map').getClientRects().length > 0").await?;
    ensure!(map_shown == Value::Bool(false), "map and list both shown on a phone");
    clear_search(b).await?;
    let everything = all.clone();
    let back = b
        .wait_until("the count of all places", move || {
            let all = everything.clone();
            async move { Ok(status_seen(b).await? == all) }
        })
        .await;
    if let Err(e) = back {
        b.screenshot(env, "visitor-phone-list-failed.png").await?;
        let url = b.c.current_url().await?;
        let v = b.js("return document.querySelector('input[type=search]').value").await?;
        return fail(format!("{e}: {:?} url {url} value {v}", status_seen(b).await));
    }
    b.by_role("button", "Eltern").await?.click().await?;
    let parents = status_seen(b).await?;
    ensure!(parents != all, "the quick entry changed nothing visible: {parents}");
    b.screenshot(env, "visitor-phone-list.png").await?;
    // Nothing found: said over the map, with a way back.
    b.by_role("button", "Karte").await?.click().await?;
    search.send_keys("xqzzyv").await?;
    ensure!(status_seen(b).await? == "0 Orte gefunden", "zero count");
    let note = b.c.find(Locator::Css(".bk-map-note")).await?;
    ensure!(note.is_displayed().await? && note.text().await?.contains("Keine Orte"), "no visible zero-results note");
    b.screenshot(env, "visitor-phone-none.png").await?;
    b.by_role("button", "Alle Filter zurücksetzen").await?.click().await?;
    b.wait_until("every place again", move || {
        let all = all.clone();
        async move { Ok(status_seen(b).await? == all) }
    })
    .await?;
    Ok(())
}

/// Scrolls the page so the first widget's map is on screen; returns the map's centre.
async fn map_in_view(b: &Browser) -> Result<(f64, f64), Box<dyn std::error::Error + Send + Sync>> {
    let c = b.js("const m=document.querySelector('#karte-alle .bk-map'); m.scrollIntoView({block:'center'}); const r=m.getBoundingClientRect(); return [r.left + r.width/2, r.top + r.height/2]").await?;
    Ok((c[0].as_f64().unwrap_or(0.0), c[1].as_f64().unwrap_or(0.0)))
}

async fn scroll_and_zoom(b: &Browser) -> Result<(f64, String), Box<dyn std::error::Error + Send + Sync>> {
    let v = b.js("return [scrollY, document.querySelector('#karte-alle .bk-map').dataset.zoom]").await?;
    Ok((v[0].as_f64().unwrap_or(0.0), v[1].as_str().unwrap_or_default().to_string()))
}

crate::e2e!(the_wheel_over_an_embedded_map_scrolls_the_page, DESKTOP);
pub async fn the_wheel_over_an_embedded_map_scrolls_the_page(env: &Env, b: &Browser) -> TestResult {
    b.open("/demo-host.html").await?;
    both_widgets_loaded(b).await?;
    let (x, y) = map_in_view(b).await?;
    let wheel = |modifiers: u32| json!({"type": "mouseWheel", "x": x, "y": y, "deltaX": 0, "deltaY": 240, "modifiers": modifiers});
    let (scroll0, zoom0) = scroll_and_zoom(b).await?;
    b.cdp("Input.dispatchMouseEvent", wheel(0)).await?;
    b.wait_until("the page to scroll", || async move { Ok(scroll_and_zoom(b).await?.0 > scroll0 + 50.0) }).await?;
    let (_, zoom1) = scroll_and_zoom(b).await?;
    ensure!(zoom1 == zoom0, "the plain wheel zoomed the embedded map ({zoom0} → {zoom1})");
    let hint = b.js("const h=document.querySelector('.bk-gesture-hint'); return h ? h.textContent : ''").await?;
    ensure!(hint.as_str().is_some_and(|h| h.contains("Strg") || h.contains("⌘")), "no hint for the wheel: {hint}");
    b.screenshot(env, "visitor-wheel-hint.png").await?;
    // Ctrl + wheel zooms the map and leaves the page where it is.
    let (x, y) = map_in_view(b).await?;
    let (scroll1, zoom1) = scroll_and_zoom(b).await?;
    b.cdp(
        "Input.dispatchMouseEvent",
        json!({"type": "mouseWheel", "x": x, "y": y, "deltaX": 0, "deltaY": 240, "modifiers": 2}),
    )
    .await?;
    b.wait_until("Ctrl + wheel to zoom", move || {
        let zoom1 = zoom1.clone();
        async move { Ok(scroll_and_zoom(b).await?.1 != zoom1) }
    })
    .await?;
    ensure!((scroll_and_zoom(b).await?.0 - scroll1).abs() < 1.0, "Ctrl + wheel scrolled the page");
    Ok(())
}

/// A touch path of `fingers` points from (x, y), moved by (dx, dy) in steps, by DevTools input.
async fn touch_swipe(b: &Browser, points: &[(f64, f64)], dx: f64, dy: f64) -> TestResult {
    let at = |k: f64| -> Value {
        Value::Array(
            points.iter().enumerate().map(|(i, (x, y))| json!({"x": x + dx * k, "y": y + dy * k, "id": i})).collect(),
        )
    };
    b.cdp("Input.dispatchTouchEvent", json!({"type": "touchStart", "touchPoints": at(0.0)})).await?;
    for step in 1..=10 {
        b.cdp("Input.dispatchTouchEvent", json!({"type": "touchMove", "touchPoints": at(step as f64 / 10.0)})).await?;
        tokio::time::sleep(Duration::from_millis(16)).await;
    }
    b.cdp("Input.dispatchTouchEvent", json!({"type": "touchEnd", "touchPoints": []})).await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    Ok(())
}

/// Where a marker sits inside its map (moves when the map moves, not when the page scrolls).
async fn marker_in_map(b: &Browser) -> Result<(f64, f64), Box<dyn std::error::Error + Send + Sync>> {
    let v = b.js("const m=document.querySelector('#karte-alle .bk-map'), k=m.querySelector('.bk-marker, .bk-cluster'); const a=m.getBoundingClientRect(), r=k.getBoundingClientRect(); return [r.left-a.left, r.top-a.top]").await?;
    Ok((v[0].as_f64().unwrap_or(0.0), v[1].as_f64().unwrap_or(0.0)))
}

crate::e2e!(one_finger_scrolls_the_host_page_two_fingers_move_the_map, MOBILE);
pub async fn one_finger_scrolls_the_host_page_two_fingers_move_the_map(env: &Env, b: &Browser) -> TestResult {
    b.open("/demo-host.html").await?;
    both_widgets_loaded(b).await?;
    let (x, y) = map_in_view(b).await?;
    let (scroll0, _) = scroll_and_zoom(b).await?;
    let before = marker_in_map(b).await?;
    let under = b
        .js(&format!(
            "const e=document.elementFromPoint({x},{}); return e ? e.className.baseVal ?? e.className : null",
            y + 60.0
        ))
        .await?;
    touch_swipe(b, &[(x, y + 60.0)], 0.0, -150.0).await?;
    let (scroll1, _) = scroll_and_zoom(b).await?;
    ensure!(scroll1 > scroll0 + 40.0, "one finger on {under} did not scroll the page ({scroll0} → {scroll1})");
    ensure!(marker_in_map(b).await? == before, "one finger moved the embedded map");
    // Two fingers move the map, and the page stays.
    let (x, y) = map_in_view(b).await?;
    let (scroll2, _) = scroll_and_zoom(b).await?;
    let before = marker_in_map(b).await?;
    touch_swipe(b, &[(x - 40.0, y), (x + 40.0, y)], 0.0, 80.0).await?;
    let after = marker_in_map(b).await?;
    ensure!((after.1 - before.1 - 80.0).abs() < 12.0, "two fingers did not move the map: {before:?} → {after:?}");
    ensure!((scroll_and_zoom(b).await?.0 - scroll2).abs() < 2.0, "two fingers scrolled the page");
    b.screenshot(env, "visitor-phone-two-fingers.png").await?;
    Ok(())
}

crate::e2e!(consent_can_be_put_aside_and_markers_take_taps, MOBILE);
pub async fn consent_can_be_put_aside_and_markers_take_taps(env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    // The offer sits above the map, never over it.
    let apart = b.js("const c=document.querySelector('.bk-consent').getBoundingClientRect(), m=document.querySelector('.bk-map').getBoundingClientRect(); return c.bottom <= m.top + 0.5").await?;
    ensure!(apart == Value::Bool(true), "the consent offer covers the map");
    // Before any tile: the district, its municipalities and their names, from our own server.
    let base = b.js("return [document.querySelectorAll('.bk-district path').length, document.querySelectorAll('.bk-area-label').length, document.querySelector('.bk-attribution').textContent, document.querySelector('.bk-map').dataset.zoom]").await?;
    ensure!(
        base[0] == json!(1)
            && base[1].as_u64().unwrap_or(0) >= 3
            && base[2].as_str().is_some_and(|a| a.contains("GeoBasis-DE")),
        "no first-party base layer with names and attribution before consent: {base}"
    );
    b.screenshot(env, "visitor-phone-consent.png").await?;
    b.by_role("button", "Ohne Hintergrundkarte weiter").await?.click().await?;
    ensure!(b.c.find_all(Locator::Css(".bk-consent")).await?.is_empty(), "the offer stays after putting it aside");
    // Every marker and cluster on the map takes a tap at its centre (controls excepted).
    let blocked = b.js(r#"
        const map = document.querySelector('.bk-map').getBoundingClientRect();
        const ctl = [...document.querySelectorAll('.bk-controls, .bk-layers, .bk-attribution')].map(e => e.getBoundingClientRect());
        return [...document.querySelectorAll('.bk-marker, .bk-cluster')].map(m => {
            const r = m.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
            if (x < map.left || x > map.right || y < map.top || y > map.bottom) return null;
            if (ctl.some(c => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom)) return null;
            const hit = document.elementFromPoint(x, y);
            return hit && hit.closest('.bk-marker, .bk-cluster') === m ? null : (m.getAttribute('aria-label') + ' under ' + (hit ? hit.className : 'nothing'));
        }).filter(Boolean);
    "#).await?;
    ensure!(blocked == json!([]), "markers that cannot be tapped: {blocked}");
    let marker = b.markers().await?.into_iter().next().ok_or("no single marker on the phone")?;
    marker.click().await?;
    b.wait_until("the details", || async move { Ok(!b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty()) })
        .await?;
    b.by_role("button", "Schließen").await?.click().await?;
    // The offer comes back on request, its load button ready.
    b.by_role("button", "Hintergrundkarte anbieten").await?.click().await?;
    b.wait_by_role("button", "Hintergrundkarte laden").await?;
    Ok(())
}

/// The open place's marker against the sheet: [marker y, sheet top, map top, Route link fully in the sheet and window].
const PLACE_AND_SHEET: &str = r#"
    const k = document.querySelector('.bk-marker--active'), d = document.querySelector('.bk-details'), m = document.querySelector('.bk-map');
    if (!k || !d) return null;
    const kr = k.getBoundingClientRect(), dr = d.getBoundingClientRect(), mr = m.getBoundingClientRect();
    const route = [...d.querySelectorAll('a')].find(a => a.textContent.trim().startsWith('Route'));
    const rr = route ? route.getBoundingClientRect() : null;
    return [kr.top + kr.height / 2, dr.top, mr.top, !!rr && rr.top >= dr.top && rr.bottom <= dr.bottom && rr.bottom <= innerHeight];
"#;

async fn place_above_sheet(b: &Browser, what: &str) -> TestResult {
    b.wait_until("the sheet and the place", || async move { Ok(b.js(PLACE_AND_SHEET).await? != Value::Null) }).await?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let v = b.js(PLACE_AND_SHEET).await?;
    let n = |i: usize| v[i].as_f64().unwrap_or(f64::NAN);
    ensure!(n(0) > n(2) && n(0) < n(1), "{what}: the place is hidden by the sheet: {v}");
    ensure!(v[3] == Value::Bool(true), "{what}: the route action is not visible without scrolling: {v}");
    Ok(())
}

crate::e2e!(the_chosen_place_stays_visible_above_the_sheet, MOBILE);
pub async fn the_chosen_place_stays_visible_above_the_sheet(env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    // The lowest marker on the map: a sheet rising from the bottom would cover it.
    let lowest = b.js("const m=[...document.querySelectorAll('.bk-marker')]; m.sort((a,b)=>b.getBoundingClientRect().top-a.getBoundingClientRect().top); m[0].id = m[0].id || 'x'; return m[0].id").await?;
    let lowest = lowest.as_str().unwrap_or_default().to_string();
    b.c.find(Locator::Id(&lowest)).await?.click().await?;
    place_above_sheet(b, "marker").await?;
    b.screenshot(env, "visitor-phone-sheet.png").await?;
    b.by_role("button", "Schließen").await?.click().await?;
    // From the list: the map comes back with the place above the sheet; the page never jumps.
    let overview = b.js("return document.querySelector('.bk-map').dataset.zoom").await?;
    b.by_role("button", "Liste").await?.click().await?;
    let entry = b.c.find(Locator::Css(".bk-result:nth-child(5) .bk-result-button")).await?;
    entry.click().await?;
    place_above_sheet(b, "list entry").await?;
    let scrolled = b.js("return [scrollY, document.scrollingElement.scrollTop]").await?;
    ensure!(scrolled == json!([0, 0]), "the page moved: {scrolled}");
    b.screenshot(env, "visitor-phone-sheet-from-list.png").await?;
    // Closing returns to the list entry that opened it, and the map to the overview.
    b.by_role("button", "Schließen").await?.click().await?;
    let zoom = b.js("return document.querySelector('.bk-map').dataset.zoom").await?;
    ensure!(zoom == overview, "the map stays zoomed in after closing ({overview} → {zoom})");
    b.wait_until("focus back in the list", || async move {
        Ok(b.js("return !!document.activeElement.closest('.bk-result')").await? == Value::Bool(true))
    })
    .await?;
    Ok(())
}

// A shared link names a place and no view: the place is centred in what its sheet leaves free.
crate::e2e!(a_shared_place_on_a_phone_opens_above_its_sheet, MOBILE);
pub async fn a_shared_place_on_a_phone_opens_above_its_sheet(_env: &Env, b: &Browser) -> TestResult {
    b.open("/?place=bbs-buchholz").await?;
    b.wait_loaded().await?;
    place_above_sheet(b, "a shared link's place").await
}

crate::e2e!(a_list_entry_on_a_host_page_never_moves_the_page, DESKTOP);
pub async fn a_list_entry_on_a_host_page_never_moves_the_page(_env: &Env, b: &Browser) -> TestResult {
    b.open("/demo-host.html").await?;
    both_widgets_loaded(b).await?;
    b.js("document.querySelector('#karte-alle').scrollIntoView()").await?;
    let before = b.js("return scrollY").await?;
    b.c.find(Locator::Css("#karte-alle .bk-result:nth-child(3) .bk-result-button")).await?.click().await?;
    b.wait_until("the details", || async move {
        Ok(!b.c.find_all(Locator::Css("#karte-alle [role=dialog]")).await?.is_empty())
    })
    .await?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let after = b.js("return scrollY").await?;
    ensure!(after == before, "choosing a list entry moved the host page ({before} → {after})");
    // The widget does not keep this page's address: a copied link would open nothing.
    let copy = b.js("return document.querySelectorAll('#karte-alle .bk-copy').length").await?;
    ensure!(copy == 0, "no 'Link kopieren' where a link cannot open the place: {copy}");
    Ok(())
}

crate::e2e!(english_browsers_get_english_that_finds_things, DESKTOP, &["--accept-lang=en-US,en"]);
pub async fn english_browsers_get_english_that_finds_things(env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    crate::langs::speaks(b, "en").await?;
    let title = b.c.find(Locator::Css(".bk-title")).await?.text().await?;
    ensure!(title == "Education map of Landkreis Harburg", "an English browser got: {title}");
    let search = b.c.find(Locator::Css("input[type=search]")).await?;
    for word in ["recognition", "foreign qualification", "immigrant", "apprenticeship"] {
        clear_search(b).await?;
        search.send_keys(word).await?;
        tokio::time::sleep(Duration::from_millis(150)).await;
        let n = b.js("return document.querySelectorAll('.bk-result').length").await?.as_u64().unwrap_or(0);
        ensure!(n > 0, "“{word}” finds nothing");
    }
    b.screenshot(env, "visitor-english.png").await?;
    // The language chosen is kept in the page's (shared) link.
    crate::langs::choose(b, "de").await?;
    b.wait_until("lang=de in the URL", || async move { Ok(b.c.current_url().await?.as_str().contains("lang=de")) })
        .await?;
    Ok(())
}

crate::e2e!(something_shows_before_the_wasm_runs, MOBILE);
pub async fn something_shows_before_the_wasm_runs(env: &Env, b: &Browser) -> TestResult {
    // The wasm held back (downloaded, never handed over): the page waits for it as on a slow line.
    crate::parts::hold(b, "_bg.wasm", 0).await?;
    b.open("/").await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let boot = b.c.find(Locator::Css(".bk-boot")).await?;
    let text = boot.text().await?;
    ensure!(
        boot.is_displayed().await?
            && text.contains("Bildungskarte Landkreis Harburg")
            && text.contains("Karte wird geladen"),
        "the standalone page is blank while the wasm loads: {text:?}"
    );
    b.screenshot(env, "visitor-loading.png").await?;
    b.open("/demo-host.html").await?;
    b.wait_until("loading texts in both hosts", || async move {
        Ok(b.js("return [...document.querySelectorAll('[data-bildungskarte] .bk-boot')].filter(e => e.textContent.includes('Karte wird geladen')).length").await? == json!(2))
    })
    .await?;
    Ok(())
}
