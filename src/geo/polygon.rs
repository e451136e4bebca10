//! Polygons in projected coordinates (any planar unit, e.g. [`project`](super::project)'s unit
//! square): area, point-in-polygon, and a point inside for a label.
//!
//! A polygon is a list of rings, the outer ring first, then its holes. Rings may be closed (last
//! point = first) or not, and may run either way round; the even-odd rule decides what is inside,
//! as SVG's `fill-rule="evenodd"` draws it.

use super::Point;

/// Each edge of a ring, including the one back to the start (zero length for a closed ring).
fn edges(ring: &[Point]) -> impl Iterator<Item = (Point, Point)> + '_ {
    ring.iter().zip(ring.iter().cycle().skip(1)).map(|(a, b)| (*a, *b))
}

/// Signed area (shoelace): positive when the ring runs anticlockwise in a y-up plane, which is
/// clockwise on screen, where y grows downwards. Use `abs()` for the size.
pub fn ring_area(ring: &[Point]) -> f64 {
    edges(ring).map(|(a, b)| a.x * b.y - b.x * a.y).sum::<f64>() / 2.0
}

/// The outer ring's area less its holes'.
pub fn polygon_area(rings: &[Vec<Point>]) -> f64 {
    let mut sizes = rings.iter().map(|r| ring_area(r).abs());
    let outer = sizes.next().unwrap_or(0.0);
    (outer - sizes.sum::<f64>()).max(0.0)
}

/// Whether `p` lies inside (even-odd over all rings, so a point in a hole is outside).
pub fn polygon_contains(rings: &[Vec<Point>], p: Point) -> bool {
    crossings(rings, p.y).filter(|&x| x > p.x).count() % 2 == 1
}

/// Where the horizontal line at `y` crosses the rings. An edge counts for `y` in [low end, high
/// end), so a line through a vertex crosses once, and every line crosses an even number of times.
fn crossings(rings: &[Vec<Point>], y: f64) -> impl Iterator<Item = f64> + '_ {
    rings
        .iter()
        .flat_map(|r| edges(r))
        .filter(move |(a, b)| (a.y > y) != (b.y > y))
        .map(move |(a, b)| a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y))
}

