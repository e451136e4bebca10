//! What the first paint draws, as plain data: the few things of the config and the data files
//! that the first markers need, and the layout of one view (the same view, clusters, declutter and
//! area names the widget's map gives for them, from the same core functions).

use crate::cluster::{ClusterIndex, PlannedCluster, clustering, plan};
use crate::geo::{
    AREA_LABELS_FROM_ZOOM, Bounds, LabelBox, Limits, LonLat, Point, Viewport, area_labels, declutter, project,
    world_size,
};
use crate::model::{Area, Look, cluster_size, fixed};

/// Markers closer than this (px) are moved apart, as on the widget's map.
const MARKER_SPACING: f64 = 30.0;
/// A marker's box (px), for the area names to keep clear of.
const MARKER_BOX: f64 = 32.0;

/// A category as the first paint needs it: its id, German label and look.
#[derive(Clone, Debug, PartialEq)]
pub struct Kind {
    pub id: String,
    pub label: String,
    pub look: Look,
}

/// A place on the map: enough for its marker and its name.
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    pub id: String,
    pub name: String,
    pub kind: u16,
    pub at: LonLat,
}

/// The consent step for a third party's background map.
#[derive(Clone, Debug, PartialEq)]
pub struct Consent {
    pub provider: String,
    /// Only an http(s) address.
    pub privacy_url: Option<String>,
}

/// The config, as far as the first markers need it.
#[derive(Clone, Debug, PartialEq)]
pub struct Sketch {
    pub title: String,
    pub note: Option<String>,
    pub center: LonLat,
    pub zoom: f64,
    pub min_zoom: Option<f64>,
    pub max_zoom: f64,
    pub kinds: Vec<Kind>,
    pub sources: Vec<String>,
    pub outline: Option<String>,
    pub areas: Option<String>,
    pub base_attribution: Option<String>,
    pub consent: Option<Consent>,
    /// The widget shows its language menu (more than one language offered).
    pub lang_menu: bool,
}

impl Sketch {
    pub fn kind_of(&self, id: &str) -> Option<u16> {
        self.kinds.iter().position(|k| k.id == id).map(|i| i as u16)
    }

    /// The widget's start view for these places on a map of `width` × `height` px: the config's
    /// view, zoomed out as far as it takes to show every place (ui::loading does the same).
    pub fn start_view(&self, dots: &[Dot], width: f64, height: f64) -> Viewport {
        let start = Viewport::new(self.center, self.zoom, width, height);
        match Bounds::of(dots.iter().map(|d| d.at)) {
            Some(b) => start.showing(&b, 24.0, self.limits(dots).min_zoom),
            None => start,
        }
    }

    pub fn limits(&self, dots: &[Dot]) -> Limits {
        Limits::around(self.center, self.zoom, self.min_zoom, self.max_zoom, dots.iter().map(|d| d.at))
    }
}

/// Keeps the first of each id (a later file's duplicate is the widget's error, not shown) and
/// sorts north to south, west to east, the order of the widget's places and so of its markers.
pub fn settle(dots: Vec<Dot>) -> Vec<Dot> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<Dot> = dots.into_iter().filter(|d| seen.insert(d.id.clone())).collect();
    crate::sort::sort_by(&mut out, |a, b| b.at.lat.total_cmp(&a.at.lat).then(a.at.lon.total_cmp(&b.at.lon)));
    out
}

/// The cluster index for these places on a map `width` px wide, where the widget clusters too.
pub fn index(dots: &[Dot], width: f64, max_zoom: f64) -> Option<ClusterIndex> {
    let options = clustering(dots.len(), width, max_zoom)?;
    let pts: Vec<(LonLat, u16)> = dots.iter().map(|d| (d.at, d.kind)).collect();
    Some(ClusterIndex::build(&pts, options))
}

