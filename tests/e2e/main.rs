//! End-to-end tests: the release build in headless Chromium over WebDriver.
//!
//! Needs `dist/` (run `trunk build --release` first; scripts/test.sh does) and ChromeDriver with
//! Chromium (`CHROMEDRIVER`, `CHROME_BIN` override the defaults).
#![cfg(not(target_arch = "wasm32"))]

mod a11y;
mod data;
mod embed;
mod find;
mod map;
mod privacy;
mod support;
mod visitor;

use libtest_mimic::{Arguments, Failed, Trial};
use std::sync::Arc;
use support::{Driver, Env, Server};

macro_rules! trial {
    ($env:ident, $module:ident :: $name:ident, $w:expr, $h:expr) => {
        trial!($env, $module::$name, $w, $h, &[])
    };
    ($env:ident, $module:ident :: $name:ident, $w:expr, $h:expr, $flags:expr) => {{
        let env = $env.clone();
        // The window size is part of the name: several tests run at both sizes.
        Trial::test(format!("{}::{} {}x{}", stringify!($module), stringify!($name), $w, $h), move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async {
                let b = support::browser_with(&env, $w, $h, $flags)
                    .await
                    .map_err(|e| Failed::from(format!("no browser: {e}")))?;
                let result = $module::$name(&env, &b).await;
                if let Err(e) = &result {
                    if e.to_string().contains("finish loading") {
                        eprintln!("DIAG requests: {:?}", env.server.requests_matching("/"));
                    }
                }
                let _ = b.close().await;
                result.map_err(|e| Failed::from(e.to_string()))
            })
        })
    }};
}

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
    let server =
        Server::start(Some(support::ServerConfig { dist, tile_origin: tiles.base.clone(), mounts: Vec::new() }));
    let env =
        Arc::new(Env { server, tiles, driver: Driver::start(), artifacts: support::root().join("tests/artifacts") });
    let desktop = (1280, 800);
    // 320 CSS px: the WCAG reflow width (400 % zoom of a 1280 px window).
    let phone = (320, 640);
    // The phone most visitors carry (issue 9): 390 × 844 CSS px with touch.
    let mobile = (390, 844);
    let english: &[&str] = &["--accept-lang=en-US,en"];
    let trials = vec![
        trial!(env, visitor::the_widget_stays_in_its_box_on_a_host_page, mobile.0, mobile.1),
        trial!(env, visitor::the_widget_stays_in_its_box_on_a_host_page, desktop.0, desktop.1),
        trial!(env, visitor::the_standalone_page_fits_the_window, mobile.0, mobile.1),
        trial!(env, visitor::the_standalone_page_fits_the_window, desktop.0, desktop.1),
        trial!(env, visitor::phone_shows_the_effect_of_each_search_and_filter, mobile.0, mobile.1),
        trial!(env, visitor::the_wheel_over_an_embedded_map_scrolls_the_page, desktop.0, desktop.1),
        trial!(env, visitor::one_finger_scrolls_the_host_page_two_fingers_move_the_map, mobile.0, mobile.1),
        trial!(env, visitor::consent_can_be_put_aside_and_markers_take_taps, mobile.0, mobile.1),
        trial!(env, visitor::the_chosen_place_stays_visible_above_the_sheet, mobile.0, mobile.1),
        trial!(env, visitor::a_list_entry_on_a_host_page_never_moves_the_page, desktop.0, desktop.1),
        trial!(env, visitor::english_browsers_get_english_that_finds_things, desktop.0, desktop.1, english),
        trial!(env, visitor::something_shows_before_the_wasm_runs, mobile.0, mobile.1),
        trial!(env, map::every_sample_place_is_a_named_marker, desktop.0, desktop.1),
        trial!(env, map::clicking_a_marker_opens_its_details_and_escape_returns_focus, desktop.0, desktop.1),
        trial!(env, map::keyboard_reaches_a_marker_and_enter_opens_it, desktop.0, desktop.1),
        trial!(env, map::zoom_buttons_and_wheel_change_the_scale, desktop.0, desktop.1),
        trial!(env, map::drag_and_arrow_keys_pan_the_map, desktop.0, desktop.1),
        trial!(env, map::legend_checkbox_hides_and_shows_a_category, desktop.0, desktop.1),
        trial!(env, map::only_visible_tiles_are_requested_in_template_order, desktop.0, desktop.1),
        trial!(env, map::unreachable_tiles_are_a_quiet_normal_state, desktop.0, desktop.1),
        trial!(env, map::the_district_outline_follows_pan_and_zoom, desktop.0, desktop.1),
        trial!(env, map::phone_shows_details_as_a_bottom_sheet, phone.0, phone.1),
        trial!(env, map::touch_drag_pinch_and_double_tap, phone.0, phone.1),
        trial!(env, data::broken_sources_raise_alerts_and_good_places_stay, desktop.0, desktop.1),
        trial!(env, data::text_from_data_is_never_html_and_unsafe_urls_are_not_links, desktop.0, desktop.1),
        trial!(env, data::a_config_from_another_origin_is_refused, desktop.0, desktop.1),
        trial!(env, data::right_to_left_names_and_long_compounds_keep_the_layout, desktop.0, desktop.1),
        trial!(env, data::each_data_file_is_downloaded_once, desktop.0, desktop.1),
        trial!(env, privacy::nothing_leaves_the_origin_before_consent, desktop.0, desktop.1),
        trial!(env, privacy::the_build_runs_under_a_strict_csp, desktop.0, desktop.1),
        trial!(env, embed::demo_host_page_with_two_instances_and_an_iframe, desktop.0, desktop.1),
        trial!(env, a11y::axe_finds_no_violations_on_desktop, desktop.0, desktop.1),
        trial!(env, a11y::axe_finds_no_violations_on_a_phone, phone.0, phone.1),
        trial!(env, a11y::keyboard_alone_reaches_every_function, desktop.0, desktop.1),
        trial!(env, a11y::the_language_switch_changes_every_visible_string, desktop.0, desktop.1),
        trial!(env, a11y::counts_are_announced_in_a_live_region, desktop.0, desktop.1),
        trial!(env, find::search_is_tolerant_and_updates_map_list_and_count, desktop.0, desktop.1),
        trial!(env, find::filters_narrow_markers_and_list_with_counts, desktop.0, desktop.1),
        trial!(env, find::list_and_map_select_each_other, desktop.0, desktop.1),
        trial!(env, find::a_shared_link_restores_view_filters_and_place, desktop.0, desktop.1),
        trial!(env, find::near_me_sorts_by_distance_or_says_why_not, desktop.0, desktop.1),
        trial!(env, find::directions_link_to_hvv_and_osm_with_the_address, desktop.0, desktop.1),
        trial!(env, find::clusters_group_many_places_and_open_by_zoom, desktop.0, desktop.1),
        trial!(
            env,
            a11y::reduced_motion_turns_off_transitions,
            desktop.0,
            desktop.1,
            &["--force-prefers-reduced-motion"]
        ),
    ];
    let conclusion = libtest_mimic::run(&args, trials);
    drop(env);
    conclusion.exit();
}