/// The midpoint of the widest stretch of the line at `y` that lies inside, and that width.
fn widest_span(rings: &[Vec<Point>], y: f64) -> Option<(Point, f64)> {
    let mut xs: Vec<f64> = crossings(rings, y).filter(|x| x.is_finite()).collect();
    crate::sort::sort_by(&mut xs, f64::total_cmp);
    xs.chunks_exact(2)
        .map(|s| (Point::new((s[0] + s[1]) / 2.0, y), s[1] - s[0]))
        .filter(|(_, w)| *w > 0.0)
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// Area-weighted centroid (holes subtract), or `None` for a polygon without area.
fn centroid(rings: &[Vec<Point>]) -> Option<Point> {
    let (mut sum, mut area) = (Point::default(), 0.0);
    for (i, ring) in rings.iter().enumerate() {
        let (mut c, a) = (Point::default(), ring_area(ring));
        for (p, q) in edges(ring) {
            let cross = p.x * q.y - q.x * p.y;
            c = c.add(p.add(q).scale(cross));
        }
        // A ring's centroid is c / (6a); the sign makes holes subtract whichever way they run.
        let sign = if (i == 0) == (a >= 0.0) { 1.0 } else { -1.0 };
        sum = sum.add(c.scale(sign / 6.0));
        area += sign * a;
    }
    let c = sum.scale(1.0 / area);
    (c.x.is_finite() && c.y.is_finite()).then_some(c)
}

/// How many horizontal lines across the polygon are tried when the centroid's line finds nothing.
const SCAN_LINES: usize = 16;

/// A point for the polygon's label: its centroid when that lies inside (the most natural place for
/// a compact shape), else the middle of the widest inside stretch of the centroid's horizontal
/// line (for a crescent or an L), else of the widest on a few lines across the polygon. The result
/// lies strictly inside; `None` only for a polygon without area.
pub fn interior_point(rings: &[Vec<Point>]) -> Option<Point> {
    let outer = rings.first().filter(|r| r.len() >= 3)?;
    let c = centroid(rings);
    if let Some(c) = c.filter(|&c| polygon_contains(rings, c)) {
        return Some(c);
    }
    if let Some((p, _)) = c.and_then(|c| widest_span(rings, c.y)) {
        return Some(p);
    }
    let (top, bottom) = outer.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(t, b), p| (t.min(p.y), b.max(p.y)));
    (0..SCAN_LINES)
        .filter_map(|i| widest_span(rings, top + (bottom - top) * (i as f64 + 0.5) / SCAN_LINES as f64))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(p, _)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(pts: &[(f64, f64)]) -> Vec<Point> {
        pts.iter().map(|&(x, y)| Point::new(x, y)).collect()
    }

    #[test]
    fn area_of_squares_with_and_without_holes() {
        let square = ring(&[(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)]);
        assert_eq!(ring_area(&square), 16.0);
        let reversed: Vec<Point> = square.iter().rev().copied().collect();
        assert_eq!(ring_area(&reversed), -16.0);
        let hole = ring(&[(1.0, 1.0), (2.0, 1.0), (2.0, 2.0), (1.0, 2.0)]);
        assert_eq!(polygon_area(&[square.clone(), hole.clone()]), 15.0);
        assert_eq!(polygon_area(&[reversed, hole]), 15.0, "orientation does not matter");
        assert_eq!(polygon_area(&[]), 0.0);
    }

    #[test]
    fn inside_outside_and_in_a_hole() {
        let square = ring(&[(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0)]);
        let hole = ring(&[(1.0, 1.0), (2.0, 1.0), (2.0, 2.0), (1.0, 2.0)]);
        let poly = [square, hole];
        assert!(polygon_contains(&poly, Point::new(3.0, 3.0)));
        assert!(!polygon_contains(&poly, Point::new(1.5, 1.5)), "in the hole");
        assert!(!polygon_contains(&poly, Point::new(5.0, 1.0)));
        assert!(polygon_contains(&poly, Point::new(3.0, 1.0)), "on a vertex's line");
    }

    #[test]
    fn label_point_of_a_compact_shape_is_its_centroid() {
        let square = ring(&[(0.0, 0.0), (4.0, 0.0), (4.0, 2.0), (0.0, 2.0), (0.0, 0.0)]);
        assert_eq!(interior_point(&[square]), Some(Point::new(2.0, 1.0)));
    }

    #[test]
    fn label_point_of_a_c_shape_or_a_ring_lies_inside() {
        // A "C" open to the right: the centroid falls in the gap.
        let c = ring(&[
            (0.0, 0.0),
            (10.0, 0.0),
            (10.0, 2.0),
            (2.0, 2.0),
            (2.0, 8.0),
            (10.0, 8.0),
            (10.0, 10.0),
            (0.0, 10.0),
        ]);
        let p = interior_point(std::slice::from_ref(&c)).unwrap();
        assert!(polygon_contains(std::slice::from_ref(&c), p), "{p:?}");
        assert!(p.x < 2.0, "on the back of the C: {p:?}");
        // A square with a big centred hole: the centroid is in the hole.
        let outer = ring(&[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]);
        let hole = ring(&[(1.0, 1.0), (9.0, 1.0), (9.0, 9.0), (1.0, 9.0)]);
        let framed = [outer, hole];
        let p = interior_point(&framed).unwrap();
        assert!(polygon_contains(&framed, p), "{p:?}");
    }

    #[test]
    fn degenerate_polygons_have_no_label_point() {
        assert_eq!(interior_point(&[]), None);
        assert_eq!(interior_point(&[ring(&[(0.0, 0.0), (1.0, 1.0)])]), None);
        assert_eq!(interior_point(&[ring(&[(0.0, 0.0), (1.0, 1.0), (2.0, 2.0)])]), None, "a line has no inside");
    }
}
