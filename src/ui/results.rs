//! The result list: the same places as the map, as a real list — a full alternative to the map.

use super::ctx::Ctx;
use super::symbol::{Look, Symbol};
use crate::geo::distance_m;
use crate::i18n::{number, tr};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// How many items the list draws at first and per "show more".
const PAGE: usize = 100;

pub fn km(lang: crate::model::Lang, metres: f64) -> String {
    let km = metres / 1000.0;
    let text = if km < 10.0 { format!("{km:.1}") } else { format!("{}", km.round() as i64) };
    let text = if lang == crate::model::Lang::De { text.replace('.', ",") } else { text };
    crate::tr!(lang, "distance", km = text)
}

#[component]
pub fn Results() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = move || ctx.lang.get();
    let limit = RwSignal::new(PAGE);
    let sort_id = ctx.id("sort");
    let in_view_id = ctx.id("in-view");
    let by_distance = move || ctx.finding.sort_by_distance.get() && ctx.finding.position.get().is_some();

    let items = Memo::new(move |_| {
        super::timed("bk-list", || {
            // Sorting needs the search index: until it is built (a moment after the markers), no list.
            if !ctx.data.index_ready() {
                return Vec::new();
            }
            let query = crate::search::ListQuery {
                in_view: ctx.finding.list_in_view.get().then(|| ctx.screen.viewport.with(|vp| vp.bounds())),
                from: if by_distance() { ctx.finding.position.get() } else { None },
            };
            ctx.finding.matching.with(|m| ctx.data.places.with(|ps| ctx.data.index.with(|i| query.apply(m, ps, i))))
        })
    });
    // Offers without a fixed place, listed apart (never on the map).
    let remote = Memo::new(move |_| {
        if !ctx.data.index_ready() {
            return Vec::new();
        }
        ctx.finding
            .matching
            .with(|m| ctx.data.places.with(|ps| ctx.data.index.with(|i| crate::search::without_place(m, ps, i))))
    });
    let remote_title = ctx.id("remote-title");
    let remote_label = remote_title.clone();
    // A new search starts at the top of the list again.
    Effect::new(move |_| {
        ctx.finding.filters.track();
        limit.set(PAGE);
    });

    let near_me = move |_| {
        let Some(geo) = web_sys::window().and_then(|w| w.navigator().geolocation().ok()) else {
            ctx.finding.say_position(Some(crate::tr!(lang(), "near-me-denied", reason = "other")));
            return;
        };
        ctx.finding.say_position(Some(tr(lang(), "near-me-busy", None)));
        let ok = Closure::<dyn FnMut(web_sys::Position)>::new(move |p: web_sys::Position| {
            let c = p.coords();
            ctx.finding.located(crate::geo::LonLat::new(c.longitude(), c.latitude()));
            ctx.finding.say_position(Some(tr(ctx.lang.get_untracked(), "near-me-ok", None)));
        });
        // Said by its code: the browser's own message is English text for developers.
        let err = Closure::<dyn FnMut(web_sys::PositionError)>::new(move |e: web_sys::PositionError| {
            let reason = match e.code() {
                web_sys::PositionError::PERMISSION_DENIED => "refused",
                web_sys::PositionError::TIMEOUT => "timeout",
                _ => "other",
            };
            ctx.finding.say_position(Some(crate::tr!(ctx.lang.get_untracked(), "near-me-denied", reason = reason)));
        });
        let _ = geo
            .get_current_position_with_error_callback(ok.as_ref().unchecked_ref(), Some(err.as_ref().unchecked_ref()));
        ok.forget();
        err.forget();
    };

    let row = move |i: usize| {
        let (name, town, look, cat) = ctx.data.places.with_untracked(|ps| {
            let p = &ps[i];
            let look = ctx.data.config.with_untracked(|c| c.as_ref().and_then(|c| Look::named(c, &p.category, lang())));
            let (look, cat) = look.map(|(l, c)| (Some(l), c)).unwrap_or((None, String::new()));
            (p.name.get(lang()).to_string(), p.city.clone().or_else(|| p.municipality.clone()), look, cat)
        });
        let position = ctx.data.places.with_untracked(|ps| ps[i].position);
        let item_id = ctx.id(&format!("r{i}"));
        let opener = item_id.clone();
        let distance = move || Some(km(lang(), distance_m(ctx.finding.position.get()?, position?)));
        view! {
            <li class="bk-result" class:bk-result--current=move || ctx.selection.selected.get() == Some(i)>
                <button type="button" class="bk-result-button" id=item_id aria-haspopup="dialog"
                    aria-current=move || (ctx.selection.selected.get() == Some(i)).then_some("true")
                    on:click=move |_| ctx.open_from_list(i, opener.clone())>
                    {look.map(|l| view! { <Symbol look=l size=20/> })}
                    <span class="bk-result-name" dir="auto">{name}</span>
                </button>
                <span class="bk-result-meta">
                    <span class="bk-sr-only">{cat}", "</span>
                    {town.map(|t| view! { <span dir="auto">{t}</span> })}
                    {move || distance().map(|d| view! { <span class="bk-result-distance">" · "{d}</span> })}
                </span>
            </li>
        }
    };

    // The print sheet gets the list as it is now: the places in the list's order, then those
    // without a fixed place.
    let print_id = ctx.id("list-print");
    let print_list = {
        let print_id = print_id.clone();
        move |_| {
            let list = items.with_untracked(|i| remote.with_untracked(|r| i.iter().chain(r).copied().collect()));
            ctx.keep.open_sheet(super::ctx::SheetOf::List(list), print_id.clone());
        }
    };
    view! {
        <section class="bk-results" aria-labelledby=ctx.id("results-title")>
            {super::heading::heading(ctx.heading, 1, "bk-subhead", Some(ctx.id("results-title")), None, move || tr(lang(), "results", None))}
            <div class="bk-results-tools">
                <button type="button" class="bk-near" on:click=near_me>{move || tr(lang(), "near-me", None)}</button>
                <label class="bk-label" for=sort_id.clone()>{move || tr(lang(), "sort-by", None)}</label>
                <select id=sort_id prop:value=move || if by_distance() { "distance" } else { "name" }
                    on:change=move |ev| ctx.finding.sort_by_distance(event_target_value(&ev) == "distance")>
                    <option value="name">{move || tr(lang(), "sort-name", None)}</option>
                    <option value="distance" disabled=move || ctx.finding.position.get().is_none()>{move || tr(lang(), "sort-distance", None)}</option>
                </select>
                <button type="button" class="bk-near" id=print_id.clone() on:click=print_list
                    disabled=move || items.with(|i| i.is_empty()) && remote.with(|r| r.is_empty())>{move || tr(lang(), "list-print", None)}</button>
                <span class="bk-check">
                    <input type="checkbox" id=in_view_id.clone() prop:checked=move || ctx.finding.list_in_view.get()
                        on:change=move |ev| ctx.finding.list_in_view(event_target_checked(&ev))/>
                    <label for=in_view_id>{move || tr(lang(), "list-in-view", None)}</label>
                </span>
            </div>
            {move || ctx.finding.geo_message.get().map(|m| view! { <p class="bk-geo-message" role="alert">{m}</p> })}
            <Show when=move || items.with(|i| i.is_empty()) && remote.with(|r| r.is_empty()) && !ctx.data.loading.get()>
                <p class="bk-empty">{move || tr(lang(), "no-results", None)}</p>
            </Show>
            <ul class="bk-result-list">
                // Keyed by place index: a new list of places (another file arrived) draws them anew.
                {move || { ctx.data.generation.track(); view! {
                <For each=move || items.with(|i| i.iter().take(limit.get()).copied().collect::<Vec<_>>()) key=|i| *i let:i>
                    {row(i)}
                </For>
                } }}
            </ul>
            <Show when=move || { items.with(|i| i.len()) > limit.get() }>
                <button type="button" class="bk-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move || crate::tr!(lang(), "show-more", n = number(lang(), (items.with(|i| i.len()) - limit.get()).min(PAGE)))}
                </button>
            </Show>
            <Show when=move || remote.with(|r| !r.is_empty())>
                <section class="bk-remote" aria-labelledby=remote_label.clone()>
                    {super::heading::heading(ctx.heading, 2, "bk-subhead", Some(remote_title.clone()), None, move || tr(lang(), "without-place", None))}
                    <p class="bk-hint">{move || tr(lang(), "without-place-hint", None)}</p>
                    <ul class="bk-result-list">
                        {move || { ctx.data.generation.track(); view! {
                        <For each=move || remote.get() key=|i| *i let:i>
                            {row(i)}
                        </For>
                        } }}
                    </ul>
                </section>
            </Show>
        </section>
    }
}
