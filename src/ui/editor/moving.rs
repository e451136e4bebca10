//! The file a place is in, and moving it to another one (a firm entered among the schools): the
//! place leaves its file and is new in the other, one undo step; saving writes both files.

use super::say;
use super::state::{At, Editor};
use leptos::prelude::*;

#[component]
pub fn FileChoice(ed: Editor, at: At) -> impl IntoView {
    let lang = move || ed.lang.get();
    // The choice waits for the button: a select that moved the place at every arrow key would
    // make a step of each file passed on the way.
    let chosen = RwSignal::new(at.0);
    let move_it = move |_| {
        let to = chosen.get_untracked();
        let name = ed.draft_untracked(at).and_then(|d| d.name().map(str::to_string)).unwrap_or_default();
        ed.seal();
        let Some(new) = ed.move_to_file(at, to) else { return };
        let file = ed.file_names().get(to).cloned().unwrap_or_default();
        ed.selected.set(Some(new));
        ed.status.set(super::Said::with("ed-moved-file", &[("name", name), ("file", file)]));
        request_animation_frame(|| super::focus("ed-f-file"));
    };
    view! {
        <div class="ed-file-choice">
            <label for="ed-f-file">{move || say(lang(), "ed-f-file")}</label>
            <select id="ed-f-file" aria-describedby="ed-h-file"
                on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(at.0))>
                {move || ed.file_names().into_iter().enumerate().map(|(i, n)| {
                    view! { <option value=i.to_string() selected=i == at.0>{n}</option> }
                }).collect_view()}
            </select>
            <button type="button" class="ed-button" disabled=move || chosen.get() == at.0 on:click=move_it>
                {move || say(lang(), "ed-move-file")}</button>
            <p class="ed-hint" id="ed-h-file">{move || say(lang(), "ed-move-file-hint")}</p>
        </div>
    }
}
