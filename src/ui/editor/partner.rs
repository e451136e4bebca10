//! "Orte aus Tabelle oder Datei hinzufügen": a partner's list (CSV, `.xlsx`, `.ods`, GeoJSON)
//! joins the open files. Read and checked by the core (`edit::incoming`), previewed with its
//! problems at their rows, added to the file the editor chooses (`edit::joining` proposes the one
//! of its category) as one undo step; its rows without coordinates are listed to place by hand.

use super::state::{At, Editor};
use super::{say, say_with};
use crate::check::csv::placing::is_rough;
use crate::edit::incoming::{Incoming, Note, Row};
use crate::edit::joining;
use crate::model::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// What the list's file types are, for the file dialog.
const ACCEPT: &str = ".csv,.xlsx,.xls,.ods,.geojson,.json,text/csv,application/geo+json,application/json";

/// The picked list as it came: read again whenever the page's language changes, since the
/// readers and the checker say its problems in the language they are given.
struct Picked {
    name: String,
    bytes: Vec<u8>,
}

/// Reads the list as the core does, in the page's language (tracked, and again when that
/// language's problem sentences arrive).
fn read_in_page_language(ed: Editor, list: &Picked) -> Incoming {
    let lang = ed.lang.get();
    ed.sentences.track();
    let config = ed.config.get_untracked().map(|c| c.to_string());
    crate::edit::incoming::read(&list.name, &list.bytes, config.as_deref(), lang, crate::check::today())
}

/// Takes the picked file, proposes the file of its category and says what was read.
fn take(
    ed: Editor,
    list: Picked,
    picked: RwSignal<Option<Arc<Picked>>>,
    read: Memo<Option<Incoming>>,
    target: RwSignal<usize>,
) {
    let name = list.name.clone();
    picked.set(Some(Arc::new(list)));
    let Some((proposed, n, noted)) = read.with_untracked(|got| {
        let got = got.as_ref()?;
        let places: Vec<_> = got.rows.iter().map(|r| r.place.clone()).collect();
        let proposed = ed.docs_untracked(|docs| joining::file_for_places(docs, &places));
        Some((proposed, got.rows.len(), got.rows.iter().filter(|r| !r.notes.is_empty()).count()))
    }) else {
        return;
    };
    target.set(proposed);
    ed.status.set(super::Said::with(
        "ed-import-read",
        &[("n", n.to_string()), ("file", name), ("noted", noted.to_string())],
    ));
    request_animation_frame(|| super::focus("ed-import-preview-h"));
}

/// Adds the previewed places to file `file`; ids made unique across all files.
fn add(ed: Editor, got: Incoming, file: usize, rough_ids: RwSignal<Vec<String>>) {
    let rough: Vec<bool> = got.rows.iter().map(|r| r.rough).collect();
    let places =
        ed.docs_untracked(|docs| joining::with_unique_ids(docs, got.rows.into_iter().map(|r| r.place).collect()));
    let ids: Vec<String> = places.iter().filter_map(|d| d.id().map(str::to_string)).collect();
    ed.seal();
    let added = ed.add_all(file, places);
    ed.seal();
    let rough_at: Vec<At> = added.iter().zip(&rough).filter(|(_, r)| **r).map(|(at, _)| *at).collect();
    ed.rough.update(|r| r.extend(rough_at.iter().copied()));
    rough_ids.set(ids.into_iter().zip(&rough).filter(|(_, r)| **r).map(|(id, _)| id).collect());
    let file_name = ed.file_names().get(file).cloned().unwrap_or_default();
    let mut said = super::Said::with("ed-import-added", &[("n", added.len().to_string()), ("file", file_name)]);
    if !rough_at.is_empty() {
        said = said.and(super::Said::counts("ed-import-added-rough", &[("n", rough_at.len())]));
    }
    ed.status.set(said);
    let next = if rough_at.is_empty() { "ed-import-file" } else { "ed-to-place-h" };
    request_animation_frame(move || super::focus(next));
}

#[component]
pub fn ListAdder(ed: Editor) -> impl IntoView {
    let lang = move || ed.lang.get();
    let picked: RwSignal<Option<Arc<Picked>>> = RwSignal::new(None);
    let read = Memo::new(move |_| picked.get().map(|list| read_in_page_language(ed, &list)));
    let target = RwSignal::new(0usize);
    let rough_ids: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    // Opening other files starts over.
    Effect::new(move |_| {
        ed.opened.track();
        picked.set(None);
        rough_ids.set(Vec::new());
    });
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files = crate::ui::checker::files::listed(input.files());
        input.set_value("");
        leptos::task::spawn_local(async move {
            if let Some(p) = crate::ui::checker::files::read(files).await.into_iter().next() {
                take(ed, Picked { name: p.name, bytes: p.bytes }, picked, read, target);
            }
        });
    };
    let confirm = move |_| {
        if let Some(got) = read.get_untracked() {
            picked.set(None);
            add(ed, got, target.get_untracked(), rough_ids);
        }
    };
    let discard = move |_| {
        picked.set(None);
        ed.status.set(super::Said::key("ed-import-discarded"));
        request_animation_frame(|| super::focus("ed-import-file"));
    };
    view! {
        <section class="ed-import" aria-labelledby="ed-import-h">
            <h2 id="ed-import-h">{move || say(lang(), "ed-import-heading")}</h2>
            <p class="ed-hint" id="ed-import-hint">{move || say(lang(), "ed-import-hint")}</p>
            <label for="ed-import-file" class="ed-button">{move || say(lang(), "ed-import-pick")}</label>
            <input id="ed-import-file" class="ed-file-input" type="file" accept=ACCEPT
                aria-describedby="ed-import-hint" on:change=on_change/>
            <Show when=move || picked.with(Option::is_some)>
                <Preview ed=ed read=read target=target/>
                <div class="ed-import-actions">
                    <button type="button" class="ed-button ed-primary" on:click=confirm>{move || say(lang(), "ed-import-add")}</button>
                    <button type="button" class="ed-button" on:click=discard>{move || say(lang(), "ed-import-discard")}</button>
                </div>
            </Show>
            <ToPlace ed=ed ids=rough_ids/>
        </section>
    }
}

