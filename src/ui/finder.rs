//! Finding places: the search box, quick entries by who is asking, and the filters with counts.

use super::ctx::Ctx;
use super::words::{audience, stage};
use crate::i18n::tr;
use crate::search::{Facet, Filters};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Quick entries: who is asking → audiences and stages of the education chain.
const QUICK: [(&str, &[&str], &[&str]); 4] = [
    ("pupils", &["pupils"], &["orientation", "internship", "apprenticeship"]),
    ("parents", &["parents"], &[]),
    ("adults", &["adults"], &["further_education"]),
    ("newcomers", &["immigrants"], &["recognition"]),
];

fn set(values: &[&str]) -> BTreeSet<String> {
    crate::sort::set_from(values.iter().map(|v| v.to_string()))
}

#[component]
pub fn Finder() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    expect_context::<super::loading::Loading>().learn_languages(ctx);
    let lang = move || ctx.lang.get();
    let quick = QUICK
        .iter()
        .map(|(key, audiences, stages)| {
            let hint_id = ctx.id(&format!("quick-{key}"));
            let pressed =
                move || ctx.finding.filters.with(|f| f.audiences == set(audiences) && f.stages == set(stages));
            let toggle = move |_| {
                let on = !pressed();
                ctx.finding.update_filters(|f| {
                    f.audiences = if on { set(audiences) } else { BTreeSet::new() };
                    f.stages = if on { set(stages) } else { BTreeSet::new() };
                });
            };
            let label_key = format!("quick-{key}");
            let hint_key = format!("quick-{key}-hint");
            view! {
                <li>
                    <button type="button" class="bk-quick" aria-pressed=move || pressed().to_string()
                        aria-describedby=hint_id.clone() on:click=toggle>
                        {move || tr(lang(), &label_key, None)}
                    </button>
                    <span class="bk-hint" id=hint_id>{move || tr(lang(), &hint_key, None)}</span>
                </li>
            }
        })
        .collect_view();

    let any_filter = move || {
        ctx.finding
            .filters
            .with(|f| *f != Filters { hidden_categories: f.hidden_categories.clone(), ..Default::default() })
            || ctx.finding.open_now.get()
            || ctx.finding.modes.with(|m| !m.is_empty())
    };
    let reset = move |_| ctx.finding.reset(false);

    // Open the filters when a link or quick entry sets one, so the visitor sees why (never closes them).
    let details = NodeRef::<leptos::html::Details>::new();
    // A quick entry explains itself (it shows as pressed): the filters open only for other
    // choices, such as a shared link's, so on a phone the results stay near the top.
    let facets_set = Memo::new(move |_| {
        ctx.finding.filters.with(|f| {
            let quick = QUICK.iter().any(|(_, a, s)| f.audiences == set(a) && f.stages == set(s));
            let any =
                [Facet::Town, Facet::Offer, Facet::Audience, Facet::Stage].iter().any(|x| !f.selected(*x).is_empty());
            any && !(quick && f.towns.is_empty() && f.offers.is_empty())
        }) || ctx.finding.modes.with(|m| !m.is_empty())
    });
    Effect::new(move |_| {
        if facets_set.get() {
            if let Some(d) = details.get() {
                d.set_open(true);
            }
        }
    });

    view! {
        <div class="bk-finder">
            {super::heading::heading(ctx.heading, 1, "bk-subhead", None, None, move || tr(lang(), "quick-title", None))}
            <ul class="bk-quick-list">{quick}</ul>
            <super::nearby::Nearby/>
            <OpenNow/>
            <details class="bk-filters" node_ref=details>
                <summary>{move || tr(lang(), "filters", None)}</summary>
                <TownFilter/>
                <OfferFilter/>
                <ChoiceFilter facet=Facet::Audience title="filter-audience"/>
                <ChoiceFilter facet=Facet::Stage title="filter-stage"/>
                <ModeFilter/>
            </details>
            <Show when=any_filter>
                <button type="button" class="bk-reset" on:click=reset>{move || tr(lang(), "filter-reset", None)}</button>
            </Show>
        </div>
    }
}

