//! How a category looks: a shape and a glyph as well as a colour, so no one needs colour vision to
//! tell categories apart. Derived from the config only; the widget's `Symbol` and the first paint
//! (crate::first) draw it from here, so both show the same marker.

use super::{Category, Config, Lang};

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

impl Shape {
    /// The shape as an SVG path in a 28 × 28 box.
    pub fn path(self) -> &'static str {
        match self {
            Shape::Circle => "M2.5 14a11.5 11.5 0 1 0 23 0a11.5 11.5 0 1 0-23 0Z",
            Shape::Square => "M6 3h16a3 3 0 0 1 3 3v16a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3Z",
            Shape::Diamond => "M14 1.5 26.5 14 14 26.5 1.5 14Z",
            Shape::Triangle => "M14 1.5 27 25.5H1Z",
            Shape::Hexagon => "M14 1.5 25 7.75v12.5L14 26.5 3 20.25V7.75Z",
            Shape::Star => "M14 1l3.5 8.5 9 .5-7 6 2.5 9.5-8-5-8 5 2.5-9.5-7-6 9-.5Z",
        }
    }

    /// Pointed shapes get round corners, so their tips do not stick out of the white outline.
    pub fn round_join(self) -> bool {
        matches!(self, Shape::Triangle | Shape::Star)
    }
}

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
        Self::from_parts(&category.symbol, &category.color, category.label.get(lang), index)
    }

    /// The look of the `index`th category with this `symbol` (a shape's name, or one or two
    /// characters), `color` and `label` (whose first letter is the glyph otherwise).
    pub fn from_parts(symbol: &str, color: &str, label: &str, index: usize) -> Self {
        let sym = symbol.trim();
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
            label.chars().find(|c| c.is_alphanumeric()).map(|c| c.to_uppercase().to_string()).unwrap_or_default()
        };
        Self { shape, color: color.to_string(), glyph, ink: ink_for(color) }
    }

    /// Where the glyph's baseline sits (lower in a triangle, whose middle is low).
    pub fn glyph_y(&self) -> &'static str {
        if self.shape == Shape::Triangle { "22" } else { "18.5" }
    }

    /// Two characters need a smaller font to fit.
    pub fn glyph_size(&self) -> &'static str {
        if self.glyph.chars().count() > 1 { "9" } else { "12" }
    }
}

/// A cluster's diameter (px) grows with its count.
pub fn cluster_size(count: u32) -> u32 {
    match count {
        0..10 => 34,
        10..100 => 40,
        100..1000 => 46,
        _ => 56,
    }
}

/// A cluster's ring: the categories' colours (`colors`, by category index) in proportion to their
/// places (`mix`), as a CSS `conic-gradient`.
pub fn cluster_ring(mix: &[(u16, u32)], colors: &[&str]) -> String {
    let total = mix.iter().map(|m| m.1).sum::<u32>().max(1) as f64;
    let mut acc = 0.0;
    let stops: Vec<String> = mix
        .iter()
        .map(|(k, n)| {
            let from = acc;
            acc += *n as f64 / total * 360.0;
            let color = colors.get(*k as usize).copied().unwrap_or("#555");
            format!("{color} {}deg {}deg", fixed(from, 1), fixed(acc, 1))
        })
        .collect();
    format!("conic-gradient({})", stops.join(", "))
}

/// `x` with `decimals` digits after the point ("-12.5"). The standard library's float formatting
/// would add about 10 KB to the first paint's download (crate::first), which only ever needs a
/// fixed precision.
pub fn fixed(x: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    let n = (x.abs() * scale as f64).round() as u64;
    let mut s = String::new();
    if x < 0.0 && n != 0 {
        s.push('-');
    }
    s.push_str(&(n / scale).to_string());
    if decimals > 0 {
        let frac = (n % scale).to_string();
        s.push('.');
        s.extend(std::iter::repeat_n('0', decimals as usize - frac.len()));
        s.push_str(&frac);
    }
    s
}

/// WCAG relative luminance decides the glyph colour.
fn ink_for(color: &str) -> &'static str {
    let hex = color.trim_start_matches('#');
    let expand: String =
        if hex.len() <= 4 { hex.chars().take(3).flat_map(|c| [c, c]).collect() } else { hex.chars().take(6).collect() };
    let channel = |i: usize| {
        let v = expand.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()).unwrap_or(0) as f64 / 255.0;
        if v <= 0.03928 { v / 12.92 } else { crate::geo::math::powf((v + 0.055) / 1.055, 2.4) }
    };
    let l = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    // Contrast with white is (1.05)/(l+0.05), with black (l+0.05)/0.05: pick the larger.
    if 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 { "#ffffff" } else { "#000000" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_point_numbers_and_rings() {
        assert_eq!(fixed(-12.345, 1), "-12.3");
        assert_eq!(fixed(0.04, 1), "0.0");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(3.14159, 4), "3.1416");
        assert_eq!(fixed(9.99, 1), "10.0");
        assert_eq!(fixed(10.0123456, 7), "10.0123456");
        assert_eq!(
            cluster_ring(&[(1, 3), (0, 1)], &["#111", "#222"]),
            "conic-gradient(#222 0.0deg 270.0deg, #111 270.0deg 360.0deg)"
        );
        assert_eq!(cluster_ring(&[(5, 1)], &[]), "conic-gradient(#555 0.0deg 360.0deg)");
        assert_eq!((cluster_size(9), cluster_size(10), cluster_size(5000)), (34, 40, 56));
    }

    #[test]
    fn shapes_glyphs_and_ink() {
        let a = Look::from_parts("", "#a51d2d", "Betriebe", 1);
        assert_eq!((a.shape, a.glyph.as_str(), a.ink), (Shape::Square, "B", "#ffffff"));
        let b = Look::from_parts("Star", "#ffd700", "x", 0);
        assert_eq!((b.shape, b.glyph.as_str(), b.ink), (Shape::Star, "X", "#000000"));
        let c = Look::from_parts("Ü1", "#fff", "Schulen", 6);
        assert_eq!((c.shape, c.glyph.as_str(), c.glyph_size()), (Shape::Circle, "Ü1", "9"));
        // A colour that is not hex does not panic: its glyph is white.
        assert_eq!(Look::from_parts("", "rot", "a", 0).ink, "#ffffff");
        assert!(SHAPES.iter().all(|s| s.path().starts_with('M') && s.path().ends_with('Z')));
    }
}
