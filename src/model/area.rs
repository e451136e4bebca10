//! Named areas of the base layer (the municipalities): borders to draw and a point for each name.
//!
//! Read from a GeoJSON FeatureCollection of Polygon/MultiPolygon features. The name is the
//! property `name`, else `GEN` (as in BKG's VG250), else empty: an unnamed area still draws its
//! border. The label point is the property `label` ([lon, lat]) when present, else a point inside
//! the area's largest polygon. Features without polygons are skipped.

use super::outline::{NO_POLYGON, Polygon, geometries, polygons, read_geojson};
use crate::geo::{LonLat, Point, interior_point, polygon_area, project, unproject};

#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    pub name: String,
    /// Its (main) postcode, from the property `postcode` or `PLZ`, for the search around a place.
    pub postcode: Option<String>,
    /// Rings of all its polygons, outer rings and holes alike (draw with the even-odd rule).
    pub rings: Vec<Vec<LonLat>>,
    /// Where the name goes; inside the area unless the file's `label` says otherwise.
    pub label_at: LonLat,
}

/// The areas in the file, largest first (so labels of large areas win where names collide), or
/// why there are none.
pub fn parse_areas(text: &str) -> Result<Vec<Area>, String> {
    let gj = read_geojson(text)?;
    let sized: Vec<(f64, Area)> = geometries(&gj)
        .into_iter()
        .filter_map(|(g, props)| {
            let name = props.and_then(|p| text_property(p, "name").or_else(|| text_property(p, "GEN")));
            let postcode = props.and_then(|p| text_property(p, "postcode").or_else(|| text_property(p, "PLZ")));
            area_of(name.unwrap_or_default(), postcode, props.and_then(label_property), polygons(&g.value))
        })
        .collect();
    if sized.is_empty() {
        return Err(NO_POLYGON.into());
    }
    Ok(largest_first(sized))
}

/// An area of `polygons` (None without any) with its size in the map's plane; the label goes to
/// `label`, else inside its largest polygon. The first paint (crate::first) reads areas this way too.
pub fn area_of(
    name: String,
    postcode: Option<String>,
    label: Option<LonLat>,
    polys: Vec<Vec<Vec<LonLat>>>,
) -> Option<(f64, Area)> {
    let projected: Vec<Vec<Vec<Point>>> = polys.iter().map(project_polygon).collect();
    let sizes: Vec<f64> = projected.iter().map(|p| polygon_area(p)).collect();
    let largest = (0..polys.len()).max_by(|&a, &b| sizes[a].total_cmp(&sizes[b]))?;
    let label_at = label
        .or_else(|| interior_point(&projected[largest]).map(unproject))
        // A polygon without area has no inside: its first corner will do.
        .or_else(|| polys[largest].first()?.first().copied())?;
    Some((sizes.iter().sum(), Area { name, postcode, rings: polys.into_iter().flatten().collect(), label_at }))
}

/// Largest first, so labels of large areas win where names collide; stable, so areas of equal
/// size keep the file's order.
pub fn largest_first(mut sized: Vec<(f64, Area)>) -> Vec<Area> {
    crate::sort::sort_by(&mut sized, |a, b| b.0.total_cmp(&a.0));
    sized.into_iter().map(|(_, a)| a).collect()
}

/// In Web Mercator, the plane the map draws in: straight edges there are the ones the visitor sees.
fn project_polygon(p: &Polygon) -> Vec<Vec<Point>> {
    p.iter().map(|r| r.iter().map(|&c| project(c)).collect()).collect()
}

fn text_property(props: &geojson::JsonObject, key: &str) -> Option<String> {
    props.get(key).and_then(|v| v.as_str()).map(str::trim).filter(|s| !s.is_empty()).map(String::from)
}

