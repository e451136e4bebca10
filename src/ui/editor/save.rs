//! The toolbar (undo, redo, a new place, saving), the list of changes with their problems, and a
//! place's own actions (copy, remove). Saving downloads each changed file; nothing is uploaded.

use super::state::{At, Editor};
use super::{say, say_with};
use crate::edit::document::{Draft, Status};
use crate::edit::fields::{check_feature, map_shows};
use crate::model::Severity;
use leptos::prelude::*;
use serde_json::Value;

fn confirm(text: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(text).ok()).unwrap_or(false)
}

/// An error of a changed or new place, for the list of changes and the question before saving.
#[derive(Clone, PartialEq)]
pub(super) struct PlaceError {
    at: At,
    name: String,
    message: String,
    /// The map shows the place all the same (the error leaves out or marks a value).
    shown: bool,
}

/// Errors of the changed and new places.
pub(super) fn errors(ed: Editor) -> Vec<PlaceError> {
    let config = ed.config.get_untracked();
    let lang = ed.lang.get_untracked();
    let today = crate::check::today();
    let changed: Vec<(At, Draft)> = ed.docs_untracked(|docs| {
        docs.iter()
            .enumerate()
            .flat_map(|(f, doc)| {
                doc.entries()
                    .filter(|(k, _)| matches!(doc.status(*k), Status::New | Status::Changed))
                    .map(|(k, d)| ((f, k), d.clone()))
                    .collect::<Vec<_>>()
            })
            .collect()
    });
    let mut out = Vec::new();
    for (at, d) in changed {
        let name = d.name().unwrap_or_default().to_string();
        let feature = d.to_feature();
        let shown = map_shows(&feature, config.as_deref());
        for p in check_feature(&feature, config.as_deref(), |id| ed.id_taken(id, Some(at)), lang, today) {
            if p.severity == Severity::Error {
                let message = super::form::with_labels(lang, &p.field, &p.message, false);
                out.push(PlaceError { at, name: name.clone(), message, shown });
            }
        }
    }
    out
}

/// The question before saving with errors: what they are, and what the map does with the places
/// (it leaves out only those it cannot read; the others it shows without the wrong details).
fn question(lang: crate::model::Lang, errs: &[PlaceError]) -> String {
    let not_on_map = say(lang, "ed-not-on-map");
    let line = |e: &PlaceError| match e.shown {
        true => format!("• {}: {}", e.name, e.message),
        false => format!("• {} ({not_on_map}): {}", e.name, e.message),
    };
    let lines: Vec<String> = errs.iter().take(8).map(line).collect();
    let more = if errs.len() > 8 { "\n…" } else { "" };
    let mut places: Vec<(At, bool)> = errs.iter().map(|e| (e.at, e.shown)).collect();
    places.dedup();
    let hidden = places.iter().filter(|(_, shown)| !shown).count();
    let shown = match hidden {
        0 => "all",
        h if h == places.len() => "none",
        _ => "some",
    };
    // The counts as numbers: "Ein geänderter Ort hat einen Fehler", not "… haben 1 Fehler".
    super::words::say_counted(
        lang,
        "ed-save-with-errors",
        &[("list", format!("{}{more}", lines.join("\n"))), ("shown", shown.to_string())],
        &[("n", errs.len()), ("hidden", hidden)],
    )
}

/// Saves the changed files, as GeoJSON or (`csv`) as tables (the toolbar, Ctrl+S: through
/// `parts::save`, in saving's part).
pub(super) fn save_all(ed: Editor, csv: bool) {
    let lang = ed.lang.get_untracked();
    let errs = errors(ed);
    if !errs.is_empty() && !confirm(&question(lang, &errs)) {
        return;
    }
    let changed: Vec<usize> = ed.docs_untracked(|docs| (0..docs.len()).filter(|&i| docs[i].is_changed()).collect());
    let mut names = Vec::new();
    for f in changed {
        let Some((name, text)) = ed.text_of(f) else { continue };
        if csv {
            let config = ed.config.get_untracked();
            let Some(bytes) = crate::edit::table::as_csv(&text, config.as_deref()) else { continue };
            let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s).to_string();
            let file = format!("{stem}.csv");
            crate::ui::checker::save::save(&file, &bytes, "text/csv");
            names.push(file);
        } else {
            crate::ui::checker::save::save(&name, text.as_bytes(), "application/geo+json");
            names.push(name);
        }
    }
    if names.is_empty() {
        ed.status.set(super::Said::key("ed-nothing-to-save"));
        return;
    }
    if !csv {
        ed.mark_saved();
    }
    ed.status.set(super::Said::with("ed-saved", &[("files", names.join(", "))]));
}

