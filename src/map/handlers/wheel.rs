//! The mouse wheel (and trackpad scrolling): one notch, one level, towards the cursor. On a host
//! page the wheel belongs to the page unless the visitor holds Ctrl/⌘ or has clicked into the map;
//! then a short hint says how to zoom.

use super::{Map, now};
use crate::geo::gesture::{wheel_px, zoom_step};
use web_sys::WheelEvent;

/// Apple's keyboards say ⌘ where others say Ctrl.
fn is_apple() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().platform().ok())
        .is_some_and(|p| p.starts_with("Mac") || p.starts_with("iP"))
}

pub(super) fn wheel(m: &Map, ev: &WheelEvent) {
    if m.surface.cooperative() && !m.engaged.get() && !ev.ctrl_key() && !ev.meta_key() {
        m.surface.hint(if is_apple() { "hint-wheel-apple" } else { "hint-wheel" });
        return;
    }
    ev.prevent_default();
    let p = m.local_point(ev.client_x(), ev.client_y());
    let px = wheel_px(ev.delta_y(), ev.delta_mode());
    let step = m.gesture.borrow_mut().wheel.scroll(px, now());
    if let Some(step) = step {
        m.update(|vp| zoom_step(vp, step, Some(p)));
    }
}
