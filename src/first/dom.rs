//! The first paint's few DOM helpers: elements with a class, attributes, CSSOM styles.

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

pub fn button(doc: &Document, class: &str) -> HtmlElement {
    let b = el(doc, "button", class);
    let _ = b.set_attribute("type", "button");
    b
}
