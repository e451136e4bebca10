//! The print sheet: the Merkliste or the result list on paper. A map drawn from the district's own
//! outlines (no tiles, no server) with a numbered marker per place, and the places numbered the
//! same, with address, phone, e-mail and hours. It takes the widget's place on screen, so the
//! visitor sees what prints, and the page's print style shows only it.

use super::ctx::{Ctx, SheetOf};
use crate::geo::{LonLat, Sheet};
use crate::i18n::{number, tr};
use crate::model::{Lang, Place};
use leptos::prelude::*;

/// The printed map's box in CSS px (about 18 × 10.6 cm on A4).
const MAP_W: f64 = 680.0;
const MAP_H: f64 = 400.0;
/// A sheet lists at most this many places (a printed list of thousands helps nobody).
const MAX_ENTRIES: usize = 100;

#[component]
pub fn PrintSheet() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || {
        let of = ctx.keep.sheet.get()?;
        let lang = ctx.lang.get();
        let indices: Vec<usize> = match &of {
            SheetOf::List(list) => list.clone(),
            SheetOf::Marks => {
                ctx.keep.marks.with(|ids| ctx.data.places.with(|ps| crate::state::marks::resolve(ids, ps).0))
            }
        };
        let total = indices.len();
        let places: Vec<Place> =
            ctx.data.places.with(|ps| indices.iter().take(MAX_ENTRIES).map(|&i| ps[i].clone()).collect());
        Some(view! { <SheetView of=of places=places total=total lang=lang/> })
    }
}

#[component]
fn SheetView(of: SheetOf, places: Vec<Place>, total: usize, lang: Lang) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let title_id = ctx.id("sheet-title");
    let labelled_by = title_id.clone();
    let what = tr(lang, if of == SheetOf::Marks { "sheet-marks" } else { "sheet-list" }, None);
    let site =
        ctx.data.config.with_untracked(|c| c.as_ref().map(|c| c.title.get(lang).to_string())).unwrap_or_default();
    let today = crate::model::berlin(ctx.finding.now_ms.get_untracked()).date;
    let count = if total > places.len() {
        crate::tr!(lang, "sheet-first", shown = number(lang, places.len()), total = number(lang, total))
    } else {
        crate::tr!(lang, "sheet-count", count = places.len())
    };
    let stand = format!("{} · {}", crate::tr!(lang, "sheet-date", date = today.format(lang)), count);
    let map = sheet_map(ctx, &places, lang);
    let entries = places.iter().enumerate().map(|(k, p)| entry(ctx, k + 1, p, lang)).collect_view();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    // The sheet's heading takes focus, so a screen reader starts reading there.
    let focus_id = title_id.clone();
    request_animation_frame(move || {
        if let Some(el) = super::dom::element_by_id(&focus_id) {
            super::dom::focus_quietly(&el);
        }
    });
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            ev.stop_propagation();
            ctx.keep.close_sheet();
        }
    };
    view! {
        <section class="bk-sheet" aria-labelledby=labelled_by on:keydown=on_keydown>
            <div class="bk-sheet-bar">
                <button type="button" class="bk-button bk-button--primary" on:click=print>{tr(lang, "sheet-print", None)}</button>
                <button type="button" class="bk-button" on:click=move |_| ctx.keep.close_sheet()>{tr(lang, "sheet-close", None)}</button>
            </div>
            <article class="bk-sheet-page">
                {super::heading::heading(ctx.heading, 1, "bk-sheet-title", Some(title_id), Some("-1"), what)}
                <p class="bk-sheet-site" dir="auto">{site}</p>
                <p class="bk-sheet-date">{stand}</p>
                {map}
                <ol class="bk-sheet-list">{entries}</ol>
            </article>
        </section>
    }
}

