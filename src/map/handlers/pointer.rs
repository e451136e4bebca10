//! Mouse, pen and fingers: a press that moves is a drag (the map follows it), two fingers pinch
//! and pan, two quick taps zoom in, a double click zooms in (Shift: out). On a host page one
//! finger belongs to the page: the browser scrolls it, and a hint says to use two fingers.

use super::{Map, now, on_control, on_marker};
use crate::geo::Point;
use crate::geo::gesture::{DOUBLE_TAP_MS, is_drag, pinch, spread, zoom_step};
use web_sys::{MouseEvent, PointerEvent};

/// The map's class while a mouse drags it (the stylesheet's grabbing hand).
pub(super) const DRAGGING: &str = "bk-map--dragging";

pub(super) fn down(m: &Map, ev: &PointerEvent) {
    if ev.pointer_type() == "mouse" {
        m.engaged.set(true);
    }
    if (ev.pointer_type() == "mouse" && ev.button() != 0) || on_control(ev.target()) {
        return;
    }
    let p = m.local_point(ev.client_x(), ev.client_y());
    let mut g = m.gesture.borrow_mut();
    g.pointers.retain(|(id, _)| *id != ev.pointer_id());
    g.pointers.push((ev.pointer_id(), p));
    if g.pointers.len() == 1 {
        g.start = p;
        g.moved = false;
        g.captured = false;
        drop(g);
        m.surface.held(true);
    } else if g.pointers.len() == 2 {
        g.pinch = Some(spread(g.pointers[0].1, g.pointers[1].1));
        g.moved = true;
    }
}

pub(super) fn moved(m: &Map, ev: &PointerEvent) {
    let p = m.local_point(ev.client_x(), ev.client_y());
    let id = ev.pointer_id();
    let mut g = m.gesture.borrow_mut();
    let Some(slot) = g.pointers.iter().position(|(pid, _)| *pid == id) else { return };
    let last = g.pointers[slot].1;
    g.pointers[slot].1 = p;
    match g.pointers.len() {
        // On a host page one finger scrolls the page (the browser does it): no map drag.
        1 if m.surface.cooperative() && ev.pointer_type() == "touch" => {}
        1 => {
            g.moved = g.moved || is_drag(g.start, p);
            if g.moved {
                if !g.captured {
                    // Capture only once it is a drag, or a click on a marker would be
                    // retargeted to the map.
                    g.captured = m.el.set_pointer_capture(id).is_ok();
                    // The grabbing hand only while a mouse drags: a cursor inherits, so showing
                    // it on every press (`:active`) restyled the whole map at each click and tap.
                    if ev.pointer_type() == "mouse" {
                        let _ = m.el.class_list().add_1(DRAGGING);
                    }
                }
                drop(g);
                ev.prevent_default();
                let d = p.sub(last);
                m.update(|vp| vp.panned(d.x, d.y));
            }
        }
        2 => {
            let now_spread = spread(g.pointers[0].1, g.pointers[1].1);
            let before = g.pinch.replace(now_spread);
            drop(g);
            if let Some(before) = before {
                ev.prevent_default();
                m.update(|vp| pinch(vp, before, now_spread));
            }
        }
        _ => {}
    }
}

pub(super) fn up(m: &Map, ev: &PointerEvent) {
    let id = ev.pointer_id();
    let mut snap: Option<Point> = None;
    let mut double_tap: Option<Point> = None;
    let is_tap = ev.pointer_type() == "touch" && !on_control(ev.target()) && !on_marker(ev.target());
    let here = m.local_point(ev.client_x(), ev.client_y());
    let released = {
        let mut g = m.gesture.borrow_mut();
        if is_tap && !g.moved && g.pointers.len() == 1 {
            let t = now();
            if g.taps.tap(t, here) {
                double_tap = Some(here);
                g.tap_zoomed_at = t;
            }
        }
        let before = g.pointers.len();
        g.pointers.retain(|(pid, _)| *pid != id);
        if before == 2 && g.pointers.len() == 1 {
            // A pinch ends on a whole level, where tiles are sharp.
            snap = g.pinch.map(|(_, mid)| mid);
            g.pinch = None;
        }
        if g.moved && g.pointers.is_empty() {
            g.drag_ended_at = now();
        }
        before > 0 && g.pointers.is_empty()
    };
    if let Some(mid) = snap {
        m.update(|vp| vp.zoomed_around(vp.zoom.round(), mid));
    }
    if let Some(p) = double_tap {
        m.update(|vp| zoom_step(vp, 1.0, Some(p)));
    }
    if released {
        let _ = m.el.class_list().remove_1(DRAGGING);
        m.surface.held(false);
    }
}

pub(super) fn cancel(m: &Map, ev: &PointerEvent) {
    // The browser took one finger for scrolling the page: say how the map moves.
    if m.surface.cooperative() && ev.pointer_type() == "touch" && m.gesture.borrow().pointers.len() == 1 {
        m.surface.hint("hint-two-fingers");
    }
    up(m, ev);
}

pub(super) fn leave(m: &Map, ev: &PointerEvent) {
    if ev.pointer_type() == "mouse" {
        m.engaged.set(false);
    }
}

pub(super) fn double_click(m: &Map, ev: &MouseEvent) {
    let tapped = now() - m.gesture.borrow().tap_zoomed_at < 2.0 * DOUBLE_TAP_MS;
    if tapped || on_control(ev.target()) || on_marker(ev.target()) {
        return;
    }
    let p = m.local_point(ev.client_x(), ev.client_y());
    ev.prevent_default();
    let step = if ev.shift_key() { -1.0 } else { 1.0 };
    m.update(|vp| zoom_step(vp, step, Some(p)));
}

/// Two fingers on a host page's map are the map's: kept from scrolling or zooming the page.
pub(super) fn two_fingers(_m: &Map, ev: web_sys::Event) {
    let ev: &web_sys::TouchEvent = wasm_bindgen::JsCast::unchecked_ref(&ev);
    if ev.touches().length() >= 2 && ev.cancelable() {
        ev.prevent_default();
    }
}
