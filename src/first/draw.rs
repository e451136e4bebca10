//! Drawing one view of the first paint: the panes' offset, the base layer, clusters and markers,
//! as the widget's map draws them.

use super::page::Page;
use super::sketch::{Dot, Layout, Sketch, mix_label, zoom_text};
use crate::geo::{LonLat, Point, Viewport};
use crate::map::dom::{attrs, button, el, style, svg, symbol, text_el};
use crate::model::{Area, cluster_ring, cluster_size, fixed};

fn px(p: Point) -> String {
    format!("translate({}px,{}px)", fixed(p.x, 1), fixed(p.y, 1))
}

/// An SVG path of rings in pane pixels.
fn path_of<'a>(rings: impl Iterator<Item = &'a Vec<LonLat>>, at: &impl Fn(LonLat) -> Point) -> String {
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

impl Page {
    /// Moves the panes for a pan: what is in them stays (the widget's panes do the same).
    pub fn place(&self, anchor: Point, view: &Viewport) {
        let shift = anchor.sub(view.origin());
        let t = format!("translate3d({}px,{}px,0)", fixed(shift.x, 1), fixed(shift.y, 1));
        style(&self.base, "transform", &t);
        style(&self.markers, "transform", &t);
    }

    /// Draws one view: the panes' offset, the base layer and the markers and clusters.
    pub fn draw(
        &self,
        sketch: &Sketch,
        dots: &[Dot],
        layout: &Layout,
        view: &Viewport,
        outline: &[Vec<LonLat>],
        areas: &[Area],
    ) {
        let doc = &self.doc;
        let at = |p: LonLat| crate::geo::project(p).scale(crate::geo::world_size(view.zoom)).sub(layout.anchor);
        let _ = self.map.set_attribute("data-zoom", &zoom_text(view.zoom));
        let limits = sketch.limits(dots);
        for (sel, at_end) in [
            (".bk-zoom-in", view.zoom >= limits.max_zoom - 1e-9),
            (".bk-zoom-out", view.zoom <= limits.min_zoom + 1e-9),
        ] {
            if let Ok(Some(b)) = self.map.query_selector(sel) {
                let _ = b.set_attribute("aria-disabled", if at_end { "true" } else { "false" });
            }
        }
        let shown = layout.clusters.iter().map(|c| c.0.count as usize).sum::<usize>() + layout.markers.len();
        let _ = self.map.set_attribute("aria-label", &self.words.count("map-label", dots.len().max(shown)));

        self.place(layout.anchor, view);
        self.base.set_inner_html("");
        if !areas.is_empty() || !outline.is_empty() {
            for (class, d) in [
                ("bk-areas", path_of(areas.iter().flat_map(|a| a.rings.iter()), &at)),
                ("bk-outline bk-district", path_of(outline.iter(), &at)),
            ] {
                let s = svg(doc, "svg");
                attrs(&s, &[("class", class), ("aria-hidden", "true"), ("focusable", "false")]);
                let p = svg(doc, "path");
                let _ = p.set_attribute("d", &d);
                if class != "bk-areas" {
                    let _ = p.set_attribute("fill-rule", "evenodd");
                }
                let _ = s.append_child(&p);
                let _ = self.base.append_child(&s);
            }
            for (name, p) in &layout.labels {
                let span = text_el(doc, "span", "bk-area-label", name);
                style(&span, "transform", &px(*p));
                let _ = self.base.append_child(&span);
            }
        }

        self.markers.set_inner_html("");
        let colors: Vec<&str> = sketch.kinds.iter().map(|k| k.look.color.as_str()).collect();
        for (n, (c, p)) in layout.clusters.iter().enumerate() {
            let size = cluster_size(c.count);
            let b = button(doc, "bk-cluster");
            let mix = mix_label(&c.mix, &sketch.kinds, self.words.lang);
            let name = self.words.count("cluster-label", c.count as usize);
            let _ = b.set_attribute("aria-label", &if mix.is_empty() { name } else { format!("{name}: {mix}") });
            let _ = b.set_attribute("data-cluster", &n.to_string());
            style(&b, "transform", &px(*p));
            style(&b, "width", &format!("{size}px"));
            style(&b, "height", &format!("{size}px"));
            style(&b, "margin", &format!("-{}px 0 0 -{}px", size / 2, size / 2));
            style(&b, "background", &cluster_ring(&c.mix, &colors));
            let count = if c.count >= 10_000 { format!("{}k", c.count / 1000) } else { c.count.to_string() };
            let span = text_el(doc, "span", "bk-cluster-count", &count);
            let _ = span.set_attribute("aria-hidden", "true");
            let _ = b.append_child(&span);
            let _ = self.markers.append_child(&b);
        }
        for (i, p, offset) in &layout.markers {
            let dot = &dots[*i];
            let kind = &sketch.kinds[dot.kind as usize];
            if let Some(o) = offset {
                let line = el(doc, "span", "bk-leader");
                let _ = line.set_attribute("aria-hidden", "true");
                style(&line, "width", &format!("{}px", fixed(o.length(), 1)));
                style(&line, "transform", &format!("{} rotate({}rad)", px(*p), fixed(o.y.atan2(o.x), 4)));
                let _ = self.markers.append_child(&line);
            }
            let b = button(doc, "bk-marker");
            attrs(
                &b,
                &[
                    ("id", &format!("{}-m{i}", self.prefix)),
                    ("aria-label", &format!("{}, {}", dot.name, kind.label)),
                    ("aria-haspopup", "dialog"),
                    ("data-place", &dot.id),
                ],
            );
            style(&b, "transform", &px(p.add(offset.unwrap_or_default())));
            let _ = b.append_child(&symbol(doc, &kind.look, 28));
            let _ = self.markers.append_child(&b);
        }
    }
}
