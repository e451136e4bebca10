//! Leptos components. They render state and turn events into new state; parsing, projection and
//! validation live in the core.

mod app;
#[cfg(feature = "bench")]
mod bench_heap;
pub mod checker;
mod consent;
mod ctx;
mod details;
mod dom;
#[cfg(feature = "editor")]
pub mod editor;
mod events;
mod finder;
mod grip;
mod handoff;
mod heading;
mod lang_files;
mod lang_menu;
mod later;
mod legend;
mod loading;
mod map;
mod marks;
mod nearby;
mod notices;
mod parts;
pub use parts::start_app;
mod results;
mod searchbar;
mod sheet;
mod symbol;
mod url_sync;
use crate::i18n::words;

use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;

static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// Mounts one widget into every host element (`[data-bildungskarte]` or `#bildungskarte`). A page
/// without one is left alone.
pub fn mount_all() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(hosts) = doc.query_selector_all("[data-bildungskarte], #bildungskarte") else { return };
    for i in 0..hosts.length() {
        if let Some(el) = hosts.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            // A host already holding a widget (the script included twice) keeps it.
            if el.get_attribute("data-bildungskarte-mounted").is_none() {
                let _ = el.set_attribute("data-bildungskarte-mounted", "");
                mount(el);
            }
        }
    }
}

fn mount(host: web_sys::HtmlElement) {
    std::mem::forget(mount_with(host, false));
}

thread_local! {
    /// The check page's preview widget, for `show_in_preview`.
    static PREVIEW: std::cell::Cell<Option<ctx::Ctx>> = const { std::cell::Cell::new(None) };
}

/// Mounts a widget into `host` as the check page's preview (its `data-config` names the config);
/// dropping the returned handle takes it away again.
pub fn mount_preview(host: web_sys::HtmlElement) -> Box<dyn std::any::Any> {
    mount_with(host, true)
}

/// What `show_in_preview` could show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The place itself, its details open.
    Place,
    /// Only where the entry lies: it is not on the map (left out for an error).
    Spot,
    Nothing,
}

/// Opens the place `id` at `at` in the preview and zooms to it; an entry that is not among the
/// places (left out, or another one has its id) is shown by its point alone.
pub fn show_in_preview(id: Option<&str>, at: Option<crate::geo::LonLat>) -> Shown {
    use leptos::prelude::*;
    let Some(ctx) = PREVIEW.with(|p| p.get()) else { return Shown::Nothing };
    let index = id.and_then(|id| ctx.data.places.with_untracked(|ps| crate::model::index_of(ps, id))).filter(|&i| {
        let there = ctx.data.places.with_untracked(|ps| ps[i].position);
        at.is_none_or(|a| there.is_some_and(|p| (p.lon - a.lon).abs() < 1e-9 && (p.lat - a.lat).abs() < 1e-9))
    });
    let center = index.and_then(|i| ctx.data.places.with_untracked(|ps| ps[i].position)).or(at);
    if let Some(c) = center {
        ctx.screen.update_view(|vp| crate::geo::Viewport { center: c, zoom: vp.zoom.max(14.0), ..*vp });
    }
    match (index, center) {
        (Some(i), _) => {
            ctx.open_place(i, None, None);
            Shown::Place
        }
        (None, Some(_)) => {
            ctx.open_linked(None);
            Shown::Spot
        }
        (None, None) => Shown::Nothing,
    }
}

fn mount_with(host: web_sys::HtmlElement, preview: bool) -> Box<dyn std::any::Any> {
    let n = INSTANCES.fetch_add(1, Ordering::Relaxed);
    // What the page showed before the wasm ran (index.html's title and loading text, embed.js's
    // loading text) makes room for the widget; its title stays until the config names one.
    let boot_title = host.query_selector(".bk-boot-title").ok().flatten().and_then(|e| e.text_content());
    if let Ok(boot) = host.query_selector_all(".bk-boot") {
        for i in 0..boot.length() {
            if let Some(node) = boot.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                node.remove();
            }
        }
    }
    let cooperative = crate::map::cooperative(&host);
    // A first paint (crate::first) covers the widget's place until the widget's first markers.
    let first_height = handoff::cover(&host);
    let options = app::HostOptions {
        prefix: format!("bk{n}"),
        config: host.get_attribute("data-config"),
        lang: host.get_attribute("data-lang"),
        heading_level: host.get_attribute("data-heading-level").and_then(|v| v.parse().ok()).unwrap_or(2),
        url_state: host.has_attribute("data-url-state"),
        after_first: first_height.is_some(),
        cooperative,
        // An empty host with no height of its own: the widget takes the documented default.
        auto_height: first_height.unwrap_or_else(|| host.client_height() < 2),
        boot_title,
        // The check page's preview is for editors: it says everything.
        all_notices: preview
            || host.get_attribute("data-notices").as_deref() == Some("all")
            || dom::query_param("notices").as_deref() == Some("all"),
        preview,
        standalone: host.has_attribute("data-standalone"),
    };
    Box::new(leptos::mount::mount_to(host, move || leptos::prelude::view! { <app::App options=options.clone()/> }))
}

/// Runs `f`; when it took 4 ms or more, records a User Timing measure `name` so the costly steps
/// show up in the browser's performance panel and in the benchmark's profile (BK_BENCH_PROFILE).
/// Quick runs leave no entry: memos that follow the view run every frame. At most 1,000 entries
/// per page, so a long session does not fill the browser's performance timeline.
pub(crate) fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    static RECORDED: AtomicUsize = AtomicUsize::new(0);
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else { return f() };
    let start = perf.now();
    let out = f();
    let end = perf.now();
    if end - start >= 4.0 && RECORDED.fetch_add(1, Ordering::Relaxed) < 1000 {
        let opts = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&opts, &"start".into(), &start.into());
        let _ = js_sys::Reflect::set(&opts, &"end".into(), &end.into());
        if let Ok(measure) =
            js_sys::Reflect::get(&perf, &"measure".into()).and_then(|m| m.dyn_into::<js_sys::Function>())
        {
            let _ = measure.call2(&perf, &name.into(), &opts);
        }
    }
    out
}

/// A User Timing mark (`bk-start`, `bk-first-markers`, …; listed in BENCHMARKS.md).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// For the benchmark harness (bench/): builds our cluster index over the given points and queries
/// the district at zoom 10, returning [build ms, ms per query, clusters found]. The query runs 1000
/// times: one takes less than the browser's timer resolution. Only in builds with the `bench`
/// feature (scripts/bench.sh), not in the shipped wasm.
#[cfg(feature = "bench")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_cluster(lons: Vec<f64>, lats: Vec<f64>) -> Vec<f64> {
    let perf = web_sys::window().and_then(|w| w.performance());
    let now = || perf.as_ref().map(|p| p.now()).unwrap_or(0.0);
    let pts: Vec<(crate::geo::LonLat, u16)> =
        lons.iter().zip(&lats).map(|(&x, &y)| (crate::geo::LonLat::new(x, y), 0)).collect();
    let t0 = now();
    let index = crate::cluster::ClusterIndex::build(&pts, crate::cluster::Options::default());
    let t1 = now();
    let district = crate::geo::Bounds { west: 9.4, south: 53.0, east: 10.6, north: 53.6 };
    let mut found = 0;
    for _ in 0..1000 {
        found = std::hint::black_box(index.query(std::hint::black_box(&district), 10.0)).len();
    }
    let t2 = now();
    vec![t1 - t0, (t2 - t1) / 1000.0, found as f64]
}
