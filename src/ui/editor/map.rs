//! The editors' map is the visitors' widget itself (mounted as the check page's preview): this
//! module links the two. A click on a marker chooses its place for the form instead of opening
//! its details; a click on the map while a new place waits puts it there; the chosen place gets a
//! pin that mouse, finger and arrow keys move; every change is shown on the map at once.

use super::state::{At, Editor};
use crate::edit::document::Draft;
use crate::geo::{LonLat, Point, Viewport};
use crate::ui::ctx::{Ctx, DataWriter};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

thread_local! {
    static WIDGET: Cell<Option<(Ctx, DataWriter)>> = const { Cell::new(None) };
    static EDITOR: Cell<Option<Editor>> = const { Cell::new(None) };
    /// The pin, mounted into the widget's map (dropped with the widget).
    static PIN: RefCell<Option<Box<dyn std::any::Any>>> = const { RefCell::new(None) };
    /// A change typed but not yet on the map: (what the map shows, what it will show).
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
}

type Pending = (Option<Draft>, Option<Draft>, TimeoutHandle);

/// Typing shows on the map once it pauses this long: drawing 10,000 places anew at every
/// keystroke made each one a task of about 100 ms.
const TYPING_PAUSE_MS: u64 = 300;

/// Arrow keys move the pin this many pixels (Shift: one), so a step is about as fine as the
/// editor can see at any zoom.
const KEY_STEP_PX: f64 = 8.0;
/// A press that moved farther than this (px) before its click was a drag of the map.
const CLICK_SLOP_PX: f64 = 6.0;

pub fn set_editor(ed: Editor) {
    EDITOR.with(|e| e.set(Some(ed)));
}

pub fn widget() -> Option<Ctx> {
    WIDGET.with(|w| w.get()).map(|(c, _)| c)
}

/// Called by the widget when it mounted (ui/app.rs, `editor` builds only).
pub fn widget_mounted(ctx: Ctx, data: DataWriter) {
    WIDGET.with(|w| w.set(Some((ctx, data))));
    let Some(ed) = EDITOR.with(|e| e.get()) else { return };
    // The map element is there one frame later.
    request_animation_frame(move || mount_pin(ed, ctx));
}

/// Shows a typed change on the map once typing pauses.
pub fn show_soon(before: Option<&Draft>, after: Option<&Draft>) {
    let shown = PENDING.with(|p| p.borrow_mut().take()).map(|(b, _, h)| {
        h.clear();
        b
    });
    let shown = shown.unwrap_or_else(|| before.cloned());
    let Ok(h) = set_timeout_with_handle(flush, std::time::Duration::from_millis(TYPING_PAUSE_MS)) else {
        return show_change(shown.as_ref(), after);
    };
    PENDING.with(|p| *p.borrow_mut() = Some((shown, after.cloned(), h)));
}

/// Puts a typed change that waits onto the map now.
pub fn flush() {
    if let Some((b, a, h)) = PENDING.with(|p| p.borrow_mut().take()) {
        h.clear();
        show_change(b.as_ref(), a.as_ref());
    }
}

/// Shows a change of one place on the map: `before` is what the map shows now (found by its id).
pub fn show_change(before: Option<&Draft>, after: Option<&Draft>) {
    show_changes(&[(before.cloned(), after.cloned())]);
}

/// Shows changes of places on the map at once (a list's places added, a step undone), in order:
/// each `before` is what the map shows then (found by its id).
pub fn show_changes(changes: &[(Option<Draft>, Option<Draft>)]) {
    use futures::FutureExt;
    flush();
    // The widget is there only once the map's part is, so the change is made at once.
    if WIDGET.with(|w| w.get()).is_some() {
        let _ = super::parts::change_on_map(changes.to_vec()).now_or_never();
    }
}

/// `show_changes` on the widget, in the map's part (reading places as the widget does).
pub(super) fn put_on_map(changes: &[(Option<Draft>, Option<Draft>)]) {
    let Some((ctx, writer)) = WIDGET.with(|w| w.get()) else { return };
    let categories = ctx.data.config.with_untracked(|c| c.as_ref().map(|c| c.categories.clone()).unwrap_or_default());
    let places = ctx.data.places.get_untracked();
    let mut list: Vec<crate::model::Place> = (*places).clone();
    let mut changed = false;
    for (before, after) in changes {
        let new = after.as_ref().and_then(|d| crate::model::place_of(d.to_feature(), &categories));
        let old_id = before.as_ref().and_then(Draft::id).or_else(|| after.as_ref().and_then(Draft::id));
        let i = old_id.and_then(|id| crate::model::index_of(&list, id));
        match (i, new) {
            (Some(i), Some(p)) => list[i] = p,
            (Some(i), None) => {
                list.remove(i);
            }
            (None, Some(p)) => list.push(p),
            (None, None) => continue,
        }
        changed = true;
    }
    if !changed {
        return;
    }
    writer.places(Arc::new(list));
    // An index that does not cover the places lets every place match (ui/ctx/finding.rs); the
    // editors' map has no search of its own to serve.
    writer.index.set(Arc::new(crate::search::SearchIndex::default()));
}

