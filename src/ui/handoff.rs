//! The widget takes the first paint's place (crate::first). It mounts under the first paint, which
//! covers it until the widget is ready (its markers drawn, its places searchable, a link's state
//! applied); then the widget does what the visitor asked for meanwhile (`data-want-…` on the first paint's root), takes the focus over to its own
//! control of the same kind, and the first paint goes.

use super::ctx::{Ctx, PanelView};
use super::dom;
use crate::geo::{LonLat, Viewport};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The first paint in `host`, if there is one.
fn first_in(host: &Element) -> Option<HtmlElement> {
    host.query_selector(":scope > .bk-first").ok().flatten().and_then(|e| e.dyn_into().ok())
}

/// Called as the widget mounts into `host`: the first paint lies over the widget's place until
/// the widget is ready. Returns whether the host had no height of its own before the first
/// paint filled it (the widget then takes its default height, as the first paint did).
pub fn cover(host: &HtmlElement) -> Option<bool> {
    let first = first_in(host)?;
    let static_host = web_sys::window()
        .and_then(|w| w.get_computed_style(host).ok().flatten())
        .and_then(|s| s.get_property_value("position").ok())
        .is_none_or(|p| p == "static");
    if static_host {
        let _ = host.style().set_property("position", "relative");
        let _ = host.set_attribute("data-bk-positioned", "");
    }
    let _ = first.class_list().add_1("bk-first--over");
    Some(host.has_attribute("data-bk-auto-height"))
}

/// How long (ms) the first paint may stay for the widget's base layer (districts, borders) after the
/// widget is ready: a host page with two maps fetches the shared files a second time.
const BASE_WAIT_MS: u32 = 3000;
/// How long (ms) an open place's sheet on the first paint waits for the widget's details' part.
const PART_WAIT_MS: u32 = 10_000;
/// How long (ms) the widget waits for a finger or the mouse to let go of the first paint's map.
const HELD_WAIT_MS: u32 = 10_000;

/// When the widget is ready: what the visitor did on the first paint carries over, and the first
/// paint goes. In a task of its own, after the link's state and the URL's first writes, so the
/// visitor's doings reach the URL too; and once the widget draws the base layer the first paint
/// drew. `loading` opens a pressed place whose file has not been read yet when it has.
pub fn take_over(ctx: Ctx, loading: Option<super::loading::Loading>, parts: Option<super::parts::Parts>) {
    take_over_after(ctx, loading, parts, 0);
}

fn take_over_after(
    ctx: Ctx,
    loading: Option<super::loading::Loading>,
    parts: Option<super::parts::Parts>,
    waited: u32,
) {
    set_timeout(
        move || {
            let Some(map) = dom::element_by_id(&ctx.id("map")) else { return };
            let Some(host) = map.closest("[data-bildungskarte-mounted]").ok().flatten() else { return };
            let Some(first) = first_in(&host) else { return };
            let had_base = first.query_selector(".bk-base-layer svg").ok().flatten().is_some();
            let has_base =
                ctx.data.outline.with_untracked(|o| !o.is_empty()) || ctx.data.areas.with_untracked(|a| !a.is_empty());
            if had_base && !has_base && ctx.data.loading.get_untracked() && waited < BASE_WAIT_MS {
                return take_over_after(ctx, loading, parts, waited + 100);
            }
            // Not under a finger that is moving the map, and in the language the first paint speaks
            // (its sentences are on their way while `lang_arriving`).
            let held = first.has_attribute("data-held") && waited < HELD_WAIT_MS;
            let speaking = ctx.lang_arriving.get_untracked().is_some() && waited < BASE_WAIT_MS;
            // A place the first paint shows stays on screen until the widget can show it too
            // (its details' part), so the sheet does not blink out and back.
            let sheet = first.query_selector(".bk-details").ok().flatten().is_some();
            let details_coming = sheet && parts.is_some_and(|p| !p.details_arrived()) && waited < PART_WAIT_MS;
            if held || speaking || details_coming {
                return take_over_after(ctx, loading, parts, waited + 100);
            }
            carry_over(ctx, loading, &host, &first);
        },
        std::time::Duration::from_millis(if waited == 0 { 0 } else { 100 }),
    );
}

fn carry_over(ctx: Ctx, loading: Option<super::loading::Loading>, host: &Element, first: &HtmlElement) {
    let want = |what: &str| first.get_attribute(&format!("data-want-{what}"));
    if let Some(view) = want("view").and_then(|v| parse_view(&v)) {
        ctx.screen.update_view(|vp| Viewport { center: view.0, zoom: view.1, ..*vp });
    }
    let typed = first
        .query_selector(".bk-search")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .filter(|v| !v.trim().is_empty());
    if let Some(text) = typed {
        ctx.finding.type_query(text.clone());
        ctx.finding.update_filters(|f| f.text = text);
    }
    match want("consent").as_deref() {
        Some("yes") => ctx.screen.consent(true),
        Some("no") => ctx.screen.dismiss_consent(true),
        _ => {}
    }
    if want("list").is_some() {
        ctx.screen.show(PanelView::List);
    }
    let wanted = want("place").filter(|id| !id.is_empty());
    let place = wanted.as_ref().and_then(|id| ctx.data.places.with_untracked(|ps| crate::model::index_of(ps, id)));
    match (place, loading) {
        (Some(i), _) => ctx.open_place(i, None, None),
        (None, Some(loading)) if wanted.is_some() => loading.want_place(wanted.clone()),
        _ => {}
    }
    // The same kind of control gets the focus: the marker of the same place (the pressed one, whose
    // details may still be on their way), the search, a zoom button, the list, else the map.
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|a| first.contains(Some(a)));
    let target = focused.map(|a| {
        let is = |sel: &str| a.closest(sel).ok().flatten().is_some();
        let marker = a.closest(".bk-marker").ok().flatten().and_then(|m| m.get_attribute("data-place"));
        match marker.and_then(|id| ctx.data.places.with_untracked(|ps| crate::model::index_of(ps, &id))) {
            Some(i) => format!("#{}", ctx.marker_id(i)),
            // In the first paint's details: the widget's details of the same place take it.
            None if is(".bk-details") => format!("#{}", ctx.id("details-title")),
            None if is(".bk-search") => ".bk-search".into(),
            None if is(".bk-zoom-in") => ".bk-zoom-in".into(),
            None if is(".bk-zoom-out") => ".bk-zoom-out".into(),
            None if want("list").is_some() => format!("#{}", ctx.id("side")),
            None => format!("#{}", ctx.id("map")),
        }
    });
    first.remove();
    crate::first::release(first);
    if host.has_attribute("data-bk-positioned") {
        if let Some(h) = host.dyn_ref::<HtmlElement>() {
            let _ = h.style().remove_property("position");
        }
        let _ = host.remove_attribute("data-bk-positioned");
    }
    // An opened place's details take the focus themselves once they are drawn.
    let root = host.query_selector(":scope > .bk-root").ok().flatten();
    if let (Some(sel), Some(root)) = (target, root) {
        request_animation_frame(move || {
            let open = root.query_selector(".bk-details-title").ok().flatten().is_some();
            let el = root.query_selector(&sel).ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let (false, Some(el)) = (open, el) {
                dom::focus_quietly(&el);
            }
        });
    }
}

fn parse_view(v: &str) -> Option<(LonLat, f64)> {
    let mut parts = v.split(',').map(|p| p.parse::<f64>().ok());
    let (lon, lat, zoom) = (parts.next()??, parts.next()??, parts.next()??);
    let at = LonLat::new(lon, lat);
    (at.is_valid() && zoom.is_finite()).then_some((at, zoom))
}
