//! Embedding: the demo CMS page mounts two widgets directly and a third in an iframe; the host's
//! styles and the widgets' styles leave each other alone.

use crate::support::{Browser, ESCAPE, Env, TestResult, ensure};
use fantoccini::Locator;
use serde_json::Value;

crate::e2e!(demo_host_page_with_two_instances_and_an_iframe, DESKTOP, core);
pub async fn demo_host_page_with_two_instances_and_an_iframe(env: &Env, b: &Browser) -> TestResult {
    b.open("/demo-host.html").await?;
    b.wait_until("both widgets", || async move {
        Ok(b.js("const m=[...document.querySelectorAll('.bk-map')]; return m.length === 2 && m.every(x => x.getAttribute('aria-busy') === 'false')").await? == Value::Bool(true))
    })
    .await?;
    let counts = b.js("return [...document.querySelectorAll('[data-bildungskarte]')].map(h => h.querySelectorAll('.bk-marker').length)").await?;
    ensure!(counts == serde_json::json!([62, 10]), "each instance shows its own config's places: {counts}");
    let duplicates = b.js("const ids=[...document.querySelectorAll('[id]')].map(e=>e.id); return ids.filter((x,i)=>ids.indexOf(x)!==i)").await?;
    ensure!(duplicates == serde_json::json!([]), "ids are unique across instances: {duplicates}");
    let regions = b.all_by_role("region", |n| n.starts_with("Karte mit")).await?;
    ensure!(regions.len() == 2, "two map regions");

    // The host's styles are untouched by the widget ...
    let host = b.js("const h = getComputedStyle(document.querySelector('h1')); const p = getComputedStyle(document.querySelector('.cms-intro')); return [h.textTransform, p.fontFamily.split(',')[0], getComputedStyle(document.body).backgroundColor]").await?;
    ensure!(host == serde_json::json!(["uppercase", "Georgia", "rgb(251, 247, 239)"]), "host styles changed: {host}");
    // ... and the host's global rules do not break the widget.
    let widget = b.js("const z = getComputedStyle(document.querySelector('.bk-zoom-in')); const s = document.querySelector('.bk-marker svg').getBoundingClientRect(); return [z.backgroundColor, z.textTransform, Math.round(s.width), getComputedStyle(document.querySelector('.bk-title')).textTransform]").await?;
    ensure!(
        widget == serde_json::json!(["rgb(255, 255, 255)", "none", 28, "none"]),
        "host styles leak into the widget: {widget}"
    );

    // Each instance works on its own: Escape closes only the panel of the instance it came from.
    let second = b.c.find(Locator::Css("#karte-beratung .bk-marker")).await?;
    b.js("document.getElementById('karte-beratung').scrollIntoView()").await?;
    second.click().await?;
    b.wait_until("a panel in the second map", || async move {
        Ok(!b.c.find_all(Locator::Css("#karte-beratung [role=dialog]")).await?.is_empty())
    })
    .await?;
    ensure!(b.c.find_all(Locator::Css("#karte-alle [role=dialog]")).await?.is_empty(), "the first map stays closed");
    b.press(ESCAPE).await?;
    ensure!(b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty(), "Escape closes it");
    b.screenshot(env, "demo-host.png").await?;

    // The iframe: lazy, sized by the host, a full widget inside.
    b.js("document.querySelector('iframe').scrollIntoView()").await?;
    let frame = b.c.find(Locator::Css("iframe")).await?;
    ensure!(frame.attr("loading").await?.as_deref() == Some("lazy"), "the iframe loads lazily");
    frame.enter_frame().await?;
    b.wait_loaded().await?;
    let (_, _, w, _) = b.c.find(Locator::Css(".bk-root")).await?.rectangle().await?;
    ensure!(w > 900.0, "the widget fills the iframe ({w})");
    ensure!(b.markers().await?.len() == 10, "the iframe shows the counselling config");
    b.c.enter_parent_frame().await?;
    Ok(())
}

/// How far each glyph of the widget's icon buttons (zoom +/−, close ×) sits from its button's
/// centre, and the buttons' sizes: [class, dx, dy, width, height].
const GLYPHS: &str = r#"
    return [...document.querySelectorAll('#karte-alle .bk-zoom, #karte-alle .bk-close, #karte-alle .bk-notice-close')].map(b => {
        const r = b.getBoundingClientRect(), range = document.createRange();
        range.selectNodeContents(b);
        const g = range.getBoundingClientRect();
        return [b.className, Math.round(g.left + g.width / 2 - r.left - r.width / 2), Math.round(g.top + g.height / 2 - r.top - r.height / 2), Math.round(r.width), Math.round(r.height)];
    });
"#;

