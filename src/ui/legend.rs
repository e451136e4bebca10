//! The legend: every category with its symbol, label and number of places, each switchable.

use super::ctx::Ctx;
use super::symbol::{Look, Symbol};
use crate::i18n::{places, tr};
use leptos::prelude::*;

#[component]
pub fn Legend() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let rows = move || {
        let lang = ctx.lang.get();
        let Some(cfg) = ctx.data.config.get() else {
            return Vec::new();
        };
        cfg.categories
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let id = c.id.clone();
                let input_id = ctx.id(&format!("cat{i}"));
                let count_id = ctx.id(&format!("cat{i}-count"));
                let label_for = input_id.clone();
                let count_ref = count_id.clone();
                let count = {
                    let id = id.clone();
                    move || ctx.finding.counts.with(|c| c.categories.get(&id).copied().unwrap_or(0))
                };
                let checked = {
                    let id = id.clone();
                    move || !ctx.finding.filters.with(|f| f.hidden_categories.contains(&id))
                };
                let toggle = move |_| {
                    ctx.finding.update_filters(|f| {
                        let h = &mut f.hidden_categories;
                        if !h.remove(&id) {
                            h.insert(id.clone());
                        }
                    })
                };
                view! {
                    <li class="bk-legend-item">
                        <input type="checkbox" id=input_id prop:checked=checked aria-describedby=count_ref on:change=toggle/>
                        <label for=label_for>
                            <Symbol look=Look::of(c, i, lang) size=22/>
                            <span class="bk-legend-label">{c.label.get(lang).to_string()}</span>
                        </label>
                        <span class="bk-legend-count" id=count_id>{move || places(lang, count())}</span>
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <fieldset class="bk-legend">
            <legend>{move || tr(ctx.lang.get(), "legend", None)}</legend>
            <ul class="bk-legend-list">{move || rows()}</ul>
        </fieldset>
    }
}
