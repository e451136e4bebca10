//! Opening files: the district's published config and its sources from the same server in one
//! click, or files picked or dropped as on the check page. Nothing is uploaded.

use super::state::Editor;
use super::{Said, say, say_with};
use crate::check::picked::{FileKind, Picked, file_name};
use crate::edit::document::Document;
use crate::ui::checker::preview::Preview;
use leptos::prelude::*;
use serde_json::Value;

/// The config the page opens: `?config=` or the one beside the page.
fn config_address() -> String {
    crate::ui::dom::query_param("config").unwrap_or_else(|| "config.json".to_string())
}

pub(super) async fn fetch_text(url: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(url).send().await.map_err(|_| String::new())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response.text().await.map_err(|_| String::new())
}

/// Opens the published config and every source it names.
async fn open_published(ed: Editor, preview: Preview) {
    let lang = ed.lang.get_untracked();
    ed.status.set(Said::key("ed-opening"));
    let Some(page) = web_sys::window().and_then(|w| w.location().href().ok()) else { return };
    let Ok(config_url) = web_sys::Url::new_with_base(&config_address(), &page) else { return };
    let config_name = file_name(&config_url.pathname());
    let text = match fetch_text(&config_url.href()).await {
        Ok(t) => t,
        Err(why) => {
            ed.failures.set(vec![say_with(lang, "ed-not-opened", &[("file", config_name), ("why", why)])]);
            ed.status.set(Said::none());
            return;
        }
    };
    let Ok(config) = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) else {
        let why = say(lang, "ed-not-json");
        ed.failures.set(vec![say_with(lang, "ed-not-opened", &[("file", config_name), ("why", why)])]);
        ed.status.set(Said::none());
        return;
    };
    let mut files = vec![Picked::new(config_name, text.into_bytes())];
    let sources: Vec<String> = config["sources"]
        .as_array()
        .map(|s| s.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    // All at once: on a phone line each request waits its round trip.
    let fetched = futures::future::join_all(sources.iter().map(|source| {
        let url = web_sys::Url::new_with_base(source.trim(), &config_url.href()).ok().map(|u| u.href());
        async move {
            match url {
                Some(url) => Some(fetch_text(&url).await),
                None => None,
            }
        }
    }))
    .await;
    for (source, answer) in sources.iter().zip(fetched) {
        match answer {
            Some(Ok(t)) => files.push(Picked::new(file_name(source), t.into_bytes())),
            Some(Err(why)) => {
                let why = if why.is_empty() { say(lang, "ed-no-answer") } else { why };
                ed.failures
                    .update(|f| f.push(say_with(lang, "ed-not-opened", &[("file", file_name(source)), ("why", why)])));
            }
            None => {}
        }
    }
    take(ed, preview, files, Some(config)).await;
}

/// Reads the GeoJSON files among `files` and shows them on the map.
async fn take(ed: Editor, preview: Preview, files: Vec<Picked>, config: Option<Value>) {
    let lang = ed.lang.get_untracked();
    let config = config.or_else(|| files.iter().find(|p| p.kind() == FileKind::Config).and_then(Picked::json));
    let config = match config {
        Some(c) => Some(c),
        None => published_config().await,
    };
    let mut docs = Vec::new();
    let mut failures = ed.failures.get_untracked();
    for p in files.iter().filter(|p| p.kind() == FileKind::GeoJson) {
        let text = crate::check::csv::decode(&p.bytes);
        match Document::parse(&p.name, &text) {
            Ok(d) => docs.push(d),
            Err(why) => failures.push(why),
        }
    }
    for p in files.iter().filter(|p| matches!(p.kind(), FileKind::Csv | FileKind::Spreadsheet)) {
        failures.push(say_with(lang, "ed-not-geojson", &[("file", p.name.clone())]));
    }
    ed.failures.set(failures);
    let places: usize = docs.iter().map(|d| d.entries().count()).sum();
    let n_files = docs.len();
    ed.open(docs, config);
    ed.status.set(Said::counts("ed-opened", &[("places", places), ("files", n_files)]));
    // The map shows the files once its part is there (`parts`: the form comes first).
    super::parts::after_map(move || leptos::task::spawn_local(async move { preview.show(&files, &[], lang).await }));
}

/// The config beside the page, for picked files without one (its categories fill the form).
async fn published_config() -> Option<Value> {
    let page = web_sys::window()?.location().href().ok()?;
    let url = web_sys::Url::new_with_base(&config_address(), &page).ok()?;
    crate::ui::checker::preview::published_config(&url.href()).await
}

fn confirm_discard(ed: Editor) -> bool {
    !ed.unsaved()
        || web_sys::window()
            .and_then(|w| w.confirm_with_message(&say(ed.lang.get_untracked(), "ed-discard")).ok())
            .unwrap_or(false)
}

#[component]
pub fn Opener(ed: Editor, preview: Preview) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let l = move || ed.lang.get();
    let published = move |_| {
        if confirm_discard(ed) {
            ed.failures.set(Vec::new());
            leptos::task::spawn_local(open_published(ed, preview));
        }
    };
    let pick = move |list: Option<web_sys::FileList>| {
        let files = crate::ui::checker::files::listed(list);
        if files.is_empty() || !confirm_discard(ed) {
            return;
        }
        ed.failures.set(Vec::new());
        leptos::task::spawn_local(async move {
            let read = crate::ui::checker::files::read(files).await;
            take(ed, preview, read, None).await;
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        pick(input.files());
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        pick(ev.data_transfer().and_then(|d| d.files()));
    };
    let on_dragover = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    view! {
        <section class="ed-open" aria-labelledby="ed-open-h" class:ed-dragging=move || dragging.get()
            on:dragover=on_dragover on:dragleave=move |_| dragging.set(false) on:drop=on_drop>
            <h2 id="ed-open-h" class="ed-sr-only">{move || say(l(), "ed-open-heading")}</h2>
            <button type="button" class="ed-button ed-primary" on:click=published>{move || say(l(), "ed-open-published")}</button>
            <span class="ed-or">{move || say(l(), "ed-or")}</span>
            <label for="ed-files" class="ed-button">{move || say(l(), "ed-pick")}</label>
            <input id="ed-files" class="ed-file-input" type="file" multiple
                accept=".json,.geojson,application/json,application/geo+json" aria-describedby="ed-pick-hint"
                on:change=on_change/>
            <p id="ed-pick-hint" class="ed-hint">{move || say(l(), "ed-pick-hint")}</p>
        </section>
    }
}
