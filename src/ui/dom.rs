//! Small DOM helpers the components share.

/// Focuses `el` without scrolling any ancestor: in a host page a plain focus() scrolls the page
/// itself, so choosing a list entry or closing the details would jump the visitor elsewhere.
pub fn focus_quietly(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// True when the element takes part in layout (it and its ancestors are displayed).
pub fn is_rendered(el: &web_sys::HtmlElement) -> bool {
    el.offset_parent().is_some()
}

/// The client rectangle (left, top, right, bottom) of the element with this id.
pub fn rect_of(id: &str) -> Option<(f64, f64, f64, f64)> {
    let el = web_sys::window()?.document()?.get_element_by_id(id)?;
    let r = el.get_bounding_client_rect();
    Some((r.left(), r.top(), r.right(), r.bottom()))
}

/// True on Apple systems, where the zoom modifier is ⌘ instead of Ctrl.
pub fn is_apple() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().platform().ok())
        .is_some_and(|p| p.starts_with("Mac") || p.starts_with("iP"))
}
