//! What the result list shows, and in which order: the matching places, only those in the map's
//! view when the visitor asks for that, sorted by distance from a point (their position, or a
//! place they chose) or else by name as German readers expect.

use super::SearchIndex;
use crate::geo::{Bounds, LonLat, distance_m};
use crate::model::Place;

/// The list's rules for one moment: plain data, so a test can state them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ListQuery {
    /// Only places inside this box (the map's view), when set.
    pub in_view: Option<Bounds>,
    /// Sort by distance from here, when set; else by name.
    pub from: Option<LonLat>,
}

impl ListQuery {
    /// The indices of `matching` places (into `places`) the list shows, in its order.
    pub fn apply(&self, matching: &[usize], places: &[Place], index: &SearchIndex) -> Vec<usize> {
        let mut out: Vec<usize> = matching
            .iter()
            .copied()
            .filter(|&i| places[i].position.is_some_and(|p| self.in_view.is_none_or(|b| b.contains(p))))
            .collect();
        match self.from {
            Some(p) => {
                // One distance per place, not one per comparison.
                let mut keyed: Vec<(f64, usize)> =
                    out.iter().filter_map(|&i| Some((distance_m(p, places[i].position?), i))).collect();
                crate::sort::sort_by(&mut keyed, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                out = keyed.into_iter().map(|(_, i)| i).collect();
            }
            None => index.sort_by_name(&mut out),
        }
        out
    }
}

/// The places of `matching` within `radius_m` metres of `at` (the "Umkreis" choice), in their
/// order. Offers without a fixed place stay: they reach the visitor wherever they are.
pub fn within(matching: &[usize], places: &[Place], at: LonLat, radius_m: f64) -> Vec<usize> {
    matching.iter().copied().filter(|&i| is_within(&places[i], at, radius_m)).collect()
}

/// Whether a place is in the circle; offers without a fixed place are wherever the visitor is.
pub fn is_within(place: &Place, at: LonLat, radius_m: f64) -> bool {
    place.position.is_none_or(|p| distance_m(at, p) <= radius_m)
}

/// The offers of `matching` without a fixed place, by name: the list shows them apart, under
/// "Ohne festen Ort", whatever the map shows.
pub fn without_place(matching: &[usize], places: &[Place], index: &SearchIndex) -> Vec<usize> {
    let mut out: Vec<usize> = matching.iter().copied().filter(|&i| places[i].position.is_none()).collect();
    index.sort_by_name(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, parse_source};

    fn sample() -> (Vec<Place>, SearchIndex) {
        let f = |id: &str, name: &str, lon: f64, lat: f64| {
            format!(
                r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{lon},{lat}]}},"properties":{{"id":"{id}","name":"{name}","category":"s"}}}}"#
            )
        };
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[{},{},{},{}]}}"#,
            f("a", "Zimmerei Winsen", 10.21, 53.36),
            f("b", "Ärztehaus Buchholz", 9.88, 53.33),
            f("c", "BBS Buchholz", 9.87, 53.32),
            f("d", "Musterbetrieb Tostedt", 9.71, 53.28),
        );
        let places = parse_source(&text, &[Category::plain("s")]).places;
        let index = SearchIndex::build(&places);
        (places, index)
    }

    #[test]
    fn by_name_as_german_readers_expect() {
        let (places, index) = sample();
        let q = ListQuery::default();
        // Ä sorts with A.
        assert_eq!(q.apply(&[0, 1, 2, 3], &places, &index), [1, 2, 3, 0]);
    }

    #[test]
    fn by_distance_from_a_point() {
        let (places, index) = sample();
        let q = ListQuery { from: Some(LonLat::new(9.70, 53.28)), ..Default::default() };
        assert_eq!(q.apply(&[0, 1, 2, 3], &places, &index), [3, 2, 1, 0]);
    }

    #[test]
    fn within_a_radius() {
        let (places, _) = sample();
        // From Buchholz: the two places there (about 0.5 km apart), Tostedt at ~12 km, Winsen ~22 km.
        let buchholz = LonLat::new(9.88, 53.33);
        assert_eq!(within(&[0, 1, 2, 3], &places, buchholz, 5_000.0), [1, 2]);
        assert_eq!(within(&[0, 1, 2, 3], &places, buchholz, 25_000.0), [0, 1, 2, 3]);
        assert_eq!(within(&[3, 1], &places, buchholz, 15_000.0), [3, 1], "order kept");
        let b = crate::geo::circle_bounds(buchholz, 10_000.0);
        // The box's edges are 10 km from the centre, north–south and east–west.
        let n = distance_m(buchholz, LonLat::new(9.88, b.north));
        let e = distance_m(buchholz, LonLat::new(b.east, 53.33));
        assert!((n - 10_000.0).abs() < 20.0 && (e - 10_000.0).abs() < 50.0, "{n} {e}");
    }

    #[test]
    fn only_what_the_map_shows_when_asked() {
        let (places, index) = sample();
        let buchholz = Bounds { west: 9.8, south: 53.3, east: 9.9, north: 53.35 };
        let q = ListQuery { in_view: Some(buchholz), ..Default::default() };
        assert_eq!(q.apply(&[0, 1, 2, 3], &places, &index), [1, 2]);
        // Only matching places, whatever the view.
        assert_eq!(q.apply(&[2, 3], &places, &index), [2]);
    }
}
