//! Leptos components. They render state and turn events into new state; parsing, projection and
//! validation live in the core.

mod app;
mod details;
mod finder;
mod i18n;
mod legend;
mod map;
mod notices;
mod results;
mod state;
mod symbol;
mod url_sync;

use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;

static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// Mounts one widget into every host element (`[data-bildungskarte]` or `#bildungskarte`). A page
/// without one is left alone.
pub fn mount_all() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(hosts) = doc.query_selector_all("[data-bildungskarte], #bildungskarte") else { return };
    for i in 0..hosts.length() {
        if let Some(el) = hosts.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            // A host already holding a widget (the script included twice) keeps it.
            if el.get_attribute("data-bildungskarte-mounted").is_none() {
                let _ = el.set_attribute("data-bildungskarte-mounted", "");
                mount(el);
            }
        }
    }
}

fn mount(host: web_sys::HtmlElement) {
    let n = INSTANCES.fetch_add(1, Ordering::Relaxed);
    let options = app::HostOptions {
        prefix: format!("bk{n}"),
        config: host.get_attribute("data-config"),
        lang: host.get_attribute("data-lang"),
        heading_level: host.get_attribute("data-heading-level").and_then(|v| v.parse().ok()).unwrap_or(2),
        url_state: host.has_attribute("data-url-state"),
    };
    leptos::mount::mount_to(host, move || leptos::prelude::view! { <app::App options=options.clone()/> }).forget();
}
