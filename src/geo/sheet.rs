//! A map on paper: places fitted into a fixed box, in Web Mercator like the screen map, drawn as
//! vectors so a printed sheet needs no tiles and asks no server.

use super::{LonLat, Point, project};

/// Metres of the Earth's circumference, for the smallest span a sheet shows.
const EARTH_M: f64 = 40_075_016.686;

/// Where places go on a `width` × `height` sheet.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sheet {
    /// The sheet's top-left corner in world units (0..1 across the world).
    origin: Point,
    /// Sheet pixels per world unit.
    scale: f64,
    pub width: f64,
    pub height: f64,
}

impl Sheet {
    /// Fits `points` into the box, `pad` px from its edges, keeping north up and shapes true. A
    /// single place, or several close together, get at least `min_span_m` metres across, so the
    /// towns around them show. None without points.
    pub fn fit(points: &[LonLat], width: f64, height: f64, pad: f64, min_span_m: f64) -> Option<Self> {
        let first = project(*points.first()?);
        let (mut min, mut max) = (first, first);
        for p in points.iter().map(|&p| project(p)) {
            min = Point::new(min.x.min(p.x), min.y.min(p.y));
            max = Point::new(max.x.max(p.x), max.y.max(p.y));
        }
        let mid_lat = points.iter().map(|p| p.lat).sum::<f64>() / points.len() as f64;
        // Mercator stretches by 1/cos(lat): the same metres are more world units up north.
        let min_span = min_span_m / (EARTH_M * super::math::cos(mid_lat.to_radians()));
        let span = Point::new((max.x - min.x).max(min_span), (max.y - min.y).max(min_span));
        let inner = Point::new((width - 2.0 * pad).max(1.0), (height - 2.0 * pad).max(1.0));
        let scale = (inner.x / span.x).min(inner.y / span.y);
        let centre = Point::new((min.x + max.x) / 2.0, (min.y + max.y) / 2.0);
        let origin = centre.sub(Point::new(width / 2.0, height / 2.0).scale(1.0 / scale));
        Some(Self { origin, scale, width, height })
    }

    /// Where `p` lies on the sheet, in px from its top-left corner.
    pub fn at(&self, p: LonLat) -> Point {
        project(p).sub(self.origin).scale(self.scale)
    }

    /// Whether a sheet position is on the sheet.
    pub fn shows(&self, p: Point) -> bool {
        (0.0..=self.width).contains(&p.x) && (0.0..=self.height).contains(&p.y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_fill_the_box_inside_its_margin() {
        let pts = [LonLat::new(9.6, 53.2), LonLat::new(10.3, 53.45), LonLat::new(9.9, 53.3)];
        let s = Sheet::fit(&pts, 600.0, 400.0, 20.0, 5_000.0).unwrap();
        let at: Vec<Point> = pts.iter().map(|&p| s.at(p)).collect();
        for p in &at {
            assert!(p.x >= 19.99 && p.x <= 580.01 && p.y >= 19.99 && p.y <= 380.01, "{p:?}");
        }
        // The wider extent touches both margins; west is left, north is up.
        let xs = at.iter().map(|p| p.x);
        assert!((xs.clone().fold(f64::MAX, f64::min) - 20.0).abs() < 1e-6);
        assert!((xs.fold(f64::MIN, f64::max) - 580.0).abs() < 1e-6);
        assert!(at[0].x < at[1].x && at[0].y > at[1].y);
    }

    #[test]
    fn one_place_is_centred_with_its_surroundings() {
        let p = LonLat::new(10.0, 53.35);
        let s = Sheet::fit(&[p], 500.0, 300.0, 10.0, 10_000.0).unwrap();
        let c = s.at(p);
        assert!((c.x - 250.0).abs() < 1e-6 && (c.y - 150.0).abs() < 1e-6);
        // 10 km fit into the shorter side (280 px): a point 5 km east is about 140 px away.
        let east = LonLat::new(10.0 + 5_000.0 / (111_320.0 * 53.35f64.to_radians().cos()), 53.35);
        let dx = s.at(east).x - c.x;
        assert!((dx - 140.0).abs() < 2.0, "{dx}");
        assert!(s.shows(c) && !s.shows(Point::new(-1.0, 5.0)));
        assert_eq!(Sheet::fit(&[], 500.0, 300.0, 10.0, 1.0), None);
    }
}
