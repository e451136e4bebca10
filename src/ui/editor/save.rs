//! The toolbar (undo, redo, a new place, saving), the list of changes with their problems, and a
//! place's own actions (copy, remove). Saving downloads each changed file; nothing is uploaded.

use super::state::{At, Editor};
use super::{say, say_with};
use crate::edit::document::{Draft, Status};
use crate::edit::fields::check_feature;
use crate::model::Severity;
use leptos::prelude::*;
use serde_json::Value;

fn confirm(text: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(text).ok()).unwrap_or(false)
}

/// Errors of the changed and new places: (where, name, sentence).
pub(super) fn errors(ed: Editor) -> Vec<(At, String, String)> {
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
        for p in check_feature(&d.to_feature(), config.as_deref(), |id| ed.id_taken(id, Some(at)), lang, today) {
            if p.severity == Severity::Error {
                out.push((at, name.clone(), super::form::with_labels(lang, &p.field, &p.message)));
            }
        }
    }
    out
}

/// Saves the changed files, as GeoJSON or (`csv`) as tables (the toolbar, Ctrl+S: through
/// `parts::save`, in saving's part).
pub(super) fn save_all(ed: Editor, csv: bool) {
    let lang = ed.lang.get_untracked();
    let errs = errors(ed);
    if !errs.is_empty() {
        let lines: Vec<String> = errs.iter().take(8).map(|(_, n, m)| format!("• {n}: {m}")).collect();
        let more = if errs.len() > 8 { format!("\n…") } else { String::new() };
        let text = say_with(
            lang,
            "ed-save-with-errors",
            &[("n", errs.len().to_string()), ("list", format!("{}{more}", lines.join("\n")))],
        );
        if !confirm(&text) {
            return;
        }
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
        ed.status.set(say(lang, "ed-nothing-to-save"));
        return;
    }
    if !csv {
        ed.mark_saved();
    }
    ed.status.set(say_with(lang, "ed-saved", &[("files", names.join(", "))]));
}

#[component]
pub fn Toolbar(ed: Editor) -> impl IntoView {
    let lang = move || ed.lang.get();
    let file = RwSignal::new(0usize);
    let town = RwSignal::new(String::new());
    let start_adding = move |_| {
        ed.selected.set(None);
        ed.adding.set(Some(file.get_untracked()));
        ed.status.set(say(lang(), "ed-adding"));
        request_animation_frame(|| super::focus("ed-add-town"));
    };
    let at_town = move || {
        let Some(f) = ed.adding.get_untracked() else { return };
        match super::places::locate(ed, &town.get_untracked()) {
            Some(start) => super::add_at(ed, f, start.at, Some(start.address)),
            None => ed.status.set(say_with(lang(), "ed-town-unknown", &[("town", town.get_untracked())])),
        }
    };
    let at_centre = move |_| {
        let (Some(f), Some(ctx)) = (ed.adding.get_untracked(), super::map::widget()) else { return };
        let c = ctx.screen.viewport.with_untracked(|vp| vp.center);
        super::add_at(ed, f, c, Some(Vec::new()));
    };
    let summary =
        move || ed.with_docs(|docs| crate::edit::history::summary(docs, ed.lang.get() == crate::model::Lang::En));
    let parts = expect_context::<super::parts::Parts>();
    let problems = Memo::new(move |_| {
        ed.version.track();
        ed.lang.track();
        parts.errors(ed)
    });
    view! {
        <div class="ed-toolbar" role="group" aria-label=move || say(lang(), "ed-tools")>
            <button type="button" class="ed-button" id="ed-undo" aria-keyshortcuts="Control+Z" disabled=move || !ed.can_undo()
                on:click=move |_| super::undo_redo(ed, true)>{move || say(lang(), "ed-undo")}</button>
            <button type="button" class="ed-button" id="ed-redo" aria-keyshortcuts="Control+Y" disabled=move || !ed.can_redo()
                on:click=move |_| super::undo_redo(ed, false)>{move || say(lang(), "ed-redo")}</button>
            <span class="ed-new">
                <label for="ed-new-file">{move || say(lang(), "ed-new-in")}</label>
                <select id="ed-new-file" on:change=move |ev| file.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {move || ed.file_names().into_iter().enumerate().map(|(i, n)| view! { <option value=i.to_string()>{n}</option> }).collect_view()}
                </select>
                <button type="button" class="ed-button" on:click=start_adding>{move || say(lang(), "ed-new")}</button>
            </span>
            <button type="button" class="ed-button ed-primary" aria-keyshortcuts="Control+S" on:click=move |_| super::parts::save(ed, false)>{move || say(lang(), "ed-save")}</button>
            <button type="button" class="ed-button" on:click=move |_| super::parts::save(ed, true)>{move || say(lang(), "ed-save-csv")}</button>
        </div>
        <Show when=move || ed.adding.with(Option::is_some)>
            <div class="ed-adding" role="group" aria-labelledby="ed-adding-h">
                <p id="ed-adding-h">{move || say(lang(), "ed-adding")}</p>
                <label for="ed-add-town">{move || say(lang(), "ed-add-town")}</label>
                <input id="ed-add-town" type="text" list="ed-towns-add" prop:value=move || town.get()
                    on:input=move |ev| town.set(event_target_value(&ev))
                    on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" { ev.prevent_default(); at_town(); }/>
                <button type="button" class="ed-button" on:click=move |_| at_town()>{move || say(lang(), "ed-add-there")}</button>
                <button type="button" class="ed-button" on:click=at_centre>{move || say(lang(), "ed-add-centre")}</button>
                <button type="button" class="ed-button" on:click=move |_| { ed.adding.set(None); ed.status.set(String::new()); }>
                    {move || say(lang(), "ed-cancel")}</button>
                <datalist id="ed-towns-add">
                    {move || super::places::towns(ed).into_iter().map(|v| view! { <option value=v></option> }).collect_view()}
                </datalist>
            </div>
        </Show>
        <section class="ed-changes" aria-labelledby="ed-changes-h" hidden=move || summary().is_empty()>
            <h2 id="ed-changes-h">{move || say(lang(), "ed-changes")}</h2>
            <ul>{move || summary().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            <ul class="ed-problems" hidden=move || problems.with(Vec::is_empty)>
                {move || problems.get().into_iter().map(|(at, name, msg)| view! {
                    <li class="ed-error">
                        <button type="button" class="ed-link-button" on:click=move |_| super::choose(ed, at, false)>{name}</button>
                        ": " {msg}
                    </li>
                }).collect_view()}
            </ul>
        </section>
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
        ed.status.set(say(lang(), "ed-copied"));
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
        ed.status.set(say_with(lang(), "ed-removed", &[("name", name)]));
        request_animation_frame(|| super::focus("ed-search"));
    };
    view! {
        <div class="ed-actions">
            <button type="button" class="ed-button" on:click=copy>{move || say(lang(), "ed-copy")}</button>
            <button type="button" class="ed-button ed-danger" on:click=remove>{move || say(lang(), "ed-remove")}</button>
        </div>
    }
}
