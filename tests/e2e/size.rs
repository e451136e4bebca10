//! The download budget, per part. The first part is what a visitor's browser fetches before the
//! first markers: the page, its stylesheets and the program's first part, the first paint
//! (src/first), as the build's gzip copies a server sends. The widget (the Leptos app, part `app`
//! and the chunks it needs) follows in idle time after them, and its later parts (src/ui/parts.rs)
//! after it. Sizes are deterministic, so this is a test; speed stays in the benchmark
//! (BENCHMARKS.md). Each part has its own budget, so a feature cannot slide into the first part.

use crate::support::*;

/// gzip bytes of the first part: issue 24's target. Before the first paint the widget's whole main
/// part came first: 494.9 KB before the split, 427.2 KB with it (BENCHMARKS.md, issue 24); with the
/// first paint 133.4 KB on 2026-12-06, 120.2 KB without the standard library's float formatting
/// (its wasm 101.8 KB, its script 7.1 KB, the stylesheet 8.3 KB, the page 2.8 KB).
const FIRST_GZIP: u64 = 150 * 1024;
/// gzip bytes of the widget (part `app`, the first paint's details `place`, and their chunks),
/// fetched after the first markers: 425.0 KB on 2026-12-06 as a wasm of its own beside the first
/// paint's; 349.9 KB as a part of one program (2026-12-07).
const WIDGET_GZIP: u64 = 380 * 1024;
/// gzip bytes of all later parts together: 171.3 KB on 2026-12-06; 173.7 KB with issue 25's
/// bottom sheet grip in the details; 175.7 KB with issue 26 (German stand-ins marked with their
/// language in the details, the search learning a chosen language's words).
const LATER_GZIP: u64 = 165 * 1024;

/// The parts' files, each with the parts that need it: the wasm files the split loader
/// (bildungskarte-split-*.js) names. A part's file (`split_side-….wasm`: side) holds its module
/// and the chunks it is the first to need (scripts/bundle-parts.mjs); built with
/// `BK_BUNDLE_PARTS=0`, the chunks are files of their own, named in the comment above each
/// (`/* details, sheet */`).
fn part_files(dist: &std::path::Path) -> AnyResult<Vec<(String, Vec<String>)>> {
    let loader = std::fs::read_dir(dist)?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("bildungskarte-split-") && n.ends_with(".js"))
        .ok_or("no split loader (bildungskarte-split-*.js) in the build")?;
    let text = std::fs::read_to_string(dist.join(loader))?;
    let mut users: Vec<String> = Vec::new();
    let mut files = Vec::new();
    for line in text.lines() {
        if let Some(list) = line.trim().strip_prefix("/*").and_then(|l| l.strip_suffix("*/")) {
            users = list.split(',').map(|u| u.trim().to_string()).collect();
        }
        for file in line.split('"').filter(|s| s.starts_with("./") && s.ends_with(".wasm")) {
            let file = file[2..].to_string();
            let own = file.strip_prefix("split_").and_then(|f| f.rsplit_once('-')).map(|(m, _)| vec![m.to_string()]);
            files.push((file, own.unwrap_or_else(|| users.clone())));
        }
    }
    Ok(files)
}

/// What a server sends for `file`: its .gz copy, or the file itself where gzip would not make it
/// smaller (the precompressing step leaves those out).
fn gzip_size(dist: &std::path::Path, file: &str) -> AnyResult<u64> {
    let gz = dist.join(format!("{file}.gz"));
    std::fs::metadata(&gz)
        .or_else(|_| std::fs::metadata(dist.join(file)))
        .map(|m| m.len())
        .map_err(|_| format!("{} is missing: scripts/build.sh writes the .gz copies", gz.display()).into())
}

fn kb(n: u64) -> String {
    format!("{:.1} KB", n as f64 / 1024.0)
}

