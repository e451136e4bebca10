//! End-to-end tests: the release build in headless Chromium over WebDriver, and the core set
//! (`e2e!(…, core)`) in Firefox ESR and WebKitGTK as well, as `firefox::…` and `webkit::…`.
//!
//! Needs `dist/` (run `trunk build --release` first; scripts/test.sh does), ChromeDriver with
//! Chromium (`CHROMEDRIVER`, `CHROME_BIN` override the defaults), and for the core set geckodriver
//! with Firefox ESR (`GECKODRIVER`, `FIREFOX_BIN`) and WebKitWebDriver with xvfb-run
//! (`WEBKIT_MINIBROWSER`); scripts/setup-test.sh installs them all.
#![cfg(not(target_arch = "wasm32"))]

mod a11y;
mod check;
mod data;
mod edges;
mod edit;
mod edit_parts;
mod edit_reach;
mod embed;
mod faults;
mod find;
mod first;
mod first_use;
mod keep;
mod langs;
mod map;
mod nearby;
mod nginx;
mod notices;
mod partner;
mod parts;
mod phone;
mod privacy;
mod size;
mod support;
mod visitor;
mod when;

use libtest_mimic::{Arguments, Failed, Trial};
use std::sync::Arc;
use support::{Driver, Drivers, E2e, Engine, Env, Server};

fn main() {
    let args = Arguments::from_args();
    let dist = std::env::var("BK_DIST").map(Into::into).unwrap_or_else(|_| support::root().join("dist"));
    if !dist.join("index.html").exists() {
        eprintln!("{} has no index.html: run `trunk build --release` first (scripts/test.sh does).", dist.display());
        std::process::exit(2);
    }
    // Synthetic data for the clustering test, generated deterministically next to the build.
    let synthetic = dist.join("synthetic-3k");
    if !synthetic.join("places.geojson").exists() {
        let ok = std::process::Command::new("python3")
            .args(["scripts/generate-synthetic.py", "--count", "3000", "--seed", "7", "--out"])
            .arg(&synthetic)
            .current_dir(support::root())
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "scripts/generate-synthetic.py failed");
    }
    let tiles = Server::start(None);
    let nginx = support::nginx::start(&dist);
    let server = Server::start(Some(support::ServerConfig {
        dist,
        tile_origin: tiles.base.clone(),
        mounts: vec![("/scratch/".into(), support::scratch_dir())],
        gzip: false,
    }));
    let artifacts = support::root().join("tests/artifacts");
    let env = Arc::new(Env { server, nginx, tiles, driver: Driver::start(), artifacts });
    // Every test registered with `e2e!` next to its function, in a stable order.
    let mut registered: Vec<&E2e> = inventory::iter::<E2e>.into_iter().collect();
    registered.sort_by_key(|t| (t.name, t.size));
    // Started by the first test that needs one, so a filtered run of Chromium tests starts none.
    let drivers = Arc::new(Drivers::default());
    let mut trials = Vec::new();
    for t in registered {
        let (run, (w, h)) = (t.run, t.size);
        // The window size is part of the name: several tests run at two sizes.
        let name = format!("{} {w}x{h}", t.name.trim_start_matches("e2e::"));
        let env_ = env.clone();
        let flags = t.flags;
        trials.push(Trial::test(name.clone(), move || {
            // Inside the runtime: a timer needs its reactor when it is made.
            let limited = block_on(async {
                tokio::time::timeout(TRIAL_LIMIT, async {
                    let b = support::browser_with(&env_, w, h, flags)
                        .await
                        .map_err(|e| Failed::from(format!("no browser: {e}")))?;
                    let result = run(&env_, &b).await;
                    if let Err(e) = &result {
                        if e.to_string().contains("finish loading") {
                            eprintln!("DIAG requests: {:?}", env_.server.requests_matching("/"));
                        }
                    }
                    let _ = b.close().await;
                    result.map_err(|e| Failed::from(e.to_string()))
                })
                .await
            });
            // A hung WebDriver call fails its test instead of holding the whole run.
            limited.unwrap_or_else(|_| Err(Failed::from(format!("no answer within {} s", TRIAL_LIMIT.as_secs()))))
        }));
        if !t.core {
            continue;
        }
        // Chromium's flags and phone emulation have no counterpart in the other drivers: such a
        // test would check less there than its name says.
        assert!(w >= 500 && t.flags.is_empty(), "{}: the core set is desktop-sized and without flags", t.name);
        for engine in Engine::OTHERS {
            let (env_, drivers, trial) = (env.clone(), drivers.clone(), format!("{}::{name}", engine.name()));
            trials.push(Trial::test(trial.clone(), move || {
                // A WebDriver call that never answers (seen once in WebKitWebDriver under load)
                // must not hold the whole run: the trial gives up, its driver is ended, and it
                // is tried once more with a fresh one.
                let mut last = String::new();
                for attempt in 1..=2 {
                    let driver = drivers.take(engine).map_err(Failed::from)?;
                    let outcome = block_on(async {
                        tokio::time::timeout(TRIAL_LIMIT, async {
                            let b = support::browser_in(&env_, engine, &driver.url, w, h)
                                .await
                                .map_err(|e| Failed::from(format!("no {} browser: {e}", engine.name())))?;
                            let result = run(&env_, &b).await;
                            let closed = b.close().await.is_ok();
                            Ok::<_, Failed>((result, closed))
                        })
                        .await
                    });
                    match outcome {
                        Ok(done) => {
                            let (result, closed) = done?;
                            // A driver whose session did not close may still hold it: it serves no one else.
                            if closed {
                                drivers.give_back(engine, driver);
                            }
                            return result.map_err(|e| Failed::from(e.to_string()));
                        }
                        Err(_) => {
                            last = format!("no answer within {} s (attempt {attempt})", TRIAL_LIMIT.as_secs());
                            eprintln!("{trial}: {last}; its driver is ended");
                            drop(driver);
                        }
                    }
                }
                Err(Failed::from(last))
            }));
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    drop(drivers);
    drop(env);
    conclusion.exit();
}

/// How long one trial may take before its browser or driver is thought stuck (the slowest test
/// takes about 40 s here).
const TRIAL_LIMIT: std::time::Duration = std::time::Duration::from_secs(240);

fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
}
