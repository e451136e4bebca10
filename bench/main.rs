//! Benchmark harness: the Bildungskarte against a minimal Leaflet 1.9.4 + Leaflet.markercluster page
//! and against mapbox/supercluster, on the same synthetic data, side by side in headless Chromium.
//!
//! `scripts/bench.sh` (or: build the site, then `cargo run --release --example bench`). Prints a
//! table with medians and ratios. Figures, not pass/fail: nothing here is a test.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../tests/e2e/support/mod.rs"]
#[allow(dead_code, unused_macros, unused_imports)]
mod support;

mod editor;

use serde_json::Value;
use std::time::Duration;
use support::{Driver, Env, Server, ServerConfig, browser_with, root};

type R<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() { f64::NAN } else { v[v.len() / 2] }
}

fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() { f64::NAN } else { v[((v.len() - 1) as f64 * p).round() as usize] }
}

fn ensure_data(dist: &std::path::Path, n: usize) -> String {
    let name = format!("synthetic-{}", if n >= 1000 { format!("{}k", n / 1000) } else { n.to_string() });
    let dir = dist.join(&name);
    if !dir.join("places.geojson").exists() {
        let ok = std::process::Command::new("python3")
            .args(["scripts/generate-synthetic.py", "--count", &n.to_string(), "--seed", "7", "--out"])
            .arg(&dir)
            .current_dir(root())
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "generating {name} failed");
    }
    name
}

async fn wait_for(b: &support::Browser, script: &str, secs: u64) -> R<Value> {
    let deadline = std::time::Instant::now() + Duration::from_secs(secs);
    loop {
        let v = b.js(script).await?;
        if !v.is_null() && v != Value::Bool(false) {
            return Ok(v);
        }
        if std::time::Instant::now() > deadline {
            let state = b
                .js("return [performance.getEntriesByType('mark').map(e => e.name).join(' '), (document.querySelector('.bk-status') || {}).textContent]")
                .await?;
            return Err(format!("timed out: {script} (page marks and status: {state})").into());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Cluster index build and one query: ours (wasm) and supercluster (JS), same points.
async fn cluster_bench(env: &Env, name: &str) -> R<([f64; 2], [f64; 2])> {
    let b = browser_with(env, 1280, 800, &[]).await?;
    let load = format!(
        "return fetch('/{name}/places.geojson').then(r => r.json()).then(fc => {{ window.__lons = fc.features.map(f => f.geometry.coordinates[0]); window.__lats = fc.features.map(f => f.geometry.coordinates[1]); return true; }})"
    );
    b.open(&format!("/?config={name}/config.json")).await?;
    wait_for(&b, "return !!(window.wasmBindings && window.wasmBindings.bench_cluster)", 60).await?;
    b.js(&load).await?;
    let ours = medians_of_five(&b, "return window.wasmBindings.bench_cluster(window.__lons, window.__lats)").await?;
    b.open("/bench/supercluster.html").await?;
    b.js(&load).await?;
    let theirs = medians_of_five(&b, "return window.benchSupercluster(window.__lons, window.__lats)").await?;
    b.close().await?;
    Ok((ours, theirs))
}

/// Runs a script that returns [build ms, query ms, …] five times: the medians of both.
async fn medians_of_five(b: &support::Browser, script: &str) -> R<[f64; 2]> {
    let (mut build, mut query) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let v = b.js(script).await?;
        build.push(v[0].as_f64().unwrap_or(f64::NAN));
        query.push(v[1].as_f64().unwrap_or(f64::NAN));
    }
    Ok([median(build), median(query)])
}

/// Opens `url` and waits for its User Timing mark `mark`: when the first markers came (ms since
/// navigation).
async fn first_markers(b: &support::Browser, url: &str, mark: &str) -> R<f64> {
    b.open(url).await?;
    let first = wait_for(
        b,
        &format!("const m = performance.getEntriesByName('{mark}'); return m.length ? m[0].startTime : null"),
        120,
    )
    .await?;
    Ok(first.as_f64().unwrap_or(f64::NAN))
}

/// Cold load to first markers, longest main-thread task, and frame times while panning and zooming.
/// The phone profile: a 390 px phone window, the CPU slowed 4× and a 4G-like line (150 ms,
/// 1.6 Mbit/s down, 750 kbit/s up), through the DevTools protocol.
async fn phone_profile(b: &support::Browser) -> R<()> {
    b.cdp("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": 4 })).await?;
    b.cdp("Network.enable", serde_json::json!({})).await?;
    let line = serde_json::json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 93_750 });
    b.cdp("Network.emulateNetworkConditions", line).await?;
    Ok(())
}