/// One numbered place: its name, then how to reach it.
fn entry(ctx: Ctx, n: usize, p: &Place, lang: Lang) -> AnyView {
    let category = ctx
        .data
        .config
        .with_untracked(|c| c.as_ref().and_then(|c| super::symbol::Look::named(c, &p.category, lang)).map(|(_, l)| l));
    let mut lines: Vec<AnyView> = Vec::new();
    let mut line = |key: &str, v: AnyView| {
        lines.push(view! { <div class="bk-sheet-row"><dt>{tr(lang, key, None)}</dt><dd>{v}</dd></div> }.into_any());
    };
    if let Some(c) = category {
        line("field-category", super::details::data_text(c));
    }
    match (p.address(), super::words::modes(lang, &p.modes)) {
        (Some(a), _) => line("field-address", super::details::data_text(a)),
        (None, Some(ways)) => line("field-modes", super::details::data_text(ways)),
        (None, None) => {}
    }
    if let Some(t) = &p.phone {
        line("field-phone", super::details::phone_link(t));
    }
    if let Some(e) = &p.email {
        line("field-email", super::details::email_link(e));
    }
    if let Some(site) = super::details::website_link(p, lang) {
        line("field-website", site);
    }
    if let Some(h) = &p.opening_hours {
        line("field-opening-hours", super::details::data_text(super::words::opening_hours(lang, h)));
    }
    view! {
        <li class="bk-sheet-entry" value=n>
            {super::heading::heading(ctx.heading, 2, "bk-sheet-name", None, None, view! { <span class="bk-sheet-no">{n}</span>" "{p.name.get(lang).to_string()} })}
            <dl>{lines}</dl>
        </li>
    }
    .into_any()
}

/// The map: municipal borders and names from the district's own files, and a numbered marker per
/// place that has a position.
fn sheet_map(ctx: Ctx, places: &[Place], lang: Lang) -> Option<AnyView> {
    let points: Vec<(usize, LonLat, String)> = places
        .iter()
        .enumerate()
        .filter_map(|(k, p)| p.position.map(|at| (k + 1, at, p.name.get(lang).to_string())))
        .collect();
    let at: Vec<LonLat> = points.iter().map(|(_, p, _)| *p).collect();
    let sheet = Sheet::fit(&at, MAP_W, MAP_H, 28.0, 6_000.0)?;
    let path = |ring: &[LonLat]| {
        let mut d = String::new();
        for (k, p) in ring.iter().enumerate() {
            let s = sheet.at(*p);
            d.push_str(&format!("{}{:.1},{:.1}", if k == 0 { "M" } else { "L" }, s.x, s.y));
        }
        d.push('Z');
        d
    };
    let (areas, names): (Vec<String>, Vec<(String, f64, f64)>) = ctx.data.areas.with_untracked(|areas| {
        let d = areas.iter().flat_map(|a| a.rings.iter().map(|r| path(r))).collect();
        let names = areas
            .iter()
            .map(|a| (a.name.clone(), sheet.at(a.label_at)))
            .filter(|(_, s)| sheet.shows(*s))
            .map(|(n, s)| (n, s.x, s.y))
            .collect();
        (d, names)
    });
    let outline: Vec<String> = ctx.data.outline.with_untracked(|o| o.iter().map(|r| path(r)).collect());
    let attribution = ctx
        .data
        .config
        .with_untracked(|c| c.as_ref().and_then(|c| c.base.attribution.as_ref().map(|a| a.get(lang).to_string())));
    let drawn_borders = !areas.is_empty() || !outline.is_empty();
    let markers = points
        .into_iter()
        .map(|(n, p, name)| {
            let s = sheet.at(p);
            let label = format!("{n}: {name}");
            view! {
                <g class="bk-sheet-marker" data-name=label transform=format!("translate({:.1},{:.1})", s.x, s.y)>
                    <circle r="11"></circle>
                    <text text-anchor="middle" dy="4">{n}</text>
                </g>
            }
        })
        .collect_view();
    let areas = areas.into_iter().map(|d| view! { <path class="bk-sheet-area" d=d></path> }).collect_view();
    let outline = outline.into_iter().map(|d| view! { <path class="bk-sheet-outline" d=d></path> }).collect_view();
    let names = names
        .into_iter()
        .map(|(n, x, y)| view! { <text class="bk-sheet-town" x=format!("{x:.1}") y=format!("{y:.1}") text-anchor="middle">{n}</text> })
        .collect_view();
    let label = tr(lang, "sheet-map", None);
    Some(
        view! {
            <figure class="bk-sheet-map">
                <svg viewBox=format!("0 0 {MAP_W} {MAP_H}") role="img" aria-label=label>
                    <rect class="bk-sheet-bg" width=MAP_W.to_string() height=MAP_H.to_string()></rect>
                    {areas}{outline}{names}{markers}
                </svg>
                {attribution.filter(|_| drawn_borders).map(|a| view! { <figcaption class="bk-sheet-credit">{a}</figcaption> })}
            </figure>
        }
        .into_any(),
    )
}
