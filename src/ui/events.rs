//! "Termine": the upcoming dates of the places the map and list show, by date, filterable by kind
//! and month; each can be saved as a calendar file. Past dates drop out by themselves.

use super::ctx::Ctx;
use crate::i18n::{number, tr};
use crate::model::{Date, berlin};
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
    let kind = RwSignal::new(String::new());
    let month = RwSignal::new(String::new());
    let limit = RwSignal::new(PAGE);
    // (place index, event index) of every upcoming date of the matching places, by start.
    let upcoming = Memo::new(move |_| {
        let today = berlin(ctx.finding.now_ms.get()).date;
        let mut all: Vec<(Date, Option<u16>, usize, usize)> = ctx.finding.any_time.with(|m| {
            ctx.data.places.with(|ps| {
                m.iter()
                    .flat_map(|&i| {
                        ps[i]
                            .events
                            .iter()
                            .enumerate()
                            .filter(|(_, e)| !e.is_past(today))
                            .map(move |(k, e)| (e.start.date, e.start.minute, i, k))
                    })
                    .collect()
            })
        });
        all.sort();
        all.into_iter().map(|(_, _, i, k)| (i, k)).collect::<Vec<_>>()
    });
    // The kinds and months there are, for the two choices.
    let choices = Memo::new(move |_| {
        let (mut kinds, mut months) = (Vec::<String>::new(), Vec::<(u16, u8)>::new());
        ctx.data.places.with(|ps| {
            upcoming.with(|u| {
                let chosen = kind.get();
                for &(i, k) in u {
                    let e = &ps[i].events[k];
                    if let Some(kind) = &e.kind {
                        if !kinds.contains(kind) {
                            kinds.push(kind.clone());
                        }
                    }
                    // Only months that have dates of the chosen kind.
                    let m = (e.start.date.year, e.start.date.month);
                    if (chosen.is_empty() || e.kind.as_deref() == Some(chosen.as_str())) && !months.contains(&m) {
                        months.push(m);
                    }
                }
            })
        });
        kinds.sort();
        (kinds, months)
    });
    let shown = Memo::new(move |_| {
        let (k, m) = (kind.get(), month.get());
        ctx.data.places.with(|ps| {
            upcoming.with(|u| {
                u.iter()
                    .copied()
                    .filter(|&(i, e)| {
                        let ev = &ps[i].events[e];
                        (k.is_empty() || ev.kind.as_deref() == Some(k.as_str()))
                            && (m.is_empty() || format!("{:04}-{:02}", ev.start.date.year, ev.start.date.month) == m)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    Effect::new(move |_| {
        shown.track();
        limit.set(PAGE);
    });
    let item = move |(i, k): (usize, usize)| {
        let lang = ctx.lang.get_untracked();
        ctx.data.places.with_untracked(|ps| {
            let place = &ps[i];
            let opener = ctx.id(&format!("ev{i}-{k}"));
            let id = opener.clone();
            let name = place.name.get(lang).to_string();
            let position = place.position;
            let at = view! {
                <span class="bk-event-place">
                    {tr(lang, "event-at", None)}" "
                    <button type="button" class="bk-link-button" id=id aria-haspopup="dialog" dir="auto" on:click=move |_| {
                        let before = ctx.screen.viewport.get_untracked();
                        if let Some(at) = position {
                            ctx.screen.update_view(|vp| crate::geo::Viewport { center: at, zoom: vp.zoom.max(13.0), ..*vp });
                        }
                        ctx.open_place(i, Some(opener.clone()), Some(before));
                    }>{name}</button>
                </span>
            }
            .into_any();
            super::details::event_item(place, &place.events[k], lang, ctx.finding.now_ms.get_untracked(), Some(at))
        })
    };
    view! {
        <section class="bk-events-view" aria-labelledby=labelled_by>
            {super::heading::heading(ctx.heading, 1, "bk-subhead", Some(title_id), None, move || tr(lang(), "events-title", None))}
            <p class="bk-hint">{move || tr(lang(), "events-intro", None)}</p>
            <div class="bk-events-tools">
                <div class="bk-field">
                    <label class="bk-label" for=kind_id.clone()>{move || tr(lang(), "events-kind", None)}</label>
                    <select id=kind_id prop:value=move || kind.get() on:change=move |ev| kind.set(event_target_value(&ev))>
                        <option value="">{move || tr(lang(), "events-kind-all", None)}</option>
                        {move || choices.with(|(kinds, _)| kinds.iter().map(|k| {
                            let label = super::words::event_kind(lang(), k);
                            view! { <option value=k.clone()>{label}</option> }
                        }).collect_view())}
                    </select>
                </div>
                <div class="bk-field">
                    <label class="bk-label" for=month_id.clone()>{move || tr(lang(), "events-month", None)}</label>
                    <select id=month_id prop:value=move || month.get() on:change=move |ev| month.set(event_target_value(&ev))>
                        <option value="">{move || tr(lang(), "events-month-all", None)}</option>
                        {move || choices.with(|(_, months)| months.iter().map(|&(y, m)| {
                            let label = format!("{} {y}", tr(lang(), &format!("month-{m}"), None));
                            view! { <option value=format!("{y:04}-{m:02}")>{label}</option> }
                        }).collect_view())}
                    </select>
                </div>
            </div>
            <Show when=move || shown.with(Vec::is_empty)>
                <p class="bk-empty">{move || {
                    let filtered = !kind.get().is_empty() || !month.get().is_empty();
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