/// "Kontaktweg": telephone, video, online, mobile, on site — the ways the data has.
#[component]
fn ModeFilter() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = move || ctx.lang.get();
    let present = Memo::new(move |_| {
        ctx.data.places.with(|ps| {
            crate::model::MODES
                .iter()
                .filter(|m| ps.iter().any(|p| p.contact_modes().contains(m)))
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || present.with(|p| p.len() > 1)>
            <fieldset class="bk-choice">
                <legend>{move || tr(lang(), "filter-mode", None)}</legend>
                <ul>
                    {move || present.get().into_iter().map(|m| {
                        let input_id = ctx.id(&format!("mode-{m}"));
                        let checked = { let m = m.clone(); move || ctx.finding.modes.with(|s| s.contains(&m)) };
                        let toggle = { let m = m.clone(); move |_| ctx.finding.modes.update(|s| if !s.remove(&m) { s.insert(m.clone()); }) };
                        let label = super::words::mode(lang(), &m);
                        view! {
                            <li class="bk-choice-item">
                                <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle/>
                                <label for=input_id>{label}</label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </fieldset>
        </Show>
    }
}

/// "Nur jetzt geöffnete Orte": narrows map and list to places whose opening hours say open.
#[component]
fn OpenNow() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = move || ctx.lang.get();
    let id = ctx.id("open-now");
    let hint_id = ctx.id("open-now-hint");
    view! {
        <div class="bk-check bk-open-now">
            <input type="checkbox" id=id.clone() aria-describedby=hint_id.clone() prop:checked=move || ctx.finding.open_now.get()
                on:change=move |ev| ctx.finding.open_now.set(event_target_checked(&ev))/>
            <label for=id>{move || tr(lang(), "open-now-filter", None)}</label>
            <span class="bk-hint" id=hint_id>{move || tr(lang(), "open-now-hint", None)}</span>
        </div>
    }
}

fn facet_count(ctx: Ctx, facet: Facet, value: &str) -> usize {
    ctx.finding.counts.with(|c| c.values.get(&facet).and_then(|v| v.get(value)).copied().unwrap_or(0))
}

#[component]
fn TownFilter() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = move || ctx.lang.get();
    let id = ctx.id("town");
    let towns = move || ctx.data.index.with(|i| i.all_values(Facet::Town).into_keys().collect::<Vec<_>>());
    let on_change = move |ev: web_sys::Event| {
        let v = event_target_value(&ev);
        ctx.finding
            .update_filters(|f| f.towns = if v.is_empty() { BTreeSet::new() } else { crate::sort::set_from([v]) });
    };
    let selected = move || ctx.finding.filters.with(|f| f.towns.iter().next().cloned().unwrap_or_default());
    view! {
        <div class="bk-field">
            <label class="bk-label" for=id.clone()>{move || tr(lang(), "filter-town", None)}</label>
            <select id=id on:change=on_change prop:value=move || selected()>
                <option value="">{move || tr(lang(), "filter-town-all", None)}</option>
                {move || {
                    towns()
                        .into_iter()
                        .map(|t| {
                            let n = { let t = t.clone(); move || facet_count(ctx, Facet::Town, &t) };
                            let label = { let t = t.clone(); move || format!("{t} ({})", crate::i18n::number(lang(), n())) };
                            view! { <option value=t.clone() selected=move || selected() == t>{label}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

#[component]
fn OfferFilter() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = move || ctx.lang.get();
    let id = ctx.id("offer");
    let list_id = ctx.id("offers");
    let hint_id = ctx.id("offer-hint");
    let offers = move || ctx.data.index.with(|i| i.all_values(Facet::Offer).into_keys().collect::<Vec<_>>());
    // A suggestion picked applies at once; typed words apply when the field is left or Enter is
    // pressed, and then find every offer they name in any form ("Tischlerin", "Kauffrau").
    let apply = move |ev: web_sys::Event, final_: bool| {
        let v = event_target_value(&ev).trim().to_string();
        let known = ctx.data.index.with_untracked(|i| i.has_value(Facet::Offer, &v));
        if v.is_empty() || known || final_ {
            ctx.finding
                .update_filters(|f| f.offers = if v.is_empty() { BTreeSet::new() } else { crate::sort::set_from([v]) });
        }
    };
    let value = move || ctx.finding.filters.with(|f| f.offers.iter().next().cloned().unwrap_or_default());
    view! {
        <div class="bk-field">
            <label class="bk-label" for=id.clone()>{move || tr(lang(), "filter-offer", None)}</label>
            <input id=id type="text" list=list_id.clone() autocomplete="off" aria-describedby=hint_id.clone()
                prop:value=move || value() on:change=move |ev| apply(ev, true) on:input=move |ev| apply(ev, false)/>
            <span class="bk-hint" id=hint_id>{move || tr(lang(), "filter-offer-hint", None)}</span>
            <datalist id=list_id>
                {move || offers().into_iter().map(|o| {
                    let n = facet_count(ctx, Facet::Offer, &o);
                    view! { <option value=o.clone() label=format!("{o} ({n})")></option> }
                }).collect_view()}
            </datalist>
        </div>
    }
}

#[component]
fn ChoiceFilter(facet: Facet, title: &'static str) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = move || ctx.lang.get();
    let values = move || ctx.data.index.with(|i| i.all_values(facet).into_keys().collect::<Vec<_>>());
    let words = move |v: &str| match facet {
        Facet::Audience => audience(lang(), v),
        _ => stage(lang(), v),
    };
    let any = move || ctx.finding.filters.with(|f| !f.selected(facet).is_empty());
    let clear = move |_| ctx.finding.update_filters(|f| f.selected_mut(facet).clear());
    view! {
        <fieldset class="bk-choice">
            <legend>{move || tr(lang(), title, None)}</legend>
            <ul>
                {move || values().into_iter().enumerate().map(|(i, v)| {
                    let input_id = ctx.id(&format!("{title}-{i}"));
                    let count_id = ctx.id(&format!("{title}-{i}-n"));
                    let checked = { let v = v.clone(); move || ctx.finding.filters.with(|f| f.selected(facet).contains(&v)) };
                    let toggle = { let v = v.clone(); move |_| ctx.finding.update_filters(|f| {
                        let s = f.selected_mut(facet);
                        if !s.remove(&v) { s.insert(v.clone()); }
                    }) };
                    let n = { let v = v.clone(); move || crate::i18n::places(lang(), facet_count(ctx, facet, &v)) };
                    view! {
                        <li class="bk-choice-item">
                            <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle aria-describedby=count_id.clone()/>
                            <label for=input_id>{words(&v)}</label>
                            <span class="bk-count-badge" id=count_id>{n}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=any>
                <button type="button" class="bk-clear" on:click=clear>
                    {move || crate::tr!(lang(), "filter-clear", name = tr(lang(), title, None))}
                </button>
            </Show>
        </fieldset>
    }
}