fn label_property(props: &geojson::JsonObject) -> Option<LonLat> {
    match props.get("label")?.as_array()?.as_slice() {
        [lon, lat] => Some(LonLat::new(lon.as_f64()?, lat.as_f64()?)).filter(LonLat::is_valid),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::polygon_contains;

    fn feature(props: &str, geometry: &str) -> String {
        format!(r#"{{"type":"Feature","properties":{props},"geometry":{geometry}}}"#)
    }

    fn collection(features: &[String]) -> String {
        format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","))
    }

    /// Even-odd over all rings: polygons of one area do not overlap, so this is "in one of them".
    fn label_inside(a: &Area) -> bool {
        polygon_contains(&project_polygon(&a.rings), project(a.label_at))
    }

    const SMALL: &str = r#"{"type":"Polygon","coordinates":[[[10,53],[10.1,53],[10.1,53.1],[10,53.1],[10,53]]]}"#;
    const LARGE: &str = r#"{"type":"MultiPolygon","coordinates":[[[[9,53],[9.01,53],[9.01,53.01],[9,53]]],[[[9.5,53],[9.9,53],[9.9,53.3],[9.5,53.3],[9.5,53]],[[9.6,53.1],[9.8,53.1],[9.8,53.2],[9.6,53.2],[9.6,53.1]]]]}"#;

    #[test]
    fn names_labels_and_order() {
        let text = collection(&[
            feature(r#"{"name":" Klein ","GEN":"unused","label":[10.05,53.05]}"#, SMALL),
            feature(r#"{"GEN":"Groß"}"#, LARGE),
            feature(r#"{"name":"Punkt"}"#, r#"{"type":"Point","coordinates":[10,53]}"#),
            feature("null", SMALL),
        ]);
        let areas = parse_areas(&text).unwrap();
        let names: Vec<&str> = areas.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Groß", "Klein", ""], "largest first, the point skipped, unnamed kept");
        assert_eq!(areas[1].label_at, LonLat::new(10.05, 53.05), "the file's label point");
        assert_eq!(areas[0].rings.len(), 3, "all rings, holes too");
        // The large polygon's centre is in its hole: the label goes beside it, inside the land.
        assert!(label_inside(&areas[0]), "{:?}", areas[0].label_at);
    }

    #[test]
    fn a_bad_label_property_is_replaced() {
        for label in [r#""9,5""#, "[null, 53]", "[10]", "[200, 53]", r#"["10", "53"]"#] {
            let text = collection(&[feature(&format!(r#"{{"name":"A","label":{label}}}"#), SMALL)]);
            let a = &parse_areas(&text).unwrap()[0];
            assert!(label_inside(a), "{label}: {:?}", a.label_at);
        }
    }

    #[test]
    fn nothing_to_draw_is_an_error() {
        let points = collection(&[feature("{}", r#"{"type":"Point","coordinates":[10,53]}"#)]);
        assert!(parse_areas(&points).is_err());
        assert!(parse_areas("{").is_err());
        assert!(parse_areas(&collection(&[])).is_err());
        assert_eq!(parse_areas(SMALL).unwrap().len(), 1, "a bare polygon is one unnamed area");
    }

    #[test]
    fn the_shipped_municipalities() {
        let text = include_str!("../../public/data/base/gemeinden-harburg.geojson");
        let areas = parse_areas(text).unwrap();
        assert_eq!(areas.len(), 42);
        let first: Vec<&str> = areas[..3].iter().map(|a| a.name.as_str()).collect();
        assert_eq!(first, ["Winsen (Luhe)", "Seevetal", "Buchholz in der Nordheide"], "largest first");
        for a in &areas {
            assert!(!a.name.is_empty());
            assert!(label_inside(a), "{}: {:?} not inside", a.name, a.label_at);
        }
        let outline = super::super::parse_outline(include_str!("../../public/data/base/landkreis-harburg.geojson"));
        assert_eq!(outline.unwrap().len(), 3);
    }

    #[test]
    fn shipped_label_points_are_not_needed() {
        // Without the file's label points every municipality still gets one inside itself.
        let mut v: serde_json::Value =
            serde_json::from_str(include_str!("../../public/data/base/gemeinden-harburg.geojson")).unwrap();
        for f in v["features"].as_array_mut().unwrap() {
            f["properties"].as_object_mut().unwrap().remove("label");
        }
        for a in parse_areas(&v.to_string()).unwrap() {
            assert!(label_inside(&a), "{}: {:?} not inside", a.name, a.label_at);
        }
    }
}
