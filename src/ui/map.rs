//! The slippy map: tile layer, marker layer, zoom controls, attribution, and the handlers that turn
//! drag, pinch, wheel, double click and keys into new viewports.

use super::app::open_details;
use super::state::Ctx;
use super::symbol::{Look, Symbol};
use crate::geo::{Point, TILE_SIZE, declutter, project, visible_tiles, world_size};
use crate::i18n::{count_args, tr};
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{Element, HtmlElement};

/// Pixels a key press pans.
const KEY_PAN: f64 = 100.0;
/// Movement (px) before a press becomes a drag, so a slightly shaky click still clicks.
const DRAG_THRESHOLD: f64 = 4.0;
/// A click this soon (ms) after a drag ended belongs to the drag.
const CLICK_AFTER_DRAG_MS: f64 = 250.0;
/// Markers closer than this (px) are moved apart so each stays visible and clickable.
const MARKER_SPACING: f64 = 30.0;
/// Two taps within this many ms are a double tap.
const DOUBLE_TAP_MS: f64 = 300.0;
/// At most one wheel zoom step in this many ms: one notch of a mouse wheel is one level.
const WHEEL_STEP_MS: f64 = 200.0;

#[derive(Default)]
struct Gesture {
    pointers: Vec<(i32, Point)>,
    start: Point,
    moved: bool,
    captured: bool,
    pinch: Option<(f64, Point)>,
    drag_ended_at: f64,
    /// Time and place of the last single tap, to recognise a double tap.
    last_tap: Option<(f64, Point)>,
    /// When a double tap last zoomed, so a synthesised dblclick does not zoom again.
    tap_zoomed_at: f64,
    wheel_acc: f64,
    wheel_last_event: f64,
    wheel_last_step: f64,
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn local_point(el: &Element, client_x: f64, client_y: f64) -> Point {
    let r = el.get_bounding_client_rect();
    Point::new(client_x - r.left(), client_y - r.top())
}

/// True if the event started on a control (zoom buttons, attribution links), not on the map.
fn on_control(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest(".bk-controls, .bk-attribution, .bk-map-note").ok().flatten())
        .is_some()
}

fn on_marker(target: Option<web_sys::EventTarget>) -> bool {
    target.and_then(|t| t.dyn_into::<Element>().ok()).and_then(|e| e.closest(".bk-marker").ok().flatten()).is_some()
}

/// Tiles and markers sit in panes positioned in world pixels relative to `anchor` (the view's
/// centre when the zoom last changed), the way Leaflet does it: a pan moves the panes, one style
/// change per frame, and only a zoom repositions what is in them.
/// The boxes (pane px) that markers and clusters take, written by the marker layer.
#[derive(Clone, Copy)]
pub(super) struct Drawn(pub(super) RwSignal<std::sync::Arc<Vec<crate::geo::LabelBox>>>);

#[derive(Clone, Copy)]
pub(super) struct Pane {
    pub(super) zoom: Memo<f64>,
    pub(super) anchor: Memo<Point>,
}

impl Pane {
    fn new(ctx: Ctx) -> Self {
        let zoom = Memo::new(move |_| ctx.viewport.with(|vp| vp.zoom));
        let anchor = Memo::new(move |_| {
            let z = zoom.get();
            let p = ctx.viewport.with_untracked(|vp| project(vp.center).scale(world_size(z)));
            Point::new(p.x.round(), p.y.round())
        });
        Self { zoom, anchor }
    }

    /// Position of a coordinate inside the panes (follows zoom changes, not pans).
    pub(super) fn at(&self, p: crate::geo::LonLat) -> Point {
        project(p).scale(world_size(self.zoom.get())).sub(self.anchor.get())
    }

    /// The panes' own transform (follows every pan).
    pub(super) fn transform(&self, ctx: Ctx) -> String {
        let d = self.anchor.get().sub(ctx.viewport.with(|vp| vp.origin()));
        format!("translate3d({:.1}px,{:.1}px,0)", d.x, d.y)
    }
}

