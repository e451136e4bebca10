//! What part of the world the map shows: a centre, a (possibly fractional) zoom and a size in CSS
//! pixels. All panning and zooming is arithmetic on this value; the UI only renders it.

use super::{Bounds, LonLat, Point, project, unproject, world_size};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub center: LonLat,
    pub zoom: f64,
    pub width: f64,
    pub height: f64,
}

/// How far the visitor may wander: zoom range and the box the centre must stay in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub min_zoom: f64,
    pub max_zoom: f64,
    pub bounds: Bounds,
}

impl Limits {
    /// Limits that keep the visitor near the data: the box of all places and the start view, with
    /// half its size to spare, and a few zoom levels out from the start (or `min_zoom`).
    pub fn around(
        center: LonLat,
        zoom: f64,
        min_zoom: Option<f64>,
        max_zoom: f64,
        places: impl IntoIterator<Item = LonLat>,
    ) -> Self {
        let bounds = Bounds::of(places).map(|b| b.extend(center)).unwrap_or_else(|| Bounds::around(center));
        let min_zoom = super::within(min_zoom.unwrap_or(zoom - 3.0), 0.0, zoom.min(max_zoom));
        Limits { min_zoom, max_zoom, bounds: bounds.padded(0.5, 0.3) }
    }
}

impl Viewport {
    pub fn new(center: LonLat, zoom: f64, width: f64, height: f64) -> Self {
        Self { center, zoom, width, height }
    }

    fn size(&self) -> Point {
        Point::new(self.width, self.height)
    }

    /// World-pixel position of the viewport's top-left corner.
    pub fn origin(&self) -> Point {
        project(self.center).scale(world_size(self.zoom)).sub(self.size().scale(0.5))
    }

    /// Screen position (CSS pixels from the top-left of the map) of a coordinate.
    pub fn to_screen(&self, p: LonLat) -> Point {
        project(p).scale(world_size(self.zoom)).sub(self.origin())
    }

    /// Coordinate under a screen position.
    pub fn to_lonlat(&self, screen: Point) -> LonLat {
        unproject(self.origin().add(screen).scale(1.0 / world_size(self.zoom)))
    }

    /// Moves the map content by (dx, dy) screen pixels, as a drag does.
    pub fn panned(&self, dx: f64, dy: f64) -> Self {
        let c = self.size().scale(0.5).sub(Point::new(dx, dy));
        Self { center: self.to_lonlat(c), ..*self }
    }

    /// Changes the zoom while the coordinate under `anchor` (a screen point) stays where it is.
    pub fn zoomed_around(&self, zoom: f64, anchor: Point) -> Self {
        let fixed = self.to_lonlat(anchor);
        let scaled = Self { zoom, ..*self };
        let drift = scaled.to_screen(fixed).sub(anchor);
        scaled.panned(-drift.x, -drift.y)
    }

    pub fn with_size(&self, width: f64, height: f64) -> Self {
        Self { width, height, ..*self }
    }

    /// The longitude/latitude box the viewport covers.
    pub fn bounds(&self) -> Bounds {
        let nw = self.to_lonlat(Point::new(0.0, 0.0));
        let se = self.to_lonlat(self.size());
        Bounds { west: nw.lon, south: se.lat, east: se.lon, north: nw.lat }
    }

    /// True if `p` is on screen, at least `margin` pixels inside the edges.
    pub fn shows(&self, p: LonLat, margin: f64) -> bool {
        let s = self.to_screen(p);
        s.x >= margin && s.y >= margin && s.x <= self.width - margin && s.y <= self.height - margin
    }

    /// This view if it shows all of `bounds` (with `padding` px to spare); otherwise the view
    /// centred on `bounds` at the largest whole zoom that fits it, but not below `min_zoom`.
    pub fn showing(&self, bounds: &Bounds, padding: f64, min_zoom: f64) -> Self {
        let corners = [LonLat::new(bounds.west, bounds.north), LonLat::new(bounds.east, bounds.south)];
        if self.width <= 0.0 || corners.iter().all(|&c| self.shows(c, padding)) {
            return *self;
        }
        let zoom = Limits::fit_zoom(bounds, self.width, self.height, padding).min(self.zoom).max(min_zoom);
        Self { center: bounds.center(), zoom, ..*self }
    }

