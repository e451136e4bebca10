//! What the first paint draws, as plain data: the few things of the config and the data files
//! that the first markers need, and the widget's start view for them (one view's plan is the
//! map's, crate::map::plan).

use crate::geo::{Bounds, Limits, LonLat, Viewport};
use crate::model::{Look, fixed};

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
        match Bounds::of_most(dots.iter().map(|d| d.at)) {
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
}
