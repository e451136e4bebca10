//! The editors' page's lazy boundaries (bin `bearbeiten`, split by scripts/build-wasm.sh): the
//! first download opens the files and lists the places, so an editor on a tablet can start at
//! once (issue 33: usable within 2 s on the phone profile); the form and the map (the visitors'
//! widget as preview, `checker::preview`), the tools, saving and adding a partner's list follow in
//! parts of their own. Both are fetched as soon
//! as the page stands, so they are mostly there before they are reached for; until then a note
//! stands in their place, and a part that did not arrive can be asked for again.

use super::say;
use super::state::{At, Editor};
use crate::edit::document::Draft;
use crate::model::Lang;
use crate::ui::later::Part;
use leptos::prelude::*;

crate::ui::parts::boundary! {
    /// A place's form, with its hours, offers and events.
    ed_form, fetch_form, fn form_view(ed: Editor, at: At) -> AnyView {
        Ok(view! { <super::form::PlaceForm ed=ed at=at/> }.into_any())
    }
}

crate::ui::parts::boundary! {
    part ed_save, fetch_save_part;
    /// Saving (as GeoJSON, or as tables with `csv`): the checks before it and the tables' writer.
    fetch_save: fn save_now(ed: Editor, csv: bool) -> () {
        super::save::save_all(ed, csv);
        Ok(())
    }
    /// The errors of the changed places, which the toolbar lists (the checker's rules, opening
    /// hours: in saving's part).
    fetch_checks: fn errors_now(ed: Editor) -> Vec<super::save::PlaceError> {
        Ok(super::save::errors(ed))
    }
}

/// Saves the changed files (the buttons, Ctrl+S): at once when the part is there, else when it
/// has arrived.
pub fn save(ed: Editor, csv: bool) {
    leptos::task::spawn_local(async move {
        if save_now(ed, csv).await.is_err() {
            ed.status.set(super::Said::key("ed-part-failed"));
        }
    });
}

crate::ui::parts::boundary! {
    part ed_map, fetch_map;
    /// Changes of places, put on the map (`map::show_change`): with the map, in its part.
    fetch_map_change: pub(super) fn change_on_map(changes: Vec<(Option<Draft>, Option<Draft>)>) -> () {
        super::map::put_on_map(&changes);
        Ok(())
    }
    /// The editor's clicks on the map (choose a marker's place, put a new one), with the map.
    fetch_map_clicks: pub(super) fn listen_map(ed: Editor, container: web_sys::HtmlElement) -> () {
        super::map::listen(ed, &container);
        Ok(())
    }
}

crate::ui::parts::boundary! {
    /// The tools: undo, redo, a new place, save, and the list of changes and their errors.
    ed_tools, fetch_tools, fn tools_view(ed: Editor) -> AnyView {
        Ok(view! { <super::save::Toolbar ed=ed/> }.into_any())
    }
}

crate::ui::parts::boundary! {
    /// Adding a partner's list: the table readers (CSV, .xlsx, .ods) and their preview.
    ed_table, fetch_table, fn table_view(ed: Editor) -> AnyView {
        Ok(view! { <super::partner::ListAdder ed=ed/> }.into_any())
    }
}