    /// Keeps `p` in sight when part of the map is covered (a details sheet or side panel): if `p`
    /// is not at least `margin` px inside `free` (left, top, right, bottom in screen pixels), the
    /// view pans so that `p` sits in the middle of `free`; otherwise the view stays as it is.
    pub fn revealing(&self, p: LonLat, free: (f64, f64, f64, f64), margin: f64) -> Self {
        let (left, top, right, bottom) = free;
        if right - left < 2.0 * margin || bottom - top < 2.0 * margin {
            return *self;
        }
        let s = self.to_screen(p);
        if s.x >= left + margin && s.x <= right - margin && s.y >= top + margin && s.y <= bottom - margin {
            return *self;
        }
        let target = Point::new((left + right) / 2.0, (top + bottom) / 2.0);
        self.panned(target.x - s.x, target.y - s.y)
    }

    /// The part of a map (`map`: left, top, right, bottom on screen) that a details sheet
    /// (`sheet`, same units) leaves free, in the map's own pixels, for [`Viewport::revealing`]: a
    /// bottom sheet leaves the strip above it, a side sheet the part beside it (left, or in right
    /// to left the right).
    pub fn free_beside(map: (f64, f64, f64, f64), sheet: Option<(f64, f64, f64, f64)>) -> (f64, f64, f64, f64) {
        let (w, h) = (map.2 - map.0, map.3 - map.1);
        match sheet {
            Some(d) if d.1 > map.1 + 40.0 && d.0 <= map.0 + 1.0 => (0.0, 0.0, w, d.1 - map.1),
            Some(d) if d.0 > map.0 + 40.0 => (0.0, 0.0, d.0 - map.0, h),
            Some(d) if d.2 < map.2 - 40.0 => (d.2 - map.0, 0.0, w, h),
            _ => (0.0, 0.0, w, h),
        }
    }

    /// The same view pulled back inside the limits.
    pub fn constrained(&self, limits: &Limits) -> Self {
        let zoom = super::within(self.zoom, limits.min_zoom, limits.max_zoom);
        Self { center: limits.bounds.clamp(self.center), zoom, ..*self }
    }
}

