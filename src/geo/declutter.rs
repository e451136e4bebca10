//! Moves markers that would hide each other apart, so every place stays visible and clickable.
//!
//! Greedy, in the given order: a marker keeps its true position if no earlier marker is closer than
//! `spacing`; otherwise it takes the nearest free spot on rings around its true position. A
//! spatial hash keeps this near-linear for the few thousand markers a view shows.

use super::{Point, math};
use std::collections::HashMap;

/// How many rings around the true position are tried before a marker stays where it is.
const MAX_RINGS: usize = 8;

pub fn declutter(points: &[Point], spacing: f64) -> Vec<Point> {
    let cell = spacing.max(1.0);
    let key = |p: Point| ((p.x / cell).floor() as i64, (p.y / cell).floor() as i64);
    let mut grid: HashMap<(i64, i64), Vec<Point>> = HashMap::new();
    let free = |grid: &HashMap<(i64, i64), Vec<Point>>, p: Point| {
        let (cx, cy) = key(p);
        (cx - 1..=cx + 1).all(|x| {
            (cy - 1..=cy + 1)
                .all(|y| grid.get(&(x, y)).is_none_or(|ps| ps.iter().all(|q| q.sub(p).length() >= spacing)))
        })
    };
    let mut out = Vec::with_capacity(points.len());
    for &p in points {
        let mut placed = p;
        if !free(&grid, p) {
            'rings: for ring in 1..=MAX_RINGS {
                let r = spacing * ring as f64;
                let steps = 6 * ring;
                for i in 0..steps {
                    // Start at the top and go clockwise, so displaced markers fan out predictably.
                    let a = std::f64::consts::TAU * i as f64 / steps as f64 - std::f64::consts::FRAC_PI_2;
                    let c = p.add(Point::new(r * math::cos(a), r * math::sin(a)));
                    if free(&grid, c) {
                        placed = c;
                        break 'rings;
                    }
                }
            }
        }
        grid.entry(key(placed)).or_default().push(placed);
        out.push(placed);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separate_points_stay_put() {
        let pts = [Point::new(0.0, 0.0), Point::new(40.0, 0.0), Point::new(0.0, 40.0)];
        assert_eq!(declutter(&pts, 30.0), pts);
    }

    #[test]
    fn stacked_points_fan_out_and_keep_their_distance() {
        let pts = vec![Point::new(100.0, 100.0); 12];
        let out = declutter(&pts, 30.0);
        assert_eq!(out[0], Point::new(100.0, 100.0), "the first keeps its place");
        for (i, a) in out.iter().enumerate() {
            for b in &out[i + 1..] {
                assert!(a.sub(*b).length() >= 30.0 - 1e-9, "{a:?} and {b:?} overlap");
            }
            assert!(a.sub(pts[0]).length() <= 2.0 * 30.0 + 1e-9, "displacement stays small: {a:?}");
        }
    }

    #[test]
    fn deterministic() {
        let pts: Vec<Point> = (0..200).map(|i| Point::new((i * 7 % 50) as f64, (i * 13 % 40) as f64)).collect();
        assert_eq!(declutter(&pts, 24.0), declutter(&pts, 24.0));
    }
}
