//! End-to-end tests: the release build in headless Chromium over WebDriver.
//!
//! Needs `dist/` (run `trunk build --release` first; scripts/test.sh does) and ChromeDriver with
//! Chromium (`CHROMEDRIVER`, `CHROME_BIN` override the defaults).
#![cfg(not(target_arch = "wasm32"))]

mod a11y;
mod check;
mod data;
mod embed;
mod faults;
mod find;
mod keep;
mod map;
mod nearby;
mod nginx;
mod parts;
mod privacy;
mod size;
mod support;
mod visitor;
mod when;

use libtest_mimic::{Arguments, Failed, Trial};
use std::sync::Arc;
use support::{Driver, E2e, Env, Server};

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
    let trials = registered
        .into_iter()
        .map(|t| {
            let env = env.clone();
            let (run, (w, h), flags) = (t.run, t.size, t.flags);
            // The window size is part of the name: several tests run at two sizes.
            let name = format!("{} {w}x{h}", t.name.trim_start_matches("e2e::"));
            Trial::test(name, move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                rt.block_on(async {
                    let b = support::browser_with(&env, w, h, flags)
                        .await
                        .map_err(|e| Failed::from(format!("no browser: {e}")))?;
                    let result = run(&env, &b).await;
                    if let Err(e) = &result {
                        if e.to_string().contains("finish loading") {
                            eprintln!("DIAG requests: {:?}", env.server.requests_matching("/"));
                        }
                    }
                    let _ = b.close().await;
                    result.map_err(|e| Failed::from(e.to_string()))
                })
            })
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    drop(env);
    conclusion.exit();
}
