//! What a gesture does to the view: events in (positions in map pixels, times in ms), a new
//! `Viewport` out. The map's handlers (src/ui/map/handlers/) only read events and call these, the
//! way Leaflet's handlers drive its map; here the maths is plain and tested natively.
//!
//! Options, in one place:
//! - [`DRAG_THRESHOLD`]: movement before a press becomes a drag, so a shaky click still clicks.
//! - [`DOUBLE_TAP_MS`], [`DOUBLE_TAP_PX`]: how close in time and space two taps are one double tap.
//! - [`WHEEL_STEP_MS`], [`WHEEL_NOTCH_PX`]: one wheel notch (or a trackpad's worth) is one level,
//!   at most one level per step time.
//! - [`KEY_PAN`]: pixels an arrow key pans.

use super::{Point, Viewport};

pub const DRAG_THRESHOLD: f64 = 4.0;
pub const DOUBLE_TAP_MS: f64 = 300.0;
pub const DOUBLE_TAP_PX: f64 = 30.0;
pub const WHEEL_STEP_MS: f64 = 200.0;
pub const WHEEL_NOTCH_PX: f64 = 30.0;
/// A pause this long (ms) starts a new wheel gesture: what was scrolled before is forgotten.
pub const WHEEL_RESET_MS: f64 = 400.0;
pub const KEY_PAN: f64 = 100.0;

/// True once a press has moved far enough from where it started to be a drag, not a click.
pub fn is_drag(start: Point, now: Point) -> bool {
    now.sub(start).length() > DRAG_THRESHOLD
}

/// One zoom step (±1) to the next whole level, keeping the point under `anchor` (the cursor, a
/// tap, or the centre when `None`) where it is.
pub fn zoom_step(vp: &Viewport, step: f64, anchor: Option<Point>) -> Viewport {
    let anchor = anchor.unwrap_or(Point::new(vp.width / 2.0, vp.height / 2.0));
    vp.zoomed_around((vp.zoom + step).round(), anchor)
}

/// Two fingers went from distance `d0` and midpoint `m0` to `d1` and `m1`: the map scales by their
/// spread around the old midpoint and follows the midpoint, so what is between the fingers stays
/// there.
pub fn pinch(vp: &Viewport, (d0, m0): (f64, Point), (d1, m1): (f64, Point)) -> Viewport {
    let dz = super::math::log2(d1.max(1.0) / d0.max(1.0));
    let shift = m1.sub(m0);
    vp.zoomed_around(vp.zoom + dz, m0).panned(shift.x, shift.y)
}

/// Distance and midpoint of two fingers.
pub fn spread(a: Point, b: Point) -> (f64, Point) {
    (b.sub(a).length().max(1.0), a.add(b).scale(0.5))
}

/// The view an arrow or plus/minus key asks for (`KeyboardEvent.key`), or `None` for other keys.
pub fn key(vp: &Viewport, key: &str) -> Option<Viewport> {
    Some(match key {
        "ArrowLeft" => vp.panned(KEY_PAN, 0.0),
        "ArrowRight" => vp.panned(-KEY_PAN, 0.0),
        "ArrowUp" => vp.panned(0.0, KEY_PAN),
        "ArrowDown" => vp.panned(0.0, -KEY_PAN),
        "+" | "=" | "Add" => zoom_step(vp, 1.0, None),
        "-" | "_" | "Subtract" => zoom_step(vp, -1.0, None),
        _ => return None,
    })
}

/// Pixels a wheel event scrolled (`WheelEvent.deltaMode`: 0 pixels, 1 lines, 2 pages).
pub fn wheel_px(delta: f64, mode: u32) -> f64 {
    delta
        * match mode {
            1 => 40.0,
            2 => 800.0,
            _ => 1.0,
        }
}

/// Wheel events add up until they make a notch; then one zoom step, and none for a moment, so a
/// trackpad's stream of small deltas does not race through the levels.
#[derive(Clone, Copy, Debug, Default)]
pub struct Wheel {
    acc: f64,
    last_event: f64,
    last_step: f64,
}

impl Wheel {
    /// Adds `px` scrolled at `now` (ms); returns the zoom step (+1 in, −1 out) if one is due.
    pub fn scroll(&mut self, px: f64, now: f64) -> Option<f64> {
        if now - self.last_event > WHEEL_RESET_MS {
            self.acc = 0.0;
        }
        self.last_event = now;
        if now - self.last_step < WHEEL_STEP_MS {
            return None;
        }
        self.acc += px;
        if self.acc.abs() < WHEEL_NOTCH_PX {
            return None;
        }
        let step = -self.acc.signum();
        self.acc = 0.0;
        self.last_step = now;
        Some(step)
    }
}

/// Recognises a double tap from single taps (time in ms, position in map px).
#[derive(Clone, Copy, Debug, Default)]
pub struct Taps {
    last: Option<(f64, Point)>,
}

