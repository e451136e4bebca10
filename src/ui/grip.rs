//! The bottom sheet's handle (phones only, by the stylesheet): the details open at part height so
//! the map keeps the place in sight; a tap or an upward swipe pulls the sheet up to the whole
//! map, a tap or a downward swipe brings it back.

use crate::i18n::tr;
use crate::ui::ctx::Ctx;
use leptos::prelude::*;

/// Pixels a finger must travel for a swipe (less is a tap).
const SWIPE_PX: i32 = 16;

#[component]
pub fn Grip(full: RwSignal<bool>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let start = StoredValue::new(None::<i32>);
    // A swipe ends in a click too: that click is the swipe's, not a tap.
    let swiped = StoredValue::new(false);
    // A swipe's release may bring no click at all (a finger that moved): each press starts anew.
    let on_down = move |ev: web_sys::PointerEvent| {
        start.set_value(Some(ev.client_y()));
        swiped.set_value(false);
    };
    let on_up = move |ev: web_sys::PointerEvent| {
        let Some(y0) = start.try_update_value(Option::take).flatten() else { return };
        let dy = ev.client_y() - y0;
        if dy.abs() >= SWIPE_PX {
            full.set(dy < 0);
            swiped.set_value(true);
        }
    };
    let on_click = move |_| {
        if !swiped.try_update_value(std::mem::take).unwrap_or(false) {
            full.update(|f| *f = !*f);
        }
    };
    let label = move || tr(ctx.lang.get(), "sheet-full", None);
    view! {
        <button type="button" class="bk-grip" aria-expanded=move || full.get().to_string() aria-label=label
            title=label on:pointerdown=on_down on:pointerup=on_up on:pointercancel=move |_| start.set_value(None)
            on:click=on_click></button>
    }
}
