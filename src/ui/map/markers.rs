//! The marker layer: the view's plan (crate::map::plan: one button per place, decluttered, or
//! clusters where the core's policy says so) drawn by the map's own layer, and the visitor's
//! position with its radius.

use super::clusters::SharedIndex;
use super::{Pane, Planned, now};
use crate::i18n::{count_args, tr};
use crate::map::markers::{Layer, cluster_label};
use crate::map::plan as map_plan;
use crate::model::Look;
use crate::ui::ctx::Ctx;
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// The view's plan in the places' indices (crate::map::plan, as the first paint's), kept by the
/// map for its marker layer and the base layer's names.
pub(super) fn planned(ctx: Ctx, pane: Pane) -> Memo<std::sync::Arc<crate::map::plan::Plan>> {
    // What the map draws: the matching places that have a place (offers without one are only listed).
    let on_map = Memo::new(move |_| {
        ctx.finding.matching.with(|m| {
            ctx.data.places.with(|ps| {
                std::sync::Arc::new(m.iter().copied().filter(|&i| ps[i].position.is_some()).collect::<Vec<_>>())
            })
        })
    });
    // The core decides whether and how to cluster (cluster::clustering); this memo changes only
    // when that answer does, not on every pan.
    let options = Memo::new(move |_| {
        let n = on_map.with(|m| m.len());
        let width = ctx.screen.viewport.with(|vp| vp.width);
        crate::cluster::clustering(n, width, ctx.data.limits.with(|l| l.max_zoom))
    });
    let index = Memo::new(move |_| {
        let opts = options.get()?;
        let m = on_map.get();
        let cats: HashMap<String, u16> = ctx.data.config.with(|c| {
            c.as_ref()
                .map(|c| c.categories.iter().enumerate().map(|(i, k)| (k.id.clone(), i as u16)).collect())
                .unwrap_or_default()
        });
        let pts: Vec<(crate::geo::LonLat, u16)> = ctx.data.places.with(|ps| {
            m.iter()
                .map(|&i| (ps[i].position.unwrap_or_default(), cats.get(&ps[i].category).copied().unwrap_or(0)))
                .collect()
        });
        let built = crate::ui::timed("bk-cluster-index", || crate::cluster::ClusterIndex::build(&pts, opts));
        Some(SharedIndex(std::sync::Arc::new((built, m))))
    });
    // The view's plan (crate::map::plan, as the first paint's), its indices turned into the
    // places'. Clustered, each view is planned anew; else only a new zoom moves markers apart.
    let planned = Memo::new(move |_| {
        let (zoom, anchor) = (pane.zoom.get(), pane.anchor.get());
        let mut plan = match index.get() {
            Some(idx) => {
                let (ci, matching) = &*idx.0;
                let vp = ctx.screen.viewport.get();
                let keep = ctx.selection.selected.get().and_then(|i| matching.binary_search(&i).ok());
                let max_zoom = ctx.data.limits.with(|l| l.max_zoom);
                let mut plan = crate::ui::timed("bk-clusters", || {
                    ctx.data.places.with(|ps| {
                        let at = |i: usize| ps[matching[i]].position.unwrap_or_default();
                        map_plan::clustered(ci, at, &vp, max_zoom, anchor, keep)
                    })
                });
                for leaf in plan.clusters.iter_mut().flat_map(|c| c.0.leaves.iter_mut()) {
                    *leaf = matching[*leaf as usize] as u32;
                }
                (plan, matching.clone())
            }
            None => {
                let m = on_map.get();
                let pts: Vec<crate::geo::LonLat> =
                    ctx.data.places.with(|ps| m.iter().map(|&i| ps[i].position.unwrap_or_default()).collect());
                (crate::ui::timed("bk-declutter", || map_plan::decluttered(&pts, zoom, anchor)), m)
            }
        };
        for marker in &mut plan.0.markers {
            marker.0 = plan.1[marker.0];
        }
        std::sync::Arc::new(plan.0)
    });
    planned
}

