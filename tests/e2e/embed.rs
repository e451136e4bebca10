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
