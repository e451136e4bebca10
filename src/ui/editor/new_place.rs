//! A new place's start: its kind (category) and its file, each following the other
//! (`edit::target`), then a click on the map, a postcode or town, or the map's centre.

use super::say;
use super::state::Editor;
use crate::edit::target::{file_for, usual_category};
use leptos::prelude::*;

#[component]
pub fn NewPlace(ed: Editor) -> impl IntoView {
    let lang = move || ed.lang.get();
    let file = RwSignal::new(0usize);
    let category = ed.new_category;
    let town = RwSignal::new(String::new());
    // Each opening starts on the first file and its usual category.
    Effect::new(move |_| {
        ed.opened.track();
        file.set(0);
        category.set(ed.docs_untracked(|docs| usual_category(docs, 0)).unwrap_or_default());
    });
    let choose_category = move |c: String| {
        if let Some(f) = ed.docs_untracked(|docs| file_for(docs, &c)) {
            file.set(f);
        }
        category.set(c);
    };
    let choose_file = move |f: usize| {
        file.set(f);
        if let Some(c) = ed.docs_untracked(|docs| usual_category(docs, f)) {
            category.set(c);
        }
    };
    let start_adding = move |_| {
        ed.selected.set(None);
        ed.adding.set(Some(file.get_untracked()));
        ed.status.set(super::Said::key("ed-adding"));
        request_animation_frame(|| super::focus("ed-add-town"));
    };
    let add = move |at, rough| {
        if let Some(f) = ed.adding.get_untracked() {
            super::add_at(ed, f, at, rough);
        }
    };
    let at_town = move || match super::places::locate(ed, &town.get_untracked()) {
        Some(start) => add(start.at, Some(start.address)),
        None => ed.status.set(super::Said::with("ed-town-unknown", &[("town", town.get_untracked())])),
    };
    let at_centre = move |_| {
        if let Some(ctx) = super::map::widget() {
            add(ctx.screen.viewport.with_untracked(|vp| vp.center), Some(Vec::new()));
        }
    };
    view! {
        <div class="ed-new">
            <span class="ed-new-choice">
                <label for="ed-new-category">{move || say(lang(), "ed-new-category")}</label>
                <select id="ed-new-category" prop:value=move || category.get()
                    on:change=move |ev| choose_category(event_target_value(&ev))>
                    {move || ed.categories().into_iter().map(|(id, label)| {
                        let selected = id == category.get();
                        view! { <option value=id selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </span>
            <span class="ed-new-choice">
                <label for="ed-new-file">{move || say(lang(), "ed-new-in")}</label>
                <select id="ed-new-file" prop:value=move || file.get().to_string()
                    on:change=move |ev| choose_file(event_target_value(&ev).parse().unwrap_or(0))>
                    {move || ed.file_names().into_iter().enumerate().map(|(i, n)| {
                        let selected = i == file.get();
                        view! { <option value=i.to_string() selected=selected>{n}</option> }
                    }).collect_view()}
                </select>
            </span>
            <button type="button" class="ed-button" on:click=start_adding>{move || say(lang(), "ed-new")}</button>
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
                <button type="button" class="ed-button" on:click=move |_| { ed.adding.set(None); ed.status.set(super::Said::none()); }>
                    {move || say(lang(), "ed-cancel")}</button>
                <datalist id="ed-towns-add">
                    {move || super::places::towns(ed).into_iter().map(|v| view! { <option value=v></option> }).collect_view()}
                </datalist>
            </div>
        </Show>
    }
}
