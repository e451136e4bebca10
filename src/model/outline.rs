//! The district outline: rings of a GeoJSON Polygon or MultiPolygon (in a Feature, a
//! FeatureCollection or bare), for drawing only.

use crate::geo::LonLat;

/// Rings (outer and holes alike) of every polygon in the file, or why there are none.
pub fn parse_outline(text: &str) -> Result<Vec<Vec<LonLat>>, String> {
    let gj: geojson::GeoJson =
        text.trim_start_matches('\u{feff}').parse().map_err(|e: geojson::Error| e.to_string())?;
    let mut rings = Vec::new();
    let mut add = |g: &geojson::Geometry| collect(&g.value, &mut rings);
    match &gj {
        geojson::GeoJson::Geometry(g) => add(g),
        geojson::GeoJson::Feature(f) => f.geometry.iter().for_each(&mut add),
        geojson::GeoJson::FeatureCollection(fc) => {
            fc.features.iter().filter_map(|f| f.geometry.as_ref()).for_each(&mut add)
        }
    }
    if rings.is_empty() { Err("no Polygon or MultiPolygon".into()) } else { Ok(rings) }
}

fn collect(v: &geojson::Value, rings: &mut Vec<Vec<LonLat>>) {
    let ring = |r: &Vec<Vec<f64>>| -> Vec<LonLat> {
        r.iter().filter(|c| c.len() >= 2).map(|c| LonLat::new(c[0], c[1])).filter(LonLat::is_valid).collect()
    };
    match v {
        geojson::Value::Polygon(p) => rings.extend(p.iter().map(ring)),
        geojson::Value::MultiPolygon(mp) => rings.extend(mp.iter().flatten().map(ring)),
        geojson::Value::GeometryCollection(gs) => gs.iter().for_each(|g| collect(&g.value, rings)),
        _ => {}
    }
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
