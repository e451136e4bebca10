//! The e2e harness: a static server for the built site and the fixtures, one ChromeDriver (and,
//! for the core tests, geckodriver and WebKitWebDriver, started when first needed), and helpers
//! that find elements the way assistive technology does (computed role and name).

mod browser;
mod driver;
pub mod nginx;
mod roles;
mod server;

pub use browser::{Browser, ENTER, ESCAPE, TAB, browser_in, browser_with};
pub use driver::{Driver, Drivers};
pub use server::{Server, ServerConfig};
use std::path::PathBuf;

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

/// Window sizes the tests run at: a desktop, the WCAG reflow width (400 % zoom of a 1280 px
/// window), and the phone most visitors carry (touch, mobile emulation).
pub const DESKTOP: (u32, u32) = (1280, 800);
pub const PHONE: (u32, u32) = (320, 640);
pub const MOBILE: (u32, u32) = (390, 844);

/// The browser engine a test runs in. Every test runs in Chromium; the core tests (`core` in
/// `e2e!`) also in Firefox ESR and WebKitGTK (Safari's engine), at a desktop size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    /// The other engines the core tests run in, besides Chromium.
    pub const OTHERS: [Engine; 2] = [Engine::Firefox, Engine::WebKit];

    /// Lower case, as in the names of the trials (`firefox::map::…`) and screenshots.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }
}

/// A test's run function: the shared environment and a fresh browser in, a result out.
pub type RunFn =
    for<'a> fn(&'a Env, &'a Browser) -> std::pin::Pin<Box<dyn std::future::Future<Output = TestResult> + 'a>>;

/// One registered end-to-end test at one window size (see `e2e!`); main.rs runs what is registered.
pub struct E2e {
    pub name: &'static str,
    pub size: (u32, u32),
    /// Extra Chromium flags, e.g. `--force-prefers-reduced-motion`, `--accept-lang=en-US,en`.
    pub flags: &'static [&'static str],
    /// Part of the core set (load, markers, details, search, zoom, drag, embed, the check page),
    /// which runs in Firefox and WebKit as well.
    pub core: bool,
    pub run: RunFn,
}

inventory::collect!(E2e);

/// Registers a test next to its function: `e2e!(name, DESKTOP)`, or with Chromium flags
/// `e2e!(name, DESKTOP, &["--force-prefers-reduced-motion"])`, or as part of the core set that
/// runs in Firefox and WebKit too `e2e!(name, DESKTOP, core)`. No list to keep by hand.
#[macro_export]
macro_rules! e2e {
    ($name:ident, $size:expr) => {
        $crate::e2e!(@register $name, $size, &[], false);
    };
    // Before the flags' arm: `core` would parse as an expression there.
    ($name:ident, $size:expr, core) => {
        $crate::e2e!(@register $name, $size, &[], true);
    };
    ($name:ident, $size:expr, $flags:expr) => {
        $crate::e2e!(@register $name, $size, $flags, false);
    };
    (@register $name:ident, $size:expr, $flags:expr, $core:expr) => {
        const _: () = {
            fn run<'a>(
                env: &'a $crate::support::Env,
                b: &'a $crate::support::Browser,
            ) -> std::pin::Pin<Box<dyn std::future::Future<Output = $crate::support::TestResult> + 'a>> {
                Box::pin($name(env, b))
            }
            inventory::submit! {
                $crate::support::E2e {
                    name: concat!(module_path!(), "::", stringify!($name)),
                    size: {
                        #[allow(unused_imports)]
                        use $crate::support::{DESKTOP, MOBILE, PHONE};
                        $size
                    },
                    flags: $flags,
                    core: $core,
                    run,
                }
            }
        };
    };
}

pub struct Env {
    pub server: Server,
    /// nginx with the hosting guide's configuration, or why it could not start.
    pub nginx: Result<nginx::Nginx, String>,
    /// A second origin standing for a third-party tile host.
    pub tiles: Server,
    pub driver: Driver,
    pub artifacts: PathBuf,
}

/// A folder for files a test writes and the server serves at `/scratch/` (never inside `dist/`,
/// which is what gets deployed).
pub fn scratch_dir() -> PathBuf {
    std::env::temp_dir().join(format!("bk-e2e-scratch-{}", std::process::id()))
}

/// A CMS page of a test's own, served at `/scratch/NAME/`: the widget mounted through embed.js
/// into a `div` with `attrs` (e.g. `data-config="…" style="height:560px"`), `head` for the page's
/// own styles. Returns the path to open.
pub fn host_page(name: &str, head: &str, attrs: &str) -> std::io::Result<String> {
    let dir = scratch_dir().join(name);
    std::fs::create_dir_all(&dir)?;
    let page = format!(
        "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\
         {head}<title>CMS</title></head><body><div class=\"cms-content\"><p>Text der Seite</p>\
         <div data-bildungskarte {attrs}></div></div><script type=\"module\" src=\"/embed.js\"></script></body></html>"
    );
    std::fs::write(dir.join("index.html"), page)?;
    Ok(format!("/scratch/{name}/index.html"))
}

impl Env {
    /// The built site the server serves (`BK_DIST`, else `dist/`).
    pub fn dist(&self) -> PathBuf {
        std::env::var("BK_DIST").map(Into::into).unwrap_or_else(|_| root().join("dist"))
    }

    /// A JSON file of the built site, e.g. `config.json`.
    pub fn read_json(&self, path: &str) -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(self.dist().join(path)).unwrap()).unwrap()
    }

    /// Every feature of the sample data the site ships: the config's sources, in order. Tests
    /// count what they expect from here, so a change of the sample data does not break them.
    pub fn sample_features(&self) -> Vec<serde_json::Value> {
        let config = self.read_json("config.json");
        let mut all = Vec::new();
        for s in config["sources"].as_array().unwrap() {
            all.extend(self.read_json(s.as_str().unwrap())["features"].as_array().unwrap().iter().cloned());
        }
        all
    }
}

pub type AnyResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;
