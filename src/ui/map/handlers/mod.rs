//! One module per interaction, as Leaflet's map handlers: each reads its events and calls the
//! gesture maths in the core (geo::gesture); the map only switches them on.
//!
//! - `pointer`: drag with mouse or one finger, pinch with two, double tap; shared with the host
//!   page on embedded maps (one finger scrolls the page there).
//! - `wheel`: zoom towards the cursor, or scroll the host page unless asked for (Ctrl/⌘, a click).
//! - `keyboard`: arrows pan, plus and minus zoom; the map region never scrolls itself.
//! - `resize`: the map follows its box; on host pages two fingers are kept from the page.

pub(super) mod keyboard;
pub(super) mod pointer;
pub(super) mod resize;
pub(super) mod wheel;

use crate::geo::Point;
use crate::geo::gesture::{Taps, Wheel};

/// What the pointers are doing now; shared by the pointer and wheel handlers of one map.
#[derive(Default)]
pub(crate) struct Gesture {
    pub(super) pointers: Vec<(i32, Point)>,
    pub(super) start: Point,
    pub(super) moved: bool,
    pub(super) captured: bool,
    /// Distance and midpoint of two fingers at the last move.
    pub(super) pinch: Option<(f64, Point)>,
    pub(super) drag_ended_at: f64,
    pub(super) taps: Taps,
    /// When a double tap last zoomed, so the synthesised dblclick does not zoom again.
    pub(super) tap_zoomed_at: f64,
    pub(super) wheel: Wheel,
}
