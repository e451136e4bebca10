//! Pure geometry: coordinates, Web Mercator, the visible viewport, raster tiles, polygons and labels.

mod declutter;
pub mod gesture;
mod labels;
mod lonlat;
pub mod math;
mod mercator;
mod polygon;
mod sheet;
mod tile;
mod viewport;

pub use declutter::declutter;
pub use labels::{AREA_LABELS_FROM_ZOOM, LabelBox, area_labels, label_width, place_labels, place_labels_at};
pub use lonlat::{Bounds, LonLat, circle_bounds, distance_m};
pub use mercator::{MAX_LATITUDE, Point, TILE_SIZE, project, unproject, world_size};
pub use polygon::{interior_point, polygon_area, polygon_contains, ring_area};
pub use sheet::Sheet;
pub use tile::{TemplateError, TileId, TilePlacement, TileTemplate, visible_tiles};
pub use viewport::{Limits, Viewport};

/// `x` within `lo..=hi` (`lo` where they cross). Not `f64::clamp`: its check that `lo <= hi`
/// panics with both numbers in the message, and that message alone brings the standard library's
/// float formatting (about 13 KB) into the first download.
pub fn within(x: f64, lo: f64, hi: f64) -> f64 {
    x.min(hi).max(lo)
}
