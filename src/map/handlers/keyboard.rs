//! Keys on the focused map: arrows pan, plus and minus zoom (geo::gesture::key). Focusing an
//! off-screen marker would scroll the map's own box; that is undone, the map pans instead.

use super::Map;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

pub(super) fn key_down(m: &Map, ev: &KeyboardEvent) {
    let own = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t == *m.el);
    if !own || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return;
    }
    if let Some(vp) = crate::geo::gesture::key(&m.surface.view(), &ev.key()) {
        m.surface.set_view(vp);
        ev.prevent_default();
    }
}

pub(super) fn scrolled(m: &Map) {
    m.el.set_scroll_top(0);
    m.el.set_scroll_left(0);
}