#[component]
pub(super) fn MarkerLayer(gesture_ended: impl Fn() -> f64 + Copy + Send + Sync + 'static) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let pane = expect_context::<Pane>();
    let planned = expect_context::<Planned>().0;
    let position = move || ctx.finding.position.get();
    // Top-left corner and radius (px) of the circle around the point, when a radius is chosen.
    let radius = move || {
        let (p, km) = (ctx.finding.position.get()?, ctx.finding.radius_km.get()?);
        let north = crate::geo::circle_bounds(p, f64::from(km) * 1000.0).north;
        let (c, n) = (pane.at(p), pane.at(crate::geo::LonLat::new(p.lon, north)));
        let r = (c.y - n.y).abs();
        Some((c.x - r, c.y - r, r))
    };
    // A performance mark when markers first appear, so benchmarks can read "time to first markers".
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let any = planned.with(|p| !p.clusters.is_empty() || !p.markers.is_empty());
        if any {
            // At the next animation frame, when they are in the page (the Leaflet baseline does the same).
            // A first paint (crate::first) marked its own first markers earlier.
            request_animation_frame(move || {
                let first = web_sys::window()
                    .and_then(|w| w.performance())
                    .is_some_and(|p| p.get_entries_by_name("bk-first-markers").length() == 0);
                if first {
                    crate::ui::mark("bk-first-markers");
                }
                crate::ui::mark("bk-widget-markers");
            });
        }
        any
    });
    // The markers and clusters: drawn by the map's own layer (crate::map::markers), as the first
    // paint draws them, each time the view's layout, the open place or the language changes.
    let items = NodeRef::<leptos::html::Div>::new();
    let layer: StoredValue<Option<(Layer, u64)>, LocalStorage> = StoredValue::new_local(None);
    // A render effect: drawn in the same turn as the list and the count, not a tick later.
    let drawing = RenderEffect::new(move |_| {
        let Some(parent) = items.get() else { return };
        let generation = ctx.data.generation.get();
        let lang = ctx.lang.get();
        let selected = ctx.selection.selected.get();
        if layer.with_value(Option::is_none) {
            let doc = web_sys::window().and_then(|w| w.document()).expect("a document");
            layer.set_value(Some((Layer::new(&doc, &parent), generation)));
        }
        // Another list of places: an index may now stand for another place.
        layer.update_value(|l| {
            if let Some((l, drawn)) = l.as_mut().filter(|(_, g)| *g != generation) {
                l.clear();
                *drawn = generation;
            }
        });
        // Every value read first, each on its own: no reactive value is read while another is held.
        let Some(config) = ctx.data.config.get() else { return };
        let plan = planned.get();
        let colors: Vec<&str> = config.categories.iter().map(|k| k.color.as_str()).collect();
        let kind = |k: u16| config.categories.get(k as usize).map(|c| c.label.get(lang).to_string());
        let cluster = |c: &crate::cluster::PlannedCluster| {
            let head = tr(lang, "cluster-label", Some(&count_args(lang, c.count as usize)));
            (cluster_label(head, c, lang, kind), crate::model::cluster_ring(&c.mix, &colors))
        };
        ctx.data.places.with(|ps| {
            let marker = |i: usize| {
                let p = &ps[i];
                let (look, kind) = Look::named(&config, &p.category, lang)
                    .unwrap_or_else(|| (Look::from_parts("", "#666666", "?", 0), String::new()));
                (ctx.marker_id(i), p.id.as_str(), format!("{}, {kind}", p.name.get(lang)), look)
            };
            layer.with_value(|l| {
                if let Some((l, _)) = l {
                    l.draw_plan(&plan, cluster, marker, selected);
                }
            });
        });
    });
    // A render effect lives as long as it is kept.
    StoredValue::new_local(drawing);
    // Presses and the keyboard's focus, for every marker and cluster at once.
    let pressed = move |ev: web_sys::MouseEvent| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if let Some(m) = target.closest(".bk-marker").ok().flatten() {
            if now() - gesture_ended() < crate::map::handlers::CLICK_AFTER_DRAG_MS {
                return;
            }
            let id = m.get_attribute("data-place").unwrap_or_default();
            if let Some(i) = ctx.data.places.with_untracked(|ps| crate::model::index_of(ps, &id)) {
                ctx.open_place(i, None, None);
            }
        } else if let Some(c) = target.closest(".bk-cluster").ok().flatten() {
            let n = c.get_attribute("data-cluster").and_then(|n| n.parse::<usize>().ok());
            let Some(item) = n.and_then(|n| planned.with_untracked(|p| p.clusters.get(n).map(|c| c.0.clone()))) else {
                return;
            };
            match item.expand_to {
                Some(z) => ctx.screen.update_view(|vp| crate::geo::Viewport { center: item.at, zoom: z, ..*vp }),
                // Places at one spot: listed in the details panel's place.
                None => ctx.selection.show_leaves(Some(item.leaves.iter().map(|&l| l as usize).collect())),
            }
        }
    };
    // Keyboard focus brings a marker into view. The focus a press gives must not: moving the map
    // under the finger or pointer would send the release elsewhere, and the click never came.
    let focused = move |ev: web_sys::FocusEvent| {
        let Some(m) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if !m.class_list().contains("bk-marker") || !m.matches(":focus-visible").unwrap_or(true) {
            return;
        }
        let id = m.get_attribute("data-place").unwrap_or_default();
        let at = ctx.data.places.with_untracked(|ps| crate::model::index_of(ps, &id).and_then(|i| ps[i].position));
        if let Some(at) = at.filter(|&at| !ctx.screen.viewport.with_untracked(|vp| vp.shows(at, 24.0))) {
            ctx.screen.update_view(|vp| crate::geo::Viewport { center: at, ..*vp });
        }
    };
    view! {
        <div class="bk-markers">
          <div class="bk-pane" style:transform=move || pane.transform(ctx)>
            // The radius around the point, under the markers.
            {move || radius().map(|(left, top, r)| view! {
                <svg class="bk-radius" aria-hidden="true" focusable="false" width=format!("{:.0}", 2.0 * r) height=format!("{:.0}", 2.0 * r)
                    style:width=format!("{:.0}px", 2.0 * r) style:height=format!("{:.0}px", 2.0 * r)
                    style:transform=format!("translate({left:.1}px,{top:.1}px)")>
                    <circle cx=format!("{r:.1}") cy=format!("{r:.1}") r=format!("{:.1}", (r - 1.5).max(0.0))></circle>
                </svg>
            })}
            <div class="bk-pane-items" node_ref=items on:click=pressed on:focusin=focused></div>
            {move || position().map(|p| {
                let t = move || { let s = pane.at(p); format!("translate({:.1}px,{:.1}px)", s.x, s.y) };
                // The visitor's position, or the place they typed, by its name.
                let label = move || ctx.finding.place_name.get().unwrap_or_else(|| tr(ctx.lang.get(), "my-position", None));
                view! { <span class="bk-position" role="img" aria-label=move || label() style:transform=move || t()></span> }
            })}
          </div>
        </div>
    }
}