#[component]
pub fn MapView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    provide_context(Pane::new(ctx));
    // Where markers and clusters are drawn (pane px), so the base layer's names keep clear of them.
    provide_context(Drawn(RwSignal::new(std::sync::Arc::new(Vec::new()))));
    let lang = move || ctx.lang.get();
    let container = NodeRef::<leptos::html::Div>::new();
    let gesture = StoredValue::new_local(Gesture::default());
    let engaged = StoredValue::new(false);
    // A short hint over the map ("Strg + Mausrad zum Zoomen"), gone after a moment.
    let hint = RwSignal::new(None::<&'static str>);
    let hint_timer = StoredValue::new_local(None::<leptos::prelude::TimeoutHandle>);
    let show_hint = move |key: &'static str| {
        hint.set(Some(key));
        if let Some(h) = hint_timer.get_value() {
            h.clear();
        }
        let h = set_timeout_with_handle(move || hint.set(None), std::time::Duration::from_millis(1600));
        hint_timer.set_value(h.ok());
    };

    // Follow the container's size.
    Effect::new(move |_| {
        let Some(el) = container.get() else { return };
        let el: HtmlElement = el.into();
        let measure = {
            let el = el.clone();
            move || {
                let (w, h) = (el.client_width() as f64, el.client_height() as f64);
                ctx.update_view(|vp| vp.with_size(w, h));
            }
        };
        measure();
        let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| measure());
        if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            observer.observe(&el);
        }
        // The observer lives as long as the page; so does its callback.
        cb.forget();
        if ctx.cooperative {
            // Two fingers move the map, so the page must not scroll or zoom under them. The
            // listener is registered by hand: it must be able to cancel (passive: false).
            let two = Closure::<dyn FnMut(web_sys::TouchEvent)>::new(move |ev: web_sys::TouchEvent| {
                if ev.touches().length() >= 2 && ev.cancelable() {
                    ev.prevent_default();
                }
            });
            let opts = web_sys::AddEventListenerOptions::new();
            opts.set_passive(false);
            for name in ["touchstart", "touchmove"] {
                let _ = el.add_event_listener_with_callback_and_add_event_listener_options(
                    name,
                    two.as_ref().unchecked_ref(),
                    &opts,
                );
            }
            two.forget();
        }
    });

    let zoom_by = move |step: f64, anchor: Option<Point>| {
        ctx.update_view(|vp| {
            let anchor = anchor.unwrap_or(Point::new(vp.width / 2.0, vp.height / 2.0));
            vp.zoomed_around((vp.zoom + step).round(), anchor)
        });
    };

    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        if ev.pointer_type() == "mouse" {
            // A click into the map hands it the wheel until the pointer leaves it.
            engaged.set_value(true);
        }
        if (ev.pointer_type() == "mouse" && ev.button() != 0) || on_control(ev.target()) {
            return;
        }
        let Some(el) = container.get_untracked() else {
            return;
        };
        let p = local_point(&el, ev.client_x() as f64, ev.client_y() as f64);
        gesture.update_value(|g| {
            g.pointers.retain(|(id, _)| *id != ev.pointer_id());
            g.pointers.push((ev.pointer_id(), p));
            if g.pointers.len() == 1 {
                g.start = p;
                g.moved = false;
                g.captured = false;
            } else if g.pointers.len() == 2 {
                let (a, b) = (g.pointers[0].1, g.pointers[1].1);
                g.pinch = Some((b.sub(a).length().max(1.0), a.add(b).scale(0.5)));
                g.moved = true;
            }
        });
    };

    let on_pointermove = move |ev: web_sys::PointerEvent| {
        let Some(el) = container.get_untracked() else {
            return;
        };
        let p = local_point(&el, ev.client_x() as f64, ev.client_y() as f64);
        let id = ev.pointer_id();
        let mut change: Option<Box<dyn FnOnce(&crate::geo::Viewport) -> crate::geo::Viewport>> = None;
        gesture.update_value(|g| {
            let Some(slot) = g.pointers.iter().position(|(pid, _)| *pid == id) else {
                return;
            };
            let last = g.pointers[slot].1;
            g.pointers[slot].1 = p;
            match g.pointers.len() {
                // On a host page one finger scrolls the page (the browser does it): no map drag.
                1 if ctx.cooperative && ev.pointer_type() == "touch" => {}
                1 => {
                    if !g.moved && p.sub(g.start).length() > DRAG_THRESHOLD {
                        g.moved = true;
                    }
                    if g.moved {
                        if !g.captured {
                            // Capture only once it is a drag, or a click on a marker would be
                            // retargeted to the map.
                            g.captured = el.set_pointer_capture(id).is_ok();
                        }
                        let d = p.sub(last);
                        change = Some(Box::new(move |vp| vp.panned(d.x, d.y)));
                    }
                }
                2 => {
                    let (a, b) = (g.pointers[0].1, g.pointers[1].1);
                    let (dist, mid) = (b.sub(a).length().max(1.0), a.add(b).scale(0.5));
                    if let Some((d0, m0)) = g.pinch {
                        let dz = (dist / d0).log2();
                        let shift = mid.sub(m0);
                        change = Some(Box::new(move |vp| vp.zoomed_around(vp.zoom + dz, m0).panned(shift.x, shift.y)));
                    }
                    g.pinch = Some((dist, mid));
                }
                _ => {}
            }
        });
        if let Some(f) = change {
            ev.prevent_default();
            ctx.update_view(f);
        }
    };

    let on_pointerup = move |ev: web_sys::PointerEvent| {
        let id = ev.pointer_id();
        let mut snap: Option<Point> = None;
        let mut double_tap: Option<Point> = None;
        let is_tap = ev.pointer_type() == "touch" && !on_control(ev.target()) && !on_marker(ev.target());
        let here = container.get_untracked().map(|el| local_point(&el, ev.client_x() as f64, ev.client_y() as f64));
        gesture.update_value(|g| {
            if is_tap && !g.moved && g.pointers.len() == 1 {
                let t = now();
                match (g.last_tap, here) {
                    (Some((t0, p0)), Some(p)) if t - t0 < DOUBLE_TAP_MS && p.sub(p0).length() < 30.0 => {
                        double_tap = Some(p);
                        g.last_tap = None;
                        g.tap_zoomed_at = t;
                    }
                    (_, Some(p)) => g.last_tap = Some((t, p)),
                    _ => {}
                }
            }
            let before = g.pointers.len();
            g.pointers.retain(|(pid, _)| *pid != id);
            if before == 2 && g.pointers.len() == 1 {
                snap = g.pinch.map(|(_, mid)| mid);
                g.pinch = None;
            }
            if g.moved && g.pointers.is_empty() {
                g.drag_ended_at = now();
            }
        });
        if let Some(mid) = snap {
            ctx.update_view(|vp| vp.zoomed_around(vp.zoom.round(), mid));
        }
        if let Some(p) = double_tap {
            zoom_by(1.0, Some(p));
        }
    };

    let on_pointercancel = move |ev: web_sys::PointerEvent| {
        // The browser took one finger for scrolling the page: say how the map moves.
        if ctx.cooperative && ev.pointer_type() == "touch" && gesture.with_value(|g| g.pointers.len() == 1) {
            show_hint("hint-two-fingers");
        }
        on_pointerup(ev);
    };

    let on_dblclick = move |ev: web_sys::MouseEvent| {
        let tapped = gesture.with_value(|g| now() - g.tap_zoomed_at < 2.0 * DOUBLE_TAP_MS);
        if tapped || on_control(ev.target()) || on_marker(ev.target()) {
            return;
        }
        let Some(el) = container.get_untracked() else {
            return;
        };
        ev.prevent_default();
        let p = local_point(&el, ev.client_x() as f64, ev.client_y() as f64);
        zoom_by(if ev.shift_key() { -1.0 } else { 1.0 }, Some(p));
    };

    let on_wheel = move |ev: web_sys::WheelEvent| {
        let Some(el) = container.get_untracked() else {
            return;
        };
        // On a host page the wheel scrolls the page, unless the visitor asks for the map.
        if ctx.cooperative && !engaged.get_value() && !ev.ctrl_key() && !ev.meta_key() {
            show_hint(if super::dom::is_apple() { "hint-wheel-apple" } else { "hint-wheel" });
            return;
        }
        ev.prevent_default();
        let unit = match ev.delta_mode() {
            1 => 40.0,
            2 => 800.0,
            _ => 1.0,
        };
        let p = local_point(&el, ev.client_x() as f64, ev.client_y() as f64);
        let t = now();
        let mut step = 0.0;
        gesture.update_value(|g| {
            if t - g.wheel_last_event > 400.0 {
                g.wheel_acc = 0.0;
            }
            g.wheel_last_event = t;
            if t - g.wheel_last_step < WHEEL_STEP_MS {
                return;
            }
            g.wheel_acc += ev.delta_y() * unit;
            if g.wheel_acc.abs() >= 30.0 {
                step = -g.wheel_acc.signum();
                g.wheel_acc = 0.0;
                g.wheel_last_step = t;
            }
        });
        if step != 0.0 {
            zoom_by(step, Some(p));
        }
    };

    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let Some(el) = container.get_untracked() else {
            return;
        };
        let own = ev.target().and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|t| t == **el);
        if !own || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        match ev.key().as_str() {
            "ArrowLeft" => ctx.update_view(|vp| vp.panned(KEY_PAN, 0.0)),
            "ArrowRight" => ctx.update_view(|vp| vp.panned(-KEY_PAN, 0.0)),
            "ArrowUp" => ctx.update_view(|vp| vp.panned(0.0, KEY_PAN)),
            "ArrowDown" => ctx.update_view(|vp| vp.panned(0.0, -KEY_PAN)),
            "+" | "=" | "Add" => zoom_by(1.0, None),
            "-" | "_" | "Subtract" => zoom_by(-1.0, None),
            _ => return,
        }
        ev.prevent_default();
    };

    // Focusing an off-screen marker scrolls an overflow:hidden box; undo that, the map pans instead.
    let on_scroll = move |_ev: web_sys::Event| {
        if let Some(el) = container.get_untracked() {
            el.set_scroll_top(0);
            el.set_scroll_left(0);
        }
    };

    let at_max = move || ctx.viewport.with(|vp| vp.zoom) >= ctx.limits.with(|l| l.max_zoom) - 1e-9;
    let at_min = move || ctx.viewport.with(|vp| vp.zoom) <= ctx.limits.with(|l| l.min_zoom) + 1e-9;
    // The base layer's attribution wherever it is drawn (its licence asks for it), the basemap's
    // once its tiles are shown.
    let attribution = move || {
        let lang = ctx.lang.get();
        let Some(c) = ctx.config.get() else { return String::new() };
        let drawn = ctx.outline.with(|o| !o.is_empty()) || ctx.areas.with(|a| !a.is_empty());
        let base = c.base.attribution.as_ref().filter(|_| drawn).map(|a| a.get(lang).to_string());
        let tiles = (ctx.consented.get() && !c.basemap.attribution.is_empty()).then(|| c.basemap.attribution.clone());
        base.into_iter().chain(tiles).collect::<Vec<_>>().join(" · ")
    };
    // Said once, quietly, in the attribution: tiles were asked for and none arrived.
    let tiles_unreachable = move || ctx.consented.get() && ctx.tiles_failed.get() != 0 && ctx.tiles_loaded.get() == 0;
    let described = ctx.id("map-hint");
    let hint_id = described.clone();
    let region_label = move || {
        let n = ctx.matching.with(|m| m.len());
        tr(lang(), "map-label", Some(&count_args(lang(), n)))
    };

    view! {
        <div
            class="bk-map"
            id=ctx.id("map")
            node_ref=container
            role="region"
            tabindex="0"
            aria-label=region_label
            aria-describedby=described
            aria-busy=move || ctx.loading.get().to_string()
            data-zoom=move || format!("{}", ctx.viewport.with(|vp| vp.zoom))
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=on_pointerup
            on:pointercancel=on_pointercancel
            on:pointerleave=move |ev: web_sys::PointerEvent| if ev.pointer_type() == "mouse" { engaged.set_value(false) }
            on:dblclick=on_dblclick
            on:wheel=on_wheel
            on:keydown=on_keydown
            on:scroll=on_scroll
        >
            <p class="bk-sr-only" id=hint_id>{move || tr(lang(), "map-hint", None)}</p>
            <Show when=move || ctx.consented.get() && ctx.basemap_ready.get()>
                <TileLayer/>
            </Show>
            <super::base_layer::BaseLayer/>
            <div class="bk-controls">
                <button
                    type="button"
                    class="bk-zoom bk-zoom-in"
                    aria-label=move || tr(lang(), "zoom-in", None)
                    title=move || tr(lang(), "zoom-in", None)
                    aria-disabled=move || at_max().to_string()
                    on:click=move |_| zoom_by(1.0, None)
                >
                    <span aria-hidden="true">"+"</span>
                </button>
                <button
                    type="button"
                    class="bk-zoom bk-zoom-out"
                    aria-label=move || tr(lang(), "zoom-out", None)
                    title=move || tr(lang(), "zoom-out", None)
                    aria-disabled=move || at_min().to_string()
                    on:click=move |_| zoom_by(-1.0, None)
                >
                    <span aria-hidden="true">"−"</span>
                </button>
            </div>
            <Show when=move || ctx.consent_dismissed.get() && !ctx.consented.get()>
                <button type="button" class="bk-zoom bk-layers"
                    aria-label=move || tr(lang(), "consent-again", None)
                    title=move || tr(lang(), "consent-again", None)
                    aria-controls=ctx.id("consent")
                    on:click=move |_| {
                        ctx.consent_dismissed.set(false);
                        let bar = ctx.id("consent");
                        request_animation_frame(move || {
                            if let Some(el) = crate::io::element_by_id(&bar) {
                                if let Ok(Some(b)) = el.query_selector("button") {
                                    if let Ok(b) = b.dyn_into::<HtmlElement>() {
                                        super::dom::focus_quietly(&b);
                                    }
                                }
                            }
                        });
                    }>
                    <svg class="bk-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                        <path d="M12 3 2 8l10 5 10-5-10-5Zm-7.6 8.2L2 12.4l10 5 10-5-2.4-1.2L12 15l-7.6-3.8Zm0 4L2 16.4l10 5 10-5-2.4-1.2L12 19l-7.6-3.8Z"/>
                    </svg>
                </button>
            </Show>
            <Show when=move || !ctx.side_ready.get()>
                <p class="bk-map-loading" aria-hidden="true">{move || tr(lang(), "loading-map", None)}</p>
            </Show>
            <Show when=move || ctx.side_ready.get() && ctx.places.with(|p| !p.is_empty()) && ctx.matching.with(|m| m.is_empty())>
                <div class="bk-map-note">
                    <p>{move || tr(lang(), "no-results-map", None)}</p>
                    <button type="button" class="bk-reset" on:click=move |_| ctx.reset_finding(true)>
                        {move || tr(lang(), "filter-reset", None)}
                    </button>
                </div>
            </Show>
            {move || hint.get().map(|key| view! { <p class="bk-gesture-hint" aria-hidden="true">{tr(lang(), key, None)}</p> })}
            <MarkerLayer gesture_ended=move || gesture.with_value(|g| g.drag_ended_at)/>
            <div class="bk-attribution" class:bk-attribution--empty=move || attribution().is_empty() && !tiles_unreachable()>
                {attribution}
                <Show when=tiles_unreachable>
                    <span class="bk-tiles-failed">" · " {move || tr(lang(), "tiles-failed", None)}</span>
                </Show>
            </div>
        </div>
    }
}

