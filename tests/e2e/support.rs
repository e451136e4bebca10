//! The e2e harness: a static server for the built site and the fixtures, one ChromeDriver, and
//! helpers that find elements the way assistive technology does (computed role and name).

use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub type TestResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

pub fn fail<T>(msg: impl Into<String>) -> Result<T, Box<dyn std::error::Error + Send + Sync>> {
    Err(msg.into().into())
}

macro_rules! ensure {
    ($cond:expr, $($fmt:tt)+) => {
        if !$cond {
            return $crate::support::fail(format!($($fmt)+));
        }
    };
}
pub(crate) use ensure;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

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

/// ChromeDriver in its own process, killed when dropped (so a failing run leaves no browser).
pub struct Driver {
    child: Child,
    pub url: String,
}

impl Driver {
    pub fn start() -> Self {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        use std::os::unix::process::CommandExt;
        let child = Command::new(&bin)
            .arg(format!("--port={port}"))
            // Its own process group: a Ctrl-C in the terminal reaches the test, not the browser.
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {bin} ({e}); run scripts/test.sh, which installs it"));
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Self { child, url }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // Ask ChromeDriver to quit (it closes the browsers it started), then make sure it is gone.
        // Only this one process is signalled: never a process group.
        if let Some(addr) = self.url.strip_prefix("http://") {
            if let Ok(mut s) = std::net::TcpStream::connect(addr) {
                use std::io::Write;
                let _ = write!(s, "GET /shutdown HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
            }
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Env {
    pub server: Server,
    /// A second origin standing for a third-party tile host.
    pub tiles: Server,
    pub driver: Driver,
    pub artifacts: PathBuf,
}

/// One browser session for one test; closed at the end.
pub struct Browser {
    pub c: Client,
    pub base: String,
}

/// A desktop window of `width` × `height`, or with `width` < 500 a phone (Chromium's mobile
/// emulation: headless windows cannot be narrower than 500 px).
/// With extra Chromium flags such as `--force-prefers-reduced-motion`.
pub async fn browser_with(
    env: &Env,
    width: u32,
    height: u32,
    extra: &[&str],
) -> Result<Browser, Box<dyn std::error::Error + Send + Sync>> {
    let chrome = std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let profile = std::env::temp_dir().join(format!("bk-e2e-{}-{}", std::process::id(), next_id()));
    let caps = json!({
        "browserName": "chrome",
        "goog:loggingPrefs": { "browser": "ALL" },
        "goog:chromeOptions": {
            "binary": chrome,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                format!("--user-data-dir={}", profile.display()),
                format!("--window-size={width},{height}"),
            ]
        }
    });
    let mut caps = caps;
    // German, as most of the district's visitors: the widget follows the browser's languages when
    // the host names none. A preference, not --lang/--accept-lang: with those flags Chromium at
    // times never sent the page's first fetch in this closed network. A test that wants English
    // passes `--accept-lang=…`, which wins over the preference.
    let mut languages = "de-DE,de".to_string();
    for flag in extra {
        if let Some(l) = flag.strip_prefix("--accept-lang=") {
            languages = l.to_string();
        } else {
            caps["goog:chromeOptions"]["args"].as_array_mut().unwrap().push(json!(flag));
        }
    }
    caps["goog:chromeOptions"]["prefs"] = json!({ "intl": { "accept_languages": languages } });
    if width < 500 {
        caps["goog:chromeOptions"]["mobileEmulation"] = json!({
            "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "touch": true, "mobile": true },
            "userAgent": "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36"
        });
    }
    let caps = match caps {
        Value::Object(m) => m,
        _ => unreachable!(),
    };
    let c = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&env.driver.url)
        .await?;
    Ok(Browser { c, base: env.server.base.clone() })
}

fn next_id() -> usize {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[derive(Debug)]
struct ElementGet {
    element: String,
    what: &'static str,
}

impl WebDriverCompatibleCommand for ElementGet {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/element/{}/{}", session.unwrap_or_default(), self.element, self.what))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::GET, None)
    }
}

/// Any session command ChromeDriver knows beyond fantoccini's API (permissions, geolocation).
#[derive(Debug)]
struct SessionPost {
    path: &'static str,
    body: String,
}

impl WebDriverCompatibleCommand for SessionPost {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/{}", session.unwrap_or_default(), self.path))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.clone()))
    }
}

#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

pub type AnyResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// CSS that preselects candidates for an ARIA role; the computed role decides.
fn candidates(role: &str) -> &'static str {
    match role {
        "button" => "button, [role=button]",
        "checkbox" => "input[type=checkbox], [role=checkbox], [role=switch]",
        "dialog" => "dialog, [role=dialog]",
        "region" => "section, [role=region]",
        "alert" => "[role=alert]",
        "link" => "a[href], [role=link]",
        "heading" => "h1, h2, h3, h4, h5, h6, [role=heading]",
        "status" => "[role=status], output",
        "list" => "ul, ol, [role=list]",
        _ => "*",
    }
}

impl Browser {
    pub async fn open(&self, path: &str) -> TestResult {
        self.c.goto(&format!("{}{}", self.base, path)).await?;
        Ok(())
    }

