//! The Merkliste: the places a visitor marked, numbered in the order marked, with address and
//! phone; up to three compared side by side; the way to the print sheet.

use super::ctx::{Ctx, SheetOf};
use super::details::{data_text, email_link, phone_link, website_link};
use super::symbol::Look;
use crate::i18n::{number, tr};
use crate::model::Place;
use crate::state::marks::{MAX_COMPARED, Toggled, resolve};
use leptos::prelude::*;

#[component]
pub fn Marks() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = move || ctx.lang.get();
    let title_id = ctx.id("marks-title");
    let labelled_by = title_id.clone();
    let print_id = ctx.id("marks-print");
    let marked = Memo::new(move |_| ctx.keep.marks.with(|ids| ctx.data.places.with(|ps| resolve(ids, ps))));
    let full_compare = RwSignal::new(false);
    let title = move || {
        let n = marked.with(|(f, _)| f.len());
        if n == 0 {
            tr(lang(), "marks-title", None)
        } else {
            format!("{} ({})", tr(lang(), "marks-title", None), number(lang(), n))
        }
    };
    let item = move |n: usize, i: usize| {
        let lang = ctx.lang.get_untracked();
        ctx.data.places.with_untracked(|ps| {
            let p = &ps[i];
            let (id, id2, id3) = (p.id.clone(), p.id.clone(), p.id.clone());
            let name = p.name.get(lang).to_string();
            let opener = ctx.id(&format!("mark-{i}"));
            let open_id = opener.clone();
            let compared = move || ctx.keep.compared.with(|c| c.contains(&id));
            let remove_label = crate::tr!(lang, "mark-remove", name = name.clone());
            let where_ = p.address().or_else(|| super::words::modes(lang, &p.modes));
            view! {
                <li class="bk-mark-item">
                    <span class="bk-mark-no" aria-hidden="true">{n}</span>
                    <div class="bk-mark-text">
                        <button type="button" class="bk-link-button" id=open_id aria-haspopup="dialog" dir="auto"
                            on:click=move |_| ctx.open_from_list(i, opener.clone())>{name}</button>
                        {where_.map(|a| view! { <span class="bk-mark-where" dir="auto">{a}</span> })}
                        {p.phone.as_deref().map(|t| view! { <span class="bk-mark-phone">{phone_link(t)}</span> })}
                    </div>
                    <div class="bk-mark-tools">
                        <label class="bk-check">
                            <input type="checkbox" prop:checked=move || compared()
                                on:change=move |ev| {
                                    let full = ctx.keep.toggle_compared(&id2) == Toggled::Full;
                                    // Refused: the box the browser ticked goes back.
                                    if full {
                                        event_target::<web_sys::HtmlInputElement>(&ev).set_checked(false);
                                    }
                                    full_compare.set(full);
                                }/>
                            {tr(lang, "mark-compare", None)}
                        </label>
                        <button type="button" class="bk-link-button" aria-label=remove_label
                            on:click=move |_| { ctx.keep.toggle(&id3); }>{tr(lang, "mark-remove-short", None)}</button>
                    </div>
                </li>
            }
        })
    };
    let open_print = {
        let print_id = print_id.clone();
        move |_| ctx.keep.open_sheet(SheetOf::Marks, print_id.clone())
    };
    view! {
        <section class="bk-marks" aria-labelledby=labelled_by>
            {super::heading::heading(ctx.heading, 1, "bk-subhead", Some(title_id), None, title)}
            {move || {
                let _ = lang();
                let (found, missing) = marked.get();
                let lang = ctx.lang.get_untracked();
                let missing = (missing > 0).then(|| view! {
                    <p class="bk-hint">{crate::tr!(lang, "marks-missing", count = missing)}</p>
                });
                if found.is_empty() {
                    return view! { <p class="bk-hint">{tr(lang, "marks-empty", None)}</p> {missing} }.into_any();
                }
                let items = found.into_iter().enumerate().map(|(k, i)| item(k + 1, i)).collect_view();
                view! {
                    <ol class="bk-mark-list">{items}</ol>
                    {missing}
                    <p class="bk-hint">{crate::tr!(lang, "marks-compare-hint", max = MAX_COMPARED)}</p>
                    <p class="bk-mark-full" role="status">{move || full_compare.get().then(|| crate::tr!(lang, "compare-full", max = MAX_COMPARED))}</p>
                    <div class="bk-mark-actions">
                        <button type="button" class="bk-button" id=print_id.clone() on:click=open_print.clone()>{tr(lang, "marks-print", None)}</button>
                    </div>
                }
                .into_any()
            }}
            <Compare/>
        </section>
    }
}