#[component]
fn TileLayer() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let pane = expect_context::<Pane>();
    let tiles = Memo::new(move |_| {
        let Some(cfg) = ctx.config.get() else {
            return Vec::new();
        };
        let vp = ctx.viewport.get();
        visible_tiles(&vp, cfg.basemap.max_zoom)
            .into_iter()
            .map(|t| ((t.id.z, t.col, t.row), cfg.basemap.template.url(t.id)))
            .collect::<Vec<_>>()
    });
    view! {
        <div class="bk-tiles" aria-hidden="true">
          <div class="bk-pane" style:transform=move || pane.transform(ctx)>
            <For each=move || tiles.get() key=|(k, _)| *k let:tile>
                {
                    let ((z, col, row), url) = tile;
                    let place = move || {
                        let size = TILE_SIZE * (pane.zoom.get() - z as f64).exp2();
                        let o = pane.anchor.get();
                        (col as f64 * size - o.x, row as f64 * size - o.y, size)
                    };
                    let loaded = RwSignal::new(false);
                    let failed = RwSignal::new(false);
                    view! {
                        <img
                            class="bk-tile"
                            class:bk-tile--loaded=move || loaded.get()
                            class:bk-tile--failed=move || failed.get()
                            src=url
                            alt=""
                            draggable="false"
                            style:transform=move || { let (x, y, _) = place(); format!("translate({x:.2}px,{y:.2}px)") }
                            style:width=move || format!("{:.2}px", place().2 + 0.5)
                            style:height=move || format!("{:.2}px", place().2 + 0.5)
                            on:load=move |_| { loaded.set(true); ctx.tiles_loaded.update(|n| *n += 1); }
                            on:error=move |_| { failed.set(true); ctx.tiles_failed.update(|n| *n += 1); }
                        />
                    }
                }
            </For>
          </div>
        </div>
    }
}

