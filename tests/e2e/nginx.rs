//! The hosting guide's nginx configuration, for real: Debian's nginx serves a copy of the release
//! build under `/bildungskarte/` with the guide's `location` block (support/nginx.rs).

use crate::support::*;
use serde_json::Value;

fn nginx(env: &Env) -> AnyResult<&nginx::Nginx> {
    env.nginx.as_ref().map_err(|e| e.clone().into())
}

/// Content-Type, Cache-Control, Content-Encoding and the CSP of `path`, as the page's fetch sees them.
async fn headers(b: &Browser, path: &str) -> AnyResult<Value> {
    let script = format!(
        "return fetch('{path}', {{cache: 'no-store'}}).then(r => ({{status: r.status, type: r.headers.get('content-type'), \
         cache: r.headers.get('cache-control'), encoding: r.headers.get('content-encoding'), \
         csp: r.headers.get('content-security-policy'), nosniff: r.headers.get('x-content-type-options'), \
         length: r.headers.get('content-length')}}))"
    );
    Ok(b.c.execute(&script, vec![]).await?)
}

crate::e2e!(the_documented_nginx_configuration_serves_the_map, DESKTOP);
pub async fn the_documented_nginx_configuration_serves_the_map(env: &Env, b: &Browser) -> TestResult {
    let n = nginx(env)?;
    b.c.goto(&format!("{}/bildungskarte/", n.base)).await?;
    b.wait_loaded().await?;
    // Each file once: the page's early downloads are taken over, not repeated (this page's own
    // requests; the other nginx test runs beside it).
    let data = b
        .js("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => /\\.(geo)?json$/.test(p))")
        .await?;
    let data: Vec<String> =
        data.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(String::from)).collect();
    let mut seen = std::collections::BTreeSet::new();
    let twice: Vec<&String> = data.iter().filter(|r| !seen.insert(r.as_str())).collect();
    ensure!(twice.is_empty() && data.len() >= 4, "each data file once: {data:#?}");
    let markers = b.markers().await?;
    ensure!(markers.len() >= 60, "the sample's markers under nginx: {}", markers.len());
    ensure!(b.all_by_role("alert", |_| true).await?.is_empty(), "no notice about a file");

    // Headers as documented: types, caching, compression, the policy on the page.
    let page = headers(b, "/bildungskarte/").await?;
    ensure!(page["type"].as_str().is_some_and(|t| t.starts_with("text/html")), "the page's type: {page}");
    ensure!(page["csp"].as_str().is_some_and(|c| c.contains("'wasm-unsafe-eval'")), "the page has the CSP: {page}");
    ensure!(page["cache"] == "no-cache", "the page is revalidated: {page}");
    let files = b
        .js("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => /\\.(js|wasm|css)$/.test(p))")
        .await?;
    let files: Vec<String> =
        files.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(String::from)).collect();
    // The main wasm, a script, the stylesheet and a later part of the wasm (src/ui/parts.rs).
    let kinds = [
        ("_bg.wasm", "application/wasm"),
        (".js", "text/javascript"),
        (".css", "text/css"),
        ("/split_", "application/wasm"),
    ];
    for (part, mime) in kinds {
        // The build's files with a hash in their name (not page.css, which has none). Trunk writes
        // its hashes without leading zeros: 8 to 16 hex digits, as the guide's cache rule says.
        let hashed = |f: &str| {
            f.rsplit('-')
                .next()
                .and_then(|h| h.split(['.', '_']).next())
                .is_some_and(|h| (8..=16).contains(&h.len()) && h.bytes().all(|c| c.is_ascii_hexdigit()))
        };
        let Some(file) = files.iter().find(|f| f.contains(part) && hashed(f)) else {
            return fail(format!("no {part} loaded: {files:?}"));
        };
        let h = headers(b, file).await?;
        ensure!(h["type"].as_str().is_some_and(|t| t.starts_with(mime)), "{file}: {h}");
        ensure!(h["cache"].as_str().is_some_and(|c| c.contains("immutable")), "{file} is cached for good: {h}");
        ensure!(h["encoding"] == "gzip", "{file} is sent compressed: {h}");
        ensure!(h["nosniff"] == "nosniff", "{file}: {h}");
        // The build's precompressed copy is what nginx sends (gzip_static), not a fresh one.
        let gz =
            std::fs::metadata(env.dist().join(format!("{}.gz", file.trim_start_matches("/bildungskarte/"))))?.len();
        ensure!(
            h["length"].as_str() == Some(gz.to_string().as_str()),
            "{file}: the .gz of the build ({gz} bytes): {h}"
        );
    }
    let data = headers(b, "/bildungskarte/data/schulen.geojson").await?;
    ensure!(data["type"].as_str().is_some_and(|t| t.starts_with("application/geo+json")), "GeoJSON's type: {data}");
    ensure!(data["cache"] == "no-cache" && data["encoding"] == "gzip", "data revalidated and compressed: {data}");

    // A place's details, then the background map after consent, all under the policy.
    let first = b.c.find(fantoccini::Locator::Css(".bk-result-name")).await?;
    let name = first.text().await?;
    first.click().await?;
    ensure!(b.wait_by_role("heading", &name).await.is_ok(), "the details of {name} opened");
    b.press(ESCAPE).await?;
    b.by_role("button", "Hintergrundkarte laden").await?.click().await?;
    b.wait_by_role("button", "Hintergrundkarte").await?;
    let errors = b.console_errors().await?;
    let csp: Vec<&String> = errors.iter().filter(|e| e.contains("Content Security Policy")).collect();
    ensure!(csp.is_empty(), "no CSP violation under nginx: {csp:?}");
    let foreign: Vec<&String> = errors.iter().filter(|e| !e.contains("geodatenzentrum.de")).collect();
    ensure!(foreign.is_empty(), "console errors besides unreachable tiles: {foreign:?}");
    b.screenshot(env, "nginx.png").await?;
    eprintln!("nginx: {} served {} requests", n.version, n.requests().len());
    Ok(())
}

crate::e2e!(a_missing_file_behind_nginx_is_named, DESKTOP);
pub async fn a_missing_file_behind_nginx_is_named(env: &Env, b: &Browser) -> TestResult {
    let n = nginx(env)?;
    let before = n.requests().len();
    b.c.goto(&format!("{}/bildungskarte/index.html?config=config-fehlt.json&notices=all", n.base)).await?;
    b.wait_loaded().await?;
    let said = b.alerts().await?;
    ensure!(
        said.iter().any(|a| a.contains("fehlt.geojson") && a.contains("404") && a.contains("Erneut versuchen")),
        "the missing file is named with its 404: {said:#?}"
    );
    ensure!(b.markers().await?.len() >= 60, "every other place is there");
    ensure!(
        n.requests().split_off(before).iter().filter(|r| r.contains("fehlt.geojson")).count() == 1,
        "a 404 is not asked again by itself: {:?}",
        n.requests()
    );
    Ok(())
}
