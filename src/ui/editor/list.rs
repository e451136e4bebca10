//! The places as a list to search by name: the keyboard's way to a place, and the map's
//! alternative.

use super::state::{At, Editor};
use super::{say, say_n};
use crate::edit::document::Status;
use leptos::prelude::*;

/// More matches than this are not drawn: the editor narrows the search instead.
const SHOWN: usize = 100;

#[component]
pub fn PlaceList(ed: Editor) -> impl IntoView {
    let lang = move || ed.lang.get();
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| {
        let terms = crate::search::query_terms(&query.get());
        ed.with_docs(|docs| {
            let mut out: Vec<(At, String, String, Status)> = Vec::new();
            let mut total = 0;
            for (f, doc) in docs.iter().enumerate() {
                for (k, d) in doc.entries() {
                    let name = d.name().unwrap_or_default();
                    let town = d.text("city").unwrap_or_default();
                    let hay = crate::search::fold(&format!("{name} {town} {}", d.id().unwrap_or_default()));
                    if terms.is_empty() || crate::search::matches(&hay, &terms) {
                        total += 1;
                        if out.len() < SHOWN {
                            out.push(((f, k), name.to_string(), format!("{town} · {}", doc.name()), doc.status(k)));
                        }
                    }
                }
            }
            (out, total)
        })
    });
    let status_word = move |s: Status| match s {
        Status::New => Some(say(lang(), "ed-status-new")),
        Status::Changed => Some(say(lang(), "ed-status-changed")),
        _ => None,
    };
    view! {
        <section class="ed-list" aria-labelledby="ed-list-h">
            <h2 id="ed-list-h">{move || say(lang(), "ed-list-heading")}</h2>
            <label for="ed-search">{move || say(lang(), "ed-search")}</label>
            <input id="ed-search" type="search" autocomplete="off" prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))/>
            <p class="ed-hint" role="status">{move || {
                let (shown, total) = found.with(|(o, t)| (o.len(), *t));
                if shown < total { super::say_with(lang(), "ed-list-more", &[("shown", shown.to_string()), ("total", total.to_string())]) }
                else { say_n(lang(), "ed-list-count", total) }
            }}</p>
            <ul class="ed-places">
                {move || found.get().0.into_iter().map(|(at, name, where_, status)| {
                    let mark = status_word(status);
                    view! {
                        <li>
                            <button type="button" class="ed-place" on:click=move |_| super::choose(ed, at, false)>
                                <span class="ed-place-name" dir="auto">{name}</span>
                                <span class="ed-place-where" dir="auto">{where_}</span>
                                {mark.map(|m| view! { <span class="ed-badge">{m}</span> })}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
