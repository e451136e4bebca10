//! One module per interaction, as Leaflet's map handlers: each reads its events and calls the
//! gesture maths in the core (geo::gesture). They act on a [`Surface`]: the first paint's map or
//! the widget's, whichever holds the view. [`attach`] switches them all on for one map element.
//!
//! - `pointer`: drag with mouse or one finger, pinch with two, double tap and double click;
//!   shared with the host page on embedded maps (one finger scrolls the page there).
//! - `wheel`: zoom towards the cursor, or scroll the host page unless asked for (Ctrl/⌘, a click).
//! - `keyboard`: arrows pan, plus and minus zoom; the map region never scrolls itself.

mod keyboard;
mod pointer;
mod wheel;

use crate::geo::gesture::{Taps, Wheel};
use crate::geo::{Point, Viewport};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, EventTarget, HtmlElement};

/// What the gestures move: a map's view, wherever it is kept.
pub trait Surface {
    /// The view now.
    fn view(&self) -> Viewport;
    /// The view a gesture asks for; the surface keeps it within its limits.
    fn set_view(&self, vp: Viewport);
    /// Gestures are shared with the host page (one finger and the plain wheel scroll the page).
    fn cooperative(&self) -> bool;
    /// Shows a short hint over the map for a moment ("hint-wheel", "hint-wheel-apple",
    /// "hint-two-fingers": keys of the widget's sentences).
    fn hint(&self, key: &'static str);
    /// A pointer pressed the map (`true`), or every pointer is up again (`false`).
    fn held(&self, _held: bool) {}
}

/// A click this soon (ms) after a drag ended is the end of the drag, not a press on a marker.
pub const CLICK_AFTER_DRAG_MS: f64 = 250.0;

/// What the pointers are doing now.
#[derive(Default)]
struct Gesture {
    pointers: Vec<(i32, Point)>,
    start: Point,
    moved: bool,
    captured: bool,
    /// Distance and midpoint of two fingers at the last move.
    pinch: Option<(f64, Point)>,
    drag_ended_at: f64,
    taps: Taps,
    /// When a double tap last zoomed, so the synthesised dblclick does not zoom again.
    tap_zoomed_at: f64,
    wheel: Wheel,
}

/// The handlers of one map element and what they share.
struct Map {
    el: HtmlElement,
    surface: Rc<dyn Surface>,
    gesture: RefCell<Gesture>,
    /// A click into the map hands it the wheel (on host pages) until the pointer leaves it.
    engaged: Cell<bool>,
}

impl Map {
    /// A position in the map's own pixels.
    fn local_point(&self, client_x: i32, client_y: i32) -> Point {
        let r = self.el.get_bounding_client_rect();
        Point::new(client_x as f64 - r.left(), client_y as f64 - r.top())
    }

    fn update(&self, f: impl FnOnce(&Viewport) -> Viewport) {
        self.surface.set_view(f(&self.surface.view()));
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn closest(target: Option<EventTarget>, selector: &str) -> bool {
    target.and_then(|t| t.dyn_into::<Element>().ok()).and_then(|e| e.closest(selector).ok().flatten()).is_some()
}

/// True if the event started on a control (zoom buttons, attribution links, notes), not on the map.
fn on_control(target: Option<EventTarget>) -> bool {
    closest(target, ".bk-controls, .bk-layers, .bk-attribution, .bk-map-note")
}

fn on_marker(target: Option<EventTarget>) -> bool {
    closest(target, ".bk-marker")
}

/// The gesture handlers switched on for one map element; switched off when dropped.
pub struct Attached {
    map: Rc<Map>,
    listeners: Vec<(&'static str, Closure<dyn FnMut(web_sys::Event)>)>,
}

impl Attached {
    /// When the last drag or pinch ended (ms since the epoch): a click right after it is not a
    /// press on a marker.
    pub fn drag_ended_at(&self) -> f64 {
        self.map.gesture.borrow().drag_ended_at
    }

    /// A pointer is down on the map now (a drag or pinch may be in progress).
    pub fn pressed(&self) -> bool {
        !self.map.gesture.borrow().pointers.is_empty()
    }
}

impl Drop for Attached {
    fn drop(&mut self) {
        // Switched off mid-drag, the map is not left with the grabbing hand.
        let _ = self.map.el.class_list().remove_1(pointer::DRAGGING);
        for (name, f) in &self.listeners {
            let _ = self.map.el.remove_event_listener_with_callback(name, f.as_ref().unchecked_ref());
        }
    }
}

/// Switches the gestures on for the map element `el`, moving `surface`'s view.
pub fn attach(el: &HtmlElement, surface: Rc<dyn Surface>) -> Attached {
    let map =
        Rc::new(Map { el: el.clone(), surface, gesture: RefCell::new(Gesture::default()), engaged: Cell::new(false) });
    let mut attached = Attached { map: map.clone(), listeners: Vec::new() };
    let mut on = |name: &'static str, f: fn(&Map, web_sys::Event)| {
        let m = map.clone();
        let cb = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| f(&m, ev));
        // Not passive: the wheel, moves and two fingers are kept from the page when the map takes them.
        let opts = web_sys::AddEventListenerOptions::new();
        opts.set_passive(false);
        let _ = el.add_event_listener_with_callback_and_add_event_listener_options(
            name,
            cb.as_ref().unchecked_ref(),
            &opts,
        );
        attached.listeners.push((name, cb));
    };
    on("pointerdown", |m, ev| pointer::down(m, ev.unchecked_ref()));
    on("pointermove", |m, ev| pointer::moved(m, ev.unchecked_ref()));
    on("pointerup", |m, ev| pointer::up(m, ev.unchecked_ref()));
    on("pointercancel", |m, ev| pointer::cancel(m, ev.unchecked_ref()));
    on("pointerleave", |m, ev| pointer::leave(m, ev.unchecked_ref()));
    on("dblclick", |m, ev| pointer::double_click(m, ev.unchecked_ref()));
    on("wheel", |m, ev| wheel::wheel(m, ev.unchecked_ref()));
    on("keydown", |m, ev| keyboard::key_down(m, ev.unchecked_ref()));
    on("scroll", |m, _| keyboard::scrolled(m));
    if map.surface.cooperative() {
        // On a host page two fingers belong to the map: their touches are kept from scrolling or
        // zooming the page.
        on("touchstart", pointer::two_fingers);
        on("touchmove", pointer::two_fingers);
    }
    attached
}