async fn page_bench(env: &Env, ours: bool, name: &str, interact: bool, phone: bool) -> R<Run> {
    let b = if phone { browser_with(env, 390, 844, &[]).await? } else { browser_with(env, 1280, 800, &[]).await? };
    if phone {
        phone_profile(&b).await?;
    }
    let (url, mark) = if ours {
        (format!("/?config={name}/config.json"), "bk-first-markers")
    } else {
        (format!("/bench/leaflet.html?data=/{name}/places.geojson"), "first-markers")
    };
    let first = first_markers(&b, &url, mark).await?;
    // The phases before the first markers (ms since navigation): code downloaded, code running,
    // config read, data read, first markers. Leaflet's page has no config and runs its code as
    // soon as it arrives; its data is read when its `data-read` mark is set.
    let phases = b
        .js(&format!(
            "const mark = (n) => {{ const m = performance.getEntriesByName(n); return m.length ? m[0].startTime : null; }}; \
             const code = performance.getEntriesByType('resource').filter(e => /{}/.test(e.name)).map(e => e.responseEnd); \
             const done = code.length ? Math.max(...code) : null; \
             return {}",
            if ours { "bildungskarte-(split-)?[0-9a-f]+(_bg\\.wasm|\\.js)$" } else { "leaflet(\\.markercluster)?\\.js$" },
            if ours {
                "[done, mark('bk-first-start'), mark('bk-first-config'), mark('bk-first-data'), mark('bk-first-markers')]"
            } else {
                "[done, done, null, mark('data-read'), mark('first-markers')]"
            }
        ))
        .await?;
    let phase = |i: usize| phases.get(i).and_then(Value::as_f64).unwrap_or(f64::NAN);
    let phases = [phase(0), phase(1), phase(2), phase(3), phase(4)];
    // Long tasks (buffered from the start of the page).
    let longest = b
        .js("return new Promise(res => { const all = (window.__longtasks || []).slice(); new PerformanceObserver(l => { l.getEntries().forEach(e => all.push(e.duration)); }).observe({ type: 'longtask', buffered: true }); setTimeout(() => res(Math.max(0, ...all)), 300); })")
        .await?
        .as_f64()
        .unwrap_or(f64::NAN);
    // The tab's memory a moment after the first markers: the renderer processes' proportional
    // set size (wasm memory and JS heap alike), in MiB.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let memory = b.renderer_pss_kib() as f64 / 1024.0;
    if !interact {
        b.close().await?;
        return Ok((first, longest, f64::NAN, f64::NAN, f64::NAN, memory, phases));
    }
    // The widget takes the first paint's place before a visitor can pan it.
    if ours {
        wait_for(&b, "return !document.querySelector('.bk-first') || null", 120).await?;
    }
    // Frame times while a script pans (drag) and zooms (wheel) for a few seconds.
    b.js("window.__frames = []; (function f(t) { window.__frames.push(t); if (window.__frames.length < 100000) requestAnimationFrame(f); })(performance.now());").await?;
    let map = b.c.find(fantoccini::Locator::Css(if ours { ".bk-map" } else { "#map" })).await?;
    let (mx, my, mw, mh) = map.rectangle().await?;
    use fantoccini::actions::{InputSource, WheelAction, WheelActions};
    let profiling = std::env::var_os("BK_BENCH_PROFILE").is_some();
    if profiling {
        b.cdp("Profiler.enable", serde_json::json!({})).await?;
        b.cdp("Profiler.setSamplingInterval", serde_json::json!({ "interval": 200 })).await?;
        b.cdp("Profiler.start", serde_json::json!({})).await?;
    }
    for round in 0..3 {
        drag_map(&b, (mx, my, mw, mh), (8.0, 4.0), 20).await?;
        let dy = if round % 2 == 0 { -120 } else { 120 };
        let (cx, cy) = ((mx + mw / 2.0) as i64, (my + mh / 2.0) as i64);
        let scroll = WheelAction::Scroll { duration: None, x: cx, y: cy, delta_x: 0, delta_y: dy };
        let wheel = WheelActions::new("wheel".into())
            .then(scroll.clone())
            .then(WheelAction::Pause { duration: Duration::from_millis(300) })
            .then(scroll);
        b.c.perform_actions(wheel).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    if profiling {
        let p = b.cdp("Profiler.stop", serde_json::json!({})).await?;
        print_profile(&p["profile"], name, ours);
        // Long animation frames: where the time of the slowest frames went.
        let loaf = b
            .js("return new Promise(res => { const l = []; new PerformanceObserver(x => x.getEntries().forEach(e => l.push(e))).observe({ type: 'long-animation-frame', buffered: true }); setTimeout(() => { l.sort((a, b) => b.duration - a.duration); res(l.slice(0, 6).map(e => `frame ${e.duration.toFixed(0)} ms: scripts ${e.scripts.map(s => `${s.invoker} ${s.duration.toFixed(0)} (forced layout ${s.forcedStyleAndLayoutDuration.toFixed(0)})`).join(', ')}; render ${e.renderStart ? (e.startTime + e.duration - e.renderStart).toFixed(0) : 0}, style+layout ${e.styleAndLayoutStart ? (e.startTime + e.duration - e.styleAndLayoutStart).toFixed(0) : 0}`)); }, 100); })")
            .await?;
        for line in loaf.as_array().into_iter().flatten() {
            eprintln!("  {name} {}: {}", if ours { "ours" } else { "leaflet" }, line.as_str().unwrap_or(""));
        }
        // The costly steps the page recorded while loading, panning and zooming (User Timing measures of 4 ms and more) and the long tasks.
        let profile = b
            .js("return new Promise(res => setTimeout(() => { const m = performance.getEntriesByType('measure').map(e => `${e.name} at ${e.startTime.toFixed(0)} took ${e.duration.toFixed(1)} ms`).concat(performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation')).filter(e => e.startTime < 5000).map(e => `${e.name.split('/').pop().slice(0, 40)} from ${e.startTime.toFixed(0)} to ${e.responseEnd.toFixed(0)}`), performance.getEntriesByType('mark').map(e => `mark ${e.name} at ${e.startTime.toFixed(0)}`)); const l = []; new PerformanceObserver(x => x.getEntries().forEach(e => l.push(`long task at ${e.startTime.toFixed(0)} took ${e.duration.toFixed(0)} ms`))).observe({ type: 'longtask', buffered: true }); setTimeout(() => res(m.concat(l)), 100); }, 1000))")
            .await?;
        for line in profile.as_array().into_iter().flatten() {
            eprintln!("  profile {name} {}: {}", if ours { "ours" } else { "leaflet" }, line.as_str().unwrap_or(""));
        }
    }
    let frames: Vec<f64> = b
        .js("const f = window.__frames; return f.slice(1).map((t, i) => t - f[i])")
        .await?
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default();
    // Ours only: the longest task while a visitor types a search, one key every 120 ms.
    let mut typing = f64::NAN;
    if ours {
        b.js("window.__typing = []; new PerformanceObserver(l => l.getEntries().forEach(e => window.__typing.push(e.duration))).observe({ type: 'longtask' });").await?;
        let search = b.c.find(fantoccini::Locator::Css("input[type=search]")).await?;
        for key in ["k", "a", "u", "f", "m", "a", "n", "n"] {
            search.send_keys(key).await?;
            tokio::time::sleep(Duration::from_millis(120)).await;
        }
        tokio::time::sleep(Duration::from_millis(1000)).await;
        typing = b.js("return Math.max(0, ...window.__typing)").await?.as_f64().unwrap_or(f64::NAN);
    }
    b.close().await?;
    Ok((first, longest, median(frames.clone()), percentile(frames, 0.95), typing, memory, phases))
}

/// Drags the map from near its middle by `step` px `moves` times, one move per frame (16 ms).
async fn drag_map(
    b: &support::Browser,
    (mx, my, mw, mh): (f64, f64, f64, f64),
    step: (f64, f64),
    moves: usize,
) -> R<()> {
    use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
    let mut drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo { duration: None, x: mx + mw / 2.0 + 5.0, y: my + mh / 2.0 + 9.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT });
    for _ in 0..moves {
        drag = drag.then(PointerAction::MoveBy { duration: Some(Duration::from_millis(16)), x: step.0, y: step.1 });
    }
    b.c.perform_actions(drag.then(PointerAction::Up { button: MOUSE_BUTTON_LEFT })).await?;
    Ok(())
}

