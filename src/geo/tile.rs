//! Raster tiles: which tiles cover a viewport, where each goes on screen, and their URLs.

use super::{LonLat, Point, TILE_SIZE, Viewport, project};
use std::fmt;

/// A tile in the XYZ ("slippy map") scheme: x from the west, y from the north.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TileId {
    pub z: u8,
    pub x: u32,
    pub y: u32,
}

impl TileId {
    /// The tile holding `p` at zoom `z`.
    pub fn containing(p: LonLat, z: u8) -> Self {
        let n = 1u32 << z;
        let w = project(p);
        let clampi = |v: f64| ((v * n as f64).floor().max(0.0) as u32).min(n - 1);
        Self { z, x: clampi(w.x), y: clampi(w.y) }
    }
}

/// A tile and where it goes: its top-left corner on screen and its edge length, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TilePlacement {
    pub id: TileId,
    /// Column and row before wrapping around the antimeridian: where the tile sits on screen.
    pub col: i64,
    pub row: i64,
    pub left: f64,
    pub top: f64,
    pub size: f64,
}

/// The tiles that cover the viewport, nearest to the centre first so they load first.
///
/// Tiles come from the whole zoom level nearest to the view's zoom (capped at `max_zoom`, the highest
/// level the server has) and are scaled to fit a fractional zoom. Columns wrap around the
/// antimeridian; rows beyond the poles are left out.
pub fn visible_tiles(vp: &Viewport, max_zoom: u8) -> Vec<TilePlacement> {
    if vp.width <= 0.0 || vp.height <= 0.0 || !vp.zoom.is_finite() {
        return Vec::new();
    }
    let z = vp.zoom.round().clamp(0.0, max_zoom as f64) as u8;
    let scale = super::math::exp2(vp.zoom - z as f64);
    let size = TILE_SIZE * scale;
    let origin = vp.origin(); // world pixels at vp.zoom
    let n = 1i64 << z;
    let first = |o: f64| (o / size).floor() as i64;
    let last = |o: f64, len: f64| ((o + len) / size).ceil() as i64 - 1;
    let (x0, x1) = (first(origin.x), last(origin.x, vp.width));
    let (y0, y1) = (first(origin.y).max(0), last(origin.y, vp.height).min(n - 1));
    let centre = Point::new(vp.width / 2.0, vp.height / 2.0);
    let mut tiles = Vec::new();
    for ty in y0..=y1 {
        for tx in x0..=x1 {
            let left = tx as f64 * size - origin.x;
            let top = ty as f64 * size - origin.y;
            let id = TileId { z, x: tx.rem_euclid(n) as u32, y: ty as u32 };
            tiles.push(TilePlacement { id, col: tx, row: ty, left, top, size });
        }
    }
    let dist = |t: &TilePlacement| Point::new(t.left + t.size / 2.0, t.top + t.size / 2.0).sub(centre).length();
    crate::sort::sort_by(&mut tiles, |a, b| dist(a).total_cmp(&dist(b)));
    tiles
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Text(String),
    Z,
    X,
    Y,
    /// `{-y}`: TMS row numbering, from the south.
    MinusY,
    /// `{s}`: one of the subdomains, chosen per tile so requests spread over hosts.
    Subdomain,
}

/// A tile URL template such as `https://tile.example/{z}/{x}/{y}.png`. The placeholders may come
/// in any order (basemap.de puts the row before the column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TileTemplate {
    parts: Vec<Part>,
    subdomains: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateError {
    Missing(&'static str),
    Unknown(String),
    Unclosed,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TemplateError::Missing(p) => write!(f, "the placeholder {p} is missing"),
            TemplateError::Unknown(p) => write!(f, "unknown placeholder {{{p}}}"),
            TemplateError::Unclosed => write!(f, "a '{{' is not closed"),
        }
    }
}

