//! One headless Chromium session per test, and the WebDriver calls the tests use.

use super::{AnyResult, Env, TestResult, fail};
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
    Ok(Browser { c, base: env.server.base.clone(), profile })
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
    /// Proportional set size (KiB) of this browser's renderer processes: the tab's memory, wasm
    /// and JS heap alike (Linux only; 0 elsewhere). Used by the benchmark harness (bench/).
    #[allow(dead_code)]
    pub fn renderer_pss_kib(&self) -> u64 {
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
