//! How a category looks: a shape and a glyph as well as a colour, so no one needs colour vision to
//! tell categories apart. Derived from the config only.

use crate::model::{Category, Config, Lang};
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Diamond,
    Triangle,
    Hexagon,
    Star,
}

const SHAPES: [Shape; 6] = [Shape::Circle, Shape::Square, Shape::Diamond, Shape::Triangle, Shape::Hexagon, Shape::Star];

#[derive(Clone, Debug, PartialEq)]
pub struct Look {
    pub shape: Shape,
    pub color: String,
    pub glyph: String,
    /// Black or white, whichever reads better on `color`.
    pub ink: &'static str,
}

impl Look {
    /// The look and the label of the category with `id`, if the config has it.
    pub fn named(config: &Config, id: &str, lang: Lang) -> Option<(Self, String)> {
        let i = config.categories.iter().position(|k| k.id == id)?;
        let c = &config.categories[i];
        Some((Self::of(c, i, lang), c.label.get(lang).to_string()))
    }

    pub fn of(category: &Category, index: usize, lang: Lang) -> Self {
        let sym = category.symbol.trim();
        let named = match sym.to_ascii_lowercase().as_str() {
            "circle" => Some(Shape::Circle),
            "square" => Some(Shape::Square),
            "diamond" => Some(Shape::Diamond),
            "triangle" => Some(Shape::Triangle),
            "hexagon" => Some(Shape::Hexagon),
            "star" => Some(Shape::Star),
            _ => None,
        };
        let shape = named.unwrap_or(SHAPES[index % SHAPES.len()]);
        let glyph = if named.is_none() && (1..=2).contains(&sym.chars().count()) {
            sym.to_string()
        } else {
            category
                .label
                .get(lang)
                .chars()
                .find(|c| c.is_alphanumeric())
                .map(|c| c.to_uppercase().to_string())
                .unwrap_or_default()
        };
        Self { shape, color: category.color.clone(), glyph, ink: ink_for(&category.color) }
    }
}

/// WCAG relative luminance decides the glyph colour.
fn ink_for(color: &str) -> &'static str {
    let hex = color.trim_start_matches('#');
    let expand: String =
        if hex.len() <= 4 { hex.chars().take(3).flat_map(|c| [c, c]).collect() } else { hex[..6].to_string() };
    let channel = |i: usize| {
        let v = u8::from_str_radix(&expand[i..i + 2], 16).unwrap_or(0) as f64 / 255.0;
        if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    let l = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    // Contrast with white is (1.05)/(l+0.05), with black (l+0.05)/0.05: pick the larger.
    if 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 { "#ffffff" } else { "#000000" }
}

/// The category symbol as inline SVG, hidden from assistive technology (the button says it all).
#[component]
pub fn Symbol(look: Look, #[prop(default = 28)] size: u32) -> impl IntoView {
    let Look { shape, color, glyph, ink } = look;
    let outline = "#ffffff";
    let body = match shape {
        Shape::Circle => view! { <circle cx="14" cy="14" r="11.5" fill=color stroke=outline stroke-width="2"></circle> }.into_any(),
        Shape::Square => view! { <rect x="3" y="3" width="22" height="22" rx="3" fill=color stroke=outline stroke-width="2"></rect> }.into_any(),
        Shape::Diamond => view! { <polygon points="14,1.5 26.5,14 14,26.5 1.5,14" fill=color stroke=outline stroke-width="2"></polygon> }.into_any(),
        Shape::Triangle => view! { <polygon points="14,1.5 27,25.5 1,25.5" fill=color stroke=outline stroke-width="2" stroke-linejoin="round"></polygon> }.into_any(),
        Shape::Hexagon => view! { <polygon points="14,1.5 25,7.75 25,20.25 14,26.5 3,20.25 3,7.75" fill=color stroke=outline stroke-width="2"></polygon> }.into_any(),
        Shape::Star => view! { <polygon points="14,1 17.5,9.5 26.5,10 19.5,16 22,25.5 14,20.5 6,25.5 8.5,16 1.5,10 10.5,9.5" fill=color stroke=outline stroke-width="2" stroke-linejoin="round"></polygon> }.into_any(),
    };
    let glyph_y = if shape == Shape::Triangle { "22" } else { "18.5" };
    let font = if glyph.chars().count() > 1 { "9" } else { "12" };
    view! {
        <svg class="bk-symbol" viewBox="0 0 28 28" width=size height=size aria-hidden="true" focusable="false"
            style:width=format!("{size}px") style:height=format!("{size}px")>
            {body}
            <text x="14" y=glyph_y text-anchor="middle" font-size=font font-weight="700" fill=ink font-family="system-ui, sans-serif">{glyph}</text>
        </svg>
    }
}
