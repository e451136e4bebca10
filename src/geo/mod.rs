//! Pure geometry: coordinates, Web Mercator, the visible viewport and raster tiles.

mod declutter;
mod lonlat;
mod mercator;
mod tile;
mod viewport;

pub use declutter::declutter;
pub use lonlat::{Bounds, LonLat, distance_m};
pub use mercator::{MAX_LATITUDE, Point, TILE_SIZE, project, unproject, world_size};
pub use tile::{TemplateError, TileId, TilePlacement, TileTemplate, visible_tiles};
pub use viewport::{Limits, Viewport};