/// One row read, with its problems, in `lang`.
fn row_view(lang: Lang, r: &Row) -> impl IntoView + use<> {
    let name = r.place.name().unwrap_or_default().to_string();
    let town = [r.place.text("postcode"), r.place.text("city")].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let row = say_with(lang, "ed-import-row", &[("row", r.row.to_string())]);
    let rough = r.rough.then(|| view! { <span class="ed-badge ed-badge-rough">{say(lang, "ed-import-rough")}</span> });
    let notes = r.notes.iter().cloned().map(note_view).collect_view();
    view! {
        <li class="ed-import-row">
            <span class="ed-import-at">{row}</span> " "
            <strong dir="auto">{name}</strong> " "
            <span dir="auto">{town}</span>
            {rough}
            <ul class="ed-import-notes">{notes}</ul>
        </li>
    }
}

fn note_view(n: Note) -> impl IntoView {
    view! { <li class:ed-error=n.error class:ed-warning=!n.error dir="auto">{n.message}</li> }
}

/// The rows read, each with its problems; the rows left out; the file they go to. All of it
/// follows the page's language: `read` reads the list again in it.
#[component]
fn Preview(ed: Editor, read: Memo<Option<Incoming>>, target: RwSignal<usize>) -> impl IntoView {
    let lang = move || ed.lang.get();
    let heading = move || {
        read.with(|got| {
            let (file, n) = got.as_ref().map_or((String::new(), 0), |g| (g.name.clone(), g.rows.len()));
            super::words::say_counted(lang(), "ed-import-preview", &[("file", file)], &[("n", n)])
        })
    };
    let rows = move || {
        let l = lang();
        read.with(|got| got.iter().flat_map(|g| &g.rows).map(|r| row_view(l, r)).collect_view())
    };
    let left_out = move || {
        let l = lang();
        read.with(|got| {
            got.iter()
                .flat_map(|g| &g.left_out)
                .map(|n| {
                    let at = if n.row > 0 {
                        say_with(l, "ed-import-row", &[("row", n.row.to_string())])
                    } else {
                        String::new()
                    };
                    view! { <li class="ed-error" dir="auto">{at} " " {n.message.clone()}</li> }
                })
                .collect_view()
        })
    };
    let none_left_out = move || read.with(|got| got.as_ref().is_none_or(|g| g.left_out.is_empty()));
    view! {
        <div class="ed-import-preview">
            <h3 id="ed-import-preview-h" tabindex="-1">{heading}</h3>
            <ol class="ed-import-rows">{rows}</ol>
            <div class="ed-import-left-out" hidden=none_left_out>
                <h4>{move || say(lang(), "ed-import-left-out")}</h4>
                <ul>{left_out}</ul>
            </div>
            <label for="ed-import-target">{move || say(lang(), "ed-import-target")}</label>
            <select id="ed-import-target" aria-describedby="ed-import-target-hint"
                on:change=move |ev| target.set(event_target_value(&ev).parse().unwrap_or(0))>
                {move || ed.file_names().into_iter().enumerate().map(|(i, n)| {
                    view! { <option value=i.to_string() selected=move || target.get() == i>{n}</option> }
                }).collect_view()}
            </select>
            <p class="ed-hint" id="ed-import-target-hint">{move || say(lang(), "ed-import-target-hint")}</p>
        </div>
    }
}

/// The places of the list that came at their town's centre and are not yet placed by hand: a
/// button each chooses it, and its form says how to move it.
#[component]
fn ToPlace(ed: Editor, ids: RwSignal<Vec<String>>) -> impl IntoView {
    let lang = move || ed.lang.get();
    let waiting = move || {
        ed.version.track();
        ids.with(|ids| {
            ids.iter()
                .filter_map(|id| {
                    let at = ed.find(id)?;
                    let d = ed.draft_untracked(at)?;
                    is_rough(d.text("source")).then(|| (at, d.name().unwrap_or_default().to_string()))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="ed-to-place" hidden=move || waiting().is_empty()>
            <h3 id="ed-to-place-h" tabindex="-1">{move || say(lang(), "ed-import-to-place")}</h3>
            <ul>
                {move || waiting().into_iter().map(|(at, name)| view! {
                    <li><button type="button" class="ed-button ed-small" on:click=move |_| super::choose(ed, at, false)>
                        <span dir="auto">{name}</span></button></li>
                }).collect_view()}
            </ul>
        </div>
    }
}
