//! The static server for the built site and the fixtures, and the CSP the hosting guide documents.

use super::root;
use std::io::Write;
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
    /// Send text, scripts, wasm and data gzip-compressed when the browser accepts it, as a
    /// configured web server would (the benchmark's phone profile; both pages alike).
    pub gzip: bool,
}

impl Server {
    pub fn start(config: Option<ServerConfig>) -> Self {
        let server = tiny_http::Server::http("127.0.0.1:0").expect("bind the test server");
        let port = server.server_addr().to_ip().expect("ip address").port();
        let base = format!("http://127.0.0.1:{port}");
        let log = Arc::new(Mutex::new(Vec::new()));
        let fixtures = root().join("tests/fixtures");
        let tile = std::fs::read(fixtures.join("tile.png")).expect("tests/fixtures/tile.png");
        let csp = config.as_ref().map(|c| csp_header(&c.dist, &c.tile_origin)).unwrap_or_default();
        let served = Arc::new(Served {
            config,
            fixtures,
            tile,
            csp,
            log: log.clone(),
            asked: Default::default(),
            packed: Default::default(),
        });
        std::thread::spawn(move || {
            // One thread per request: a response that stalls on purpose (or a client that reads
            // slowly) never holds up the others.
            for req in server.incoming_requests() {
                let served = served.clone();
                std::thread::spawn(move || served.answer(req));
            }
        });
        Self { base, log }
    }

    /// How often `path` was asked for (query and fragment ignored).
    pub fn count(&self, path: &str) -> usize {
        self.log.lock().unwrap().iter().filter(|u| u.split(['?', '#']).next() == Some(path)).count()
    }

    pub fn requests_matching(&self, prefix: &str) -> Vec<String> {
        self.log.lock().unwrap().iter().filter(|u| u.starts_with(prefix)).cloned().collect()
    }
}

/// What the server answers with, shared by the threads that answer.
struct Served {
    config: Option<ServerConfig>,
    fixtures: PathBuf,
    tile: Vec<u8>,
    csp: String,
    log: Arc<Mutex<Vec<String>>>,
    /// Requests per path so far, for answers that change (`/faulty/once/…`).
    asked: Mutex<std::collections::HashMap<String, usize>>,
    /// gzip bodies already made, by path.
    packed: Mutex<std::collections::HashMap<String, Arc<Vec<u8>>>>,
}

