//! The editors' page (`bearbeiten.html`, in the check page's wasm with the `editor` feature, so
//! the visitors' widget does not grow): open the district's files, choose a place on the map or in
//! the list, change it in a form made from the data contract, add, move, copy and remove places,
//! undo and redo, and download the changed files. The editing itself is the core's (`crate::edit`);
//! this module renders it and forwards events.

mod events;
mod form;
mod hours;
mod list;
pub mod map;
mod moving;
mod new_place;
mod offers;
mod open;
mod partner;
mod parts;
mod places;
mod save;
mod state;
mod words;

pub use map::widget_mounted;
use state::{At, Editor};
pub(crate) use words::{Said, say, say_n, say_with};

use crate::edit::document::Draft;
use crate::geo::LonLat;
use crate::model::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// Mounts the page into `#bearbeiten`; false where there is none (the check page, its worker).
pub fn start() -> bool {
    let Some(host) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("bearbeiten"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    host.set_inner_html("");
    leptos::mount::mount_to(host, || view! { <EditPage/> }).forget();
    true
}

fn initial_lang() -> Lang {
    let q = crate::ui::dom::query_param("lang");
    q.as_deref().and_then(Lang::from_tag).filter(|l| *l == Lang::En).unwrap_or(Lang::De)
}

/// Chooses the place at `at` for the form; `from_list` keeps the focus where the editor is.
pub(crate) fn choose(ed: Editor, at: At, from_list: bool) {
    ed.seal();
    ed.adding.set(None);
    ed.selected.set(Some(at));
    if let Some([lon, lat]) = ed.draft_untracked(at).and_then(|d| d.position) {
        map::reveal(LonLat::new(lon, lat));
    }
    ed.say_chosen(at);
    if !from_list {
        request_animation_frame(|| focus("ed-form-title"));
    }
}

/// The category a new place in `file` starts with: the one chosen with it, else the file's usual
/// one (a file of firms gets a firm), else the config's first.
fn new_category(ed: Editor, file: usize) -> String {
    let chosen = ed.new_category.get_untracked();
    if !chosen.is_empty() {
        return chosen;
    }
    let usual = ed.docs_untracked(|docs| crate::edit::target::usual_category(docs, file));
    usual.or_else(|| ed.categories().first().map(|(id, _)| id.clone())).unwrap_or_default()
}

/// A new place in file `file` at `p`. `rough` (the address known so far) when it started from a
/// postcode, a town or the map's centre: "Lage ungefähr" until it is moved.
pub(crate) fn add_at(ed: Editor, file: usize, p: LonLat, rough: Option<Vec<(&'static str, String)>>) {
    let lang = ed.lang.get_untracked();
    let name = say(lang, "ed-new-name");
    let id = crate::edit::ids::make_id(&name, |id| ed.id_taken(id, None));
    let round = |v: f64| (v * 1e6).round() / 1e6;
    let mut draft = Draft::new(&id, &name, &new_category(ed, file), Some([round(p.lon), round(p.lat)]));
    for (key, value) in rough.iter().flatten() {
        draft.set(key, Some(serde_json::Value::String(value.clone())));
    }
    match rough {
        Some(_) => crate::edit::rough::started_roughly(&mut draft),
        None => places::fill_municipality(&mut draft),
    }
    let rough = rough.is_some();
    let at = ed.add(file, draft);
    if rough {
        ed.rough.update(|r| r.push(at));
    }
    form::id_follows_name(at);
    ed.seal();
    ed.adding.set(None);
    ed.selected.set(Some(at));
    map::reveal(p);
    ed.status.set(Said::key(if rough { "ed-added-rough" } else { "ed-added" }));
    request_animation_frame(|| {
        if let Some(el) =
            crate::ui::dom::element_by_id("ed-f-name").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let _ = el.focus();
            el.select();
        }
    });
}

/// Focuses the chosen place's pin (arrow keys move it), zoomed in far enough that a step of the
/// keys is metres, not the district's kilometres.
pub(crate) fn focus_pin(ed: Editor) {
    if let (Some(ctx), Some([lon, lat])) =
        (map::widget(), ed.selected.get_untracked().and_then(|at| ed.draft_untracked(at)).and_then(|d| d.position))
    {
        let at = LonLat::new(lon, lat);
        ctx.screen.update_view(|vp| crate::geo::Viewport { center: at, zoom: vp.zoom.max(PIN_ZOOM), ..*vp });
    }
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".ed-pin").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The zoom the keyboard moves a pin at (a step of 8 px is then about 10 m).
const PIN_ZOOM: f64 = 16.0;

pub(crate) fn focus(id: &str) {
    if let Some(el) = crate::ui::dom::element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

fn undo_redo(ed: Editor, back: bool) {
    // A button that disables itself (nothing more to undo) would drop the focus to the page.
    request_animation_frame(|| {
        let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
        let lost = active.is_none_or(|a| a.tag_name() == "BODY" || a.has_attribute("disabled"));
        if lost {
            let next = ["ed-undo", "ed-redo", "ed-search", "ed-form-title"]
                .into_iter()
                .find(|id| crate::ui::dom::element_by_id(id).is_some_and(|e| !e.has_attribute("disabled")));
            if let Some(id) = next {
                focus(id);
            }
        }
    });
    match if back { ed.undo() } else { ed.redo() } {
        Some(at) => {
            let present = ed.draft_untracked(at).is_some();
            ed.selected.set(present.then_some(at));
            if let Some([lon, lat]) = ed.draft_untracked(at).and_then(|d| d.position) {
                map::reveal(LonLat::new(lon, lat));
            }
            ed.status.set(Said::key(if back { "ed-undone" } else { "ed-redone" }));
        }
        None => ed.status.set(Said::key(if back { "ed-nothing-to-undo" } else { "ed-nothing-to-redo" })),
    }
}

/// Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z, ⌘ on a Mac) undo and redo everywhere on the page: the
/// fields' own undo would not know the other fields' changes. Ctrl+S saves the changed files from
/// wherever the editor is (instead of the browser saving the page).
fn listen_keys(ed: Editor) {
    let Some(window) = web_sys::window() else { return };
    let on_key = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |ev: web_sys::KeyboardEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        let key = ev.key().to_lowercase();
        let back = match key.as_str() {
            "s" if !ev.shift_key() => {
                ev.prevent_default();
                return parts::save(ed, false);
            }
            "z" if !ev.shift_key() => true,
            "z" | "y" => false,
            _ => return,
        };
        ev.prevent_default();
        undo_redo(ed, back);
    });
    let _ = window.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    on_key.forget();
    // Leaving with changes not downloaded asks first.
    let on_leave = Closure::<dyn Fn(web_sys::BeforeUnloadEvent)>::new(move |ev: web_sys::BeforeUnloadEvent| {
        if ed.unsaved() {
            ev.prevent_default();
            ev.set_return_value(&say(ed.lang.get_untracked(), "ed-unsaved"));
        }
    });
    let _ = window.add_event_listener_with_callback("beforeunload", on_leave.as_ref().unchecked_ref());
    on_leave.forget();
}

