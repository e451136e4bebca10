//! The bar above map and list: the search box, how many places match (visible and announced),
//! and on a phone the switch between map and list. It is there from the first paint, so the
//! visitor sees the effect of every search, quick entry and filter without scrolling.

use super::ctx::{Ctx, PanelView};
use crate::i18n::{count_args, tr};
use leptos::prelude::*;
use std::time::Duration;

/// Above this many places, typing waits for a short pause before searching, so keys never queue.
const DEBOUNCE_ABOVE: usize = 5000;

#[component]
pub fn SearchBar() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = move || ctx.lang.get();
    let search_id = ctx.id("search");
    let pending = StoredValue::new_local(None::<leptos::prelude::TimeoutHandle>);
    let on_input = move |ev: web_sys::Event| {
        let value = event_target_value(&ev);
        ctx.finding.type_query(value.clone());
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        if ctx.data.places.with_untracked(|p| p.len()) > DEBOUNCE_ABOVE {
            let h = set_timeout_with_handle(
                move || ctx.finding.update_filters(|f| f.text = value),
                Duration::from_millis(180),
            );
            pending.set_value(h.ok());
        } else {
            ctx.finding.update_filters(|f| f.text = value);
        }
    };
    // The label's first words stay visible on a phone (beside the field); the rest is hidden
    // there but stays part of the field's name, so the name begins with what is seen.
    let label = move || {
        let (long, short) = (tr(lang(), "search-label", None), tr(lang(), "search-label-short", None));
        match long.strip_prefix(&short) {
            Some(rest) => (short, rest.to_string()),
            None => (long, String::new()),
        }
    };
    let shown = move || ctx.finding.matching.with(|m| m.len());
    // The one polite live region: loading, then how many places are shown after every change.
    let status = move || {
        if ctx.data.loading.get() && !ctx.data.side_ready.get() {
            tr(lang(), "loading", None)
        } else {
            tr(lang(), "places-found", Some(&count_args(lang(), shown())))
        }
    };
    let switch = move |to: PanelView, key: &'static str| {
        view! {
            <button type="button" class="bk-switch-button" aria-pressed=move || (ctx.screen.panel.get() == to).to_string()
                aria-controls=ctx.id(if to == PanelView::Map { "map" } else { "side" })
                on:click=move |_| ctx.screen.show(to)>
                {move || tr(lang(), key, None)}
            </button>
        }
    };
    view! {
        <div class="bk-bar" role="search" aria-label=move || tr(lang(), "search-region", None)>
            <label class="bk-label" for=search_id.clone()>
                <span class="bk-label-short">{move || label().0}</span><span class="bk-label-rest">{move || label().1}</span>
            </label>
            <div class="bk-bar-row">
                <input class="bk-search" type="search" id=search_id autocomplete="off" spellcheck="false"
                    enterkeyhint="search"
                    placeholder=move || tr(lang(), "search-placeholder", None)
                    prop:value=move || ctx.finding.query.get() on:input=on_input/>
                <p class="bk-status" role="status" class:bk-status--none=move || !ctx.data.loading.get() && shown() == 0>
                    {move || status()}
                </p>
                <div class="bk-switch" role="group" aria-label=move || tr(lang(), "view-switch", None)>
                    {switch(PanelView::Map, "view-map")}
                    {switch(PanelView::List, "view-list")}
                </div>
            </div>
        </div>
    }
}