impl Served {
    fn answer(&self, mut req: tiny_http::Request) {
        let url = req.url().to_string();
        self.log.lock().unwrap().push(url.clone());
        // Anything but reading (an upload, a form) is logged apart: the check page must send none.
        if !matches!(req.method(), tiny_http::Method::Get | tiny_http::Method::Head) {
            self.log.lock().unwrap().push(format!("!{} {url}", req.method()));
        }
        let path = percent_decode(url.split(['?', '#']).next().unwrap_or("/"));
        if path == "/csp-report" {
            let mut body = String::new();
            let _ = req.as_reader().read_to_string(&mut body);
            self.log.lock().unwrap().push(format!("/csp-report {body}"));
            let _ = req.respond(tiny_http::Response::empty(204));
            return;
        }
        if let Some(rest) = path.strip_prefix("/faulty/") {
            return self.fault(req, &path, rest);
        }
        let mut headers = Vec::new();
        let response = if path.starts_with("/tiles/") {
            headers.push(("Access-Control-Allow-Origin", "*".to_string()));
            Some((self.tile.clone(), "image/png"))
        } else if let Some(c) = &self.config {
            if let Some((prefix, dir)) = c.mounts.iter().find(|(p, _)| path.starts_with(p.as_str())) {
                read_safe(dir, &path[prefix.len()..])
            } else if let Some(rest) = path.strip_prefix("/fixtures/") {
                read_safe(&self.fixtures, rest).map(|(body, mime)| {
                    let text = String::from_utf8_lossy(&body).replace("__TILE_ORIGIN__", &c.tile_origin);
                    (text.into_bytes(), mime)
                })
            } else {
                let (rest, strict) = match path.strip_prefix("/csp/") {
                    Some(r) => (r.to_string(), true),
                    None => (path.trim_start_matches('/').to_string(), false),
                };
                let rel = if rest.is_empty() || rest.ends_with('/') { format!("{rest}index.html") } else { rest };
                if strict {
                    headers.push(("Content-Security-Policy", self.csp.clone()));
                }
                read_safe(&c.dist, &rel)
            }
        } else {
            None
        };
        let accepts_gzip =
            req.headers().iter().any(|h| h.field.equiv("Accept-Encoding") && h.value.as_str().contains("gzip"));
        let _ = match response {
            Some((body, mime)) => {
                let packable = mime.starts_with("text/")
                    || mime.contains("javascript")
                    || mime.contains("json")
                    || mime.contains("wasm")
                    || mime.contains("svg");
                let body = match (&self.config, accepts_gzip && packable) {
                    (Some(c), true) if c.gzip => {
                        headers.push(("Content-Encoding", "gzip".to_string()));
                        self.packed(&path, &body).to_vec()
                    }
                    _ => body,
                };
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

    /// `body` gzip-compressed (level 9, as the build's precompressed copies), made once per path.
    fn packed(&self, path: &str, body: &[u8]) -> Arc<Vec<u8>> {
        if let Some(done) = self.packed.lock().unwrap().get(path) {
            return done.clone();
        }
        use std::io::Write as _;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let _ = enc.write_all(body);
        let done = Arc::new(enc.finish().unwrap_or_default());
        self.packed.lock().unwrap().insert(path.to_string(), done.clone());
        done
    }

    /// `/faulty/<fault>/<tag>/<file in dist>`: the file, served the way a failing server would.
    /// The tag keeps tests apart (answers that change count per path).
    /// - `hang`: headers and the first bytes, then nothing (the connection stays open);
    /// - `silent`: no answer at all;
    /// - `cut`: half the body, then the connection breaks (a broken chunk: the browser gives the
    ///   download up as it does for a connection reset);
    /// - `ok`: the file as it is (a good file whose requests a test counts on its own);
    /// - `once` / `twice`: 503 for the first one / two requests, then the file;
    /// - `html`: a 200 with an HTML page, as a CMS sends for a wrong address.
    fn fault(&self, req: tiny_http::Request, path: &str, rest: &str) {
        let mut parts = rest.splitn(3, '/');
        let (fault, file) = match (parts.next(), parts.next(), parts.next()) {
            (Some(f), Some(_tag), Some(file)) => (f.to_string(), file.to_string()),
            _ => return drop(req.respond(tiny_http::Response::empty(400))),
        };
        let Some((body, mime)) = self.config.as_ref().and_then(|c| read_safe(&c.dist, &file)) else {
            return drop(req.respond(tiny_http::Response::empty(404)));
        };
        let n = {
            let mut asked = self.asked.lock().unwrap();
            let n = asked.entry(path.to_string()).or_default();
            *n += 1;
            *n
        };
        let head = |len: usize| format!("HTTP/1.1 200 OK\r\nContent-Type: {mime}\r\nContent-Length: {len}\r\n\r\n");
        let forever = || std::thread::sleep(std::time::Duration::from_secs(600));
        match fault.as_str() {
            "hang" => {
                let mut w = req.into_writer();
                let _ = w.write_all(head(body.len()).as_bytes());
                let _ = w.write_all(&body[..200.min(body.len())]);
                let _ = w.flush();
                forever();
            }
            "cut" => {
                let mut w = req.into_writer();
                let half = &body[..body.len() / 2];
                let head = format!("HTTP/1.1 200 OK\r\nContent-Type: {mime}\r\nTransfer-Encoding: chunked\r\n\r\n");
                let _ = w.write_all(head.as_bytes());
                let _ = w.write_all(format!("{:x}\r\n", half.len()).as_bytes());
                let _ = w.write_all(half);
                let _ = w.write_all(b"\r\nzz-broken\r\n");
                let _ = w.flush();
            }
            "silent" => {
                forever();
                drop(req);
            }
            "once" | "twice" if n <= if fault == "once" { 1 } else { 2 } => {
                let _ = req.respond(tiny_http::Response::from_string("busy").with_status_code(503));
            }
            "ok" | "once" | "twice" => {
                let r = tiny_http::Response::from_data(body)
                    .with_header(tiny_http::Header::from_bytes("Content-Type", mime).unwrap());
                let _ = req.respond(r);
            }
            "html" => {
                let page = "<!DOCTYPE html><html><head><title>Seite nicht gefunden</title></head><body><h1>Hoppla</h1></body></html>";
                let r = tiny_http::Response::from_string(page)
                    .with_header(tiny_http::Header::from_bytes("Content-Type", "text/html; charset=utf-8").unwrap());
                let _ = req.respond(r);
            }
            _ => drop(req.respond(tiny_http::Response::empty(400))),
        }
    }
}

/// The strict policy the hosting guide documents: scripts only from the site plus the hashes of the
/// inline scripts in index.html, wasm compilation, tiles from the tile host, nothing inline else.
pub fn csp_header(dist: &Path, tile_origin: &str) -> String {
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap_or_default();
    let hashes = csp_hashes(&inline_scripts(&html));
    format!(
        "default-src 'none'; script-src 'self' {} 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' {tile_origin}; \
         connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; \
         report-uri /csp-report",
        hashes.join(" ")
    )
}

/// `'sha256-…'` sources for the given inline scripts.
pub fn csp_hashes(scripts: &[String]) -> Vec<String> {
    use base64::Engine;
    use sha2::Digest;
    scripts
        .iter()
        .map(|s| {
            format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(s.as_bytes())))
        })
        .collect()
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
        "ftl" | "tsv" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    Some((body, mime))
}