/// A scripted visit of `secs` seconds on our page (search, filter, pan, zoom, open and close places,
/// over and over): the tab's memory after the first minute and at the end, in MiB. Growth between
/// the two would be a leak.
async fn visit_bench(env: &Env, name: &str, secs: u64) -> R<(f64, f64, usize)> {
    use fantoccini::actions::{InputSource, WheelAction, WheelActions};
    let b = browser_with(env, 1280, 800, &[]).await?;
    b.open(&format!("/?config={name}/config.json")).await?;
    wait_for(&b, "return performance.getEntriesByName('bk-index-finish').length > 0", 180).await?;
    let map = b.c.find(fantoccini::Locator::Css(".bk-map")).await?;
    let (mx, my, mw, mh) = map.rectangle().await?;
    let start = std::time::Instant::now();
    let (mut at_minute, mut rounds) = (None, 0usize);
    let trace = std::env::var_os("BK_BENCH_VISIT_TRACE").is_some();
    let mut first_sizes: Option<Vec<f64>> = None;
    // BK_BENCH_VISIT_ACTIONS=search,place,toggle,pan (default all): to find what holds memory.
    let actions = std::env::var("BK_BENCH_VISIT_ACTIONS").ok();
    let words = ["kaufmann", "tischlerin", "beratung", "winsen", "schule"];
    while start.elapsed() < Duration::from_secs(secs) {
        // Search (as typed: one input event per word), then clear it again.
        let word = words[rounds % words.len()];
        let does = |what: &str| actions.as_deref().is_none_or(|a| a.split(',').any(|x| x == what));
        if does("search") {
            b.js(&format!("const s = document.querySelector('input[type=search]'); s.value = '{word}'; s.dispatchEvent(new Event('input', {{ bubbles: true }}));")).await?;
            tokio::time::sleep(Duration::from_millis(400)).await;
        }
        if does("place") {
            // Open the first place of the list and close it.
            b.js("const r = document.querySelector('.bk-result-button'); if (r) r.click();").await?;
            tokio::time::sleep(Duration::from_millis(300)).await;
            b.js("const c = document.querySelector('[role=dialog] .bk-close'); if (c) c.click();").await?;
        }
        if does("search") {
            b.js("const s = document.querySelector('input[type=search]'); s.value = ''; s.dispatchEvent(new Event('input', { bubbles: true }));").await?;
        }
        if does("toggle") {
            // One quick entry per round: on, then off the next round (a real change each time).
            b.js("const x = document.querySelector('.bk-quick'); if (x) x.click();").await?;
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        if does("pan") {
            // Pan and zoom in and out.
            let step = if rounds % 2 == 0 { (8.0, 4.0) } else { (-8.0, -4.0) };
            drag_map(&b, (mx, my, mw, mh), step, 10).await?;
            let (cx, cy) = ((mx + mw / 2.0) as i64, (my + mh / 2.0) as i64);
            for delta_y in [-120, 120] {
                let scroll = WheelAction::Scroll { duration: None, x: cx, y: cy, delta_x: 0, delta_y };
                b.c.perform_actions(WheelActions::new("wheel".into()).then(scroll)).await?;
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
        }
        rounds += 1;
        if trace && rounds % 10 == 0 {
            // Where memory goes: JS heap after a collection, DOM nodes and listeners, the tab.
            b.cdp("HeapProfiler.collectGarbage", serde_json::json!({})).await?;
            let heap = b.cdp("Runtime.getHeapUsage", serde_json::json!({})).await?;
            let dom = b.cdp("Memory.getDOMCounters", serde_json::json!({})).await?;
            let wasm = b
                .js("return window.wasmBindings.bench_wasm_memory ? window.wasmBindings.bench_wasm_memory() : 0")
                .await?;
            let live =
                b.js("return window.wasmBindings.bench_wasm_live ? window.wasmBindings.bench_wasm_live() : 0").await?;
            // Which sizes of allocation grow: what a leak is made of.
            let sizes: Vec<f64> = b
                .js("return window.wasmBindings.bench_wasm_sizes ? Array.from(window.wasmBindings.bench_wasm_sizes()) : []")
                .await?
                .as_array()
                .map(|a| a.iter().filter_map(|x| x.as_f64()).collect())
                .unwrap_or_default();
            match &first_sizes {
                None => first_sizes = Some(sizes),
                Some(first) => {
                    let mut grown: Vec<(usize, f64)> =
                        sizes.iter().zip(first).enumerate().map(|(n, (a, b))| (n, a - b)).collect();
                    grown.sort_by(|a, b| (b.1 * b.0 as f64).total_cmp(&(a.1 * a.0 as f64)));
                    let top: Vec<String> = grown
                        .iter()
                        .filter(|(_, d)| *d != 0.0)
                        .take(8)
                        .map(|(n, d)| format!("{d:+.0}×{n} B"))
                        .collect();
                    eprintln!("  live allocations grown since round 10, by size: {}", top.join(", "));
                }
            }
            eprintln!(
                "visit round {rounds} at {:.0} s: live in wasm heap {:.2} MiB, tab {:.0} MiB, wasm memory {:.1} MiB, JS heap {:.1} MiB, DOM nodes {}, listeners {}",
                start.elapsed().as_secs_f64(),
                live.as_f64().unwrap_or(0.0) / 1048576.0,
                b.renderer_pss_kib() as f64 / 1024.0,
                wasm.as_f64().unwrap_or(0.0) / 1048576.0,
                heap["usedSize"].as_f64().unwrap_or(0.0) / 1048576.0,
                dom["nodes"],
                dom["jsEventListeners"]
            );
        }
        if at_minute.is_none() && start.elapsed() >= Duration::from_secs(60) {
            at_minute = Some(settled_mib(&b).await?);
        }
    }
    let end = settled_mib(&b).await?;
    b.close().await?;
    Ok((at_minute.unwrap_or(f64::NAN), end, rounds))
}

/// The tab's memory (MiB, renderer PSS) as issue 32 measures a visit: after a critical
/// memory-pressure signal (the browser gives its caches back) and a garbage collection, settled.
async fn settled_mib(b: &support::Browser) -> R<f64> {
    b.cdp("Memory.simulatePressureNotification", serde_json::json!({ "level": "critical" })).await?;
    b.cdp("HeapProfiler.collectGarbage", serde_json::json!({})).await?;
    tokio::time::sleep(Duration::from_millis(2000)).await;
    Ok(b.renderer_pss_kib() as f64 / 1024.0)
}

/// The functions that took most time (self time) in a CDP CPU profile.
fn print_profile(profile: &Value, name: &str, ours: bool) {
    let nodes = profile["nodes"].as_array().cloned().unwrap_or_default();
    let mut label = std::collections::HashMap::new();
    for n in &nodes {
        let f = &n["callFrame"];
        let url = f["url"].as_str().unwrap_or("").rsplit('/').next().unwrap_or("").to_string();
        label.insert(n["id"].as_i64().unwrap_or(0), format!("{} {}", f["functionName"].as_str().unwrap_or("?"), url));
    }
    let mut time: std::collections::HashMap<String, f64> = std::collections::HashMap::new();
    let samples = profile["samples"].as_array().cloned().unwrap_or_default();
    let deltas = profile["timeDeltas"].as_array().cloned().unwrap_or_default();
    for (s, d) in samples.iter().zip(deltas.iter().skip(1).chain(std::iter::once(&Value::from(0)))) {
        let l = label.get(&s.as_i64().unwrap_or(0)).cloned().unwrap_or_default();
        *time.entry(l).or_default() += d.as_f64().unwrap_or(0.0) / 1000.0;
    }
    let mut v: Vec<_> = time.into_iter().collect();
    v.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (f, ms) in v.iter().take(25) {
        eprintln!("  cpu {name} {}: {ms:8.1} ms  {f}", if ours { "ours" } else { "leaflet" });
    }
}

/// One page load: first markers, longest task, frame median, frame p95, longest task while typing.
/// First markers (ms), longest task (ms), frame median and p95 (ms), typing (ms), memory (MiB), and
/// the phases before the first markers (ms since navigation: code downloaded, code running,
/// config read, data read, first markers).
type Run = (f64, f64, f64, f64, f64, f64, [f64; 5]);

/// The phases' medians, ours beside the baseline's.
fn phase_rows(label: &str, n: usize, ours: &[Run], theirs: &[Run]) {
    let names = ["code downloaded", "code running", "config read", "data read", "first markers"];
    for (i, name) in names.iter().enumerate() {
        let med = |v: &[Run]| median(v.iter().map(|r| r.6[i]).filter(|x| x.is_finite()).collect());
        let (o, t) = (med(ours), med(theirs));
        let t = if t.is_finite() { format!("{t:.0}") } else { "–".into() };
        println!("| {label}: {name} (ms since navigation), median | {n} | {o:.0} | {t} | – |");
    }
}

/// A marker pressed on a phone: at the first markers (before the widget is there: the first
/// paint), or once the widget is ready. Milliseconds from the press to the place's heading, on
/// the sample data (whose phone view has single markers beside its clusters).
async fn click_bench(env: &Env, early: bool) -> R<f64> {
    let b = browser_with(env, 390, 844, &[]).await?;
    phone_profile(&b).await?;
    b.open("/").await?;
    wait_for(&b, "return performance.getEntriesByName('bk-first-markers').length || null", 120).await?;
    if !early {
        wait_for(&b, "return !document.querySelector('.bk-first') && !!document.querySelector('.bk-root[data-parts=ready]') || null", 120).await?;
    }
    let t = b
        .js("const m = document.querySelector('.bk-marker'); if (!m) return null; \
             window.__pressed = performance.now(); \
             window.__shown = new Promise((done) => { const seen = () => document.querySelector('.bk-details-title'); \
               if (seen()) return done(performance.now()); \
               new MutationObserver((_, o) => { if (seen()) { o.disconnect(); done(performance.now()); } }) \
                 .observe(document.body, { childList: true, subtree: true }); }); \
             m.click(); return true")
        .await?;
    if t.is_null() {
        b.close().await?;
        return Err("no single marker on the phone's first view".into());
    }
    let shown =
        b.c.execute_async("const done = arguments[0]; window.__shown.then((t) => done(t - window.__pressed))", vec![])
            .await?;
    b.close().await?;
    Ok(shown.as_f64().unwrap_or(f64::NAN))
}

/// What a phone visitor does first: drag the map, or press a place and read its details.
#[derive(Clone, Copy)]
enum Use {
    Drag,
    Tap,
}

/// On the phone profile in a 1280×800 window (both pages show single markers there): from the
/// first markers on, the time (ms since navigation) at which a drag first moves the map (a drag
/// tried every 150 ms), or at which a place pressed at the first markers shows its details.
async fn use_bench(env: &Env, ours: bool, data: &str, what: Use) -> R<f64> {
    let b = browser_with(env, 1280, 800, &[]).await?;
    phone_profile(&b).await?;
    let (url, mark) = if ours {
        (format!("/?config={data}"), "bk-first-markers")
    } else {
        (format!("/bench/leaflet.html?{data}"), "first-markers")
    };
    let first = first_markers(&b, &url, mark).await?;
    // BK_BENCH_LATE_MS: the same use that long after the first markers (the page at rest), to tell
    // what the page's loading costs a gesture from what the gesture itself costs.
    if let Ok(ms) = std::env::var("BK_BENCH_LATE_MS") {
        tokio::time::sleep(Duration::from_millis(ms.parse().unwrap_or(0))).await;
    }
    let mut tries = 0;
    // When the first drag was tried (ms since navigation): the harness may reach the page late.
    let mut tried = f64::NAN;
    // The pane that moves with the map (the first paint's while it is there) and a single marker.
    let (pane, marker, cluster, details) = if ours {
        (
            "(document.querySelector('.bk-first .bk-markers > .bk-pane') || document.querySelector('.bk-markers > .bk-pane'))",
            "(document.querySelector('.bk-first .bk-marker') || document.querySelector('.bk-marker'))",
            ".bk-cluster",
            ".bk-details-title",
        )
    } else {
        (
            "document.querySelector('.leaflet-marker-pane')",
            "document.querySelector('.leaflet-marker-icon:not(.marker-cluster)')",
            ".marker-cluster",
            ".leaflet-popup-content",
        )
    };
    let t = match what {
        Use::Drag => loop {
            let before = b
                .js(&format!("const r = {pane}.getBoundingClientRect(); return [r.left, r.top, performance.now()]"))
                .await?;
            if tries == 0 {
                tried = before[2].as_f64().unwrap_or(f64::NAN);
                if std::env::var_os("BK_BENCH_PROFILE").is_some() {
                    // Each input event: how long it waited for the main thread, and how long the
                    // page's handlers took (a window listener in the capture phase starts the
                    // count, one in the bubble phase ends it).
                    b.js("window.__input = []; for (const k of ['pointerdown', 'pointermove', 'mousedown', 'mousemove']) { \
                          addEventListener(k, (e) => { e.__t = performance.now(); }, true); \
                          addEventListener(k, (e) => { const n = performance.now(); \
                            window.__input.push(`${k} waited ${(e.__t - e.timeStamp).toFixed(0)} handled ${(n - e.__t).toFixed(0)} at ${n.toFixed(0)}`); }, false); } \
                          return true")
                        .await?;
                }
            }
            let (x, y) = (640.0, 420.0);
            let mouse = |kind: &str, x: f64, y: f64| serde_json::json!({ "type": kind, "x": x, "y": y, "button": "left", "buttons": if kind == "mouseReleased" { 0 } else { 1 }, "clickCount": 1 });
            b.cdp("Input.dispatchMouseEvent", mouse("mousePressed", x, y)).await?;
            for step in 1..=5 {
                b.cdp("Input.dispatchMouseEvent", mouse("mouseMoved", x + 10.0 * step as f64, y + 6.0 * step as f64))
                    .await?;
            }
            let moved = b
                .js(&format!(
                    "const r = {pane}.getBoundingClientRect(); const b = arguments;                      return Math.abs(r.left - {}) + Math.abs(r.top - {}) > 5 ? performance.now() : null",
                    before[0].as_f64().unwrap_or(0.0),
                    before[1].as_f64().unwrap_or(0.0)
                ))
                .await?;
            b.cdp("Input.dispatchMouseEvent", mouse("mouseReleased", x + 50.0, y + 30.0)).await?;
            tries += 1;
            if let Some(t) = moved.as_f64() {
                break t;
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        },
        Use::Tap => {
            // Where the view has only clusters, a cluster is pressed first (it zooms in), as a
            // visitor would.
            let mut pressed = Value::Null;
            for _ in 0..10 {
                pressed = b
                    .js(&format!(
                        "const m = {marker}; if (!m) {{ const c = document.querySelector('{cluster}'); if (c) c.click(); return null; }} \
                         window.__shown = new Promise((done) => {{ const seen = () => document.querySelector('{details}'); \
                           if (seen()) return done(performance.now()); \
                           new MutationObserver((_, o) => {{ if (seen()) {{ o.disconnect(); done(performance.now()); }} }}) \
                             .observe(document.body, {{ childList: true, subtree: true }}); }}); \
                         m.click(); return performance.now()"
                    ))
                    .await?;
                if !pressed.is_null() {
                    tried = pressed.as_f64().unwrap_or(f64::NAN);
                    break;
                }
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            if pressed.is_null() {
                b.close().await?;
                return Err("no single marker after pressing clusters".into());
            }
            b.c.execute_async("const done = arguments[0]; window.__shown.then(done)", vec![])
                .await?
                .as_f64()
                .unwrap_or(f64::NAN)
        }
    };
    if std::env::var_os("BK_BENCH_PROFILE").is_some() && matches!(what, Use::Drag) {
        let input = b.js("return window.__input || []").await?;
        for line in input.as_array().into_iter().flatten() {
            eprintln!("  input {}: {}", if ours { "ours" } else { "leaflet" }, line.as_str().unwrap_or(""));
        }
    }
    if std::env::var_os("BK_BENCH_PROFILE").is_some() {
        // What held the main thread from the first markers on: long animation frames and their scripts.
        let loaf = b
            .js("return new Promise(res => { const l = []; new PerformanceObserver(x => x.getEntries().forEach(e => l.push(e))).observe({ type: 'long-animation-frame', buffered: true }); setTimeout(() => res(l.map(e => `frame at ${e.startTime.toFixed(0)} for ${e.duration.toFixed(0)} ms: scripts ${e.scripts.map(s => `${s.invoker} ${s.sourceFunctionName} ${s.duration.toFixed(0)}`).join(', ')}; render ${e.renderStart ? (e.startTime + e.duration - e.renderStart).toFixed(0) : 0}, style+layout ${e.styleAndLayoutStart ? (e.startTime + e.duration - e.styleAndLayoutStart).toFixed(0) : 0}`)), 100); })")
            .await?;
        for line in loaf.as_array().into_iter().flatten() {
            eprintln!("  use {}: {}", if ours { "ours" } else { "leaflet" }, line.as_str().unwrap_or(""));
        }
    }
    eprintln!(
        "use: {} {data}: first markers at {:.0} ms, {} at {t:.0} ms ({tries} drags tried; first tried at {tried:.0} ms)",
        if ours { "ours" } else { "leaflet" },
        first,
        if matches!(what, Use::Drag) { "moved" } else { "details" },
    );
    b.close().await?;
    Ok(t)
}

/// First moving drag and tap to details on the phone profile, ours beside Leaflet's, for the
/// sample and the synthetic sets.
async fn use_rows(env: &Env, sets: &[(usize, String)], runs: usize) {
    let sample = "config.json";
    let leaflet_sample = "data=/data/schulen.geojson&data=/data/betriebe.geojson&data=/data/beratung.geojson";
    let mut cases = vec![("sample".to_string(), sample.to_string(), leaflet_sample.to_string())];
    for (n, name) in sets.iter().filter(|(n, _)| phone_sizes().contains(n)) {
        cases.push((n.to_string(), format!("{name}/config.json"), format!("data=/{name}/places.geojson")));
    }
    for (label, ours_data, theirs_data) in &cases {
        for (what, name) in [
            (Use::Drag, "first drag that moves the map"),
            (Use::Tap, "a place pressed at the first markers to its details"),
        ] {
            let (mut o, mut t) = (Vec::new(), Vec::new());
            for _ in 0..runs {
                match (use_bench(env, true, ours_data, what).await, use_bench(env, false, theirs_data, what).await) {
                    (Ok(a), Ok(b)) => {
                        o.push(a);
                        t.push(b);
                    }
                    (a, b) => println!("| phone profile: {name} | {label} | error: {:?} {:?} | | |", a.err(), b.err()),
                }
            }
            if !o.is_empty() {
                let (o, t) = (median(o), median(t));
                println!(
                    "| phone profile, 1280×800: {name} (ms since navigation), median of {runs} | {label} | {o:.0} | {t:.0} | {} |",
                    ratio(o, t)
                );
            }
        }
    }
}

/// One table row: the medians of ours and of the baseline, their ranges, the ratio.
fn row(label: &str, n: usize, ours: &[Run], theirs: &[Run], f: fn(&Run) -> f64) {
    let med = |v: &[Run]| median(v.iter().map(f).collect());
    let range = |v: &[Run]| {
        let x: Vec<f64> = v.iter().map(f).collect();
        format!("{:.0}–{:.0}", x.iter().cloned().fold(f64::MAX, f64::min), x.iter().cloned().fold(f64::MIN, f64::max))
    };
    let (o, t) = (med(ours), med(theirs));
    println!("| {label} ({} / {}) | {n} | {o:.0} | {t:.0} | {} |", range(ours), range(theirs), ratio(o, t));
}

/// The sizes measured on the phone profile: BK_BENCH_PHONE_SIZES (default 3000; a 35 MB file takes
/// minutes to arrive at 1.6 Mbit/s).
fn phone_sizes() -> Vec<usize> {
    std::env::var("BK_BENCH_PHONE_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![3_000])
}

fn ratio(a: f64, b: f64) -> String {
    format!("{:.2}", a / b)
}

fn main() {
    let dist = std::env::var("BK_DIST").map(std::path::PathBuf::from).unwrap_or_else(|_| root().join("dist"));
    assert!(dist.join("index.html").exists(), "build the site first (scripts/build.sh)");
    // BK_BENCH_SIZES=100000 (comma-separated) measures only those sizes.
    let sizes: Vec<usize> = std::env::var("BK_BENCH_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![3_000, 10_000, 100_000]);
    let sets: Vec<(usize, String)> = sizes.iter().map(|&n| (n, ensure_data(&dist, n))).collect();
    let server = Server::start(Some(ServerConfig {
        dist: dist.clone(),
        tile_origin: String::new(),
        mounts: vec![("/node_modules/".into(), root().join("node_modules")), ("/bench/".into(), root().join("bench"))],
        // Both pages compressed, as a configured web server sends them.
        gzip: true,
    }));
    let env = Env {
        server,
        nginx: Err("not used by the benchmarks".into()),
        tiles: Server::start(None),
        driver: Driver::start(),
        artifacts: root().join("tests/artifacts"),
    };
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        println!("Bildungskarte vs. baselines, headless Chromium, medians of 5 runs for clustering\n");
        println!("| measurement | places | Bildungskarte | baseline | ratio (ours / baseline) |");
        println!("|---|---|---|---|---|");
        // The editors' page on the phone profile (BK_BENCH_EDITOR=0 skips it, =only runs nothing else).
        let editor_runs: usize = std::env::var("BK_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
        match std::env::var("BK_BENCH_EDITOR").as_deref() {
            Ok("0") => {}
            Ok("only") => return editor::editor_rows(&env, editor_runs).await,
            _ => editor::editor_rows(&env, editor_runs).await,
        }
        for (n, name) in sets.iter().filter(|(n, _)| *n >= 10_000) {
            match cluster_bench(&env, name).await {
                Ok((o, t)) => {
                    println!(
                        "| cluster index build (ms) vs supercluster | {n} | {:.1} | {:.1} | {} |",
                        o[0],
                        t[0],
                        ratio(o[0], t[0])
                    );
                    println!(
                        "| cluster query, district at z10 (µs) vs supercluster | {n} | {:.2} | {:.2} | {} |",
                        o[1] * 1000.0,
                        t[1] * 1000.0,
                        ratio(o[1], t[1])
                    );
                }
                Err(e) => println!("| clustering | {n} | error: {e} | | |"),
            }
        }
        for (n, name) in sets.iter().filter(|(n, _)| *n != 10_000) {
            // Cold loads vary by ±20 % on this machine: several fresh browsers per page, taking
            // turns, and the median. The first run of each also pans and zooms for frame times.
            let runs: usize = std::env::var("BK_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
            let (mut ours, mut theirs) = (Vec::new(), Vec::new());
            let mut failed = None;
            for run in 0..runs {
                match (
                    page_bench(&env, true, name, run == 0, false).await,
                    page_bench(&env, false, name, run == 0, false).await,
                ) {
                    (Ok(o), Ok(t)) => {
                        ours.push(o);
                        theirs.push(t);
                    }
                    (o, t) => failed = Some(format!("{:?} {:?}", o.err(), t.err())),
                }
            }
            if let Some(e) = failed {
                println!("| pages | {n} | error: {e} | | |");
            }
            if ours.is_empty() {
                continue;
            }
            let (o, t) = (ours[0], theirs[0]);
            let label = format!("cold load to first markers (ms), median of {}", ours.len());
            row(&label, *n, &ours, &theirs, |r| r.0);
            row("longest main-thread task (ms), median", *n, &ours, &theirs, |r| r.1);
            println!(
                "| frame time while panning/zooming, median (ms) | {n} | {:.1} | {:.1} | {} |",
                o.2,
                t.2,
                ratio(o.2, t.2)
            );
            println!(
                "| frame time while panning/zooming, p95 (ms) | {n} | {:.1} | {:.1} | {} |",
                o.3,
                t.3,
                ratio(o.3, t.3)
            );
            println!("| longest task while typing a search, one key per 120 ms (ms) | {n} | {:.0} | – | – |", o.4);
            row("tab memory 1 s after first markers (MiB, renderer PSS), median", *n, &ours, &theirs, |r| r.5);
            phase_rows("desktop", *n, &ours, &theirs);
            if !phone_sizes().contains(n) {
                continue;
            }
            let (mut ours, mut theirs) = (Vec::new(), Vec::new());
            for _ in 0..runs {
                match (
                    page_bench(&env, true, name, false, true).await,
                    page_bench(&env, false, name, false, true).await,
                ) {
                    (Ok(o), Ok(t)) => {
                        ours.push(o);
                        theirs.push(t);
                    }
                    (o, t) => println!("| phone | {n} | error: {:?} {:?} | | |", o.err(), t.err()),
                }
            }
            if !ours.is_empty() {
                let label = format!(
                    "phone profile (4× CPU, 150 ms, 1.6 Mbit/s): cold load to first markers (ms), median of {}",
                    ours.len()
                );
                row(&label, *n, &ours, &theirs, |r| r.0);
                row("phone profile: longest main-thread task (ms), median", *n, &ours, &theirs, |r| r.1);
                phase_rows("phone profile", *n, &ours, &theirs);
            }
        }
        // What a phone visitor does first, ours beside Leaflet's (BK_BENCH_USE=0 skips it).
        let runs: usize = std::env::var("BK_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
        if std::env::var("BK_BENCH_USE").as_deref() != Ok("0") {
            use_rows(&env, &sets, runs).await;
        }
        // A marker pressed on the phone profile, at the first markers and once the widget is ready.
        let runs: usize = std::env::var("BK_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
        for (early, label) in [(true, "at the first markers"), (false, "once the widget is ready")] {
            let times: Vec<f64> = {
                let mut v = Vec::new();
                for _ in 0..runs {
                    match click_bench(&env, early).await {
                        Ok(t) => v.push(t),
                        Err(e) => println!("| click to details | 64 | error: {e} | | |"),
                    }
                }
                v
            };
            if !times.is_empty() {
                println!(
                    "| phone profile: a marker pressed {label} to its details shown (ms), median of {} | 64 | {:.0} | – | – |",
                    times.len(),
                    median(times)
                );
            }
        }
        // The scripted visit, on the largest set: BK_BENCH_VISIT_SECS (default 300, 0 skips it).
        let secs: u64 = std::env::var("BK_BENCH_VISIT_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(300);
        if let Some((n, name)) = sets.iter().filter(|_| secs > 0).max_by_key(|(n, _)| *n) {
            match visit_bench(&env, name, secs).await {
                Ok((minute, end, rounds)) => println!(
                    "| tab memory during a {secs} s scripted visit ({rounds} rounds of search, place, quick entry, pan, zoom): after 1 min / at the end (MiB, each after a memory-pressure signal and a garbage collection) | {n} | {minute:.0} / {end:.0} | – | {:+.1} % |",
                    (end - minute) / minute * 100.0
                ),
                Err(e) => println!("| scripted visit | {n} | error: {e} | | |"),
            }
        }
    });
    drop(env);
}