impl TileTemplate {
    pub fn parse(template: &str) -> Result<Self, TemplateError> {
        let mut parts = Vec::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                parts.push(Part::Text(rest[..open].to_string()));
            }
            let close = rest[open..].find('}').ok_or(TemplateError::Unclosed)? + open;
            let part = match &rest[open + 1..close] {
                "z" => Part::Z,
                "x" => Part::X,
                "y" => Part::Y,
                "-y" => Part::MinusY,
                "s" => Part::Subdomain,
                // `{r}` asks for a high-resolution suffix; we always load the normal tiles.
                "r" => Part::Text(String::new()),
                other => return Err(TemplateError::Unknown(other.to_string())),
            };
            parts.push(part);
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(Part::Text(rest.to_string()));
        }
        for (p, name) in [(Part::Z, "{z}"), (Part::X, "{x}")] {
            if !parts.contains(&p) {
                return Err(TemplateError::Missing(name));
            }
        }
        if !parts.contains(&Part::Y) && !parts.contains(&Part::MinusY) {
            return Err(TemplateError::Missing("{y}"));
        }
        Ok(Self { parts, subdomains: vec!["a".into(), "b".into(), "c".into()] })
    }

    pub fn with_subdomains(mut self, subdomains: Vec<String>) -> Self {
        if !subdomains.is_empty() {
            self.subdomains = subdomains;
        }
        self
    }

    pub fn url(&self, t: TileId) -> String {
        let mut s = String::new();
        for p in &self.parts {
            match p {
                Part::Text(text) => s.push_str(text),
                Part::Z => s.push_str(&t.z.to_string()),
                Part::X => s.push_str(&t.x.to_string()),
                Part::Y => s.push_str(&t.y.to_string()),
                Part::MinusY => s.push_str(&((1u32 << t.z) - 1 - t.y).to_string()),
                Part::Subdomain => {
                    let i = (t.x as usize + t.y as usize) % self.subdomains.len();
                    s.push_str(&self.subdomains[i]);
                }
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_tiles_for_known_points() {
        // Winsen (Luhe) at zoom 10 and 14, computed independently with the OSM wiki formula
        // (x = (lon+180)/360·2^z, y = (1 − asinh(tan φ)/π)/2·2^z) in Python.
        let winsen = LonLat::new(10.20916, 53.36243);
        assert_eq!(TileId::containing(winsen, 10), TileId { z: 10, x: 541, y: 331 });
        assert_eq!(TileId::containing(winsen, 14), TileId { z: 14, x: 8656, y: 5309 });
        assert_eq!(TileId::containing(LonLat::new(0.0, 0.0), 1), TileId { z: 1, x: 1, y: 1 });
        assert_eq!(TileId::containing(LonLat::new(-180.0, 85.0), 0), TileId { z: 0, x: 0, y: 0 });
        assert_eq!(TileId::containing(LonLat::new(180.0, -85.1), 3), TileId { z: 3, x: 7, y: 7 });
    }

    #[test]
    fn template_placeholders_in_any_order() {
        let t = TileTemplate::parse(
            "https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_farbe/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png",
        )
        .unwrap();
        assert!(t.url(TileId { z: 10, x: 541, y: 331 }).ends_with("/GLOBAL_WEBMERCATOR/10/331/541.png"));
        let osm = TileTemplate::parse("https://{s}.tile.example/{z}/{x}/{y}.png").unwrap();
        assert_eq!(osm.url(TileId { z: 2, x: 1, y: 3 }), "https://b.tile.example/2/1/3.png");
        let tms = TileTemplate::parse("/t/{z}/{x}/{-y}{r}.png").unwrap();
        assert_eq!(tms.url(TileId { z: 2, x: 1, y: 0 }), "/t/2/1/3.png");
        let q = TileTemplate::parse("/tile?y={y}&x={x}&zoom={z}").unwrap();
        assert_eq!(q.url(TileId { z: 5, x: 6, y: 7 }), "/tile?y=7&x=6&zoom=5");
    }

    #[test]
    fn template_errors() {
        assert_eq!(TileTemplate::parse("/{z}/{x}.png"), Err(TemplateError::Missing("{y}")));
        assert_eq!(TileTemplate::parse("/{x}/{y}.png"), Err(TemplateError::Missing("{z}")));
        assert_eq!(TileTemplate::parse("/{z}/{x}/{y}/{q}"), Err(TemplateError::Unknown("q".into())));
        assert_eq!(TileTemplate::parse("/{z}/{x}/{y"), Err(TemplateError::Unclosed));
    }

    #[test]
    fn visible_tiles_cover_the_viewport_and_no_more() {
        let vp = Viewport::new(LonLat::new(9.99, 53.32), 10.0, 800.0, 600.0);
        let tiles = visible_tiles(&vp, 19);
        // 800 px over 256 px tiles touches 4 or 5 columns, 600 px 3 or 4 rows.
        assert!((12..=20).contains(&tiles.len()), "{}", tiles.len());
        for t in &tiles {
            assert_eq!(t.id.z, 10);
            assert!(t.left < 800.0 && t.left + t.size > 0.0 && t.top < 600.0 && t.top + t.size > 0.0);
        }
        let centre = TileId::containing(vp.center, 10);
        assert_eq!(tiles[0].id, centre, "the centre tile comes first");
        // Every screen pixel is covered: the union spans the whole viewport.
        let min_left = tiles.iter().map(|t| t.left).fold(f64::MAX, f64::min);
        let max_right = tiles.iter().map(|t| t.left + t.size).fold(f64::MIN, f64::max);
        assert!(min_left <= 0.0 && max_right >= 800.0);
    }

    #[test]
    fn fractional_zoom_scales_tiles_and_caps_at_max_zoom() {
        let vp = Viewport::new(LonLat::new(9.99, 53.32), 10.4, 512.0, 512.0);
        let tiles = visible_tiles(&vp, 19);
        assert!(tiles.iter().all(|t| t.id.z == 10 && (t.size - 256.0 * 0.4f64.exp2()).abs() < 1e-9));
        let deep = Viewport { zoom: 21.0, ..vp };
        let tiles = visible_tiles(&deep, 19);
        assert!(tiles.iter().all(|t| t.id.z == 19 && t.size == 1024.0));
    }

    #[test]
    fn columns_wrap_and_rows_stop_at_the_poles() {
        let vp = Viewport::new(LonLat::new(180.0, 0.0), 1.0, 512.0, 2000.0);
        let tiles = visible_tiles(&vp, 19);
        assert!(tiles.iter().all(|t| t.id.x < 2 && t.id.y < 2));
        assert_eq!(tiles.len(), 4);
        assert!(visible_tiles(&Viewport { width: 0.0, ..vp }, 19).is_empty());
    }
}
