//! The map's engine parts that are plain Rust and web-sys, without Leptos: the first paint and
//! the widget's map drive their view through the same code, so a gesture behaves the same before
//! and after the widget has arrived (issue 32: one map).
//!
//! | module | what |
//! |---|---|
//! | `base` | the first-party base layer: outline, borders, names |
//! | `details` | a place's details: the sheet the first paint and the widget both show |
//! | `dom` | a few DOM helpers: elements, attributes, styles, a category's symbol |
//! | `markers` | markers and clusters drawn from one view's plan, nodes kept by key |
//! | `plan` | one view's plan: clusters, markers (decluttered), area names (plain Rust) |
//! | `handlers` | every gesture (drag, pinch, double tap, wheel, keys, two fingers on host pages), each turned into a call of the gesture maths in `geo::gesture` |

#[cfg(target_arch = "wasm32")]
pub mod base;
#[cfg(target_arch = "wasm32")]
pub mod details;
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod handlers;
#[cfg(target_arch = "wasm32")]
pub mod markers;
pub mod plan;

/// Whether a map in `host` shares its gestures with the page around it: one finger and the plain
/// wheel scroll the page. The standalone page takes every gesture; a host page (or our page in an
/// iframe) shares them, unless `data-gestures` says otherwise.
#[cfg(target_arch = "wasm32")]
pub fn cooperative(host: &web_sys::Element) -> bool {
    let framed = web_sys::window()
        .and_then(|w| w.top().ok().flatten().map(|top| !js_sys::Object::is(top.as_ref(), w.as_ref())))
        .unwrap_or(false);
    match host.get_attribute("data-gestures").as_deref() {
        Some("cooperative") => true,
        Some("greedy") => false,
        _ => framed || !host.has_attribute("data-standalone"),
    }
}
