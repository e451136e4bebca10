//! The editors' check page (`pruefen.html`, its own wasm `src/bin/pruefen.rs`, so visitors never
//! download the checker): files dropped or picked are read, checked and converted here in the
//! browser by the command line's own code (`check::picked`), and nothing is sent anywhere. The
//! preview is the widget itself on the picked files (`preview`).

pub(crate) mod files;
pub(crate) mod preview;
pub(crate) mod save;
mod worker;

use crate::check::Report;
use crate::check::picked::{self, Picked, Plan};
use crate::model::Lang;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};

const DE: &str = include_str!("../../../locales/pruefen-de.ftl");
const EN: &str = include_str!("../../../locales/pruefen-en.ftl");

/// The page's own words (its Fluent files); the checker's messages come from the shared ones.
fn t(lang: Lang, key: &str, args: Option<&fluent_bundle::FluentArgs>) -> String {
    static WORDS: crate::i18n::PageWords = crate::i18n::PageWords::new(DE, EN);
    WORDS.format(lang, key, args)
}

macro_rules! say {
    ($lang:expr, $key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::say_with!(t, $lang, $key $(, $name = $value)*)
    };
}

// After `say!`, which it uses.
mod downloads;
use downloads::Downloads;

/// Mounts the page into `#pruefen`; in the page's worker, serves checks instead.
pub fn start() {
    if web_sys::window().is_none() {
        worker::serve();
        return;
    }
    let Some(host) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("pruefen"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    host.set_inner_html("");
    leptos::mount::mount_to(host, || view! { <CheckPage/> }).forget();
}

/// Where the check stands.
#[derive(Clone, Debug, PartialEq)]
enum Progress {
    Idle,
    Reading,
    Checking { done: usize, of: usize, file: String },
    Done,
}

fn initial_lang() -> Lang {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .and_then(|p| p.get("lang"));
    query.as_deref().and_then(Lang::from_tag).unwrap_or(Lang::De)
}

#[component]
fn CheckPage() -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    let picked = RwSignal::new(Arc::new(Vec::<Picked>::new()));
    let report = RwSignal::new(None::<Arc<Report>>);
    let progress = RwSignal::new(Progress::Idle);
    let shown = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let preview = preview::Preview::new();
    // The check runs again when files come or the language changes (messages are in it).
    let run = move || {
        let files = picked.get_untracked();
        if files.is_empty() {
            return;
        }
        let lang = lang.get_untracked();
        leptos::task::spawn_local(async move {
            let of = files.len();
            progress.set(Progress::Checking { done: 0, of, file: files[0].name.clone() });
            let in_worker =
                worker::check(&files, lang, move |done, of, file| progress.set(Progress::Checking { done, of, file }))
                    .await;
            let result = match in_worker {
                Some(r) => r,
                None => {
                    let plan = Plan::new(&files, lang, crate::check::today());
                    let of = plan.len();
                    plan.run(|done, file| {
                        progress.set(Progress::Checking { done, of, file });
                        // A pause between files: the page draws and stays usable.
                        crate::io::sleep(0)
                    })
                    .await
                }
            };
            report.set(Some(Arc::new(result)));
            progress.set(Progress::Done);
            preview.show(&files, &picked::tables(&files, lang), lang).await;
        });
    };
    Effect::new(move |first: Option<()>| {
        lang.track();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = doc.set_attribute("lang", lang.get().code());
        }
        if first.is_some() {
            run();
            // The choice stays on reload and in a shared link (`?lang=en`).
            if let Some(w) = web_sys::window() {
                if let Ok(url) = w.location().href().and_then(|h| web_sys::Url::new(&h)) {
                    url.search_params().set("lang", lang.get_untracked().code());
                    if let Ok(history) = w.history() {
                        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url.href()));
                    }
                }
            }
        }
    });
    let take = move |list: Option<web_sys::FileList>| {
        let files = files::listed(list);
        if files.is_empty() {
            return;
        }
        progress.set(Progress::Reading);
        leptos::task::spawn_local(async move {
            let read = files::read(files).await;
            picked.set(Arc::new(read));
            shown.set(None);
            run();
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        take(input.files());
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        take(ev.data_transfer().and_then(|d| d.files()));
    };
    let on_dragover = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    let l = move || lang.get();
    let other = move || if l() == Lang::De { Lang::En } else { Lang::De };
    view! {
        <div class="ck">
            <header class="ck-head">
                <h1>{move || say!(l(), "ck-title")}</h1>
                <button type="button" class="ck-lang" lang=move || other().code()
                    on:click=move |_| lang.set(other())>{move || say!(l(), "ck-other-lang")}</button>
            </header>
            <p class="ck-intro">{move || say!(l(), "ck-intro")}</p>
            <p class="ck-private">{move || say!(l(), "ck-private")}</p>
            <div class="ck-drop" class:ck-dragging=move || dragging.get() on:dragover=on_dragover
                on:dragleave=move |_| dragging.set(false) on:drop=on_drop>
                <label for="ck-files" class="ck-pick">{move || say!(l(), "ck-pick")}</label>
                <input id="ck-files" class="ck-input" type="file" multiple
                    accept=".json,.geojson,.csv,.xlsx,.xls,.ods,application/json,application/geo+json,text/csv"
                    aria-describedby="ck-pick-hint" on:change=on_change/>
                <p id="ck-pick-hint" class="ck-hint">{move || say!(l(), "ck-pick-hint")}</p>
            </div>
            <Status lang=lang progress=progress report=report picked=picked/>
            <Show when=move || report.with(Option::is_some)>
                <Problems lang=lang report=report picked=picked shown=shown/>
                <Downloads lang=lang picked=picked/>
            </Show>
            <section class="ck-section ck-preview-section" aria-labelledby="ck-preview-h"
                hidden=move || report.with(Option::is_none)>
                <h2 id="ck-preview-h">{move || say!(l(), "ck-preview")}</h2>
                <p class="ck-hint">{move || say!(l(), "ck-preview-hint")}</p>
                <p class="ck-shown" role="status">{move || shown.get()}</p>
                <div class="ck-preview" node_ref=preview.container></div>
            </section>
        </div>
    }
}

#[component]
fn Status(
    lang: RwSignal<Lang>,
    progress: RwSignal<Progress>,
    report: RwSignal<Option<Arc<Report>>>,
    picked: RwSignal<Arc<Vec<Picked>>>,
) -> impl IntoView {
    let text = move || {
        let l = lang.get();
        match progress.get() {
            Progress::Idle => String::new(),
            Progress::Reading => say!(l, "ck-reading"),
            Progress::Checking { done, of, file } => {
                say!(l, "ck-checking", n = done + 1, of = of, file = file)
            }
            Progress::Done => report.with(|r| {
                let Some(r) = r else { return String::new() };
                let files = picked.with(|p| p.len());
                if r.diagnostics.is_empty() {
                    say!(l, "ck-clean", files = files)
                } else {
                    say!(l, "ck-summary", errors = r.errors(), warnings = r.warnings(), files = files)
                }
            }),
        }
    };
    let bar = move || match progress.get() {
        Progress::Checking { done, of, .. } => {
            Some(view! { <progress class="ck-progress" max=of value=done></progress> })
        }
        _ => None,
    };
    // Files a picked config names but the editor did not pick: said once, not as errors.
    let unpicked = move || {
        if progress.get() != Progress::Done {
            return None;
        }
        let names = picked.with(|p| crate::check::picked::not_picked(p));
        (!names.is_empty()).then(|| say!(lang.get(), "ck-not-picked", files = names.join(", ")))
    };
    view! {
        <div class="ck-status-box">
            <p class="ck-status" role="status" aria-live="polite">{text}</p>
            {bar}
            <p class="ck-hint ck-unpicked">{unpicked}</p>
        </div>
    }
}

/// How many problems are drawn before the editor asks for all.
const FIRST_PROBLEMS: usize = 200;

/// Where the marker goes under an excerpt: the excerpt shows 40 characters before the column,
/// with "…" in front when the line was cut.
fn caret(column: usize) -> String {
    let from = column.saturating_sub(40);
    let at = column.saturating_sub(1) - from + usize::from(from > 0);
    format!("{}^", " ".repeat(at))
}

#[component]
fn Problems(
    lang: RwSignal<Lang>,
    report: RwSignal<Option<Arc<Report>>>,
    picked: RwSignal<Arc<Vec<Picked>>>,
    shown: RwSignal<Option<String>>,
) -> impl IntoView {
    let l = move || lang.get();
    // Thousands of problems would take the page seconds to draw: the first ones, then on request.
    let all = RwSignal::new(false);
    let items = move || {
        let lang = l();
        let Some(r) = report.get() else { return Vec::new() };
        let limit = if all.get() { usize::MAX } else { FIRST_PROBLEMS };
        r.diagnostics
            .iter()
            .take(limit)
            .map(|d| {
                let error = d.severity == crate::check::Severity::Error;
                let severity = say!(lang, if error { "ck-error" } else { "ck-warning" });
                let place = say!(lang, "ck-where", file = d.file.clone(), line = d.line, column = d.column);
                let place_for_label = place.clone();
                let excerpt = (!d.excerpt.is_empty()).then(|| format!("{}\n{}", d.excerpt, caret(d.column)));
                let (file, line, column) = (d.file.clone(), d.line, d.column);
                let note = RwSignal::new(None::<String>);
                let show = move |_| {
                    let lang = lang;
                    let name = picked::file_name(&file);
                    let found = picked.with_untracked(|ps| {
                        ps.iter().find(|p| p.name == name).and_then(|p| picked::feature_at(p, line, column))
                    });
                    let result = found
                        .map_or(crate::ui::Shown::Nothing, |(id, at)| crate::ui::show_in_preview(id.as_deref(), at));
                    let key = match result {
                        crate::ui::Shown::Place => "ck-shown",
                        crate::ui::Shown::Spot => "ck-shown-spot",
                        crate::ui::Shown::Nothing => "ck-not-shown",
                    };
                    let at = format!("{file}:{line}");
                    let said = say!(lang, key, place = at);
                    note.set(Some(said.clone()));
                    shown.set(Some(said));
                    if result != crate::ui::Shown::Nothing {
                        if let Some(el) = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.query_selector(".ck-preview-section").ok().flatten())
                        {
                            el.scroll_into_view();
                        }
                    }
                };
                let kind = if error { "ck-problem ck-is-error" } else { "ck-problem ck-is-warning" };
                view! {
                    <li class=kind>
                        <p class="ck-where"><strong class="ck-severity">{severity}</strong>" "<span>{place}</span></p>
                        <p class="ck-message" dir="auto">{d.message.clone()}</p>
                        {excerpt.map(|e| {
                            // Focusable, so a keyboard can scroll a long line; named for screen readers.
                            let label = say!(lang, "ck-excerpt", place = place_for_label.clone());
                            view! { <pre class="ck-excerpt" tabindex="0" aria-label=label>{e}</pre> }
                        })}
                        <p class="ck-show-row">
                            <button type="button" class="ck-show" on:click=show>{say!(lang, "ck-show")}</button>
                            " "<span class="ck-show-note" role="status">{move || note.get()}</span>
                        </p>
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    let count = move || report.with(|r| r.as_ref().map_or(0, |r| r.diagnostics.len()));
    let more = move || !all.get() && count() > FIRST_PROBLEMS;
    view! {
        <section class="ck-section" aria-labelledby="ck-problems-h">
            <h2 id="ck-problems-h">{move || say!(l(), "ck-problems")}</h2>
            <Show when=move || count() == 0>
                <p>{move || say!(l(), "ck-none")}</p>
            </Show>
            <ol class="ck-problems">{items}</ol>
            <Show when=more>
                <p><button type="button" on:click=move |_| all.set(true)>
                    {move || say!(l(), "ck-show-all", count = count())}
                </button></p>
            </Show>
        </section>
    }
}
