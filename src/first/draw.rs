//! Drawing one view of the first paint: the panes' offset, the base layer, clusters and markers,
//! as the widget's map draws them.

use super::page::Page;
use super::sketch::{Dot, Sketch, zoom_text};
use crate::geo::{LonLat, Point, Viewport};
use crate::map::base::path_of;
use crate::map::dom::style;
use crate::map::markers::cluster_label;
use crate::map::plan::Plan;
use crate::model::{Area, cluster_ring, fixed};

impl Page {
    /// Moves the panes for a pan: what is in them stays (the widget's panes do the same).
    pub fn place(&self, anchor: Point, view: &Viewport) {
        let shift = anchor.sub(view.origin());
        let t = format!("translate3d({}px,{}px,0)", fixed(shift.x, 1), fixed(shift.y, 1));
        style(&self.base, "transform", &t);
        style(&self.markers, "transform", &t);
    }

    /// Draws one view's plan: the panes' offset, the base layer with the names that fit, and the
    /// markers and clusters.
    pub fn draw(
        &self,
        sketch: &Sketch,
        dots: &[Dot],
        plan: &Plan,
        labels: &[(String, Point)],
        view: &Viewport,
        outline: &[Vec<LonLat>],
        areas: &[Area],
    ) {
        let doc = &self.doc;
        let at = |p: LonLat| crate::geo::project(p).scale(crate::geo::world_size(view.zoom)).sub(plan.anchor);
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
        let shown = plan.clusters.iter().map(|c| c.0.count as usize).sum::<usize>() + plan.markers.len();
        let _ = self.map.set_attribute("aria-label", &self.words.count("map-label", dots.len().max(shown)));

        self.place(plan.anchor, view);
        if !areas.is_empty() || !outline.is_empty() {
            let borders = path_of(areas.iter().flat_map(|a| a.rings.iter()), &at);
            crate::map::base::draw(doc, &self.base, &borders, &path_of(outline.iter(), &at), labels);
        } else {
            self.base.set_inner_html("");
        }

        let colors: Vec<&str> = sketch.kinds.iter().map(|k| k.look.color.as_str()).collect();
        let lang = self.words.lang;
        let kind = |k: u16| sketch.kinds.get(k as usize).map(|k| k.label.clone());
        self.layer.draw_plan(
            plan,
            |c| {
                let head = self.words.count("cluster-label", c.count as usize);
                (cluster_label(head, c, lang, kind), cluster_ring(&c.mix, &colors))
            },
            |i| {
                let (dot, kind) = (&dots[i], &sketch.kinds[dots[i].kind as usize]);
                (
                    format!("{}-m{i}", self.prefix),
                    dot.id.as_str(),
                    format!("{}, {}", dot.name, kind.label),
                    kind.look.clone(),
                )
            },
            None,
        );
    }
}