/// The compared places side by side: a table with one column per place, one row per property.
#[component]
fn Compare() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || {
        let lang = ctx.lang.get();
        let chosen = ctx.keep.compared.with(|ids| ctx.data.places.with(|ps| resolve(ids, ps).0));
        if chosen.len() < 2 {
            return None;
        }
        let title_id = ctx.id("compare-title");
        let labelled_by = title_id.clone();
        let places: Vec<Place> = ctx.data.places.with(|ps| chosen.iter().map(|&i| ps[i].clone()).collect());
        let config = ctx.data.config.get();
        let now = crate::model::berlin(ctx.finding.now_ms.get());
        let from = ctx.finding.position.get();
        let heads = places
            .iter()
            .map(|p| view! { <th scope="col" dir="auto">{p.name.get(lang).to_string()}</th> })
            .collect_view();
        let mut rows: Vec<(String, Vec<AnyView>)> = Vec::new();
        let mut add = |key: &str, cells: Vec<Option<AnyView>>| {
            if cells.iter().any(Option::is_some) {
                let cells = cells.into_iter().map(|c| c.unwrap_or_else(|| view! { "–" }.into_any())).collect();
                rows.push((tr(lang, key, None), cells));
            }
        };
        let text = |t: String| Some(data_text(t));
        add(
            "field-category",
            places
                .iter()
                .map(|p| {
                    config.as_ref().and_then(|c| Look::named(c, &p.category, lang)).map(|(_, name)| data_text(name))
                })
                .collect(),
        );
        add("field-address", places.iter().map(|p| p.address().and_then(text)).collect());
        if let Some(from) = from {
            add(
                "field-distance",
                places
                    .iter()
                    .map(|p| p.position.map(|at| data_text(super::results::km(lang, crate::geo::distance_m(from, at)))))
                    .collect(),
            );
        }
        add(
            "field-modes",
            places.iter().map(|p| super::words::modes(lang, &p.contact_modes()).map(data_text)).collect(),
        );
        add("field-phone", places.iter().map(|p| p.phone.as_deref().map(phone_link)).collect());
        add("field-email", places.iter().map(|p| p.email.as_deref().map(email_link)).collect());
        add("field-website", places.iter().map(|p| website_link(p, lang)).collect());
        if let Some(c) = config.as_ref() {
            add(
                "hours-now",
                places
                    .iter()
                    .map(|p| text(super::words::open_status(lang, p.opening_hours.as_deref(), now, c)))
                    .collect(),
            );
        }
        add(
            "field-opening-hours",
            places
                .iter()
                .map(|p| p.opening_hours.as_deref().and_then(|h| text(super::words::opening_hours(lang, h))))
                .collect(),
        );
        add(
            "field-offers",
            places.iter().map(|p| list(p.offers.iter().map(|o| super::words::offer(lang, o)).collect())).collect(),
        );
        add(
            "field-audiences",
            places
                .iter()
                .map(|p| list(p.audiences.iter().map(|a| super::words::audience(lang, a)).collect()))
                .collect(),
        );
        add(
            "field-wheelchair",
            places.iter().map(|p| p.wheelchair.and_then(|w| text(super::words::wheelchair(lang, w)))).collect(),
        );
        let today = now.date;
        add(
            "compare-next-date",
            places
                .iter()
                .map(|p| {
                    p.events
                        .iter()
                        .find(|e| !e.is_past(today))
                        .map(|e| data_text(format!("{}: {}", super::words::event_when(lang, e), e.title.get(lang))))
                })
                .collect(),
        );
        add("field-updated", places.iter().map(|p| p.updated.and_then(|d| text(d.format(lang)))).collect());
        let body = rows
            .into_iter()
            .map(|(label, cells)| {
                let cells = cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view();
                view! { <tr><th scope="row">{label}</th>{cells}</tr> }
            })
            .collect_view();
        Some(view! {
            <div class="bk-compare" role="region" aria-labelledby=labelled_by tabindex="0">
                <table>
                    <caption id=title_id>{crate::tr!(lang, "compare-title", count = places.len())}</caption>
                    <thead><tr><td></td>{heads}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        })
    }
}

/// Items from the data as a list, or None when there are none.
fn list(items: Vec<String>) -> Option<AnyView> {
    (!items.is_empty()).then(|| {
        // The item in the widget's direction (its bullet inside in Arabic), the data's text in its own.
        let items = items.into_iter().map(|o| view! { <li><span dir="auto">{o}</span></li> }).collect_view();
        view! { <ul class="bk-list">{items}</ul> }.into_any()
    })
}