/// The demo page carries a CMS theme's resets (`button { all: unset }`, `* { box-sizing:
/// content-box }`, `svg { width: 100% }`, `img { max-width: 100% }`): the widget's controls keep
/// their size and their glyphs stay centred.
async fn controls_survive_host_resets(env: &Env, b: &Browser, shot: &str) -> TestResult {
    b.open("/demo-host.html").await?;
    b.wait_until("the first widget", || async move {
        Ok(b.js("const m = document.querySelector('#karte-alle .bk-map'); return !!m && m.getAttribute('aria-busy') === 'false'").await? == Value::Bool(true))
    })
    .await?;
    // The resets are there: a button of the page's own is stripped to an inline box.
    let own = b
        .js("const x = document.createElement('button'); document.body.append(x); \
             const d = [getComputedStyle(x).display, getComputedStyle(x).boxSizing]; x.remove(); return d")
        .await?;
    ensure!(own == serde_json::json!(["inline", "content-box"]), "the demo page's resets: {own}");
    b.js("document.querySelector('#karte-alle').scrollIntoView()").await?;
    // Symbols keep the size they are drawn at (svg { width: 100% }).
    let svg = b
        .js("const s = document.querySelector('#karte-alle .bk-marker svg, #karte-alle .bk-cluster'); \
             return s ? [s.tagName.toLowerCase(), Math.round(s.getBoundingClientRect().width)] : null")
        .await?;
    ensure!(
        svg == serde_json::json!(["svg", 28]) || svg[0] == "button" && svg[1].as_i64().is_some_and(|w| w < 80),
        "a marker's symbol was stretched: {svg}"
    );
    // A place's details (its close button is measured too), from the list: on a phone the map
    // shows clusters there and the list is behind its switch.
    b.js("document.querySelector('#karte-alle .bk-result-button').click()").await?;
    b.wait_until("the details", || async move {
        Ok(!b.c.find_all(Locator::Css("#karte-alle [role=dialog]")).await?.is_empty())
    })
    .await?;
    let glyphs = b.js(GLYPHS).await?;
    let list = glyphs.as_array().cloned().unwrap_or_default();
    ensure!(list.len() >= 3, "zoom in, zoom out and close: {glyphs}");
    for g in &list {
        let n = |i: usize| g[i].as_i64().unwrap_or(99);
        ensure!(n(1).abs() <= 2 && n(2).abs() <= 2, "a glyph off-centre: {g} (all: {glyphs})");
        ensure!(n(3) >= 24 && n(4) >= 24, "a control lost its size: {g}");
    }
    b.screenshot(env, shot).await?;
    Ok(())
}

crate::e2e!(host_resets_leave_the_controls_whole_on_a_desktop, DESKTOP);
pub async fn host_resets_leave_the_controls_whole_on_a_desktop(env: &Env, b: &Browser) -> TestResult {
    controls_survive_host_resets(env, b, "embed-resets-desktop.png").await
}

crate::e2e!(host_resets_leave_the_controls_whole_on_a_phone, MOBILE);
pub async fn host_resets_leave_the_controls_whole_on_a_phone(env: &Env, b: &Browser) -> TestResult {
    controls_survive_host_resets(env, b, "embed-resets-phone.png").await
}

// A CMS element without a height of its own, on a page whose universal rule sets every element's
// text large: the widget takes its documented height (embed.js's loading text in the element must
// not pass for the element's own height), and its text keeps the widget's sizes.
crate::e2e!(a_host_without_a_height_and_with_large_text_rules_gets_a_whole_map, DESKTOP);
pub async fn a_host_without_a_height_and_with_large_text_rules_gets_a_whole_map(_env: &Env, b: &Browser) -> TestResult {
    let head = "<style>* { font-size: 30px; line-height: 3; font-family: Georgia, serif; }</style>";
    let page = crate::support::host_page("cms-no-height", head, r#"data-config="/config.json""#)?;
    b.open(&page).await?;
    b.wait_until("the widget", || async move {
        Ok(b.js("const m = document.querySelector('.bk-root:not(.bk-first) .bk-map'); return !!m && m.getAttribute('aria-busy') === 'false'")
            .await?
            == Value::Bool(true))
    })
    .await?;
    let sizes = b
        .js("const h = document.querySelector('[data-bildungskarte]').getBoundingClientRect().height; \
             const m = document.querySelector('.bk-map').getBoundingClientRect().height; \
             const p = getComputedStyle(document.querySelector('.bk-root .bk-consent-text, .bk-root .bk-status')); \
             return [Math.round(h), Math.round(m), p.fontSize, p.fontFamily.split(',')[0]]")
        .await?;
    let n = |i: usize| sizes[i].as_f64().unwrap_or(0.0);
    // min(85vh, 760px), at least 420: 680 px in an 800 px window.
    ensure!((420.0..=760.0).contains(&n(0)), "the host's height: {sizes}");
    ensure!(n(1) >= 250.0, "the map keeps its room: {sizes}");
    ensure!(sizes[2] != "30px" && sizes[3] != "Georgia", "the host's universal rule sets the widget's text: {sizes}");
    Ok(())
}
