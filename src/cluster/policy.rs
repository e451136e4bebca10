//! When the map groups places into clusters, and how tightly: the one place that decides it, so the
//! marker layer only draws what this says.
//!
//! - Many places (more than [`MANY`]): clusters at every screen size, radius [`RADIUS_MANY`] px,
//!   as supercluster's default does; one DOM node per place would make panning slow.
//! - A narrow map (less than [`NARROW_MAP`] px wide, a phone): places that cannot be shown apart
//!   (closer than [`RADIUS_NARROW`] px, about one marker) become a cluster named with its count and
//!   categories. Pushing them apart would move markers far from their true position on a small
//!   screen, and a web of leader lines reads worse than a number.
//! - Otherwise every place is a marker of its own; overlapping ones are decluttered (geo::declutter).
//!
//! Clusters exist up to one level below the map's deepest zoom (at most 17): there, places at the
//! same spot stay together and are listed instead of zoomed into.

use super::Options;

/// Above this many matching places the map clusters at every size.
pub const MANY: usize = 500;
/// Narrower maps (CSS px) cluster places that overlap.
pub const NARROW_MAP: f64 = 640.0;
pub const RADIUS_MANY: f64 = 56.0;
pub const RADIUS_NARROW: f64 = 40.0;
/// The deepest zoom with clusters, whatever the basemap allows.
pub const DEEPEST: u8 = 17;

/// How to cluster `matching` places on a map `map_width` px wide whose zoom ends at `max_zoom`;
/// `None` when every place gets its own marker.
pub fn clustering(matching: usize, map_width: f64, max_zoom: f64) -> Option<Options> {
    let radius = if matching > MANY {
        RADIUS_MANY
    } else if matching > 1 && map_width > 0.0 && map_width < NARROW_MAP {
        RADIUS_NARROW
    } else {
        return None;
    };
    let max_zoom = (max_zoom.max(1.0) as u8).saturating_sub(1).min(DEEPEST);
    Some(Options { radius, min_zoom: 0, max_zoom })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_places_cluster_everywhere() {
        let o = clustering(MANY + 1, 1280.0, 19.0).unwrap();
        assert_eq!((o.radius, o.max_zoom), (RADIUS_MANY, DEEPEST));
        assert_eq!(clustering(MANY + 1, 390.0, 19.0).unwrap().radius, RADIUS_MANY);
    }

    #[test]
    fn a_district_on_a_desktop_shows_every_marker() {
        assert_eq!(clustering(62, 960.0, 19.0), None);
        assert_eq!(clustering(MANY, 640.0, 19.0), None);
    }

    #[test]
    fn a_phone_clusters_what_overlaps() {
        let o = clustering(62, 390.0, 19.0).unwrap();
        assert_eq!((o.radius, o.max_zoom), (RADIUS_NARROW, DEEPEST));
        // One place, or a map not measured yet, needs no clusters.
        assert_eq!(clustering(1, 390.0, 19.0), None);
        assert_eq!(clustering(62, 0.0, 19.0), None);
    }

    #[test]
    fn clusters_end_one_level_below_the_deepest_zoom() {
        assert_eq!(clustering(62, 390.0, 14.0).unwrap().max_zoom, 13);
    }
}
