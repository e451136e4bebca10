//! One browser session per test (headless Chromium; Firefox ESR or WebKitGTK for the core tests),
//! and the WebDriver calls the tests use.

use super::{AnyResult, Engine, Env, TestResult, fail};
use fantoccini::actions::InputSource;
use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::time::{Duration, Instant};

/// One browser session for one test; closed at the end.
pub struct Browser {
    pub c: Client,
    pub base: String,
    /// The browser's own profile folder (`--user-data-dir`), which finds its processes.
    #[allow(dead_code)] // read by the benchmark harness (bench/)
    pub profile: std::path::PathBuf,
    /// What the Chromium-only helpers (console log, DevTools, permissions) ask before they act.
    pub engine: Engine,
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
    Ok(Browser { c, base: env.server.base.clone(), profile, engine: Engine::Chromium })
}

/// A session of Firefox ESR (headless) or WebKitGTK (MiniBrowser, in the driver's virtual display)
/// through `driver_url`, in German, its viewport `width` × `height`. No phone emulation: neither
/// driver has Chromium's device metrics, so the phone checks stay in Chromium.
pub async fn browser_in(
    env: &Env,
    engine: Engine,
    driver_url: &str,
    width: u32,
    height: u32,
) -> Result<Browser, Box<dyn std::error::Error + Send + Sync>> {
    let caps = match engine {
        Engine::Chromium => return browser_with(env, width, height, &[]).await,
        Engine::Firefox => json!({
            "browserName": "firefox",
            "moz:firefoxOptions": {
                "binary": std::env::var("FIREFOX_BIN").unwrap_or_else(|_| "/usr/bin/firefox-esr".into()),
                "args": ["-headless", format!("--width={width}"), format!("--height={height}")],
                "prefs": {
                    "intl.accept_languages": "de-DE,de",
                    // As Chromium's --disable-background-networking: only the test's own requests.
                    "app.update.enabled": false,
                    "browser.shell.checkDefaultBrowser": false,
                    "network.captive-portal-service.enabled": false,
                    "network.connectivity-service.enabled": false,
                }
            }
        }),
        // The language comes from the driver's locale (support/driver.rs).
        Engine::WebKit => json!({
            "browserName": "MiniBrowser",
            "webkitgtk:browserOptions": {
                "binary": std::env::var("WEBKIT_MINIBROWSER")
                    .unwrap_or_else(|_| "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into()),
                "args": ["--automation"]
            }
        }),
    };
    let Value::Object(caps) = caps else { unreachable!() };
    let c = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(driver_url)
        .await?;
    let b = Browser { c, base: env.server.base.clone(), profile: Default::default(), engine };
    if let Err(e) = b.fit_viewport(width, height).await {
        let _ = b.c.clone().close().await;
        return Err(e);
    }
    // A test that finds "Vergrößern" would fail in English anyway, but not say why.
    let languages = b.js("return navigator.languages").await?;
    if languages.get(0).and_then(Value::as_str).is_none_or(|l| !l.starts_with("de")) {
        let _ = b.c.clone().close().await;
        return fail(format!(
            "{} browses in {languages}, not German (WebKitGTK needs the de_DE.UTF-8 locale: scripts/setup-test.sh)",
            engine.name()
        ));
    }
    Ok(b)
}

fn next_id() -> usize {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[derive(Debug)]
pub(super) struct ElementGet {
    pub(super) element: String,
    pub(super) what: &'static str,
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

impl Browser {
    /// Sizes the window so that the page gets `width` × `height` (the window's own bars differ
    /// between engines), as Chromium's headless window does.
    async fn fit_viewport(&self, width: u32, height: u32) -> TestResult {
        let (w, h) = (width as f64, height as f64);
        let mut outer = (w, h);
        for _ in 0..4 {
            self.c.set_window_rect(0, 0, outer.0 as u32, outer.1 as u32).await?;
            let inner = self.settled_viewport().await?;
            if inner == (w, h) {
                return Ok(());
            }
            outer = (outer.0 + w - inner.0, outer.1 + h - inner.1);
        }
        let inner = self.settled_viewport().await?;
        fail(format!("{}: the page is {inner:?} inside a window sized for {width}x{height}", self.engine.name()))
    }

    /// The page's size once a resize has reached it: WebKitGTK answers Set Window Rect before its
    /// page has the new size.
    async fn settled_viewport(&self) -> AnyResult<(f64, f64)> {
        let read = || async {
            let v = self.js("return [window.innerWidth, window.innerHeight]").await?;
            Ok::<_, Box<dyn std::error::Error + Send + Sync>>((
                v[0].as_f64().unwrap_or(0.0),
                v[1].as_f64().unwrap_or(0.0),
            ))
        };
        let mut last = read().await?;
        for _ in 0..20 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let now = read().await?;
            if now == last {
                return Ok(now);
            }
            last = now;
        }
        Ok(last)
    }

    /// An error that names the engine, for what only ChromeDriver offers: a test that needs it is
    /// not for the core set.
    fn chromium_only(&self, what: &str) -> TestResult {
        if self.engine == Engine::Chromium {
            return Ok(());
        }
        fail(format!("{what} is Chromium only, this is {}", self.engine.name()))
    }

    /// Proportional set size (KiB) of this browser's renderer processes: the tab's memory, wasm
    /// and JS heap alike (Linux only; 0 elsewhere). Used by the benchmark harness (bench/).
    #[allow(dead_code)]
    pub fn renderer_pss_kib(&self) -> u64 {
        if self.engine != Engine::Chromium {
            return 0;
        }
        let Ok(procs) = std::fs::read_dir("/proc") else { return 0 };
        let mine = self.profile.to_string_lossy().to_string();
        let mut parent = std::collections::HashMap::new();
        let mut cmdline = std::collections::HashMap::new();
        for p in procs.flatten() {
            let Ok(pid) = p.file_name().to_string_lossy().parse::<u32>() else { continue };
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            let ppid =
                stat.rsplit(')').next().and_then(|r| r.split_whitespace().nth(1)).and_then(|x| x.parse::<u32>().ok());
            if let Some(ppid) = ppid {
                parent.insert(pid, ppid);
            }
            cmdline.insert(
                pid,
                std::fs::read_to_string(format!("/proc/{pid}/cmdline")).unwrap_or_default().replace('\0', " "),
            );
        }
        let roots: Vec<u32> =
            cmdline.iter().filter(|(_, c)| c.contains(&mine) && !c.contains("--type=")).map(|(p, _)| *p).collect();
        let descends = |mut pid: u32| {
            while let Some(&pp) = parent.get(&pid) {
                if roots.contains(&pp) {
                    return true;
                }
                if pp <= 1 {
                    break;
                }
                pid = pp;
            }
            false
        };
        cmdline
            .iter()
            .filter(|(pid, c)| c.contains("--type=renderer") && descends(**pid))
            .map(|(pid, _)| {
                std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
                    .unwrap_or_default()
                    .lines()
                    .find_map(|l| {
                        l.strip_prefix("Pss:").and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                    })
                    .unwrap_or(0)
            })
            .sum()
    }

    pub async fn open(&self, path: &str) -> TestResult {
        self.c.goto(&format!("{}{}", self.base, path)).await?;
        Ok(())
    }

    /// Waits until the widget has loaded its data (or failed to) and the later parts of its code
    /// (src/ui/parts.rs) arrived.
    pub async fn wait_loaded(&self) -> TestResult {
        let waited = self
            .wait_until("the map to finish loading", || async move {
                let script = "const m = document.querySelector('.bk-map'); \
                              return !!m && m.getAttribute('aria-busy') === 'false' && !document.querySelector('[data-parts=waiting]');";
                Ok(self.c.execute(script, vec![]).await? == json!(true))
            })
            .await;
        if let Err(e) = waited {
            // A panic or a failed request says more than the time-out.
            let state = self
                .js("return [performance.getEntriesByType('mark').map(m => m.name).join(' '), performance.getEntriesByType('resource').map(r => r.name.split('/').pop() + ':' + Math.round(r.responseEnd)).join(' '), document.querySelectorAll('.bk-marker, .bk-cluster').length]")
                .await
                .unwrap_or_default();
            return fail(format!(
                "{e}; console: {:?}; marks, resources, markers: {state}",
                self.console_errors().await.unwrap_or_default()
            ));
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

    /// Map markers: buttons inside the map region.
    pub async fn markers(&self) -> AnyResult<Vec<Element>> {
        Ok(self.c.find_all(Locator::Css(".bk-map button.bk-marker")).await?)
    }

    pub async fn center_of(&self, e: &Element) -> AnyResult<(f64, f64)> {
        let (x, y, w, h) = e.rectangle().await?;
        Ok((x + w / 2.0, y + h / 2.0))
    }

    /// The live count under the search box ("62 Orte gefunden").
    pub async fn status(&self) -> AnyResult<String> {
        Ok(self.c.find(Locator::Css(".bk-status")).await?.text().await?)
    }

    /// A parameter of the page's URL (the widget writes its view there: `z`, `at`), if present.
    pub async fn url_param(&self, name: &str) -> AnyResult<Option<String>> {
        let v = self.js(&format!("return new URL(location.href).searchParams.get('{name}')")).await?;
        Ok(v.as_str().map(String::from))
    }

    /// The accessible name of what has focus. Focus that is on its way (the page's body while the
    /// widget moves it on at the next frame, as it does on closing the details) is waited for, up
    /// to a second; a widget that drops focus still fails.
    pub async fn active_element_name(&self) -> AnyResult<String> {
        let deadline = Instant::now() + Duration::from_secs(1);
        while Instant::now() < deadline
            && self.js("return !document.activeElement || document.activeElement === document.body").await?
                == json!(true)
        {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let e = self.c.active_element().await?;
        self.name(&e).await
    }

    /// Returns once the page has drawn two more frames, so what it put off to the next frame
    /// (focus moves, measuring) is done.
    pub async fn next_frame(&self) -> TestResult {
        self.js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))").await?;
        Ok(())
    }

    pub async fn press(&self, keys: &str) -> TestResult {
        self.c.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    /// One finger's tap at page coordinates (a touch pointer, as a phone sends it).
    pub async fn tap(&self, x: f64, y: f64) -> TestResult {
        use fantoccini::actions::{MOUSE_BUTTON_LEFT, PointerAction, TouchActions};
        let tap = TouchActions::new("finger".into())
            .then(PointerAction::MoveTo { duration: None, x: x.round(), y: y.round() })
            .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
            .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
        self.c.perform_actions(tap).await?;
        Ok(())
    }

    /// Runs `script` in the page and returns its result. WebKitWebDriver now and then answers
    /// "Could not parse script result" for a plain string or array result (seen once in CI, on
    /// find::search_is_tolerant…, which passed in WebKit in every run before and after): that
    /// answer is the driver's, not the page's, so the script is run again, at most twice. The
    /// scripts the tests run only read, or set a state again.
    pub async fn js(&self, script: &str) -> AnyResult<Value> {
        let mut tries = 0;
        loop {
            match self.c.execute(script, vec![]).await {
                Err(e)
                    if self.engine == Engine::WebKit
                        && tries < 2
                        && e.to_string().contains("Could not parse script result") =>
                {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                other => return Ok(other?),
            }
        }
    }

    /// Console entries at level SEVERE (errors, failed requests). Chromium only: geckodriver and
    /// WebKitWebDriver have no log endpoint, so in Firefox and WebKit this is always empty and the
    /// console is checked in Chromium alone.
    pub async fn console_errors(&self) -> AnyResult<Vec<String>> {
        if self.engine != Engine::Chromium {
            return Ok(Vec::new());
        }
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
        self.chromium_only("a fake position")?;
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
        self.chromium_only("DevTools")?;
        let body = serde_json::json!({ "cmd": cmd, "params": params }).to_string();
        Ok(self.c.issue_cmd(SessionPost { path: "goog/cdp/execute", body }).await?)
    }

    /// Clicks `e` once it is in the middle of the window, as one scrolls a control out from under a
    /// page's bar that stays at the top (the editors' tools): WebDriver scrolls only what is out of
    /// the window, and a control under the bar would take no click.
    pub async fn click_in_view(&self, e: &Element) -> TestResult {
        let script = "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})";
        self.c.execute(script, vec![serde_json::to_value(e)?]).await?;
        e.click().await?;
        Ok(())
    }

    /// Saves a screenshot to tests/artifacts/, in Firefox and WebKit as `firefox-NAME`/`webkit-NAME`
    /// (the same test runs in each engine).
    pub async fn screenshot(&self, env: &Env, name: &str) -> TestResult {
        let png = self.c.screenshot().await?;
        std::fs::create_dir_all(&env.artifacts)?;
        let file = match self.engine {
            Engine::Chromium => name.to_string(),
            other => format!("{}-{name}", other.name()),
        };
        std::fs::write(env.artifacts.join(file), png)?;
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