/// The tools (undo, redo, saving), kept in view while the form scrolls; then a new place's
/// start and the list of changes with their problems (and saving them as a table).
#[component]
pub fn Toolbar(ed: Editor) -> impl IntoView {
    let lang = move || ed.lang.get();
    let summary =
        move || ed.with_docs(|docs| crate::edit::history::summary(docs, ed.lang.get() == crate::model::Lang::En));
    let parts = expect_context::<super::parts::Parts>();
    let problems = Memo::new(move |_| {
        ed.version.track();
        ed.lang.track();
        parts.errors(ed)
    });
    view! {
        <div class="ed-toolbar" id="ed-tools" tabindex="-1" role="group" aria-label=move || say(lang(), "ed-tools")>
            <button type="button" class="ed-button" id="ed-undo" aria-keyshortcuts="Control+Z" disabled=move || !ed.can_undo()
                on:click=move |_| super::undo_redo(ed, true)>{move || say(lang(), "ed-undo")}</button>
            <button type="button" class="ed-button" id="ed-redo" aria-keyshortcuts="Control+Y" disabled=move || !ed.can_redo()
                on:click=move |_| super::undo_redo(ed, false)>{move || say(lang(), "ed-redo")}</button>
            <button type="button" class="ed-button ed-primary" id="ed-save" aria-keyshortcuts="Control+S" on:click=move |_| super::parts::save(ed, false)>{move || say(lang(), "ed-save")}</button>
        </div>
        <super::new_place::NewPlace ed=ed/>
        <section class="ed-changes" aria-labelledby="ed-changes-h" hidden=move || summary().is_empty()>
            <h2 id="ed-changes-h">{move || say(lang(), "ed-changes")}</h2>
            <ul>{move || summary().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            // Only the changed files are saved, as a table too: the button goes with the changes,
            // and the tools that stay in view keep to one or two lines on a phone.
            <button type="button" class="ed-button" on:click=move |_| super::parts::save(ed, true)>{move || say(lang(), "ed-save-csv")}</button>
            <ul class="ed-problems" hidden=move || problems.with(Vec::is_empty)>
                {move || problems.get().into_iter().map(|PlaceError { at, name, message, shown }| view! {
                    <li class="ed-error">
                        <button type="button" class="ed-link-button" on:click=move |_| super::choose(ed, at, false)>{name}</button>
                        {(!shown).then(|| format!(" ({})", say(lang(), "ed-not-on-map")))}
                        ": " {message}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// A link back to the tools: from the form, the keyboard would otherwise pass every marker of
/// the map on its way (Shift+Tab); the tools themselves stay in view while scrolling.
#[component]
pub fn ToTools(ed: Editor) -> impl IntoView {
    let to_tools = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        super::focus("ed-tools");
    };
    view! {
        <a class="ed-to-tools" href="#ed-tools" on:click=to_tools>{move || say(ed.lang.get(), "ed-to-tools")}</a>
    }
}

/// Copy and remove, at the head of a place's form.
#[component]
pub fn PlaceActions(ed: Editor, at: At) -> impl IntoView {
    let lang = move || ed.lang.get();
    let copy = move |_| {
        let Some(mut d) = ed.draft_untracked(at) else { return };
        let name = say_with(lang(), "ed-copy-name", &[("name", d.name().unwrap_or_default().to_string())]);
        d.set("name", Some(Value::String(name.clone())));
        let id = crate::edit::ids::make_id(&name, |id| ed.id_taken(id, None));
        d.set("id", Some(Value::String(id)));
        let new = ed.add(at.0, d);
        super::form::id_follows_name(new);
        super::choose(ed, new, false);
        ed.status.set(super::Said::key("ed-copied"));
    };
    let remove = move |_| {
        let Some(d) = ed.draft_untracked(at) else { return };
        let file = ed.file_names().get(at.0).cloned().unwrap_or_default();
        let name = d.name().unwrap_or_default().to_string();
        if !confirm(&say_with(lang(), "ed-remove-confirm", &[("name", name.clone()), ("file", file)])) {
            return;
        }
        ed.seal();
        ed.change(at, None, None);
        ed.seal();
        ed.selected.set(None);
        ed.status.set(super::Said::with("ed-removed", &[("name", name)]));
        request_animation_frame(|| super::focus("ed-search"));
    };
    view! {
        <div class="ed-actions">
            <button type="button" class="ed-button" on:click=copy>{move || say(lang(), "ed-copy")}</button>
            <button type="button" class="ed-button ed-danger" on:click=remove>{move || say(lang(), "ed-remove")}</button>
        </div>
    }
}
