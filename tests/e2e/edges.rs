//! One click or one tap opens a marker wherever it sits in the map, also 10 px from an edge,
//! where bringing it into view on focus used to move it from under the pointer (two taps).

use crate::support::*;
use fantoccini::Locator;
use serde_json::Value;
use std::f64::consts::PI;

const ZOOM: f64 = 15.0;

fn world(z: f64) -> f64 {
    256.0 * 2f64.powf(z)
}

/// Web Mercator pixels of a position at zoom `ZOOM`.
fn project(lon: f64, lat: f64) -> (f64, f64) {
    let s = world(ZOOM);
    let phi = lat.to_radians();
    ((lon + 180.0) / 360.0 * s, (0.5 - (PI / 4.0 + phi / 2.0).tan().ln() / (2.0 * PI)) * s)
}

fn unproject(x: f64, y: f64) -> (f64, f64) {
    let s = world(ZOOM);
    (x / s * 360.0 - 180.0, (PI * (1.0 - 2.0 * y / s)).sinh().atan().to_degrees())
}

/// The sample place farthest from its nearest neighbour (never clustered or moved aside at
/// zoom 15), with the name its marker has.
fn lonely(env: &Env) -> (f64, f64, String) {
    let config = env.read_json("config.json");
    let all = env.sample_features();
    let mut spots: Vec<(f64, f64, &Value)> = Vec::new();
    for f in &all {
        if let Some(c) = f["geometry"]["coordinates"].as_array() {
            spots.push((c[0].as_f64().unwrap(), c[1].as_f64().unwrap(), &f["properties"]));
        }
    }
    let gap = |i: usize| {
        let (x, y) = project(spots[i].0, spots[i].1);
        (0..spots.len())
            .filter(|&j| j != i)
            .map(|j| {
                let (u, v) = project(spots[j].0, spots[j].1);
                (u - x).hypot(v - y)
            })
            .fold(f64::MAX, f64::min)
    };
    let best = (0..spots.len()).max_by(|&a, &b| gap(a).total_cmp(&gap(b))).unwrap();
    let (lon, lat, p) = spots[best];
    let cat = config["categories"].as_array().unwrap().iter().find(|c| c["id"] == p["category"]).unwrap();
    let label = cat["label"]["de"].as_str().or(cat["label"].as_str()).unwrap();
    let name = p["name"]["de"].as_str().or(p["name"].as_str()).unwrap();
    (lon, lat, format!("{name}, {label}"))
}

/// Opens the map with the place 10 px inside each edge in turn and opens it with one press.
async fn open_at_every_edge(env: &Env, b: &Browser, touch: bool) -> TestResult {
    let (lon, lat, name) = lonely(env);
    b.open(&format!("/?z={ZOOM}&at={lon:.6},{lat:.6}")).await?;
    b.wait_loaded().await?;
    let (_, _, w, h) = b.c.find(Locator::Css(".bk-map")).await?.rectangle().await?;
    let (px, py) = project(lon, lat);
    // At the bottom, beside the attribution (a marker under it is not visible, so not clickable).
    let credit = b
        .js("const a = document.querySelector('.bk-attribution'), m = document.querySelector('.bk-map'); \
             return a ? a.getBoundingClientRect().left - m.getBoundingClientRect().left : m.getBoundingClientRect().width")
        .await?
        .as_f64()
        .unwrap_or(w);
    let bottom_x = (credit.min(w) / 2.0).max(30.0);
    for (edge, tx, ty) in
        [("left", 10.0, h / 2.0), ("right", w - 10.0, h / 2.0), ("top", w / 2.0, 10.0), ("bottom", bottom_x, h - 10.0)]
    {
        // The view's centre that puts the place at (tx, ty) in the map.
        let (clon, clat) = unproject(px - (tx - w / 2.0), py - (ty - h / 2.0));
        b.open(&format!("/?z={ZOOM}&at={clon:.6},{clat:.6}")).await?;
        b.wait_loaded().await?;
        let marker = b.by_role("button", &name).await?;
        let (mx, my, _, _) = b.c.find(Locator::Css(".bk-map")).await?.rectangle().await?;
        let (x, y) = b.center_of(&marker).await?;
        ensure!(
            (x - mx - tx).abs() < 3.0 && (y - my - ty).abs() < 3.0,
            "{edge}: the marker is at ({:.0}, {:.0}) in the map, not ({tx:.0}, {ty:.0})",
            x - mx,
            y - my
        );
        b.screenshot(env, &format!("edges-{edge}-{}.png", if touch { "tap" } else { "click" })).await?;
        if touch {
            b.tap(x, y).await?;
        } else {
            marker.click().await?;
        }
        let place = name.rsplit_once(", ").map(|(n, _)| n).unwrap_or(&name);
        b.wait_until(&format!("{edge}: the details after one press"), || async {
            Ok(b.all_by_role("dialog", |n| n == place).await?.len() == 1)
        })
        .await?;
    }
    Ok(())
}

crate::e2e!(one_click_opens_a_marker_at_every_edge, DESKTOP);
pub async fn one_click_opens_a_marker_at_every_edge(env: &Env, b: &Browser) -> TestResult {
    open_at_every_edge(env, b, false).await
}

crate::e2e!(one_tap_opens_a_marker_at_every_edge, MOBILE);
pub async fn one_tap_opens_a_marker_at_every_edge(env: &Env, b: &Browser) -> TestResult {
    open_at_every_edge(env, b, true).await
}

crate::e2e!(one_click_opens_a_marker_at_every_edge_on_a_phone, MOBILE);
pub async fn one_click_opens_a_marker_at_every_edge_on_a_phone(env: &Env, b: &Browser) -> TestResult {
    open_at_every_edge(env, b, false).await
}

// One place with its coordinates swapped (in the Indian Ocean): the map starts on the others,
// at the config's view, not zoomed out between them and it; the stray one is still listed.
crate::e2e!(a_stray_coordinate_does_not_take_the_start_view_away, DESKTOP);
pub async fn a_stray_coordinate_does_not_take_the_start_view_away(_env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=/fixtures/stray/config.json").await?;
    b.wait_loaded().await?;
    let shown = b
        .js("const m = document.querySelector('.bk-map').getBoundingClientRect(); \
             return [...document.querySelectorAll('.bk-marker')].filter(k => { const r = k.getBoundingClientRect(); \
             return r.left >= m.left && r.right <= m.right && r.top >= m.top && r.bottom <= m.bottom; }).map(k => k.getAttribute('data-place')).sort()")
        .await?;
    ensure!(shown == serde_json::json!(["s1", "s2"]), "the two places in the district are in sight: {shown}");
    let zoom = b.js("return document.querySelector('.bk-map').dataset.zoom").await?;
    ensure!(zoom == "13", "the config's zoom: {zoom}");
    Ok(())
}
