//! Spherical Web Mercator (EPSG:3857) in "world pixels": at zoom z the world is a square of
//! `256 · 2^z` pixels with (0, 0) at the north-west corner, as raster tiles are cut.

use super::{LonLat, math};
use std::f64::consts::PI;

pub const TILE_SIZE: f64 = 256.0;
/// Latitude at which the Mercator square ends (atan(sinh(π))).
pub const MAX_LATITUDE: f64 = 85.051_128_779_806_6;

/// A screen or world position in pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }
    pub fn add(self, o: Point) -> Point {
        Point::new(self.x + o.x, self.y + o.y)
    }
    pub fn sub(self, o: Point) -> Point {
        Point::new(self.x - o.x, self.y - o.y)
    }
    pub fn scale(self, k: f64) -> Point {
        Point::new(self.x * k, self.y * k)
    }
    pub fn length(self) -> f64 {
        math::hypot(self.x, self.y)
    }
}

pub fn world_size(zoom: f64) -> f64 {
    TILE_SIZE * math::exp2(zoom)
}

/// Projects to the unit square: x and y in 0..1, y growing southwards.
pub fn project(p: LonLat) -> Point {
    let lat = p.lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    let x = (p.lon + 180.0) / 360.0;
    let y = 0.5 - math::ln(math::tan(PI / 4.0 + lat / 2.0)) / (2.0 * PI);
    Point::new(x, y)
}

/// Inverse of [`project`].
pub fn unproject(p: Point) -> LonLat {
    let lon = p.x * 360.0 - 180.0;
    let lat = (2.0 * math::atan(math::exp((0.5 - p.y) * 2.0 * PI)) - PI / 2.0).to_degrees();
    LonLat::new(lon, lat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_and_origin() {
        assert_eq!(project(LonLat::new(0.0, 0.0)), Point::new(0.5, 0.5));
        let nw = project(LonLat::new(-180.0, MAX_LATITUDE));
        assert!(nw.x.abs() < 1e-12 && nw.y.abs() < 1e-9, "{nw:?}");
        let se = project(LonLat::new(180.0, -MAX_LATITUDE));
        assert!((se.x - 1.0).abs() < 1e-12 && (se.y - 1.0).abs() < 1e-9, "{se:?}");
    }

    #[test]
    fn round_trip_is_exact_to_a_millimetre() {
        for &(lon, lat) in &[(9.99, 53.32), (-122.4, 37.8), (179.9, -84.0), (0.0, 0.0), (10.4710, 53.1290)] {
            let back = unproject(project(LonLat::new(lon, lat)));
            assert!((back.lon - lon).abs() < 1e-9 && (back.lat - lat).abs() < 1e-9, "{lon},{lat} -> {back:?}");
        }
    }

    #[test]
    fn latitudes_beyond_the_square_are_clamped() {
        assert_eq!(project(LonLat::new(0.0, 89.0)), project(LonLat::new(0.0, MAX_LATITUDE)));
    }

    #[test]
    fn world_size_doubles_per_zoom() {
        assert_eq!(world_size(0.0), 256.0);
        assert_eq!(world_size(10.0), 262_144.0);
        assert!((world_size(10.5) / world_size(10.0) - 2f64.sqrt()).abs() < 1e-12);
    }
}
