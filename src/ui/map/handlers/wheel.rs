//! The mouse wheel (and trackpad scrolling): one notch, one level, towards the cursor. On a host
//! page the wheel belongs to the page unless the visitor holds Ctrl/⌘ or has clicked into the map;
//! then a short hint says how to zoom.

use super::super::MapCtx;
use crate::geo::gesture::{wheel_px, zoom_step};
use leptos::prelude::*;

pub(in crate::ui::map) fn on_wheel(m: MapCtx) -> impl Fn(web_sys::WheelEvent) + Copy + 'static {
    move |ev: web_sys::WheelEvent| {
        let Some(p) = m.local_point(ev.client_x() as f64, ev.client_y() as f64) else { return };
        if m.ctx.cooperative && !m.engaged.get_value() && !ev.ctrl_key() && !ev.meta_key() {
            m.show_hint(if crate::ui::dom::is_apple() { "hint-wheel-apple" } else { "hint-wheel" });
            return;
        }
        ev.prevent_default();
        let px = wheel_px(ev.delta_y(), ev.delta_mode());
        let t = super::super::now();
        if let Some(step) = m.gesture.try_update_value(|g| g.wheel.scroll(px, t)).flatten() {
            m.ctx.screen.update_view(|vp| zoom_step(vp, step, Some(p)));
        }
    }
}