impl Limits {
    /// The largest zoom at which `bounds` fits into a `width` × `height` view with `padding` pixels
    /// to spare on every side, rounded down to a whole level.
    pub fn fit_zoom(bounds: &Bounds, width: f64, height: f64, padding: f64) -> f64 {
        let nw = project(LonLat::new(bounds.west, bounds.north));
        let se = project(LonLat::new(bounds.east, bounds.south));
        let (w, h) = ((se.x - nw.x).max(1e-12), (se.y - nw.y).max(1e-12));
        let avail_w = (width - 2.0 * padding).max(1.0);
        let avail_h = (height - 2.0 * padding).max(1.0);
        let zx = super::math::log2(avail_w / (w * 256.0));
        let zy = super::math::log2(avail_h / (h * 256.0));
        zx.min(zy).floor()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vp() -> Viewport {
        Viewport::new(LonLat::new(9.99, 53.32), 10.0, 800.0, 600.0)
    }

    #[test]
    fn a_sheet_leaves_the_part_beside_it_free() {
        let map = (10.0, 100.0, 400.0, 800.0);
        // A phone's bottom sheet from y = 500: the strip above it.
        assert_eq!(Viewport::free_beside(map, Some((10.0, 500.0, 400.0, 800.0))), (0.0, 0.0, 390.0, 400.0));
        // A desktop's side sheet on the right, then (right to left) on the left.
        assert_eq!(Viewport::free_beside(map, Some((200.0, 100.0, 400.0, 800.0))), (0.0, 0.0, 190.0, 700.0));
        assert_eq!(Viewport::free_beside(map, Some((10.0, 100.0, 200.0, 800.0))), (190.0, 0.0, 390.0, 700.0));
        assert_eq!(Viewport::free_beside(map, None), (0.0, 0.0, 390.0, 700.0));
    }

    fn close(a: LonLat, b: LonLat) -> bool {
        (a.lon - b.lon).abs() < 1e-9 && (a.lat - b.lat).abs() < 1e-9
    }

    #[test]
    fn centre_is_in_the_middle_of_the_screen() {
        let v = vp();
        let c = v.to_screen(v.center);
        assert!((c.x - 400.0).abs() < 1e-6 && (c.y - 300.0).abs() < 1e-6);
        assert!(close(v.to_lonlat(Point::new(400.0, 300.0)), v.center));
    }

    #[test]
    fn revealing_moves_a_covered_place_into_the_free_part() {
        let v = vp();
        // A bottom sheet covers the lower 60 % of an 800 × 600 map.
        let free = (0.0, 0.0, 800.0, 240.0);
        let covered = v.to_lonlat(Point::new(400.0, 450.0));
        let moved = v.revealing(covered, free, 24.0);
        let s = moved.to_screen(covered);
        assert!((s.x - 400.0).abs() < 1e-6 && (s.y - 120.0).abs() < 1e-6, "{s:?}");
        // A place already in the free part keeps the view as it is.
        let seen = v.to_lonlat(Point::new(100.0, 100.0));
        assert_eq!(v.revealing(seen, free, 24.0), v);
        // A free part too small to hold the margin changes nothing.
        assert_eq!(v.revealing(covered, (0.0, 0.0, 800.0, 30.0), 24.0), v);
    }

    #[test]
    fn screen_round_trip() {
        let v = vp();
        let p = LonLat::new(10.2, 53.4);
        assert!(close(v.to_lonlat(v.to_screen(p)), p));
    }

    #[test]
    fn panning_moves_content_with_the_pointer() {
        let v = vp();
        let p = LonLat::new(10.1, 53.3);
        let before = v.to_screen(p);
        let after = v.panned(30.0, -20.0).to_screen(p);
        assert!((after.x - before.x - 30.0).abs() < 1e-6 && (after.y - before.y + 20.0).abs() < 1e-6);
    }

    #[test]
    fn zoom_keeps_the_anchor_fixed() {
        let v = vp();
        let anchor = Point::new(100.0, 500.0);
        let under = v.to_lonlat(anchor);
        let z = v.zoomed_around(12.0, anchor);
        assert_eq!(z.zoom, 12.0);
        let s = z.to_screen(under);
        assert!((s.x - 100.0).abs() < 1e-6 && (s.y - 500.0).abs() < 1e-6, "{s:?}");
    }

    #[test]
    fn bounds_hold_the_centre_and_shrink_when_zooming_in() {
        let v = vp();
        let b = v.bounds();
        assert!(b.contains(v.center));
        let b2 = v.zoomed_around(11.0, Point::new(400.0, 300.0)).bounds();
        assert!(((b.east - b.west) / (b2.east - b2.west) - 2.0).abs() < 1e-9);
        assert!(v.shows(v.center, 10.0));
        assert!(!v.shows(LonLat::new(12.0, 53.32), 0.0));
    }

    #[test]
    fn constrained_clamps_zoom_and_centre() {
        let limits = Limits {
            min_zoom: 8.0,
            max_zoom: 19.0,
            bounds: Bounds { west: 9.5, south: 53.1, east: 10.5, north: 53.5 },
        };
        let far = Viewport::new(LonLat::new(13.4, 52.5), 25.0, 800.0, 600.0).constrained(&limits);
        assert_eq!(far.zoom, 19.0);
        assert_eq!(far.center, LonLat::new(10.5, 53.1));
        assert_eq!(vp().with_size(1.0, 1.0).constrained(&limits).zoom, 10.0);
        let out = Viewport { zoom: 2.0, ..vp() }.constrained(&limits);
        assert_eq!(out.zoom, 8.0);
    }

    #[test]
    fn showing_keeps_a_view_that_fits_and_zooms_out_one_that_does_not() {
        let data = Bounds { west: 9.6, south: 53.2, east: 10.4, north: 53.45 };
        let wide = Viewport::new(LonLat::new(9.99, 53.32), 10.0, 1280.0, 800.0);
        assert_eq!(wide.showing(&data, 20.0, 8.0), wide);
        let phone = Viewport::new(LonLat::new(9.99, 53.32), 10.0, 360.0, 480.0);
        let fitted = phone.showing(&data, 20.0, 8.0);
        assert_eq!(fitted.zoom, 9.0);
        assert_eq!(fitted.center, data.center());
        assert!(fitted.shows(LonLat::new(9.6, 53.45), 20.0) && fitted.shows(LonLat::new(10.4, 53.2), 20.0));
        assert_eq!(phone.showing(&data, 20.0, 9.5).zoom, 9.5, "never below the minimum");
        let no_size = Viewport::new(LonLat::new(9.99, 53.32), 10.0, 0.0, 0.0);
        assert_eq!(no_size.showing(&data, 20.0, 8.0), no_size);
    }

    #[test]
    fn fit_zoom_of_the_district() {
        let district = Bounds { west: 9.5615, south: 53.1290, east: 10.4710, north: 53.5053 };
        // 0.91° of longitude is ~660 px at zoom 10, so an 800 px wide map fits it at 10, not 11.
        assert_eq!(Limits::fit_zoom(&district, 800.0, 600.0, 20.0), 10.0);
        assert_eq!(Limits::fit_zoom(&district, 320.0, 400.0, 10.0), 8.0);
    }
}