/// Where the panes sit: world pixels of the view's centre, rounded, as the widget's `Pane`.
pub fn anchor(view: &Viewport) -> Point {
    let p = project(view.center).scale(world_size(view.zoom));
    Point::new(p.x.round(), p.y.round())
}

/// One view's layout, in pane pixels relative to `anchor` (see [`anchor`]; a pan keeps the one
/// of its zoom, as the widget's panes do).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub anchor: Point,
    pub clusters: Vec<(PlannedCluster, Point)>,
    /// Places drawn as markers (indices into the dots), where they are, and how far decluttering
    /// moved them from there.
    pub markers: Vec<(usize, Point, Option<Point>)>,
    /// Area names that fit, and where.
    pub labels: Vec<(String, Point)>,
}

/// The layout of `view`: clusters and single markers where `index` clusters, else every place
/// decluttered; then the area names around them.
pub fn layout(
    dots: &[Dot],
    index: Option<&ClusterIndex>,
    areas: &[Area],
    view: &Viewport,
    max_zoom: f64,
    anchor: Point,
) -> Layout {
    let scale = world_size(view.zoom);
    let at = |p: LonLat| project(p).scale(scale).sub(anchor);
    let mut out = Layout { anchor, ..Layout::default() };
    match index {
        Some(ci) => {
            let planned = plan(ci, &view.bounds().padded(0.15, 0.0), view.zoom, max_zoom);
            out.clusters = planned
                .clusters
                .into_iter()
                .map(|c| {
                    let p = at(c.at);
                    (c, p)
                })
                .collect();
            out.markers = planned.singles.iter().map(|&i| (i as usize, at(dots[i as usize].at), None)).collect();
        }
        None => {
            let true_px: Vec<Point> = dots.iter().map(|d| project(d.at).scale(scale)).collect();
            let placed = declutter(&true_px, MARKER_SPACING);
            out.markers = true_px
                .iter()
                .zip(placed)
                .enumerate()
                .map(|(i, (t, p))| (i, t.sub(anchor), (*t != p).then(|| p.sub(*t))))
                .collect();
        }
    }
    if view.zoom >= AREA_LABELS_FROM_ZOOM {
        let mut taken: Vec<LabelBox> = out
            .clusters
            .iter()
            .map(|(c, p)| {
                let size = cluster_size(c.count) as f64;
                LabelBox { center: *p, width: size, height: size }
            })
            .collect();
        taken.extend(out.markers.iter().map(|(_, p, o)| LabelBox {
            center: p.add(o.unwrap_or_default()),
            width: MARKER_BOX,
            height: MARKER_BOX,
        }));
        let named = areas.iter().filter(|a| !a.name.is_empty()).map(|a| (a.name.clone(), at(a.label_at))).collect();
        out.labels = area_labels(named, &taken);
    }
    out
}

