//! One view's plan, as plain data: which places are drawn as clusters and which as markers of
//! their own, where (pane pixels), how far decluttering moved a marker, and which area names fit
//! around them. The first paint and the widget both draw from it (crate::map::markers,
//! crate::map::base), so they cluster, declutter and name alike.

use crate::cluster::{ClusterIndex, PlannedCluster, clustering, plan};
use crate::geo::{
    AREA_LABELS_FROM_ZOOM, LabelBox, LonLat, Point, Viewport, area_labels, declutter, project, world_size,
};
use crate::model::{Area, cluster_size};

/// Markers closer than this (px) are moved apart, so each stays visible and can be pressed.
const MARKER_SPACING: f64 = 30.0;
/// A marker's box (px), for the area names to keep clear of.
const MARKER_BOX: f64 = 32.0;

/// One view's clusters and markers, in pane pixels relative to `anchor`. Indices are positions in
/// the list of places the plan was made from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub anchor: Point,
    pub clusters: Vec<(PlannedCluster, Point)>,
    /// Places drawn as markers, where they are, and how far decluttering moved them from there.
    pub markers: Vec<(usize, Point, Option<Point>)>,
}

/// Where the panes sit for `view`: the world pixels of its centre, rounded. A pan keeps the
/// anchor of its zoom and only moves the panes; a new zoom places everything anew.
pub fn anchor(view: &Viewport) -> Point {
    let p = project(view.center).scale(world_size(view.zoom));
    Point::new(p.x.round(), p.y.round())
}

/// The cluster index for these places (position and category) on a map `width` px wide, where the
/// core's policy clusters them (cluster::clustering); `None` where every place is a marker.
pub fn index(points: &[(LonLat, u16)], width: f64, max_zoom: f64) -> Option<ClusterIndex> {
    let options = clustering(points.len(), width, max_zoom)?;
    Some(ClusterIndex::build(points, options))
}

/// The clusters and single markers of `view` (with a margin, so a short pan shows no gap). The
/// place `keep` (the open one) stays a marker of its own, even where its neighbours are a cluster.
pub fn clustered(
    index: &ClusterIndex,
    at: impl Fn(usize) -> LonLat,
    view: &Viewport,
    max_zoom: f64,
    anchor: Point,
    keep: Option<usize>,
) -> Plan {
    let scale = world_size(view.zoom);
    let px = |p: LonLat| project(p).scale(scale).sub(anchor);
    let planned = plan(index, &view.bounds().padded(0.15, 0.0), view.zoom, max_zoom);
    let mut singles: Vec<usize> = planned.singles.iter().map(|&i| i as usize).collect();
    if let Some(k) = keep.filter(|k| !singles.contains(k)) {
        // The plan's singles run north to south, as the places are stored: index order.
        let at = singles.partition_point(|&s| s < k);
        singles.insert(at, k);
    }
    Plan {
        anchor,
        clusters: planned
            .clusters
            .into_iter()
            .map(|c| {
                let p = px(c.at);
                (c, p)
            })
            .collect(),
        markers: singles.into_iter().map(|i| (i, px(at(i)), None)).collect(),
    }
}

/// Every place a marker at `zoom`, those too close moved apart (decluttered).
pub fn decluttered(points: &[LonLat], zoom: f64, anchor: Point) -> Plan {
    let scale = world_size(zoom);
    let true_px: Vec<Point> = points.iter().map(|&p| project(p).scale(scale)).collect();
    let placed = declutter(&true_px, MARKER_SPACING);
    let markers =
        true_px.iter().zip(placed).enumerate().map(|(i, (t, p))| (i, t.sub(anchor), (*t != p).then(|| p.sub(*t))));
    Plan { anchor, clusters: Vec::new(), markers: markers.collect() }
}

