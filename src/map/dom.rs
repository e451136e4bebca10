//! The map's few DOM helpers (the first paint's page, a place's details): elements with a class,
//! attributes, CSSOM styles, a category's symbol. Data goes in as text and attributes, never as HTML.

use crate::model::Look;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

const SVG: &str = "http://www.w3.org/2000/svg";

pub fn el(doc: &Document, tag: &str, class: &str) -> HtmlElement {
    let e: HtmlElement = doc.create_element(tag).expect("an element").unchecked_into();
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e
}

pub fn svg(doc: &Document, tag: &str) -> Element {
    doc.create_element_ns(Some(SVG), tag).expect("an SVG element")
}

pub fn attrs(e: &Element, pairs: &[(&str, &str)]) {
    for (k, v) in pairs {
        let _ = e.set_attribute(k, v);
    }
}

pub fn style(e: &HtmlElement, name: &str, value: &str) {
    let _ = e.style().set_property(name, value);
}

pub fn text_el(doc: &Document, tag: &str, class: &str, text: &str) -> HtmlElement {
    let e = el(doc, tag, class);
    e.set_text_content(Some(text));
    e
}

/// Focuses `el` without scrolling any ancestor: in a host page a plain focus() scrolls the page
/// itself, so choosing a list entry or closing the details would jump the visitor elsewhere.
pub fn focus_quietly(el: &HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

pub fn button(doc: &Document, class: &str) -> HtmlElement {
    let b = el(doc, "button", class);
    let _ = b.set_attribute("type", "button");
    b
}

/// A category's symbol as inline SVG, `size` px, hidden from assistive technology (the button or
/// the label beside it says it all).
pub fn symbol(doc: &Document, look: &Look, size: u32) -> Element {
    let s = svg(doc, "svg");
    attrs(
        &s,
        &[
            ("class", "bk-symbol"),
            ("viewBox", "0 0 28 28"),
            ("width", &size.to_string()),
            ("height", &size.to_string()),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    );
    if let Some(s) = s.dyn_ref::<web_sys::SvgElement>() {
        let _ = s.style().set_property("width", &format!("{size}px"));
        let _ = s.style().set_property("height", &format!("{size}px"));
    }
    let shape = svg(doc, "path");
    attrs(&shape, &[("d", look.shape.path()), ("fill", &look.color), ("stroke", "#ffffff"), ("stroke-width", "2")]);
    if look.shape.round_join() {
        let _ = shape.set_attribute("stroke-linejoin", "round");
    }
    let glyph = svg(doc, "text");
    attrs(
        &glyph,
        &[
            ("x", "14"),
            ("y", look.glyph_y()),
            ("text-anchor", "middle"),
            ("font-size", look.glyph_size()),
            ("font-weight", "700"),
            ("fill", look.ink),
            ("font-family", "system-ui, sans-serif"),
        ],
    );
    glyph.set_text_content(Some(&look.glyph));
    let _ = s.append_child(&shape);
    let _ = s.append_child(&glyph);
    s
}