#[component]
fn EditPage() -> impl IntoView {
    let ed = Editor::new(initial_lang());
    map::set_editor(ed);
    listen_keys(ed);
    let parts = parts::Parts::start(ed);
    let preview = crate::ui::checker::preview::Preview::new();
    let mapbox = preview.container;
    parts::english_problems(ed);
    Effect::new(move |_| {
        if parts.map_arrived() {
            parts::Parts::map_styles();
            preview.retry();
        }
    });
    // The editor's clicks on the map, once the map's part is there (once).
    Effect::new(move |listening: Option<bool>| {
        use futures::FutureExt;
        if listening == Some(true) {
            return true;
        }
        match (mapbox.get(), parts.map_arrived()) {
            (Some(el), true) => parts::listen_map(ed, el.into()).now_or_never().is_some(),
            _ => false,
        }
    });
    Effect::new(move |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = doc.set_attribute("lang", ed.lang.get().code());
        }
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(&say(ed.lang.get(), "ed-page-title"));
        }
    });
    let l = move || ed.lang.get();
    let other = move || if l() == Lang::De { Lang::En } else { Lang::De };
    let opened = move || ed.opened.get() > 0;
    view! {
        <div class="ed" class:ed--chosen=move || ed.selected.with(Option::is_some) class:ed--opened=opened>
            <header class="ed-head">
                <h1>{move || say(l(), "ed-title")}</h1>
                <a class="ed-link" href=move || format!("pruefen.html?lang={}", l().code())>{move || say(l(), "ed-to-check")}</a>
                <button type="button" class="ed-lang" lang=move || other().code()
                    on:click=move |_| ed.lang.set(other())>{move || say(l(), "ed-other-lang")}</button>
            </header>
            <p class="ed-private">{move || say(l(), "ed-private")}</p>
            <open::Opener ed=ed preview=preview/>
            <Show when=opened><parts::TablePart ed=ed parts=parts/></Show>
            <p class="ed-status" role="status" aria-live="polite">{move || ed.status.with(|s| s.text(l()))}</p>
            <ul class="ed-failures" hidden=move || ed.failures.with(Vec::is_empty)>
                {move || ed.failures.get().into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}
            </ul>
            <Show when=opened>
                <parts::ToolsPart ed=ed parts=parts/>
            </Show>
            <div class="ed-work" hidden=move || !opened()>
                <div class="ed-map">
                    <a class="ed-skip" href="#ed-side">{move || say(l(), "ed-skip-map")}</a>
                    <p id="ed-pin-hint" class="ed-hint ed-pin-hint">{move || say(l(), "ed-pin-hint")}</p>
                    {move || parts.map_waiting(ed)}
                    <div class="ed-preview" node_ref=mapbox></div>
                    <style>{map::mark_changed(ed)}</style>
                </div>
                <div class="ed-side" id="ed-side" tabindex="-1">
                    <save::ToTools ed=ed/>
                    {move || match ed.selected.get() {
                        Some(at) => view! { <parts::FormPart ed=ed parts=parts at=at/> }.into_any(),
                        None => view! { <list::PlaceList ed=ed/> }.into_any(),
                    }}
                </div>
            </div>
        </div>
    }
}