impl Taps {
    /// A tap at `p`, `now`: true when it completes a double tap (then the next tap starts anew).
    pub fn tap(&mut self, now: f64, p: Point) -> bool {
        match self.last {
            Some((t0, p0)) if now - t0 < DOUBLE_TAP_MS && p.sub(p0).length() < DOUBLE_TAP_PX => {
                self.last = None;
                true
            }
            _ => {
                self.last = Some((now, p));
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::LonLat;

    fn vp() -> Viewport {
        Viewport::new(LonLat::new(9.99, 53.32), 10.0, 800.0, 600.0)
    }

    fn near(a: LonLat, b: LonLat) -> bool {
        (a.lon - b.lon).abs() < 1e-9 && (a.lat - b.lat).abs() < 1e-9
    }

    #[test]
    fn a_wheel_step_towards_the_cursor_keeps_the_point_under_it() {
        let v = vp();
        let cursor = Point::new(620.0, 140.0);
        let under = v.to_lonlat(cursor);
        let z = zoom_step(&v, 1.0, Some(cursor));
        assert_eq!(z.zoom, 11.0);
        assert!(near(z.to_lonlat(cursor), under));
        // From a fractional zoom (after a pinch) the step lands on a whole level.
        let f = Viewport { zoom: 10.4, ..v };
        assert_eq!(zoom_step(&f, 1.0, None).zoom, 11.0);
        assert_eq!(zoom_step(&f, -1.0, None).zoom, 9.0);
    }

    #[test]
    fn a_pinch_keeps_the_midpoint_and_follows_it() {
        let v = vp();
        let (a0, b0) = (Point::new(300.0, 300.0), Point::new(400.0, 300.0));
        let from = spread(a0, b0);
        let between = v.to_lonlat(from.1);
        // Fingers twice as far apart: one level in; the point between them stays between them.
        let to = spread(Point::new(250.0, 300.0), Point::new(450.0, 300.0));
        let z = pinch(&v, from, to);
        assert!((z.zoom - 11.0).abs() < 1e-9);
        assert!(near(z.to_lonlat(to.1), between));
        // Both fingers move 50 px right: a pan that keeps the place under the midpoint.
        let moved = spread(Point::new(350.0, 300.0), Point::new(450.0, 300.0));
        let p = pinch(&v, from, moved);
        assert!((p.zoom - 10.0).abs() < 1e-9);
        assert!(near(p.to_lonlat(moved.1), between));
    }

    #[test]
    fn limits_hold_after_any_gesture() {
        use crate::geo::{Bounds, Limits};
        let limits = Limits {
            min_zoom: 8.0,
            max_zoom: 12.0,
            bounds: Bounds { west: 9.5, south: 53.1, east: 10.5, north: 53.6 },
        };
        let mut v = vp();
        for _ in 0..10 {
            v = zoom_step(&v, 1.0, Some(Point::new(0.0, 0.0))).constrained(&limits);
        }
        assert_eq!(v.zoom, 12.0);
        for _ in 0..40 {
            v = key(&v, "ArrowLeft").unwrap().constrained(&limits);
        }
        assert!(limits.bounds.contains(v.center));
        let far = pinch(&v, (10.0, Point::new(0.0, 0.0)), (10_000.0, Point::new(0.0, 0.0))).constrained(&limits);
        assert_eq!(far.zoom, 12.0);
    }

    #[test]
    fn a_tap_is_not_a_drag() {
        let start = Point::new(100.0, 100.0);
        assert!(!is_drag(start, Point::new(103.0, 102.0)));
        assert!(is_drag(start, Point::new(106.0, 100.0)));
    }

    #[test]
    fn two_taps_close_in_time_and_place_are_a_double_tap() {
        let mut t = Taps::default();
        assert!(!t.tap(0.0, Point::new(10.0, 10.0)));
        assert!(t.tap(200.0, Point::new(20.0, 15.0)));
        // The next tap starts a new pair; taps far apart in time or space are single.
        assert!(!t.tap(300.0, Point::new(20.0, 15.0)));
        assert!(!t.tap(700.0, Point::new(20.0, 15.0)));
        assert!(!t.tap(800.0, Point::new(90.0, 15.0)));
    }

    #[test]
    fn wheel_notches_make_one_step_each_and_small_deltas_add_up() {
        let mut w = Wheel::default();
        assert_eq!(w.scroll(wheel_px(-100.0, 0), 1000.0), Some(1.0));
        // Within the step time: nothing, however much is scrolled.
        assert_eq!(w.scroll(-100.0, 1100.0), None);
        assert_eq!(w.scroll(wheel_px(3.0, 1), 1300.0), Some(-1.0));
        // A trackpad: small deltas add up to a notch.
        let mut t = Wheel::default();
        let steps: Vec<_> = (0..5).filter_map(|i| t.scroll(8.0, 2000.0 + i as f64 * 16.0)).collect();
        assert_eq!(steps, [-1.0]);
    }

    #[test]
    fn keys_pan_by_a_fixed_amount_and_zoom_by_levels() {
        let v = vp();
        let left = key(&v, "ArrowLeft").unwrap();
        assert!((left.to_screen(v.center).x - (400.0 + KEY_PAN)).abs() < 1e-6);
        assert_eq!(key(&v, "+").unwrap().zoom, 11.0);
        assert_eq!(key(&v, "Subtract").unwrap().zoom, 9.0);
        assert!(key(&v, "a").is_none());
    }
}
