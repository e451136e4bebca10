//! A category's symbol on the map and in the legend (its look: crate::model::Look).

pub use crate::model::Look;
use leptos::prelude::*;

/// The category symbol as inline SVG, hidden from assistive technology (the button says it all).
#[component]
pub fn Symbol(look: Look, #[prop(default = 28)] size: u32) -> impl IntoView {
    let (y, font) = (look.glyph_y(), look.glyph_size());
    let Look { shape, color, glyph, ink } = look;
    view! {
        <svg class="bk-symbol" viewBox="0 0 28 28" width=size height=size aria-hidden="true" focusable="false"
            style:width=format!("{size}px") style:height=format!("{size}px")>
            <path d=shape.path() fill=color stroke="#ffffff" stroke-width="2" stroke-linejoin=shape.round_join().then_some("round")></path>
            <text x="14" y=y text-anchor="middle" font-size=font font-weight="700" fill=ink font-family="system-ui, sans-serif">{glyph}</text>
        </svg>
    }
}