/// What the marker layer draws: single places (decluttered) or, for many places, clusters.
#[derive(Clone, Debug, PartialEq)]
struct ClusterItem {
    key: (usize, u32),
    at: crate::geo::LonLat,
    count: u32,
    /// Categories (by index in the config) with their number of places, largest first.
    mix: Vec<(u16, u32)>,
    /// Where activating it goes: a zoom, or (at the deepest level) the list of its places.
    expand_to: Option<f64>,
    leaves: Vec<usize>,
}

/// A built cluster index with the place indices it was built from; equal when it is the same build.
#[derive(Clone)]
struct SharedIndex(std::sync::Arc<(crate::cluster::ClusterIndex, std::sync::Arc<Vec<usize>>)>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

#[component]
fn MarkerLayer(gesture_ended: impl Fn() -> f64 + Copy + Send + Sync + 'static) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let pane = expect_context::<Pane>();
    // Only a zoom change moves markers relative to each other; panning must not redo the layout.
    let zoom = pane.zoom;
    // The core decides whether and how to cluster (cluster::clustering); this memo changes only
    // when that answer does, not on every pan.
    let plan = Memo::new(move |_| {
        let n = ctx.matching.with(|m| m.len());
        let width = ctx.viewport.with(|vp| vp.width);
        crate::cluster::clustering(n, width, ctx.limits.with(|l| l.max_zoom))
    });
    let index = Memo::new(move |_| {
        let opts = plan.get()?;
        let m = ctx.matching.get();
        let cats: HashMap<String, u16> = ctx.config.with(|c| {
            c.as_ref()
                .map(|c| c.categories.iter().enumerate().map(|(i, k)| (k.id.clone(), i as u16)).collect())
                .unwrap_or_default()
        });
        let pts: Vec<(crate::geo::LonLat, u16)> = ctx
            .places
            .with(|ps| m.iter().map(|&i| (ps[i].position, cats.get(&ps[i].category).copied().unwrap_or(0))).collect());
        let built = super::timed("bk-cluster-index", || crate::cluster::ClusterIndex::build(&pts, opts));
        Some(SharedIndex(std::sync::Arc::new((built, m))))
    });
    let clustered = move || index.with(|i| i.is_some());
    let shown = Memo::new(move |_| if clustered() { Vec::new() } else { ctx.matching.with(|m| m.to_vec()) });
    let clusters = Memo::new(move |_| {
        super::timed("bk-clusters", || {
            let Some(idx) = index.get() else { return (Vec::new(), Vec::new()) };
            let (ci, matching) = &*idx.0;
            let vp = ctx.viewport.get();
            let z = vp.zoom;
            let level = z.floor();
            let view = vp.bounds().padded(0.15, 0.0);
            let max_zoom = ctx.limits.with(|l| l.max_zoom);
            let mut singles = Vec::new();
            let mut items = Vec::new();
            for n in ci.query(&view, z) {
                if !n.is_cluster() {
                    singles.push(matching[n.first as usize]);
                    continue;
                }
                let expand = ci.expansion_zoom(z, n);
                let b = n.bounds();
                let deepest = expand > max_zoom - 1e-9 || b.east - b.west < 1e-6;
                items.push(ClusterItem {
                    key: (level as usize, n.first),
                    at: n.lonlat(),
                    count: n.count,
                    mix: ci.categories(z, n),
                    expand_to: (!deepest).then_some(expand),
                    leaves: if deepest {
                        ci.leaves(z, n).into_iter().map(|l| matching[l as usize]).collect()
                    } else {
                        Vec::new()
                    },
                });
            }
            // The open place stays a marker of its own, even where its neighbours are a cluster.
            if let Some(i) = ctx.selected.get() {
                if !singles.contains(&i) && matching.binary_search(&i).is_ok() {
                    singles.push(i);
                }
            }
            // Reading order for keyboard users: north to south.
            items.sort_by(|a, b| b.at.lat.total_cmp(&a.at.lat));
            ctx.places.with(|ps| singles.sort_by(|&a, &b| ps[b].position.lat.total_cmp(&ps[a].position.lat)));
            (items, singles)
        })
    });
    let offsets = Memo::new(move |_| {
        super::timed("bk-declutter", || {
            let scale = world_size(zoom.get());
            let shown = shown.get();
            ctx.places.with(|ps| {
                let true_px: Vec<Point> = shown.iter().map(|&i| project(ps[i].position).scale(scale)).collect();
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
                    let size = cluster_size(c.count as usize) as f64;
                    crate::geo::LabelBox { center: pane.at(c.at), width: size, height: size }
                })
                .collect();
            ctx.places.with(|ps| {
                let marker = |i: usize, offset: Point| crate::geo::LabelBox {
                    center: pane.at(ps[i].position).add(offset),
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
    let position = move || ctx.position.get();
    // A performance mark when markers first appear, so benchmarks can read "time to first markers".
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let any = clusters.with(|c| !c.0.is_empty() || !c.1.is_empty()) || shown.with(|s| !s.is_empty());
        if any {
            // At the next animation frame, when they are in the page (the Leaflet baseline does the same).
            request_animation_frame(|| super::mark("bk-first-markers"));
        }
        any
    });
    view! {
        <div class="bk-markers">
          <div class="bk-pane" style:transform=move || pane.transform(ctx)>
            <For each=move || clusters.with(|c| c.0.clone()) key=|c| (c.key, c.count) let:item>
                <Cluster item=item/>
            </For>
            <For each=move || clusters.with(|c| c.1.clone()) key=|i| *i let:index>
                <Marker index=index offset=Signal::derive(|| None) gesture_ended=gesture_ended/>
            </For>
            <For each=move || shown.get() key=|i| *i let:index>
                <Marker index=index offset=Signal::derive(move || offsets.with(|o| o.get(&index).copied())) gesture_ended=gesture_ended/>
            </For>
            {move || position().map(|p| {
                let t = move || { let s = pane.at(p); format!("translate({:.1}px,{:.1}px)", s.x, s.y) };
                view! { <span class="bk-position" role="img" aria-label=move || tr(ctx.lang.get(), "my-position", None) style:transform=t></span> }
            })}
          </div>
        </div>
    }
}

/// A marker's box (px) on the map.
const MARKER_BOX: f64 = 32.0;

/// A cluster's diameter (px) grows with its count.
fn cluster_size(count: usize) -> u32 {
    match count {
        0..10 => 34,
        10..100 => 40,
        100..1000 => 46,
        _ => 52,
    }
}

#[component]
fn Cluster(item: ClusterItem) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let pane = expect_context::<Pane>();
    let at = item.at;
    let transform = move || {
        let s = pane.at(at);
        format!("translate({:.1}px,{:.1}px)", s.x, s.y)
    };
    // A ring of the categories' colours in proportion to their places.
    let colors: Vec<String> = ctx.config.with_untracked(|c| {
        c.as_ref().map(|c| c.categories.iter().map(|k| k.color.clone()).collect()).unwrap_or_default()
    });
    let total: u32 = item.mix.iter().map(|m| m.1).sum::<u32>().max(1);
    let mut acc = 0.0;
    let stops: Vec<String> = item
        .mix
        .iter()
        .map(|(k, n)| {
            let from = acc;
            acc += *n as f64 / total as f64 * 360.0;
            format!("{} {from:.1}deg {acc:.1}deg", colors.get(*k as usize).map(String::as_str).unwrap_or("#555"))
        })
        .collect();
    let ring = format!("conic-gradient({})", stops.join(", "));
    let count = item.count as usize;
    // Named with its count and what it holds: "5 Orte: 3 Schulen …, 2 Beratungsstellen".
    let mix = item.mix.clone();
    let label = move || {
        let lang = ctx.lang.get();
        let head = crate::i18n::tr(lang, "cluster-label", Some(&crate::i18n::count_args(lang, count)));
        let parts: Vec<String> = ctx.config.with(|c| {
            let Some(c) = c.as_ref() else { return Vec::new() };
            mix.iter()
                .filter_map(|(k, n)| c.categories.get(*k as usize).map(|cat| format!("{} {}", crate::i18n::number(lang, *n as usize), cat.label.get(lang))))
                .collect()
        });
        if parts.is_empty() { head } else { format!("{head}: {}", parts.join(", ")) }
    };
    let text = if count >= 10_000 { format!("{}k", count / 1000) } else { count.to_string() };
    let size = cluster_size(count);
    let expand_to = item.expand_to;
    let leaves = item.leaves.clone();
    let on_click = move |_| match expand_to {
        Some(z) => ctx.update_view(|vp| crate::geo::Viewport { center: at, zoom: z, ..*vp }),
        None => {
            // Places at one spot: list them in the details panel's place.
            ctx.cluster_leaves.set(Some(leaves.clone()));
        }
    };
    view! {
        <button type="button" class="bk-cluster" aria-label=label style:transform=transform
            style:width=format!("{size}px") style:height=format!("{size}px")
            style:margin=format!("-{}px 0 0 -{}px", size / 2, size / 2)
            style:background=ring on:click=on_click>
            <span class="bk-cluster-count" aria-hidden="true">{text}</span>
        </button>
    }
}

#[component]
fn Marker(
    index: usize,
    offset: Signal<Option<Point>>,
    gesture_ended: impl Fn() -> f64 + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let place = ctx.places.with_untracked(|ps| ps[index].clone());
    let position = place.position;
    let category = place.category.clone();
    let look = move || {
        let lang = ctx.lang.get();
        ctx.config.with(|c| c.as_ref().and_then(|c| Look::named(c, &category, lang)))
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
        if now() - gesture_ended() < CLICK_AFTER_DRAG_MS {
            return;
        }
        open_details(ctx, index, None);
    };
    let on_focus = move |_| {
        if !ctx.viewport.with_untracked(|vp| vp.shows(position, 24.0)) {
            ctx.update_view(|vp| crate::geo::Viewport { center: position, ..*vp });
        }
    };
    view! {
        {leader}
        <button
            type="button"
            class="bk-marker"
            class:bk-marker--active=move || ctx.selected.get() == Some(index)
            id=ctx.marker_id(index)
            aria-label=label
            aria-haspopup="dialog"
            style:transform=transform
            on:click=on_click
            on:focus=on_focus
        >
            {move || look().map(|(l, _)| view! { <Symbol look=l/> })}
        </button>
    }
}
