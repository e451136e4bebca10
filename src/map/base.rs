//! The first-party base layer's drawing: the district's outline, the municipalities' borders and
//! the names that fit, in a pane (pane pixels; a pan moves the pane, only a zoom draws anew). The
//! first paint and the widget both draw it through here.

use super::dom::{attrs, style, svg, text_el};
use crate::geo::{LonLat, Point};
use crate::model::fixed;
use web_sys::{Document, HtmlElement};

/// An SVG path of rings, each point placed by `at`.
pub fn path_of<'a>(rings: impl Iterator<Item = &'a Vec<LonLat>>, at: &impl Fn(LonLat) -> Point) -> String {
    let mut d = String::new();
    for ring in rings {
        for (i, p) in ring.iter().enumerate() {
            let s = at(*p);
            d.push(if i == 0 { 'M' } else { 'L' });
            d.push_str(&fixed(s.x, 1));
            d.push(' ');
            d.push_str(&fixed(s.y, 1));
        }
        d.push('Z');
    }
    d
}

/// Draws the borders (`areas`, a path), the outline (a path, holes kept) and the names into
/// `pane`, in place of what it held.
pub fn draw(doc: &Document, pane: &HtmlElement, areas: &str, outline: &str, labels: &[(String, Point)]) {
    pane.set_inner_html("");
    for (class, d) in [("bk-areas", areas), ("bk-outline bk-district", outline)] {
        let s = svg(doc, "svg");
        attrs(&s, &[("class", class), ("aria-hidden", "true"), ("focusable", "false")]);
        let p = svg(doc, "path");
        let _ = p.set_attribute("d", d);
        if class != "bk-areas" {
            let _ = p.set_attribute("fill-rule", "evenodd");
        }
        let _ = s.append_child(&p);
        let _ = pane.append_child(&s);
    }
    for (name, at) in labels {
        let span = text_el(doc, "span", "bk-area-label", name);
        style(&span, "transform", &format!("translate({}px,{}px)", fixed(at.x, 1), fixed(at.y, 1)));
        let _ = pane.append_child(&span);
    }
}
