//! The page around the widget: its address, languages, elements and tasks. Small DOM helpers
//! the components share (the network stays in `crate::io`).

use wasm_bindgen::JsCast;
use web_sys::Url;

pub use crate::map::dom::focus_quietly;

/// Nothing has the focus (it went with an element that was taken away): the widget may put it
/// where it belongs without taking it from where the visitor moved it.
pub fn focus_is_lost() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_none_or(|a| a.tag_name().eq_ignore_ascii_case("body"))
}

pub fn is_rendered(el: &web_sys::HtmlElement) -> bool {
    el.offset_parent().is_some()
}

/// The client rectangle (left, top, right, bottom) of the element with this id.
pub fn rect_of(id: &str) -> Option<(f64, f64, f64, f64)> {
    let el = web_sys::window()?.document()?.get_element_by_id(id)?;
    let r = el.get_bounding_client_rect();
    Some((r.left(), r.top(), r.right(), r.bottom()))
}

/// `?lang=` of the page, so an iframe can ask for a language.
pub fn query_lang() -> Option<String> {
    query_param("lang")
}

/// A parameter of the page's address (`?name=value`).
pub fn query_param(name: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Url::new(&href).ok()?.search_params().get(name)
}

/// The browser's preferred languages (navigator.languages), most wanted first.
pub fn browser_langs() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() { nav.language().into_iter().collect() } else { list }
}

/// The page's origin, e.g. `https://www.landkreis-harburg.de`.
pub fn page_origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

/// The page's language (`<html lang>`), if it names one.
pub fn page_lang() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let html = doc.document_element()?;
    html.get_attribute("lang")
}

pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Runs `f` when the page is next idle (within half a second at the latest), or soon where the
/// browser has no idle callback (Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let idle = js_sys::Reflect::get(&w, &"requestIdleCallback".into())
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(idle) => {
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &"timeout".into(), &500.into());
            let _ = idle.call2(&w, &f, &opts);
        }
        None => {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 50);
        }
    }
}
