//! The visitor on a phone: the search keeps a visible label, and an open place leaves 40 % of
//! the widget to the map with the place in it (the sheet opens at part height and can be pulled
//! up), standalone and in a short CMS box.

use crate::support::*;
use fantoccini::Locator;
use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, PointerAction, TouchActions};
use serde_json::json;

/// The search field's visible label: its text as seen, and whether it is drawn inside the window.
async fn visible_label(b: &Browser) -> AnyResult<(String, bool)> {
    let v = b
        .js("const l = document.querySelector('.bk-bar label'); \
             const seen = [...l.querySelectorAll('span')].filter(s => { const r = s.getBoundingClientRect(); \
               return r.width > 4 && r.height > 4 && getComputedStyle(s).clip === 'auto'; }); \
             const r = seen.length ? seen[0].getBoundingClientRect() : null; \
             return [seen.map(s => s.textContent).join(''), !!r && r.left >= 0 && r.right <= innerWidth && r.top >= 0]")
        .await?;
    Ok((v[0].as_str().unwrap_or_default().trim().to_string(), v[1] == json!(true)))
}

async fn label_is_visible_and_starts_the_name(b: &Browser, want: &str) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let (seen, inside) = visible_label(b).await?;
    ensure!(seen.starts_with(want) && inside, "the search's visible label: {seen:?} (inside the window: {inside})");
    let name = b.name(&b.search_box().await?).await?;
    ensure!(name.starts_with(&seen), "the field's name begins with what is seen: {name:?} / {seen:?}");
    // Typing does not take the label away (a placeholder would go).
    b.search("Winsen").await?;
    ensure!(visible_label(b).await?.0 == seen, "the label stays while typing");
    Ok(())
}

crate::e2e!(the_search_has_a_visible_label_on_a_phone, MOBILE);
pub async fn the_search_has_a_visible_label_on_a_phone(_env: &Env, b: &Browser) -> TestResult {
    label_is_visible_and_starts_the_name(b, "Suche").await
}

crate::e2e!(the_search_has_a_visible_label_on_a_desktop, DESKTOP);
pub async fn the_search_has_a_visible_label_on_a_desktop(_env: &Env, b: &Browser) -> TestResult {
    label_is_visible_and_starts_the_name(b, "Suche nach Name, Beruf, Angebot oder Ort").await
}

/// Map left above the sheet as a share of the widget's height, and whether the open place's
/// marker sits in it.
const MAP_LEFT: &str = r#"
    const root = document.querySelector('.bk-root').getBoundingClientRect();
    const map = document.querySelector('.bk-map').getBoundingClientRect();
    const d = document.querySelector('.bk-details'), k = document.querySelector('.bk-marker--active');
    if (!d || !k) return null;
    const top = d.getBoundingClientRect().top, kr = k.getBoundingClientRect();
    const y = kr.top + kr.height / 2;
    return [(top - map.top) / root.height, y > map.top && y < top, top - map.top];
"#;

async fn sheet_leaves_the_map(env: &Env, b: &Browser, what: &str) -> TestResult {
    b.wait_until("the sheet", || async { Ok(b.js(MAP_LEFT).await? != serde_json::Value::Null) }).await?;
    // The view settles on the place in the frame after the sheet appears.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let v = b.js(MAP_LEFT).await?;
    eprintln!("{what}: map left above the sheet: {:.1} % of the widget's height", v[0].as_f64().unwrap_or(0.0) * 100.0);
    b.screenshot(env, &format!("phone-sheet-{what}.png")).await?;
    ensure!(v[0].as_f64().unwrap_or(0.0) >= 0.395, "{what}: map left above the sheet {v}");
    ensure!(v[1] == json!(true), "{what}: the place is in the map left: {v}");
    // Pulled up by a finger: the whole map; one tap brings it back; a tap pulls it up again.
    let grip = b.by_role("button", "Details in voller Höhe").await?;
    ensure!(grip.attr("aria-expanded").await?.as_deref() == Some("false"), "{what}: opens at part height");
    let (gx, gy) = b.center_of(&grip).await?;
    let finger = |dy: f64| {
        TouchActions::new("finger".into())
            .then(PointerAction::MoveTo { duration: None, x: gx.round(), y: gy.round() })
            .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
            .then(PointerAction::MoveBy { duration: Some(std::time::Duration::from_millis(120)), x: 0.0, y: dy })
            .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT })
    };
    let full = || async { Ok(b.js(MAP_LEFT).await?[2].as_f64().is_some_and(|left| left < 2.0)) };
    let part = || async { Ok(b.js(MAP_LEFT).await?[0].as_f64().is_some_and(|share| share >= 0.395)) };
    b.c.perform_actions(finger(-80.0)).await?;
    b.wait_until("the sheet pulled up", full).await?;
    let grip = b.by_role("button", "Details in voller Höhe").await?;
    let (tx, ty) = b.center_of(&grip).await?;
    b.tap(tx, ty).await?;
    b.wait_until("one tap after the swipe brings it back", part).await?;
    b.by_role("button", "Details in voller Höhe").await?.click().await?;
    b.wait_until("a tap pulls it up", full).await?;
    Ok(())
}

crate::e2e!(an_open_place_leaves_forty_percent_map_on_a_phone, MOBILE);
pub async fn an_open_place_leaves_forty_percent_map_on_a_phone(env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    b.by_role("button", "Liste").await?.click().await?;
    b.c.find(Locator::Css(".bk-result:nth-child(4) .bk-result-button")).await?.click().await?;
    sheet_leaves_the_map(env, b, "standalone").await?;

    // In a CMS page's 560 px box.
    let page = host_page(
        "short-box",
        r#"<style>body { margin: 0 }</style>"#,
        r#"data-config="/config.json" style="height:560px""#,
    )?;
    b.open(&page).await?;
    b.wait_loaded().await?;
    b.by_role("button", "Liste").await?.click().await?;
    b.c.find(Locator::Css(".bk-result:nth-child(4) .bk-result-button")).await?.click().await?;
    sheet_leaves_the_map(env, b, "cms-box").await
}

crate::e2e!(answering_the_basemap_offer_leaves_the_focus_on_the_map, DESKTOP);
pub async fn answering_the_basemap_offer_leaves_the_focus_on_the_map(_env: &Env, b: &Browser) -> TestResult {
    for answer in ["Hintergrundkarte laden", "Ohne Hintergrundkarte weiter"] {
        b.open("/").await?;
        b.wait_loaded().await?;
        b.by_role("button", answer).await?.click().await?;
        b.wait_until(&format!("{answer}: focus on the map"), || async {
            Ok(b.js("return document.activeElement.classList.contains('bk-map')").await? == json!(true))
        })
        .await?;
    }
    Ok(())
}
