//! "Termine": the upcoming dates of the places the map and list show, by date, filterable by kind
//! and month; each can be saved as a calendar file. Past dates drop out by themselves.

use super::ctx::Ctx;
use crate::i18n::{number, tr};
use crate::model::berlin;
use crate::search::{DateQuery, DateRef};
use leptos::prelude::*;

/// How many dates the list draws at first and per "show more".
const PAGE: usize = 30;

#[component]
pub fn Events() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = move || ctx.lang.get();
    let kind_id = ctx.id("events-kind");
    let month_id = ctx.id("events-month");
    let title_id = ctx.id("events-title");
    let labelled_by = title_id.clone();
    let query = RwSignal::new(DateQuery::default());
    let limit = RwSignal::new(PAGE);
    // Every upcoming date of the places shown, whatever their hours now (the search's `any_time`).
    let upcoming = Memo::new(move |_| {
        let today = berlin(ctx.finding.now_ms.get()).date;
        ctx.finding.any_time.with(|m| ctx.data.places.with(|ps| crate::search::upcoming(m, ps, today)))
    });
    let choices = Memo::new(move |_| query.with(|q| upcoming.with(|u| ctx.data.places.with(|ps| q.choices(u, ps)))));
    let shown = Memo::new(move |_| query.with(|q| upcoming.with(|u| ctx.data.places.with(|ps| q.apply(u, ps)))));
    Effect::new(move |_| {
        shown.track();
        limit.set(PAGE);
    });
    let item = move |(i, k): DateRef| {
        let lang = ctx.lang.get_untracked();
        ctx.data.places.with_untracked(|ps| {
            let place = &ps[i];
            let opener = ctx.id(&format!("ev{i}-{k}"));
            let id = opener.clone();
            let name = place.name.get(lang).to_string();
            let at = view! {
                <span class="bk-event-place">
                    {tr(lang, "event-at", None)}" "
                    <button type="button" class="bk-link-button" id=id aria-haspopup="dialog" dir="auto"
                        on:click=move |_| ctx.open_from_list(i, opener.clone())>{name}</button>
                </span>
            }
            .into_any();
            super::details::event_item(place, &place.events[k], lang, ctx.finding.now_ms.get_untracked(), Some(at))
        })
    };
    let month_value = |(y, m): (u16, u8)| format!("{y:04}-{m:02}");
    view! {
        <section class="bk-events-view" aria-labelledby=labelled_by>
            {super::heading::heading(ctx.heading, 1, "bk-subhead", Some(title_id), None, move || tr(lang(), "events-title", None))}
            <p class="bk-hint">{move || tr(lang(), "events-intro", None)}</p>
            <div class="bk-events-tools">
                <div class="bk-field">
                    <label class="bk-label" for=kind_id.clone()>{move || tr(lang(), "events-kind", None)}</label>
                    <select id=kind_id prop:value=move || query.with(|q| q.kind.clone().unwrap_or_default())
                        on:change=move |ev| query.update(|q| q.kind = Some(event_target_value(&ev)).filter(|k| !k.is_empty()))>
                        <option value="">{move || tr(lang(), "events-kind-all", None)}</option>
                        {move || choices.with(|(kinds, _)| kinds.iter().map(|k| {
                            let label = super::words::event_kind(lang(), k);
                            view! { <option value=k.clone()>{label}</option> }
                        }).collect_view())}
                    </select>
                </div>
                <div class="bk-field">
                    <label class="bk-label" for=month_id.clone()>{move || tr(lang(), "events-month", None)}</label>
                    <select id=month_id prop:value=move || query.with(|q| q.month.map(month_value).unwrap_or_default())
                        on:change=move |ev| query.update(|q| q.month = event_target_value(&ev).split_once('-').and_then(|(y, m)| Some((y.parse().ok()?, m.parse().ok()?))))>
                        <option value="">{move || tr(lang(), "events-month-all", None)}</option>
                        {move || choices.with(|(_, months)| months.iter().map(|&(y, m)| {
                            let label = format!("{} {y}", tr(lang(), &format!("month-{m}"), None));
                            view! { <option value=month_value((y, m))>{label}</option> }
                        }).collect_view())}
                    </select>
                </div>
            </div>
            <Show when=move || shown.with(Vec::is_empty)>
                <p class="bk-empty">{move || {
                    let filtered = query.with(|q| *q != DateQuery::default());
                    tr(lang(), if filtered && !upcoming.with(Vec::is_empty) { "events-none-chosen" } else { "events-none" }, None)
                }}</p>
            </Show>
            <ul class="bk-events bk-events-all">
                {move || { ctx.data.generation.track(); ctx.lang.track(); view! {
                    <For each=move || shown.with(|s| s.iter().take(limit.get()).copied().collect::<Vec<_>>()) key=|x| *x let:x>
                        {item(x)}
                    </For>
                } }}
            </ul>
            <Show when=move || { shown.with(Vec::len) > limit.get() }>
                <button type="button" class="bk-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move || crate::tr!(lang(), "show-more", n = number(lang(), (shown.with(Vec::len) - limit.get()).min(PAGE)))}
                </button>
            </Show>
        </section>
    }
}
