//! Keys on the focused map: arrows pan, plus and minus zoom (geo::gesture::key). Focusing an
//! off-screen marker would scroll the map's own box; that is undone, the map pans instead.

use super::super::MapCtx;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub(in crate::ui::map) fn on_keydown(m: MapCtx) -> impl Fn(web_sys::KeyboardEvent) + Copy + 'static {
    move |ev: web_sys::KeyboardEvent| {
        let Some(el) = m.container.get_untracked() else { return };
        let own = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t == **el);
        if !own || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let next = m.ctx.screen.viewport.with_untracked(|vp| crate::geo::gesture::key(vp, &ev.key()));
        if let Some(vp) = next {
            m.ctx.screen.set_view(vp);
            ev.prevent_default();
        }
    }
}

pub(in crate::ui::map) fn on_scroll(m: MapCtx) -> impl Fn(web_sys::Event) + Copy + 'static {
    move |_ev: web_sys::Event| {
        if let Some(el) = m.container.get_untracked() {
            el.set_scroll_top(0);
            el.set_scroll_left(0);
        }
    }
}
