//! The bottom sheet's handle (phones only, by the stylesheet): the details open at part height so
//! the map keeps the place in sight; a tap or an upward swipe pulls the sheet up to the whole
//! map, a tap or a downward swipe brings it back.

use crate::i18n::tr;
use crate::map::dom::{attrs, el};
use crate::model::Lang;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Document, HtmlElement, MouseEvent};

/// Pixels a finger must travel for a swipe (less is a tap).
const SWIPE_PX: i32 = 16;

type Handler = Closure<dyn FnMut(MouseEvent)>;

/// The handle of `sheet`, and its handlers (they live as long as the caller keeps them).
pub(super) fn grip(doc: &Document, sheet: &HtmlElement, lang: Lang) -> (HtmlElement, Vec<Handler>) {
    let b = el(doc, "button", "bk-grip");
    let label = tr(lang, "sheet-full", None);
    attrs(&b, &[("type", "button"), ("aria-expanded", "false"), ("aria-label", &label), ("title", &label)]);
    let start = Rc::new(Cell::new(None::<i32>));
    // A swipe ends in a click too: that click is the swipe's, not a tap.
    let swiped = Rc::new(Cell::new(false));
    let set = {
        let (b, sheet) = (b.clone(), sheet.clone());
        move |full: bool| {
            let _ = sheet.class_list().toggle_with_force("bk-details--full", full);
            let _ = b.set_attribute("aria-expanded", if full { "true" } else { "false" });
        }
    };
    let is_full = {
        let sheet = sheet.clone();
        move || sheet.class_list().contains("bk-details--full")
    };
    // A swipe's release may bring no click at all (a finger that moved): each press starts anew.
    let down: Handler = {
        let (start, swiped) = (start.clone(), swiped.clone());
        Closure::new(move |ev: MouseEvent| {
            start.set(Some(ev.client_y()));
            swiped.set(false);
        })
    };
    let up: Handler = {
        let (start, swiped, set) = (start.clone(), swiped.clone(), set.clone());
        Closure::new(move |ev: MouseEvent| {
            let Some(y0) = start.take() else { return };
            let dy = ev.client_y() - y0;
            if dy.abs() >= SWIPE_PX {
                set(dy < 0);
                swiped.set(true);
            }
        })
    };
    let cancel: Handler = {
        let start = start.clone();
        Closure::new(move |_: MouseEvent| start.set(None))
    };
    let click: Handler = Closure::new(move |_: MouseEvent| {
        if !swiped.replace(false) {
            set(!is_full());
        }
    });
    for (name, h) in [("pointerdown", &down), ("pointerup", &up), ("pointercancel", &cancel), ("click", &click)] {
        let _ = b.add_event_listener_with_callback(name, h.as_ref().unchecked_ref());
    }
    (b, vec![down, up, cancel, click])
}