/// How many places of each category a cluster holds, named: "3 Schulen, 2 Betriebe".
pub fn mix_label(mix: &[(u16, u32)], kinds: &[Kind], lang: crate::model::Lang) -> String {
    mix.iter()
        .filter_map(|(k, n)| {
            kinds.get(*k as usize).map(|kind| format!("{} {}", crate::i18n::number(lang, *n as usize), kind.label))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A zoom as the widget writes it: whole levels without a point.
pub fn zoom_text(z: f64) -> String {
    if z.fract() == 0.0 { fixed(z, 0) } else { fixed(z, 3).trim_end_matches('0').to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dot(id: &str, lon: f64, lat: f64) -> Dot {
        Dot { id: id.into(), name: id.into(), kind: 0, at: LonLat::new(lon, lat) }
    }

    fn sketch() -> Sketch {
        Sketch {
            title: "T".into(),
            note: None,
            center: LonLat::new(10.0, 53.3),
            zoom: 10.0,
            min_zoom: None,
            max_zoom: 19.0,
            kinds: vec![],
            sources: vec![],
            outline: None,
            areas: None,
            base_attribution: None,
            consent: None,
            lang_menu: true,
        }
    }

    #[test]
    fn zooms_as_the_widget_writes_them() {
        assert_eq!(zoom_text(10.0), "10");
        assert_eq!(zoom_text(9.5), "9.5");
    }

    #[test]
    fn order_and_duplicates_as_the_widget() {
        let dots = settle(vec![dot("a", 10.0, 53.1), dot("b", 9.9, 53.4), dot("a", 10.5, 53.5), dot("c", 9.8, 53.4)]);
        let order: Vec<&str> = dots.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(order, ["c", "b", "a"], "north to south, west first; the second 'a' is dropped");
    }

    #[test]
    fn the_start_view_shows_every_place() {
        let s = sketch();
        let dots = vec![dot("a", 9.4, 53.0), dot("b", 10.6, 53.6)];
        let v = s.start_view(&dots, 390.0, 500.0);
        assert!(v.zoom < 10.0, "zoomed out to show both: {v:?}");
        assert!(dots.iter().all(|d| v.shows(d.at, 24.0)));
        // The widget's rule, step by step (ui::loading).
        let limits = crate::geo::Limits::around(s.center, s.zoom, None, 19.0, dots.iter().map(|d| d.at));
        let b = Bounds::of(dots.iter().map(|d| d.at)).unwrap();
        assert_eq!(v, Viewport::new(s.center, s.zoom, 390.0, 500.0).showing(&b, 24.0, limits.min_zoom));
    }

    #[test]
    fn few_places_are_decluttered_many_are_clustered() {
        let s = sketch();
        let near: Vec<Dot> = (0..3).map(|i| dot(&format!("n{i}"), 10.0 + i as f64 * 1e-6, 53.3)).collect();
        let view = s.start_view(&near, 1280.0, 700.0);
        assert!(index(&near, 1280.0, 19.0).is_none());
        let l = layout(&near, None, &[], &view, 19.0, anchor(&view));
        assert_eq!(l.markers.len(), 3);
        assert!(l.markers.iter().filter(|m| m.2.is_some()).count() >= 2, "moved apart: {:?}", l.markers);

        let many: Vec<Dot> = (0..3000)
            .map(|i| dot(&format!("m{i}"), 9.4 + (i % 60) as f64 * 0.02, 53.0 + (i / 60) as f64 * 0.012))
            .collect();
        let many = settle(many);
        let view = s.start_view(&many, 1280.0, 700.0);
        let ci = index(&many, 1280.0, 19.0).expect("3,000 places are clustered");
        let l = layout(&many, Some(&ci), &[], &view, 19.0, anchor(&view));
        let total: u32 = l.clusters.iter().map(|c| c.0.count).sum::<u32>() + l.markers.len() as u32;
        assert!(!l.clusters.is_empty());
        assert_eq!(total, 3000, "every place is in a cluster or a marker");
    }

    #[test]
    fn area_names_keep_clear_of_markers() {
        let s = sketch();
        let area =
            |lon: f64| Area { name: "Winsen".into(), postcode: None, rings: vec![], label_at: LonLat::new(lon, 53.3) };
        let view = Viewport::new(s.center, 11.0, 800.0, 600.0);
        let dots = vec![dot("a", 10.0, 53.3)];
        let apart = layout(&dots, None, &[area(10.1)], &view, 19.0, anchor(&view));
        assert_eq!(apart.labels.len(), 1, "a name away from the markers is shown");
        let on_top = layout(&dots, None, &[area(10.0)], &view, 19.0, anchor(&view));
        let (_, marker, _) = on_top.markers[0];
        assert!(
            on_top.labels.iter().all(|(_, p)| (p.y - marker.y).abs() >= 28.0),
            "never under the marker: {:?}",
            on_top.labels
        );
        let far = Viewport { zoom: 7.0, ..view };
        assert!(layout(&dots, None, &[], &far, 19.0, anchor(&far)).labels.is_empty(), "no names below zoom 8");
    }
}
