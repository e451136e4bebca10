//! The marker layer: one button per place (decluttered), or clusters where the core's policy says
//! so (cluster::clustering), the visitor's position, and where all of them are drawn (for the base
//! layer's names).

use super::clusters::{Cluster, MARKER_BOX, SharedIndex, cluster_size};
use super::{Drawn, Pane, now};
use crate::geo::{Point, declutter, project, world_size};
use crate::i18n::tr;
use crate::ui::ctx::Ctx;
use crate::ui::symbol::{Look, Symbol};
use leptos::prelude::*;
use std::collections::HashMap;

/// Markers closer than this (px) are moved apart so each stays visible and clickable.
const MARKER_SPACING: f64 = 30.0;

#[component]
pub(super) fn MarkerLayer(gesture_ended: impl Fn() -> f64 + Copy + Send + Sync + 'static) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let pane = expect_context::<Pane>();
    // Only a zoom change moves markers relative to each other; panning must not redo the layout.
    let zoom = pane.zoom;
    // The core decides whether and how to cluster (cluster::clustering); this memo changes only
    // when that answer does, not on every pan.
    // What the map draws: the matching places that have a place (offers without one are only listed).
    let on_map = Memo::new(move |_| {
        ctx.finding.matching.with(|m| {
            ctx.data.places.with(|ps| {
                std::sync::Arc::new(m.iter().copied().filter(|&i| ps[i].position.is_some()).collect::<Vec<_>>())
            })
        })
    });
    let plan = Memo::new(move |_| {
        let n = on_map.with(|m| m.len());
        let width = ctx.screen.viewport.with(|vp| vp.width);
        crate::cluster::clustering(n, width, ctx.data.limits.with(|l| l.max_zoom))
    });
    let index = Memo::new(move |_| {
        let opts = plan.get()?;
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
    let clustered = move || index.with(|i| i.is_some());
    let shown = Memo::new(move |_| if clustered() { Vec::new() } else { on_map.with(|m| m.to_vec()) });
    let clusters = Memo::new(move |_| {
        crate::ui::timed("bk-clusters", || {
            let Some(idx) = index.get() else { return (Vec::new(), Vec::new()) };
            let (ci, matching) = &*idx.0;
            let vp = ctx.screen.viewport.get();
            let view = vp.bounds().padded(0.15, 0.0);
            let planned = crate::cluster::plan(ci, &view, vp.zoom, ctx.data.limits.with(|l| l.max_zoom));
            let mut singles: Vec<usize> = planned.singles.iter().map(|&i| matching[i as usize]).collect();
            let mut items = planned.clusters;
            for leaf in items.iter_mut().flat_map(|c| c.leaves.iter_mut()) {
                *leaf = matching[*leaf as usize] as u32;
            }
            // The open place stays a marker of its own, even where its neighbours are a cluster.
            if let Some(i) = ctx.selection.selected.get() {
                if !singles.contains(&i) && matching.binary_search(&i).is_ok() {
                    // Places are stored north to south, so index order is reading order.
                    let at = singles.partition_point(|&s| s < i);
                    singles.insert(at, i);
                }
            }
            (items, singles)
        })
    });
    let offsets = Memo::new(move |_| {
        crate::ui::timed("bk-declutter", || {
            let scale = world_size(zoom.get());
            let shown = shown.get();
            ctx.data.places.with(|ps| {
                let true_px: Vec<Point> =
                    shown.iter().map(|&i| project(ps[i].position.unwrap_or_default()).scale(scale)).collect();
                let placed = declutter(&true_px, MARKER_SPACING);
                shown
                    .iter()
                    .zip(true_px.iter().zip(placed))
                    .filter(|(_, (t, p))| t != &p)
                    .map(|(&i, (t, p))| (i, p.sub(*t)))
                    .collect::<HashMap<usize, Point>>()
            })
        })
    });
    // Tell the base layer where markers are; the names go around them.
    let drawn = expect_context::<Drawn>();
    Effect::new(move |_| {
        let boxes: Vec<crate::geo::LabelBox> = clusters.with(|(items, singles)| {
            let mut out: Vec<crate::geo::LabelBox> = items
                .iter()
                .map(|c| {
                    let size = cluster_size(c.count) as f64;
                    crate::geo::LabelBox { center: pane.at(c.at), width: size, height: size }
                })
                .collect();
            ctx.data.places.with(|ps| {
                let marker = |i: usize, offset: Point| crate::geo::LabelBox {
                    center: pane.at(ps[i].position.unwrap_or_default()).add(offset),
                    width: MARKER_BOX,
                    height: MARKER_BOX,
                };
                out.extend(singles.iter().map(|&i| marker(i, Point::default())));
                offsets.with(|o| {
                    shown.with(|sh| out.extend(sh.iter().map(|&i| marker(i, o.get(&i).copied().unwrap_or_default()))))
                });
            });
            out
        });
        drawn.0.set(std::sync::Arc::new(boxes));
    });
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
        let any = clusters.with(|c| !c.0.is_empty() || !c.1.is_empty()) || shown.with(|s| !s.is_empty());
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
            // Keyed by place index: a new list of places (another file arrived) draws them anew.
            {move || { ctx.data.generation.track(); view! {
            <For each=move || clusters.with(|c| c.0.clone()) key=|c| (c.key, c.count) let:item>
                <Cluster item=item/>
            </For>
            <For each=move || clusters.with(|c| c.1.clone()) key=|i| *i let:index>
                <Marker index=index offset=Signal::derive(|| None) gesture_ended=gesture_ended/>
            </For>
            <For each=move || shown.get() key=|i| *i let:index>
                <Marker index=index offset=Signal::derive(move || offsets.with(|o| o.get(&index).copied())) gesture_ended=gesture_ended/>
            </For>
            } }}
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

#[component]
fn Marker(
    index: usize,
    offset: Signal<Option<Point>>,
    gesture_ended: impl Fn() -> f64 + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let place = ctx.data.places.with_untracked(|ps| ps[index].clone());
    // Only places with a position are drawn (the layer's `on_map`).
    let position = place.position.unwrap_or_default();
    let category = place.category.clone();
    let look = move || {
        let lang = ctx.lang.get();
        ctx.data.config.with(|c| c.as_ref().and_then(|c| Look::named(c, &category, lang)))
    };
    let label = {
        let look = look.clone();
        let name = place.name.clone();
        move || format!("{}, {}", name.get(ctx.lang.get()), look().map(|(_, l)| l).unwrap_or_default())
    };
    let pane = expect_context::<Pane>();
    let anchor = move || pane.at(position);
    let transform = move || {
        let s = anchor().add(offset.get().unwrap_or_default());
        format!("translate({:.1}px,{:.1}px)", s.x, s.y)
    };
    // `offset` is set when decluttering moved the marker away from its true position.
    // A displaced marker gets a thin line back to where the place really is.
    let leader = move || {
        offset.get().map(|o| {
            let a = anchor();
            let style = format!("translate({:.1}px,{:.1}px) rotate({:.4}rad)", a.x, a.y, o.y.atan2(o.x));
            view! { <span class="bk-leader" aria-hidden="true" style:width=format!("{:.1}px", o.length()) style:transform=style></span> }
        })
    };
    let on_click = move |_| {
        if now() - gesture_ended() < crate::map::handlers::CLICK_AFTER_DRAG_MS {
            return;
        }
        ctx.open_place(index, None, None);
    };
    // Keyboard focus brings a marker into view. The focus a press gives must not: moving the map
    // under the finger or pointer would send the release elsewhere, and the click never came.
    let on_focus = move |ev: web_sys::FocusEvent| {
        let by_keyboard = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_none_or(|el| el.matches(":focus-visible").unwrap_or(true));
        if by_keyboard && !ctx.screen.viewport.with_untracked(|vp| vp.shows(position, 24.0)) {
            ctx.screen.update_view(|vp| crate::geo::Viewport { center: position, ..*vp });
        }
    };
    view! {
        {move || leader()}
        <button
            type="button"
            class="bk-marker"
            class:bk-marker--active=move || ctx.selection.selected.get() == Some(index)
            id=ctx.marker_id(index)
            aria-label=move || label()
            aria-haspopup="dialog"
            style:transform=move || transform()
            on:click=on_click
            on:focus=on_focus
        >
            {move || look().map(|(l, _)| view! { <Symbol look=l/> })}
        </button>
    }
}
