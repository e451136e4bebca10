//! The map follows its box (ResizeObserver). On a host page two fingers belong to the map: their
//! touch events are kept from scrolling or zooming the page (a listener that may cancel).

use super::super::MapCtx;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

pub(in crate::ui::map) fn follow_size(m: MapCtx) {
    Effect::new(move |_| {
        let Some(el) = m.container.get() else { return };
        let el: web_sys::HtmlElement = el.into();
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
        }
        // The observer lives as long as the page; so does its callback.
        cb.forget();
        if m.ctx.cooperative {
            keep_two_fingers(&el);
        }
    });
}

fn keep_two_fingers(el: &web_sys::HtmlElement) {
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