thread_local! {
    static MAP_READY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static AFTER_MAP: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` once the map's part is there (at once if it is).
pub fn after_map(f: impl FnOnce() + 'static) {
    if MAP_READY.with(std::cell::Cell::get) {
        f();
    } else {
        AFTER_MAP.with(|q| q.borrow_mut().push(Box::new(f)));
    }
}

/// The page's later parts.
#[derive(Clone, Copy)]
pub struct Parts {
    form: Part,
    map: Part,
    save: Part,
    tools: Part,
    table: Part,
}

impl Parts {
    /// The page's parts, fetched once the files are open, one after the other so that each
    /// comes at full speed in the order an editor reaches for them: before that the line is the
    /// files' (measured on the phone profile, fetching every part at once put the files behind
    /// 600 KB of code). The form and the tools, then the map, then saving's checks, last the
    /// table readers, the largest part and the rarest need. A part reached for earlier (a place
    /// chosen, Ctrl+S) is fetched at once.
    pub fn start(ed: Editor) -> Self {
        let parts = Self {
            form: Part::new(|| Box::pin(fetch_form())),
            map: Part::new(|| Box::pin(fetch_map())),
            save: Part::new(|| Box::pin(fetch_save_part())),
            tools: Part::new(|| Box::pin(fetch_tools())),
            table: Part::new(|| Box::pin(fetch_table())),
        };
        Effect::new(move |_| {
            if ed.opened.get() == 0 {
                return;
            }
            parts.form.want_once();
            parts.tools.want_once();
            if parts.form.arrived() && parts.tools.arrived() {
                parts.map.want_once();
            }
            if parts.map.arrived() {
                MAP_READY.with(|r| r.set(true));
                let waiting: Vec<_> = AFTER_MAP.with(|q| q.borrow_mut().drain(..).collect());
                for f in waiting {
                    f();
                }
                parts.save.want_once();
            }
            if parts.save.arrived() {
                parts.table.want_once();
            }
        });
        provide_context(parts);
        parts
    }

    /// Whether the map's part is there (tracked).
    pub fn map_arrived(self) -> bool {
        self.map.arrived()
    }

    /// What comes with the map: its stylesheet, which the page holds back until then
    /// (`media="print"`, bearbeiten.html), so that the first download is the page's own.
    pub fn map_styles() {
        let link = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("link[data-bk-map-css]").ok().flatten());
        if let Some(link) = link {
            let _ = link.set_attribute("media", "all");
        }
    }

    /// The errors of the changed places; none until the checks have arrived (tracked).
    pub fn errors(self, ed: Editor) -> Vec<super::save::PlaceError> {
        use futures::FutureExt;
        if !self.save.arrived() {
            return Vec::new();
        }
        errors_now(ed).now_or_never().and_then(Result::ok).unwrap_or_default()
    }

    /// A note where the map will be, while its part is coming.
    pub fn map_waiting(self, ed: Editor) -> Option<AnyView> {
        (!self.map.arrived()).then(|| waiting(ed, self.map, "ed-part-map"))
    }
}

/// A part's view once it is there, else a note where it will be.
fn shown<F>(ed: Editor, part: Part, made: impl Fn() -> F + Send + Sync + 'static, what: &'static str) -> impl IntoView
where
    F: std::future::Future<Output = Result<AnyView, crate::ui::later::Missing>> + 'static,
{
    move || match part.arrived() {
        true => part.view(made()),
        false => Some(waiting(ed, part, what)),
    }
}

/// The tools, or a note while they are coming.
#[component]
pub fn ToolsPart(ed: Editor, parts: Parts) -> impl IntoView {
    shown(ed, parts.tools, move || tools_view(ed), "ed-part-tools")
}

/// Adding a partner's list, or a note while it is coming.
#[component]
pub fn TablePart(ed: Editor, parts: Parts) -> impl IntoView {
    shown(ed, parts.table, move || table_view(ed), "ed-part-table")
}

/// The form of the place at `at`, or a note while it is coming.
#[component]
pub fn FormPart(ed: Editor, parts: Parts, at: At) -> impl IntoView {
    parts.form.want_once();
    shown(ed, parts.form, move || form_view(ed, at), "ed-part-form")
}

/// The English of the problems the form says (`locales/en.ftl`): the visitors' sentences, which
/// this build fetches rather than carries (German, the page's default, is compiled in).
pub fn english_problems(ed: Editor) {
    Effect::new(move |_| {
        if ed.lang.get() == Lang::En && !crate::i18n::has(Lang::En) {
            leptos::task::spawn_local(async move {
                if let Ok(text) = super::open::fetch_text("locales/en.ftl").await {
                    crate::i18n::install(Lang::En, &text);
                    ed.sentences.notify();
                }
            });
        }
    });
}

/// A note for a part on its way, or after a failure the reason and a button to try again.
pub fn waiting(ed: Editor, part: Part, what: &'static str) -> AnyView {
    let l = move || ed.lang.get();
    view! {
        <div class="ed-part" aria-busy=move || (!part.failed()).to_string()>
            {move || if part.failed() {
                view! {
                    <p role="alert">{say(l(), "ed-part-failed")}" "
                        <button type="button" class="ed-button" on:click=move |_| part.want()>{say(l(), "ed-part-retry")}</button>
                    </p>
                }.into_any()
            } else {
                view! { <p role="status">{say(l(), what)}</p> }.into_any()
            }}
        </div>
    }
    .into_any()
}
