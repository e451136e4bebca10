//! How the widget (the Leptos app around the first paint's map) is fetched and started: once, in
//! the page's idle time after the first markers, or at once when the visitor reaches for it (a
//! marker, the list, the search); when it does not arrive, every first paint says so.

use js_sys::{Function, Reflect};
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How the widget (the Leptos app around this map) is fetched and started: the program's entry
/// point hands it over (src/main.rs), so this map knows nothing of the app. It resolves to
/// whether the app's part arrived.
pub type Starter = Box<dyn Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = bool>>>>;

thread_local! {
    static STARTER: RefCell<Option<Starter>> = const { RefCell::new(None) };
    static STARTED: Cell<bool> = const { Cell::new(false) };
}

/// Keeps how the widget is started, for `start_widget`.
pub fn set_starter(starter: Starter) {
    STARTER.with(|s| *s.borrow_mut() = Some(starter));
}

/// Loads the widget (once). When its part does not arrive, each first paint says so and offers to
/// try again.
pub fn start_widget() {
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    let Some(started) = STARTER.with(|s| s.borrow().as_ref().map(|start| start())) else { return };
    wasm_bindgen_futures::spawn_local(async move {
        if !started.await {
            STARTED.with(|s| s.set(false));
            super::act::failed_everywhere();
        }
    });
}

/// Starts the widget in the page's next idle time (at once where the browser has none to offer),
/// after the first markers are on screen.
pub fn widget_later() {
    let Some(win) = web_sys::window() else { return };
    let start = Closure::once_into_js(start_widget);
    let idle = Reflect::get(&win, &"requestIdleCallback".into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
    match idle {
        Some(idle) => {
            let opts = js_sys::Object::new();
            let _ = Reflect::set(&opts, &"timeout".into(), &JsValue::from_f64(500.0));
            let _ = idle.call2(&win, &start, &opts);
        }
        None => {
            let _ = win.set_timeout_with_callback_and_timeout_and_arguments_0(start.unchecked_ref(), 0);
        }
    }
}