/// The chosen place's marker for the widget's index, to move the view to it.
pub fn reveal(at: LonLat) {
    let Some(ctx) = widget() else { return };
    if !ctx.screen.viewport.with_untracked(|vp| vp.shows(at, 40.0)) {
        ctx.screen.update_view(|vp| Viewport { center: at, zoom: vp.zoom.max(13.0), ..*vp });
    }
}

fn map_element() -> Option<web_sys::HtmlElement> {
    let ctx = widget()?;
    crate::ui::dom::element_by_id(&ctx.id("map")).and_then(|e| e.dyn_into().ok())
}

/// Screen point (client px) → where it is on the map.
fn lonlat_at(client_x: f64, client_y: f64) -> Option<LonLat> {
    let ctx = widget()?;
    let rect = map_element()?.get_bounding_client_rect();
    let p = Point { x: client_x - rect.left(), y: client_y - rect.top() };
    Some(ctx.screen.viewport.with_untracked(|vp| vp.to_lonlat(p)))
}

/// Listens on the editor's map box (capture phase, before the widget's own handlers): marker
/// clicks choose a place, map clicks place a waiting new one.
pub fn listen(ed: Editor, container: &web_sys::HtmlElement) {
    let down = Arc::new(Cell::new((0.0, 0.0)));
    let d = down.clone();
    let on_down = Closure::<dyn Fn(web_sys::PointerEvent)>::new(move |ev: web_sys::PointerEvent| {
        d.set((f64::from(ev.client_x()), f64::from(ev.client_y())));
    });
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if let Some(marker) = target.closest(".bk-marker").ok().flatten() {
            let Some(ctx) = widget() else { return };
            let index = marker.id().rsplit_once("-m").and_then(|(_, n)| n.parse::<usize>().ok());
            let id = index.and_then(|i| ctx.data.places.with_untracked(|ps| ps.get(i).map(|p| p.id.clone())));
            if let Some(at) = id.and_then(|id| ed.find(&id)) {
                ev.prevent_default();
                ev.stop_propagation();
                super::choose(ed, at, false);
            }
            return;
        }
        let Some(file) = ed.adding.get_untracked() else { return };
        let in_map = target.closest(".bk-map").ok().flatten().is_some()
            && target
                .closest(".bk-controls, .bk-attribution, .bk-layers, .bk-cluster, .ed-pin")
                .ok()
                .flatten()
                .is_none();
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let (x0, y0) = down.get();
        if !in_map || crate::geo::math::hypot(x - x0, y - y0) > CLICK_SLOP_PX {
            return;
        }
        if let Some(at) = lonlat_at(x, y) {
            ev.stop_propagation();
            super::add_at(ed, file, at, None);
        }
    });
    let capture = web_sys::AddEventListenerOptions::new();
    capture.set_capture(true);
    let _ = container.add_event_listener_with_callback_and_add_event_listener_options(
        "pointerdown",
        on_down.as_ref().unchecked_ref(),
        &capture,
    );
    let _ = container.add_event_listener_with_callback_and_add_event_listener_options(
        "click",
        on_click.as_ref().unchecked_ref(),
        &capture,
    );
    // The page lives as long as the box: the listeners stay.
    on_down.forget();
    on_click.forget();
}

/// Marks the changed places' markers (their ids are `<prefix>-m<index>`): a style rule per
/// marker, so the widget itself needs no code for it.
pub fn mark_changed(ed: Editor) -> impl Fn() -> String {
    move || {
        ed.version.track();
        let Some(ctx) = widget() else { return String::new() };
        let ids: Vec<String> = ed.with_docs(|docs| {
            docs.iter()
                .flat_map(|doc| {
                    doc.entries()
                        .filter(|(k, _)| doc.status(*k) != crate::edit::document::Status::Untouched)
                        .filter_map(|(_, d)| d.id().map(str::to_string))
                        .collect::<Vec<_>>()
                })
                .collect()
        });
        // The widget held may be one the page just replaced (its signals gone): nothing to mark.
        let selectors: Vec<String> = ctx
            .data
            .places
            .try_with(|ps| {
                ids.iter()
                    .filter_map(|id| crate::model::index_of(ps, id))
                    .map(|i| format!("#{}", ctx.marker_id(i)))
                    .collect()
            })
            .unwrap_or_default();
        if selectors.is_empty() {
            return String::new();
        }
        format!("{}{{box-shadow:0 0 0 3px #fff,0 0 0 6px #b35900}}", selectors.join(","))
    }
}

fn mount_pin(ed: Editor, ctx: Ctx) {
    let Some(map) = map_element() else { return };
    let handle = leptos::mount::mount_to(map, move || view! { <Pin ed=ed ctx=ctx/> });
    PIN.with(|p| *p.borrow_mut() = Some(Box::new(handle)));
}