crate::e2e!(each_part_of_the_download_stays_within_its_budget, DESKTOP);
pub async fn each_part_of_the_download_stays_within_its_budget(env: &Env, b: &Browser) -> TestResult {
    let dist = env.dist();
    let parts = part_files(&dist)?;
    // The widget and a pressed place's details (`place`, the first paint's) come right after the
    // first markers, by themselves; the rest once the widget runs.
    let is_app = |f: &str| parts.iter().any(|(p, users)| p == f && users.iter().any(|u| u == "app" || u == "place"));
    let app: Vec<String> = parts.iter().filter(|(f, _)| is_app(f)).map(|(f, _)| f.clone()).collect();
    let later: Vec<String> = parts.iter().filter(|(f, _)| !is_app(f)).map(|(f, _)| f.clone()).collect();
    ensure!(
        ["app", "place"].iter().all(|m| app.iter().any(|f| f.starts_with(&format!("split_{m}-")))),
        "the widget and the first details are parts of their own: {parts:?}"
    );
    ensure!(
        ["details", "side", "sheet"].iter().all(|m| later.iter().any(|f| f.starts_with(&format!("split_{m}-")))),
        "the details, the side panel and the print sheet are parts of their own: {later:?}"
    );
    // The test server sometimes leaves the page's first request for config.json unanswered for
    // seconds (seen at 7 s); the first paint then rightly steps aside after its 3 s and the widget
    // comes at once. Measured is a load in which the first paint drew: one more try.
    for _ in 0..2 {
        b.open("/").await?;
        b.wait_loaded().await?;
        if b.js("return performance.getEntriesByName('bk-first-data').length").await? == 1 {
            break;
        }
        let files = b.js("return performance.getEntriesByType('resource').map(e => e.name.split('/').pop() + ' ' + Math.round(e.startTime) + '-' + Math.round(e.responseEnd)).join(', ')").await?;
        eprintln!("size: the first paint stepped aside ({files}); once more");
    }
    // The files the page really asked for, from the browser's own list, with when it asked.
    let script = "return performance.getEntriesByType('resource').map(e => [new URL(e.name).pathname.slice(1), e.startTime])\
                  .filter(([p]) => /\\.(js|wasm|css)$/.test(p))";
    let started = |v: serde_json::Value| -> Vec<(String, f64)> {
        v.as_array().into_iter().flatten().filter_map(|e| Some((e[0].as_str()?.to_string(), e[1].as_f64()?))).collect()
    };
    let first_markers = b.js("return performance.getEntriesByName('bk-first-markers')[0].startTime").await?;
    let first_markers = first_markers.as_f64().ok_or("no bk-first-markers mark")?;
    let mounted = b.js("return performance.getEntriesByName('bk-mounted')[0].startTime").await?;
    let mounted = mounted.as_f64().ok_or("no bk-mounted mark")?;

    // The widget and its later parts come by themselves, in idle time after the first markers (no
    // visitor action).
    let mut loaded = Vec::new();
    for _ in 0..100 {
        loaded = started(b.js(script).await?);
        if parts.iter().all(|(p, _)| loaded.iter().any(|(f, _)| f == p)) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let missing: Vec<&String> = parts.iter().map(|(p, _)| p).filter(|p| !loaded.iter().any(|(f, _)| f == *p)).collect();
    ensure!(missing.is_empty(), "parts never fetched: {missing:?}");
    // Each part's file once: the loader keeps a file until each of its modules is out, and a part
    // that shares chunks with an earlier one takes them from that part's file.
    let twice: Vec<&String> =
        parts.iter().map(|(p, _)| p).filter(|p| loaded.iter().filter(|(f, _)| f == *p).count() > 1).collect();
    ensure!(twice.is_empty(), "part files fetched more than once: {twice:?}");
    // Only the widget asks for the later parts, once it runs: the page's first download is without them.
    let early: Vec<&(String, f64)> = loaded.iter().filter(|(f, t)| later.contains(f) && *t < mounted).collect();
    ensure!(early.is_empty(), "later parts fetched before the widget ran: {early:?}");

    let mut first = vec![("index.html".to_string(), gzip_size(&dist, "index.html")?)];
    for (f, _) in loaded.iter().filter(|(f, _)| !parts.iter().any(|(p, _)| p == f)) {
        first.push((f.clone(), gzip_size(&dist, f)?));
    }
    // The widget waits for the first markers.
    if let Some((f, t)) = loaded.iter().find(|(f, t)| app.contains(f) && *t < first_markers) {
        let marks = b.js("return performance.getEntriesByType('mark').map(m => m.name + ' ' + Math.round(m.startTime)).join(', ')").await?;
        return fail(format!(
            "{f} was fetched before the first markers ({t:.0} < {first_markers:.0} ms); marks: {marks}"
        ));
    }
    ensure!(first.iter().filter(|(f, _)| f.ends_with(".wasm")).count() == 1, "one wasm in the first part: {first:?}");
    ensure!(
        first.iter().any(|(f, _)| f.starts_with("bildungskarte-") && f.ends_with("_bg.wasm")),
        "the program's first part is the first part's wasm: {first:?}"
    );
    let widget: Vec<(String, u64)> =
        app.iter().map(|f| Ok((f.clone(), gzip_size(&dist, f)?))).collect::<AnyResult<_>>()?;
    let rest: Vec<(String, u64)> =
        later.iter().map(|f| Ok((f.clone(), gzip_size(&dist, f)?))).collect::<AnyResult<_>>()?;
    let sum = |parts: &[(String, u64)]| parts.iter().map(|(_, n)| n).sum::<u64>();
    let list =
        |parts: &[(String, u64)]| parts.iter().map(|(f, n)| format!("{f}: {}", kb(*n))).collect::<Vec<_>>().join(", ");
    eprintln!(
        "size: first part {} gzip ({}); the widget {} gzip ({}); later parts {} gzip ({})",
        kb(sum(&first)),
        list(&first),
        kb(sum(&widget)),
        list(&widget),
        kb(sum(&rest)),
        list(&rest)
    );
    for (name, part, budget) in
        [("first part", &first, FIRST_GZIP), ("widget", &widget, WIDGET_GZIP), ("later parts", &rest, LATER_GZIP)]
    {
        ensure!(
            sum(part) <= budget,
            "the {name} is {} gzip, over its budget of {}: {}",
            kb(sum(part)),
            kb(budget),
            list(part)
        );
    }
    Ok(())
}
