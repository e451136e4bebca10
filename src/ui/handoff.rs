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

/// When the widget is ready: what the visitor did on the first paint carries over, and the first
/// paint goes.
/// `loading` opens a pressed place whose file has not been read yet when it has.
pub fn take_over(ctx: Ctx, loading: Option<super::loading::Loading>) {
    let Some(map) = dom::element_by_id(&ctx.id("map")) else { return };
    let Some(host) = map.closest("[data-bildungskarte-mounted]").ok().flatten() else { return };
    let Some(first) = first_in(&host) else { return };
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
    // The same kind of control gets the focus: the marker of the same place, the search, the map.
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|a| first.contains(Some(a)));
    let target = focused.map(|a| {
        let marker = a.closest(".bk-marker").ok().flatten().and_then(|m| m.get_attribute("data-place"));
        match marker.and_then(|id| ctx.data.places.with_untracked(|ps| crate::model::index_of(ps, &id))) {
            Some(i) if place != Some(i) => ctx.marker_id(i),
            _ if a.class_list().contains("bk-search") => ctx.id("search"),
            _ if want("list").is_some() => ctx.id("side"),
            _ => ctx.id("map"),
        }
    });
    first.remove();
    if host.has_attribute("data-bk-positioned") {
        if let Some(h) = host.dyn_ref::<HtmlElement>() {
            let _ = h.style().remove_property("position");
        }
        let _ = host.remove_attribute("data-bk-positioned");
    }
    // An opened place takes the focus itself (its details); else the control found above.
    if let Some(id) = target.filter(|_| wanted.is_none()) {
        request_animation_frame(move || {
            if let Some(el) = dom::element_by_id(&id) {
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
