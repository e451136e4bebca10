use super::math;
use serde::{Deserialize, Serialize};

/// A WGS 84 position in degrees, in GeoJSON's order (longitude first).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

impl LonLat {
    pub const fn new(lon: f64, lat: f64) -> Self {
        Self { lon, lat }
    }

    /// True for a finite position inside the WGS 84 ranges.
    pub fn is_valid(&self) -> bool {
        self.lon.is_finite()
            && self.lat.is_finite()
            && (-180.0..=180.0).contains(&self.lon)
            && (-90.0..=90.0).contains(&self.lat)
    }
}

const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Great-circle distance in metres (haversine; good to ~0.5 % which is plenty for "how far").
pub fn distance_m(a: LonLat, b: LonLat) -> f64 {
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = math::sin(dlat / 2.0).powi(2) + math::cos(la1) * math::cos(la2) * math::sin(dlon / 2.0).powi(2);
    2.0 * EARTH_RADIUS_M * math::asin(h.sqrt())
}

/// The box around a circle of `radius_m` metres around `at` (for fitting the map to a radius).
pub fn circle_bounds(at: LonLat, radius_m: f64) -> Bounds {
    let dlat = (radius_m / EARTH_RADIUS_M).to_degrees();
    let dlon = dlat / math::cos(at.lat.to_radians()).max(1e-6);
    Bounds { west: at.lon - dlon, south: at.lat - dlat, east: at.lon + dlon, north: at.lat + dlat }
}

/// A longitude/latitude box. Does not cross the antimeridian (the district never will).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bounds {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl Bounds {
    pub fn around(p: LonLat) -> Self {
        Self { west: p.lon, south: p.lat, east: p.lon, north: p.lat }
    }

    /// The smallest box holding all points, or `None` for none.
    pub fn of(points: impl IntoIterator<Item = LonLat>) -> Option<Self> {
        let mut it = points.into_iter();
        let first = Self::around(it.next()?);
        Some(it.fold(first, |b, p| b.extend(p)))
    }

    /// The smallest box holding the points that lie together: a point farther from their middle
    /// than five times the usual distance (and 50 km) is left out, so that one swapped or zero
    /// coordinate does not pull a view meant for the places across the world.
    pub fn of_most(points: impl IntoIterator<Item = LonLat>) -> Option<Self> {
        let points: Vec<LonLat> = points.into_iter().collect();
        let median = |mut v: Vec<f64>| {
            // The crate's one sort: another instantiation of the standard one would be kilobytes
            // more in the first download.
            crate::sort::sort_by(&mut v, f64::total_cmp);
            v.get(v.len() / 2).copied()
        };
        let lon = median(points.iter().map(|p| p.lon).collect())?;
        let lat = median(points.iter().map(|p| p.lat).collect())?;
        // Degrees of latitude; a degree of longitude is shorter by the cosine of the latitude.
        let shrink = math::cos(lat.to_radians());
        let apart = |p: &LonLat| math::hypot((p.lon - lon) * shrink, p.lat - lat);
        let usual = median(points.iter().map(apart).collect())?;
        let far = (5.0 * usual).max(50_000.0 / 111_320.0);
        Self::of(points.iter().copied().filter(|p| apart(p) <= far))
    }

    pub fn extend(self, p: LonLat) -> Self {
        Self {
            west: self.west.min(p.lon),
            south: self.south.min(p.lat),
            east: self.east.max(p.lon),
            north: self.north.max(p.lat),
        }
    }

    pub fn union(self, o: Bounds) -> Self {
        self.extend(LonLat::new(o.west, o.south)).extend(LonLat::new(o.east, o.north))
    }

    pub fn contains(&self, p: LonLat) -> bool {
        (self.west..=self.east).contains(&p.lon) && (self.south..=self.north).contains(&p.lat)
    }

    pub fn center(&self) -> LonLat {
        LonLat::new((self.west + self.east) / 2.0, (self.south + self.north) / 2.0)
    }

    /// Grows the box by `fraction` of its size on every side, and by at least `min_deg` degrees.
    pub fn padded(&self, fraction: f64, min_deg: f64) -> Self {
        let dx = ((self.east - self.west) * fraction).max(min_deg);
        let dy = ((self.north - self.south) * fraction).max(min_deg);
        Self {
            west: (self.west - dx).max(-180.0),
            south: (self.south - dy).max(-90.0),
            east: (self.east + dx).min(180.0),
            north: (self.north + dy).min(90.0),
        }
    }

    /// The point of the box nearest to `p` (p itself when inside).
    pub fn clamp(&self, p: LonLat) -> LonLat {
        LonLat::new(super::within(p.lon, self.west, self.east), super::within(p.lat, self.south, self.north))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn a_stray_point_is_left_out_of_the_places_bounds() {
        let winsen = LonLat::new(10.217, 53.358);
        let buchholz = LonLat::new(9.878, 53.327);
        let swapped = LonLat::new(53.25, 10.41);
        let most = Bounds::of_most([winsen, swapped, buchholz]).unwrap();
        assert_eq!(most, Bounds::of([winsen, buchholz]).unwrap());
        let zero = LonLat::new(0.0, 0.0);
        assert_eq!(Bounds::of_most([zero, winsen, buchholz]).unwrap(), most);
        // Places spread over a Land are all kept; two alone cannot say which strays.
        let emden = LonLat::new(7.206, 53.367);
        let goettingen = LonLat::new(9.935, 51.541);
        let spread = [winsen, buchholz, emden, goettingen, LonLat::new(8.8, 52.4)];
        assert_eq!(Bounds::of_most(spread), Bounds::of(spread));
        assert_eq!(Bounds::of_most([winsen, swapped]), Bounds::of([winsen, swapped]));
        assert_eq!(Bounds::of_most([]), None);
    }

    #[test]
    fn distance_buchholz_winsen_is_about_22_km() {
        let buchholz = LonLat::new(9.88147, 53.32926);
        let winsen = LonLat::new(10.20916, 53.36243);
        let d = distance_m(buchholz, winsen);
        assert!((21_500.0..22_500.0).contains(&d), "{d}");
        assert_eq!(distance_m(winsen, winsen), 0.0);
    }

    #[test]
    fn bounds_of_points_extend_and_clamp() {
        let b = Bounds::of([LonLat::new(10.0, 53.0), LonLat::new(9.0, 54.0)]).unwrap();
        assert_eq!(b, Bounds { west: 9.0, south: 53.0, east: 10.0, north: 54.0 });
        assert!(b.contains(LonLat::new(9.5, 53.5)));
        assert!(!b.contains(LonLat::new(8.9, 53.5)));
        assert_eq!(b.clamp(LonLat::new(0.0, 60.0)), LonLat::new(9.0, 54.0));
        assert_eq!(Bounds::of([]), None);
        let p = b.padded(0.5, 0.0);
        assert_eq!((p.west, p.north), (8.5, 54.5));
    }

    #[test]
    fn validity_checks_ranges_and_finiteness() {
        assert!(LonLat::new(180.0, -90.0).is_valid());
        assert!(!LonLat::new(180.1, 0.0).is_valid());
        assert!(!LonLat::new(0.0, 91.0).is_valid());
        assert!(!LonLat::new(f64::NAN, 0.0).is_valid());
    }
}