/// The chosen place's pin: dragged with mouse or finger, moved with the arrow keys (Escape puts
/// it back where the keys started).
#[component]
fn Pin(ed: Editor, ctx: Ctx) -> impl IntoView {
    // While dragging: where the pin is now (the place changes when it is let go).
    let live = RwSignal::new(None::<LonLat>);
    let keys_from = StoredValue::new(None::<LonLat>);
    // Where the pointer took hold of the pin, from its tip (px): the place moves with the pin, not
    // to the pointer.
    let grip = StoredValue::new(Point::default());
    let position =
        move || live.get().or_else(|| ed.current().and_then(|d| d.position).map(|[lon, lat]| LonLat::new(lon, lat)));
    let screen = move || {
        let p = position()?;
        // Until the next frame mounts the new widget's pin, this one's widget may be gone.
        ctx.screen.viewport.try_with(|vp| vp.to_screen(p))
    };
    let commit = move |p: LonLat| {
        let Some(at) = ed.selected.get_untracked() else { return };
        move_to(ed, at, p);
    };
    let on_down = move |ev: web_sys::PointerEvent| {
        ev.stop_propagation();
        ev.prevent_default();
        if let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        let tip = screen();
        if let (Some(tip), Some(map)) = (tip, map_element()) {
            let r = map.get_bounding_client_rect();
            grip.set_value(Point {
                x: f64::from(ev.client_x()) - r.left() - tip.x,
                y: f64::from(ev.client_y()) - r.top() - tip.y,
            });
        }
        live.set(position());
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        if live.get_untracked().is_some() {
            ev.stop_propagation();
            let g = grip.get_value();
            live.set(lonlat_at(f64::from(ev.client_x()) - g.x, f64::from(ev.client_y()) - g.y));
        }
    };
    let on_up = move |ev: web_sys::PointerEvent| {
        ev.stop_propagation();
        if let Some(p) = live.get_untracked() {
            live.set(None);
            commit(p);
            ed.seal();
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let step = if ev.shift_key() { 1.0 } else { KEY_STEP_PX };
        let (dx, dy) = match ev.key().as_str() {
            "ArrowLeft" => (-step, 0.0),
            "ArrowRight" => (step, 0.0),
            "ArrowUp" => (0.0, -step),
            "ArrowDown" => (0.0, step),
            "Escape" => {
                if let Some(start) = keys_from.get_value() {
                    ev.prevent_default();
                    ev.stop_propagation();
                    keys_from.set_value(None);
                    commit(start);
                    ed.seal();
                    ed.status.set(super::Said::key("ed-move-cancelled"));
                }
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        ev.stop_propagation();
        let Some(p) = position() else { return };
        if keys_from.get_value().is_none() {
            keys_from.set_value(Some(p));
        }
        let next = ctx.screen.viewport.with_untracked(|vp| vp.to_lonlat(vp.to_screen(p).add(Point { x: dx, y: dy })));
        commit(next);
        if !ctx.screen.viewport.with_untracked(|vp| vp.shows(next, 24.0)) {
            ctx.screen.update_view(|vp| Viewport { center: next, ..*vp });
        }
    };
    let on_blur = move |_| {
        keys_from.set_value(None);
        ed.seal();
    };
    let label = move || {
        let lang = ed.lang.get();
        let name = ed.current().and_then(|d| d.name().map(str::to_string)).unwrap_or_default();
        super::say_with(lang, "ed-pin", &[("name", name)])
    };
    // One button for the page's life: drawn anew, it would lose the pointer in mid-drag.
    let transform = move || screen().map(|s| format!("translate({:.1}px,{:.1}px)", s.x, s.y)).unwrap_or_default();
    view! {
        <button type="button" class="ed-pin" class:ed-pin--moving=move || live.with(Option::is_some)
            hidden=move || screen().is_none()
            style:transform=transform
            aria-label=label aria-describedby="ed-pin-hint"
            on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up on:pointercancel=move |_| live.set(None)
            on:keydown=on_key on:blur=on_blur>
            <svg viewBox="0 0 24 32" width="24" height="32" aria-hidden="true" focusable="false">
                <path d="M12 1C6 1 1.5 5.6 1.5 11.4 1.5 19 12 31 12 31s10.5-12 10.5-19.6C22.5 5.6 18 1 12 1z"/>
                <circle cx="12" cy="11.5" r="4"/>
            </svg>
        </button>
    }
}

/// Moves the place at `at` to `p` (coordinates rounded as the file keeps them).
pub fn move_to(ed: Editor, at: At, p: LonLat) {
    let Some(mut d) = ed.draft_untracked(at) else { return };
    let round = |v: f64| (v * 1e6).round() / 1e6;
    d.position = Some([round(p.lon), round(p.lat)]);
    ed.change(at, Some(d), Some("position"));
}