/// The area names that fit at `zoom` around what `plan` draws: a name never hides under a
/// marker or a cluster.
pub fn labels(areas: &[Area], plan: &Plan, zoom: f64) -> Vec<(String, Point)> {
    if zoom < AREA_LABELS_FROM_ZOOM {
        return Vec::new();
    }
    let scale = world_size(zoom);
    let mut taken: Vec<LabelBox> = plan
        .clusters
        .iter()
        .map(|(c, p)| {
            let size = cluster_size(c.count) as f64;
            LabelBox { center: *p, width: size, height: size }
        })
        .collect();
    taken.extend(plan.markers.iter().map(|(_, p, o)| LabelBox {
        center: p.add(o.unwrap_or_default()),
        width: MARKER_BOX,
        height: MARKER_BOX,
    }));
    let named = areas
        .iter()
        .filter(|a| !a.name.is_empty())
        .map(|a| (a.name.clone(), project(a.label_at).scale(scale).sub(plan.anchor)))
        .collect();
    area_labels(named, &taken)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(n: usize) -> Vec<(LonLat, u16)> {
        (0..n).map(|i| (LonLat::new(9.4 + (i % 60) as f64 * 0.02, 53.6 - (i / 60) as f64 * 0.012), 0)).collect()
    }

    #[test]
    fn few_places_are_decluttered() {
        let near: Vec<LonLat> = (0..3).map(|i| LonLat::new(10.0 + i as f64 * 1e-6, 53.3)).collect();
        assert!(index(&near.iter().map(|&p| (p, 0)).collect::<Vec<_>>(), 1280.0, 19.0).is_none());
        let view = Viewport::new(LonLat::new(10.0, 53.3), 12.0, 1280.0, 700.0);
        let plan = decluttered(&near, view.zoom, anchor(&view));
        assert_eq!(plan.markers.len(), 3);
        assert!(plan.markers.iter().filter(|m| m.2.is_some()).count() >= 2, "moved apart: {:?}", plan.markers);
    }

    #[test]
    fn many_places_are_clustered_and_none_is_lost() {
        let pts = grid(3000);
        let ci = index(&pts, 1280.0, 19.0).expect("3,000 places are clustered");
        let view = Viewport::new(LonLat::new(10.0, 53.3), 8.0, 1280.0, 700.0);
        let plan = clustered(&ci, |i| pts[i].0, &view, 19.0, anchor(&view), None);
        let total: u32 = plan.clusters.iter().map(|c| c.0.count).sum::<u32>() + plan.markers.len() as u32;
        assert!(!plan.clusters.is_empty());
        assert_eq!(total, 3000, "every place is in a cluster or a marker");
    }

    #[test]
    fn the_open_place_stays_a_marker_in_reading_order() {
        let pts = grid(3000);
        let ci = index(&pts, 1280.0, 19.0).unwrap();
        let view = Viewport::new(LonLat::new(10.0, 53.3), 8.0, 1280.0, 700.0);
        let before = clustered(&ci, |i| pts[i].0, &view, 19.0, anchor(&view), None);
        let hidden = (0..3000).find(|i| !before.markers.iter().any(|m| m.0 == *i)).expect("a clustered place");
        let kept = clustered(&ci, |i| pts[i].0, &view, 19.0, anchor(&view), Some(hidden));
        assert!(kept.markers.iter().any(|m| m.0 == hidden));
        assert!(kept.markers.windows(2).all(|w| w[0].0 < w[1].0), "in index order");
    }

    #[test]
    fn area_names_keep_clear_of_markers() {
        let area =
            |lon: f64| Area { name: "Winsen".into(), postcode: None, rings: vec![], label_at: LonLat::new(lon, 53.3) };
        let view = Viewport::new(LonLat::new(10.0, 53.3), 11.0, 800.0, 600.0);
        let plan = decluttered(&[LonLat::new(10.0, 53.3)], view.zoom, anchor(&view));
        assert_eq!(labels(&[area(10.1)], &plan, view.zoom).len(), 1, "a name away from the markers is shown");
        let (_, marker, _) = plan.markers[0];
        let on_top = labels(&[area(10.0)], &plan, view.zoom);
        assert!(on_top.iter().all(|(_, p)| (p.y - marker.y).abs() >= 28.0), "never under the marker: {on_top:?}");
        assert!(labels(&[area(10.1)], &plan, 7.0).is_empty(), "no names below zoom 8");
    }
}
