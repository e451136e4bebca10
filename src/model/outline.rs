//! The district outline: rings of a GeoJSON Polygon or MultiPolygon (in a Feature, a
//! FeatureCollection or bare), for drawing only. Also the reading of polygons that the areas
//! (`area.rs`) share.

use crate::geo::LonLat;

/// A polygon's rings, the outer ring first, then its holes.
pub(super) type Polygon = Vec<Vec<LonLat>>;

/// Rings (outer and holes alike) of every polygon in the file, or why there are none.
pub fn parse_outline(text: &str) -> Result<Vec<Vec<LonLat>>, String> {
    let gj = read_geojson(text)?;
    let rings: Vec<_> = geometries(&gj).into_iter().flat_map(|(g, _)| polygons(&g.value)).flatten().collect();
    if rings.is_empty() { Err(NO_POLYGON.into()) } else { Ok(rings) }
}

pub(super) const NO_POLYGON: &str = "no Polygon or MultiPolygon";

/// The GeoJSON in `text` (a byte-order mark is allowed, as spreadsheet tools write one).
pub(super) fn read_geojson(text: &str) -> Result<geojson::GeoJson, String> {
    text.trim_start_matches('\u{feff}').parse().map_err(|e: geojson::Error| e.to_string())
}

/// Every geometry in the file with its feature's properties (none for a bare geometry).
pub(super) fn geometries(gj: &geojson::GeoJson) -> Vec<(&geojson::Geometry, Option<&geojson::JsonObject>)> {
    match gj {
        geojson::GeoJson::Geometry(g) => vec![(g, None)],
        geojson::GeoJson::Feature(f) => f.geometry.iter().map(|g| (g, f.properties.as_ref())).collect(),
        geojson::GeoJson::FeatureCollection(fc) => {
            fc.features.iter().filter_map(|f| f.geometry.as_ref().map(|g| (g, f.properties.as_ref()))).collect()
        }
    }
}

/// The polygons of a geometry (none for points and lines), without invalid positions. Rings left
/// with fewer than three points enclose nothing and are dropped; without its outer ring a polygon
/// is dropped whole, as its holes would otherwise be taken for land.
pub(super) fn polygons(v: &geojson::Value) -> Vec<Polygon> {
    let ring = |r: &Vec<Vec<f64>>| -> Vec<LonLat> {
        r.iter().filter(|c| c.len() >= 2).map(|c| LonLat::new(c[0], c[1])).filter(LonLat::is_valid).collect()
    };
    let polygon = |p: &Vec<Vec<Vec<f64>>>| -> Polygon {
        let rings: Polygon = p.iter().map(ring).collect();
        match rings.first() {
            Some(outer) if outer.len() >= 3 => rings.into_iter().filter(|r| r.len() >= 3).collect(),
            _ => Vec::new(),
        }
    };
    let all: Vec<Polygon> = match v {
        geojson::Value::Polygon(p) => vec![polygon(p)],
        geojson::Value::MultiPolygon(mp) => mp.iter().map(polygon).collect(),
        geojson::Value::GeometryCollection(gs) => gs.iter().flat_map(|g| polygons(&g.value)).collect(),
        _ => Vec::new(),
    };
    all.into_iter().filter(|p| !p.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polygons_in_any_wrapping() {
        let poly = r#"{"type":"Polygon","coordinates":[[[10,53],[10.1,53],[10.1,53.1],[10,53]]]}"#;
        assert_eq!(parse_outline(poly).unwrap()[0].len(), 4);
        let fc = format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{}},"geometry":{{"type":"MultiPolygon","coordinates":[[[[9,53],[9.1,53],[9,53.1],[9,53]]],[[[10,53],[10.1,53],[10,53.1],[10,53]],[[10.01,53.01],[10.02,53.01],[10.01,53.02],[10.01,53.01]]]]}}}},{{"type":"Feature","properties":{{}},"geometry":{}}}]}}"#,
            poly
        );
        assert_eq!(parse_outline(&fc).unwrap().len(), 4);
        assert!(parse_outline(r#"{"type":"Point","coordinates":[1,2]}"#).is_err());
        assert!(parse_outline("nonsense").is_err());
    }
}
