//! The map follows its box (ResizeObserver), and the gestures (crate::map::handlers) are switched
//! on for its element once it is in the page.

use super::MapCtx;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// The widget's view as the gestures' surface.
struct View(MapCtx);

impl crate::map::handlers::Surface for View {
    fn view(&self) -> crate::geo::Viewport {
        self.0.ctx.screen.viewport.get_untracked()
    }

    fn set_view(&self, vp: crate::geo::Viewport) {
        self.0.ctx.screen.set_view(vp);
    }

    fn cooperative(&self) -> bool {
        self.0.ctx.cooperative
    }

    fn hint(&self, key: &'static str) {
        self.0.show_hint(key);
    }
}

/// The observer of the map's box and its callback, while the box is in the page.
type Watch = (web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

pub(super) fn follow_size(m: MapCtx) {
    // The widget can go while the page stays (the editors' page mounts its preview anew for other
    // files): its observer goes with it. Left observing, it saw the old box leave the page and
    // measured into the gone widget's signals ("already been disposed").
    let watching = StoredValue::new_local(None::<Watch>);
    let stop = move || {
        if let Some((observer, _callback)) = watching.try_update_value(Option::take).flatten() {
            observer.disconnect();
        }
    };
    Effect::new(move |_| {
        on_cleanup(stop);
        let Some(el) = m.container.get() else { return };
        let el: web_sys::HtmlElement = el.into();
        m.handlers.set_value(Some(Rc::new(crate::map::handlers::attach(&el, Rc::new(View(m))))));
        // The widget's height as `--bk-h`: a phone's bottom sheet leaves 40 % of it to the map.
        let root = el.closest(".bk-root").ok().flatten().and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
        let measure = {
            let (el, root) = (el.clone(), root.clone());
            move || {
                let (w, h) = (el.client_width() as f64, el.client_height() as f64);
                m.ctx.screen.resize_view(w, h);
                if let Some(r) = &root {
                    let _ = r.style().set_property("--bk-h", &format!("{}px", r.client_height()));
                }
            }
        };
        measure();
        let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| measure());
        if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            observer.observe(&el);
            if let Some(r) = &root {
                observer.observe(r);
            }
            // The callback lives as long as the observer that calls it.
            watching.set_value(Some((observer, cb)));
        }
    });
}
