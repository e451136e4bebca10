//! The static server for the built site and the fixtures, and the CSP the hosting guide documents.

use super::root;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Serves `dist/` at `/` (and again at `/csp/`, with a strict Content-Security-Policy),
/// `tests/fixtures/` at `/fixtures/` (with `__TILE_ORIGIN__` replaced by the tile server's origin)
/// and a tile for any `/tiles/…` path. Every request path is recorded so tests can see what the page
/// asked for; CSP violation reports arrive at `/csp-report`.
pub struct Server {
    pub base: String,
    pub log: Arc<Mutex<Vec<String>>>,
}

pub struct ServerConfig {
    pub dist: PathBuf,
    /// More folders to serve, as (URL prefix, folder), e.g. ("/node_modules/", …) for benchmarks.
    pub mounts: Vec<(String, PathBuf)>,
    /// Origin of the second server, which stands for a third-party tile host.
    pub tile_origin: String,
}

impl Server {
    pub fn start(config: Option<ServerConfig>) -> Self {
        let server = tiny_http::Server::http("127.0.0.1:0").expect("bind the test server");
        let port = server.server_addr().to_ip().expect("ip address").port();
        let base = format!("http://127.0.0.1:{port}");
        let log = Arc::new(Mutex::new(Vec::new()));
        let fixtures = root().join("tests/fixtures");
        let tile = std::fs::read(fixtures.join("tile.png")).expect("tests/fixtures/tile.png");
        let record = log.clone();
        let csp = config.as_ref().map(|c| csp_header(&c.dist, &c.tile_origin)).unwrap_or_default();
        std::thread::spawn(move || {
            for mut req in server.incoming_requests() {
                let url = req.url().to_string();
                record.lock().unwrap().push(url.clone());
                let path = percent_decode(url.split(['?', '#']).next().unwrap_or("/"));
                if path == "/csp-report" {
                    let mut body = String::new();
                    let _ = req.as_reader().read_to_string(&mut body);
                    record.lock().unwrap().push(format!("/csp-report {body}"));
                    let _ = req.respond(tiny_http::Response::empty(204));
                    continue;
                }
                let mut headers = Vec::new();
                let response = if path.starts_with("/tiles/") {
                    headers.push(("Access-Control-Allow-Origin", "*".to_string()));
                    Some((tile.clone(), "image/png"))
                } else if let Some(c) = &config {
                    if let Some((prefix, dir)) = c.mounts.iter().find(|(p, _)| path.starts_with(p.as_str())) {
                        read_safe(dir, &path[prefix.len()..])
                    } else if let Some(rest) = path.strip_prefix("/fixtures/") {
                        read_safe(&fixtures, rest).map(|(body, mime)| {
                            let text = String::from_utf8_lossy(&body).replace("__TILE_ORIGIN__", &c.tile_origin);
                            (text.into_bytes(), mime)
                        })
                    } else {
                        let (rest, strict) = match path.strip_prefix("/csp/") {
                            Some(r) => (r.to_string(), true),
                            None => (path.trim_start_matches('/').to_string(), false),
                        };
                        let rel =
                            if rest.is_empty() || rest.ends_with('/') { format!("{rest}index.html") } else { rest };
                        if strict {
                            headers.push(("Content-Security-Policy", csp.clone()));
                        }
                        read_safe(&c.dist, &rel)
                    }
                } else {
                    None
                };
                let _ = match response {
                    Some((body, mime)) => {
                        let mut r = tiny_http::Response::from_data(body)
                            .with_header(tiny_http::Header::from_bytes("Content-Type", mime).unwrap());
                        for (k, v) in headers {
                            r.add_header(tiny_http::Header::from_bytes(k, v.as_bytes()).unwrap());
                        }
                        req.respond(r)
                    }
                    None => req.respond(tiny_http::Response::from_string("not found").with_status_code(404)),
                };
            }
        });
        Self { base, log }
    }

    pub fn requests_matching(&self, prefix: &str) -> Vec<String> {
        self.log.lock().unwrap().iter().filter(|u| u.starts_with(prefix)).cloned().collect()
    }
}

/// The strict policy the hosting guide documents: scripts only from the site plus the hashes of the
/// inline scripts in index.html, wasm compilation, tiles from the tile host, nothing inline else.
pub fn csp_header(dist: &Path, tile_origin: &str) -> String {
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap_or_default();
    let hashes: Vec<String> = inline_scripts(&html)
        .iter()
        .map(|s| {
            use base64::Engine;
            use sha2::Digest;
            format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(s.as_bytes())))
        })
        .collect();
    format!(
        "default-src 'none'; script-src 'self' {} 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' {tile_origin}; \
         connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; \
         report-uri /csp-report",
        hashes.join(" ")
    )
}

/// The bodies of `<script>` elements without `src`.
pub fn inline_scripts(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let tag_end = match rest[start..].find('>') {
            Some(e) => start + e,
            None => break,
        };
        let tag = &rest[start..tag_end];
        let close = match rest[tag_end..].find("</script>") {
            Some(c) => tag_end + c,
            None => break,
        };
        if !tag.contains(" src=") {
            out.push(rest[tag_end + 1..close].to_string());
        }
        rest = &rest[close..];
    }
    out
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

fn read_safe(dir: &Path, rel: &str) -> Option<(Vec<u8>, &'static str)> {
    if rel.split('/').any(|seg| seg == "..") {
        return None;
    }
    let path = dir.join(rel);
    let body = std::fs::read(&path).ok()?;
    let mime = match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "json" => "application/json",
        "map" => "application/json",
        "geojson" => "application/geo+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "application/octet-stream",
    };
    Some((body, mime))
}
