//! "PLZ oder Ort" and "Umkreis": search around a place the visitor types, from the gazetteer that
//! comes with the data (no geocoding service is asked), or around their own position.

use super::ctx::Ctx;
use crate::i18n::{count_args, tr};
use crate::model::Gazetteer;
use leptos::prelude::*;
use std::sync::Arc;

/// The radius choices, in kilometres.
pub const RADII: [u32; 4] = [5, 10, 25, 50];

#[component]
pub fn Nearby() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = move || ctx.lang.get();
    let id = ctx.id("near-place");
    let list_id = ctx.id("near-places");
    let hint_id = ctx.id("near-hint");
    let radius_id = ctx.id("near-radius");
    let status_id = ctx.id("near-status");
    let described_status = status_id.clone();
    let gazetteer = Memo::new(move |_| {
        let editors = ctx.data.config.with(|c| c.as_ref().map(|c| c.localities.clone()).unwrap_or_default());
        Arc::new(ctx.data.areas.with(|a| ctx.data.places.with(|p| Gazetteer::build(a, &editors, p))))
    });
    // What the field shows: the chosen place, or what was typed and not understood.
    let typed = RwSignal::new(String::new());
    let unknown = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        // The chosen place's label; empty once it gives way (to the visitor's position, a link).
        typed.set(ctx.finding.place_name.get().unwrap_or_default());
        unknown.set(None);
    });
    // A link's place, once the gazetteer knows the places (the view is the link's own).
    Effect::new(move |_| {
        let Some(wanted) = ctx.finding.wanted_near.get() else { return };
        let found = gazetteer.with(|g| g.find(&wanted).map(|l| (l.label(), l.at)));
        if let Some((label, at)) = found {
            ctx.finding.wanted_near.set(None);
            ctx.finding.search_around(label, at);
        } else if !ctx.data.loading.get() {
            ctx.finding.wanted_near.set(None);
            typed.set(wanted.clone());
            unknown.set(Some(wanted));
        }
    });
    // Take what is typed once it names one place: a suggestion picked, a postcode complete.
    let take = move |text: String, final_: bool| {
        let text = text.trim().to_string();
        if text.is_empty() {
            unknown.set(None);
            if final_ && ctx.finding.place_name.get_untracked().is_some() {
                ctx.finding.forget_point();
            }
            return;
        }
        let exact = gazetteer.with_untracked(|g| {
            let found = g.find(&text)?;
            let whole = found.label() == text || found.name == text || found.postcode.as_deref() == Some(text.as_str());
            (whole || final_).then(|| (found.label(), found.at))
        });
        match exact {
            Some((label, at)) => {
                unknown.set(None);
                if ctx.finding.place_name.get_untracked().as_deref() != Some(label.as_str()) {
                    // A place typed means "near it": 10 km unless a radius is chosen.
                    let km = ctx.finding.radius_km.get_untracked().unwrap_or(10);
                    ctx.finding.set_radius(Some(km));
                    ctx.finding.search_around(label, at);
                    fit(ctx, at, km);
                }
            }
            None if final_ => unknown.set(Some(text)),
            None => {}
        }
    };
    let on_radius = move |ev: web_sys::Event| {
        let km = event_target_value(&ev).parse::<u32>().ok();
        ctx.finding.set_radius(km);
        if let (Some(at), Some(km)) = (ctx.finding.position.get_untracked(), km) {
            fit(ctx, at, km);
        }
    };
    let clear = move |_| {
        typed.set(String::new());
        unknown.set(None);
        ctx.finding.forget_point();
        if let Some(el) = super::dom::element_by_id(&ctx.id("near-place")) {
            super::dom::focus_quietly(&el);
        }
    };
    let summary = move || {
        let km = ctx.finding.radius_km.get()?;
        ctx.finding.position.get()?;
        let place = ctx.finding.place_name.get().unwrap_or_else(|| tr(lang(), "my-position", None));
        // The places in the circle (offers without a fixed place are in every radius, not counted).
        let (n, remote) = ctx.finding.matching.with(|m| {
            ctx.data.places.with(|ps| {
                let fixed = m.iter().filter(|&&i| ps[i].position.is_some()).count();
                (fixed, m.len() - fixed)
            })
        });
        let mut args = count_args(lang(), n);
        args.set("km", km.to_string());
        args.set("place", place);
        let mut text = tr(lang(), "near-summary", Some(&args));
        if remote > 0 {
            text.push(' ');
            text.push_str(&crate::tr!(lang(), "near-plus-remote", n = remote));
        }
        Some(text)
    };
    view! {
        <div class="bk-nearby">
            <div class="bk-field bk-nearby-place">
                <label class="bk-label" for=id.clone()>{move || tr(lang(), "near-place", None)}</label>
                <input id=id type="text" list=list_id.clone() autocomplete="off" inputmode="search"
                    aria-describedby=format!("{hint_id} {described_status}") aria-invalid=move || unknown.with(Option::is_some).then_some("true")
                    prop:value=move || typed.get()
                    on:input=move |ev| { let v = event_target_value(&ev); typed.set(v.clone()); take(v, false) }
                    on:change=move |ev| take(event_target_value(&ev), true)/>
                <span class="bk-hint" id=hint_id>{move || tr(lang(), "near-place-hint", None)}</span>
                <datalist id=list_id>
                    {move || gazetteer.with(|g| g.entries().iter().map(|l| view! { <option value=l.label()></option> }).collect_view())}
                </datalist>
            </div>
            <div class="bk-field bk-nearby-radius">
                <label class="bk-label" for=radius_id.clone()>{move || tr(lang(), "near-radius", None)}</label>
                <select id=radius_id on:change=on_radius
                    prop:value=move || ctx.finding.radius_km.get().map(|k| k.to_string()).unwrap_or_default()>
                    <option value="">{move || tr(lang(), "near-radius-any", None)}</option>
                    {RADII.iter().map(|&km| view! {
                        <option value=km.to_string()>{move || crate::tr!(lang(), "near-radius-km", km = km.to_string())}</option>
                    }).collect_view()}
                </select>
            </div>
            <Show when=move || ctx.finding.place_name.with(Option::is_some)>
                <button type="button" class="bk-clear bk-nearby-clear" on:click=clear>{move || tr(lang(), "near-clear", None)}</button>
            </Show>
            <p class="bk-nearby-status" role="status" id=status_id class:bk-nearby-status--error=move || unknown.with(Option::is_some)>
                {move || unknown.get().map(|t| {
                    // Said plainly what still holds: the place chosen before stays until another is.
                    let mut text = crate::tr!(lang(), "near-unknown", text = t);
                    if let Some(p) = ctx.finding.place_name.get() {
                        text.push(' ');
                        text.push_str(&crate::tr!(lang(), "near-still", place = p));
                    }
                    text
                }).or_else(summary)}
            </p>
        </div>
    }
}

/// The map shows the whole circle.
fn fit(ctx: Ctx, at: crate::geo::LonLat, km: u32) {
    let bounds = crate::geo::circle_bounds(at, f64::from(km) * 1000.0);
    ctx.screen.fit(bounds);
}
