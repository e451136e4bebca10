//! Drawing one view of the first paint: the panes' offset, the base layer, clusters and markers,
//! as the widget's map draws them.

use super::page::Page;
use super::sketch::{Dot, Layout, Sketch, mix_label, zoom_text};
use crate::geo::{LonLat, Point, Viewport};
use crate::map::base::path_of;
use crate::map::dom::style;
use crate::map::markers::{Cluster, Marker};
use crate::model::{Area, cluster_ring, fixed};

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
        if !areas.is_empty() || !outline.is_empty() {
            let borders = path_of(areas.iter().flat_map(|a| a.rings.iter()), &at);
            crate::map::base::draw(doc, &self.base, &borders, &path_of(outline.iter(), &at), &layout.labels);
        } else {
            self.base.set_inner_html("");
        }

        let colors: Vec<&str> = sketch.kinds.iter().map(|k| k.look.color.as_str()).collect();
        let cluster_words: Vec<(String, String)> = layout
            .clusters
            .iter()
            .map(|(c, _)| {
                let mix = mix_label(&c.mix, &sketch.kinds, self.words.lang);
                let name = self.words.count("cluster-label", c.count as usize);
                (if mix.is_empty() { name } else { format!("{name}: {mix}") }, cluster_ring(&c.mix, &colors))
            })
            .collect();
        let clusters: Vec<Cluster> = layout
            .clusters
            .iter()
            .zip(&cluster_words)
            .map(|((c, p), (label, ring))| Cluster { key: (c.key, c.count), at: *p, count: c.count, label, ring })
            .collect();
        let marker_words: Vec<(String, String)> = layout
            .markers
            .iter()
            .map(|(i, _, _)| {
                let dot = &dots[*i];
                (format!("{}-m{i}", self.prefix), format!("{}, {}", dot.name, sketch.kinds[dot.kind as usize].label))
            })
            .collect();
        let markers: Vec<Marker> = layout
            .markers
            .iter()
            .zip(&marker_words)
            .map(|((i, p, offset), (id, label))| Marker {
                key: *i,
                id,
                place: &dots[*i].id,
                label,
                look: &sketch.kinds[dots[*i].kind as usize].look,
                at: *p,
                offset: *offset,
                active: false,
            })
            .collect();
        self.layer.draw(&clusters, &markers);
    }
}