    /// Waits until the widget has loaded its data (or failed to).
    pub async fn wait_loaded(&self) -> TestResult {
        let waited = self
            .wait_until("the map to finish loading", || async move {
                Ok(self.c.execute("const m = document.querySelector('.bk-map'); return !!m && m.getAttribute('aria-busy') === 'false';", vec![]).await? == json!(true))
            })
            .await;
        if let Err(e) = waited {
            // A panic or a failed request says more than the time-out.
            let state = self
                .js("return [performance.getEntriesByType('mark').map(m => m.name).join(' '), performance.getEntriesByType('resource').map(r => r.name.split('/').pop() + ':' + Math.round(r.responseEnd)).join(' '), document.querySelectorAll('.bk-marker, .bk-cluster').length]")
                .await
                .unwrap_or_default();
            return fail(format!("{e}; console: {:?}; marks, resources, markers: {state}", self.console_errors().await.unwrap_or_default()));
        }
        Ok(())
    }

    pub async fn wait_until<F, Fut>(&self, what: &str, mut f: F) -> TestResult
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = AnyResult<bool>>,
    {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if f().await.unwrap_or(false) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return fail(format!("timed out waiting for {what}"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn computed(&self, e: &Element, what: &'static str) -> AnyResult<String> {
        let v = self.c.issue_cmd(ElementGet { element: e.element_id().to_string(), what }).await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    pub async fn role(&self, e: &Element) -> AnyResult<String> {
        self.computed(e, "computedrole").await
    }

    pub async fn name(&self, e: &Element) -> AnyResult<String> {
        self.computed(e, "computedlabel").await
    }

    /// All elements with this computed role whose accessible name satisfies `matches`.
    pub async fn all_by_role(&self, role: &str, matches: impl Fn(&str) -> bool) -> AnyResult<Vec<Element>> {
        let mut out = Vec::new();
        for e in self.c.find_all(Locator::Css(candidates(role))).await? {
            if self.role(&e).await? == role && matches(&self.name(&e).await?) {
                out.push(e);
            }
        }
        Ok(out)
    }

    /// The one element with this role and exactly this accessible name.
    pub async fn by_role(&self, role: &str, name: &str) -> AnyResult<Element> {
        let found = self.all_by_role(role, |n| n == name).await?;
        match found.len() {
            1 => Ok(found.into_iter().next().unwrap()),
            n => fail(format!("expected one {role} named {name:?}, found {n}")),
        }
    }

    pub async fn wait_by_role(&self, role: &str, name: &str) -> AnyResult<Element> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            match self.by_role(role, name).await {
                Ok(e) => return Ok(e),
                Err(e) if Instant::now() > deadline => return Err(e),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// Map markers: buttons inside the map region.
    pub async fn markers(&self) -> AnyResult<Vec<Element>> {
        Ok(self.c.find_all(Locator::Css(".bk-map button.bk-marker")).await?)
    }

    pub async fn center_of(&self, e: &Element) -> AnyResult<(f64, f64)> {
        let (x, y, w, h) = e.rectangle().await?;
        Ok((x + w / 2.0, y + h / 2.0))
    }

    pub async fn active_element_name(&self) -> AnyResult<String> {
        let e = self.c.active_element().await?;
        self.name(&e).await
    }

    pub async fn press(&self, keys: &str) -> TestResult {
        self.c.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    pub async fn js(&self, script: &str) -> AnyResult<Value> {
        Ok(self.c.execute(script, vec![]).await?)
    }

    /// Console entries at level SEVERE (errors, failed requests).
    pub async fn console_errors(&self) -> AnyResult<Vec<String>> {
        let v = self.c.issue_cmd(BrowserLog).await?;
        Ok(v.as_array()
            .map(|a| {
                a.iter()
                    .filter(|e| e["level"] == "SEVERE")
                    .map(|e| e["message"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Grants or denies the geolocation permission and sets the fake position.
    pub async fn geolocation(&self, granted: bool, lon: f64, lat: f64) -> TestResult {
        let state = if granted { "granted" } else { "denied" };
        self.c
            .issue_cmd(SessionPost {
                path: "permissions",
                body: format!(r#"{{"descriptor":{{"name":"geolocation"}},"state":"{state}"}}"#),
            })
            .await?;
        self.c
            .issue_cmd(SessionPost {
                path: "location",
                body: format!(r#"{{"location":{{"latitude":{lat},"longitude":{lon},"altitude":0}}}}"#),
            })
            .await?;
        Ok(())
    }

    /// Runs a Chrome DevTools Protocol command (the benchmark's CPU profile).
    #[allow(dead_code)]
    pub async fn cdp(&self, cmd: &str, params: Value) -> AnyResult<Value> {
        let body = serde_json::json!({ "cmd": cmd, "params": params }).to_string();
        Ok(self.c.issue_cmd(SessionPost { path: "goog/cdp/execute", body }).await?)
    }

    pub async fn screenshot(&self, env: &Env, name: &str) -> TestResult {
        let png = self.c.screenshot().await?;
        std::fs::create_dir_all(&env.artifacts)?;
        std::fs::write(env.artifacts.join(name), png)?;
        Ok(())
    }

    pub async fn close(self) -> TestResult {
        self.c.close().await?;
        Ok(())
    }
}

pub const ESCAPE: &str = "\u{e00c}";
pub const ENTER: &str = "\u{e007}";
pub const TAB: &str = "\u{e004}";
