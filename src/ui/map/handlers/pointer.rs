//! Mouse, pen and fingers: a press that moves is a drag (the map follows it), two fingers pinch
//! and pan, two quick taps zoom in, a double click zooms in (Shift: out). On a host page one
//! finger belongs to the page: the browser scrolls it, and a hint says to use two fingers.

use super::super::{MapCtx, now, on_control, on_marker};
use crate::geo::gesture::{DOUBLE_TAP_MS, is_drag, pinch, spread, zoom_step};
use crate::geo::{Point, Viewport};
use leptos::prelude::*;

pub(in crate::ui::map) fn on_down(m: MapCtx) -> impl Fn(web_sys::PointerEvent) + Copy + 'static {
    move |ev: web_sys::PointerEvent| {
        if ev.pointer_type() == "mouse" {
            // A click into the map hands it the wheel until the pointer leaves it.
            m.engaged.set_value(true);
        }
        if (ev.pointer_type() == "mouse" && ev.button() != 0) || on_control(ev.target()) {
            return;
        }
        let Some(p) = m.local_point(ev.client_x() as f64, ev.client_y() as f64) else { return };
        m.gesture.update_value(|g| {
            g.pointers.retain(|(id, _)| *id != ev.pointer_id());
            g.pointers.push((ev.pointer_id(), p));
            if g.pointers.len() == 1 {
                g.start = p;
                g.moved = false;
                g.captured = false;
            } else if g.pointers.len() == 2 {
                g.pinch = Some(spread(g.pointers[0].1, g.pointers[1].1));
                g.moved = true;
            }
        });
    }
}

pub(in crate::ui::map) fn on_move(m: MapCtx) -> impl Fn(web_sys::PointerEvent) + Copy + 'static {
    move |ev: web_sys::PointerEvent| {
        let Some(el) = m.container.get_untracked() else { return };
        let Some(p) = m.local_point(ev.client_x() as f64, ev.client_y() as f64) else { return };
        let id = ev.pointer_id();
        let mut change: Option<Box<dyn FnOnce(&Viewport) -> Viewport>> = None;
        m.gesture.update_value(|g| {
            let Some(slot) = g.pointers.iter().position(|(pid, _)| *pid == id) else { return };
            let last = g.pointers[slot].1;
            g.pointers[slot].1 = p;
            match g.pointers.len() {
                // On a host page one finger scrolls the page (the browser does it): no map drag.
                1 if m.ctx.cooperative && ev.pointer_type() == "touch" => {}
                1 => {
                    g.moved = g.moved || is_drag(g.start, p);
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
                    let now_spread = spread(g.pointers[0].1, g.pointers[1].1);
                    if let Some(before) = g.pinch {
                        change = Some(Box::new(move |vp| pinch(vp, before, now_spread)));
                    }
                    g.pinch = Some(now_spread);
                }
                _ => {}
            }
        });
        if let Some(f) = change {
            ev.prevent_default();
            m.ctx.screen.update_view(f);
        }
    }
}

pub(in crate::ui::map) fn on_up(m: MapCtx) -> impl Fn(web_sys::PointerEvent) + Copy + 'static {
    move |ev: web_sys::PointerEvent| {
        let id = ev.pointer_id();
        let mut snap: Option<Point> = None;
        let mut double_tap: Option<Point> = None;
        let is_tap = ev.pointer_type() == "touch" && !on_control(ev.target()) && !on_marker(ev.target());
        let here = m.local_point(ev.client_x() as f64, ev.client_y() as f64);
        m.gesture.update_value(|g| {
            if let (true, false, 1, Some(p)) = (is_tap, g.moved, g.pointers.len(), here) {
                let t = now();
                if g.taps.tap(t, p) {
                    double_tap = Some(p);
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
        });
        if let Some(mid) = snap {
            m.ctx.screen.update_view(|vp| vp.zoomed_around(vp.zoom.round(), mid));
        }
        if let Some(p) = double_tap {
            m.ctx.screen.update_view(|vp| zoom_step(vp, 1.0, Some(p)));
        }
    }
}

pub(in crate::ui::map) fn on_cancel(m: MapCtx) -> impl Fn(web_sys::PointerEvent) + Copy + 'static {
    let up = on_up(m);
    move |ev: web_sys::PointerEvent| {
        // The browser took one finger for scrolling the page: say how the map moves.
        if m.ctx.cooperative && ev.pointer_type() == "touch" && m.gesture.with_value(|g| g.pointers.len() == 1) {
            m.show_hint("hint-two-fingers");
        }
        up(ev);
    }
}

pub(in crate::ui::map) fn on_leave(m: MapCtx) -> impl Fn(web_sys::PointerEvent) + Copy + 'static {
    move |ev: web_sys::PointerEvent| {
        if ev.pointer_type() == "mouse" {
            m.engaged.set_value(false);
        }
    }
}

pub(in crate::ui::map) fn on_dblclick(m: MapCtx) -> impl Fn(web_sys::MouseEvent) + Copy + 'static {
    move |ev: web_sys::MouseEvent| {
        let tapped = m.gesture.with_value(|g| now() - g.tap_zoomed_at < 2.0 * DOUBLE_TAP_MS);
        if tapped || on_control(ev.target()) || on_marker(ev.target()) {
            return;
        }
        let Some(p) = m.local_point(ev.client_x() as f64, ev.client_y() as f64) else { return };
        ev.prevent_default();
        let step = if ev.shift_key() { -1.0 } else { 1.0 };
        m.ctx.screen.update_view(|vp| zoom_step(vp, step, Some(p)));
    }
}
