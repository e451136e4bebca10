//! A feature's geometry and bbox read, with a problem for each wrong coordinate.

use super::*;

/// `bbox` must be a list of numbers when it is there (null counts as absent, as in the crate).
pub(super) fn check_bbox(bbox: Option<&Value>, path: &str, warnings: &mut Vec<Problem>) {
    let problem = match bbox {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => items
            .iter()
            .position(|x| !x.is_number())
            .map(|k| wrong_value(Member::Bbox, Expected::Numbers, &items[k], &format!("{path}/{k}"))),
        Some(other) => Some(wrong_value(Member::Bbox, Expected::Numbers, other, path)),
    };
    warnings.extend(problem.map(warning));
}

/// One geometry object at `path` (`geometry`, `geometry/geometries/2`).
pub(super) fn read_geometry(
    g: &Map<String, Value>,
    path: &str,
    errors: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) -> Shape {
    check_bbox(g.get("bbox"), &format!("{path}/bbox"), warnings);
    let kind = match g.get("type") {
        None => {
            errors.push(Problem::error(Kind::MissingMember { member: Member::GeometryType }).in_path(path));
            return Shape::Broken;
        }
        Some(t) => match GEOMETRY_TYPES.iter().find(|k| t.as_str() == Some(**k)) {
            Some(k) => *k,
            None => {
                let suggestion =
                    t.as_str().and_then(|t| GEOMETRY_TYPES.iter().find(|k| k.eq_ignore_ascii_case(t)).copied());
                let found = Found::of(t);
                errors.push(
                    Problem::error(Kind::UnknownGeometryType { found, suggestion }).in_path(format!("{path}/type")),
                );
                return Shape::Broken;
            }
        },
    };
    if kind == "GeometryCollection" {
        let items = match g.get("geometries") {
            None => {
                errors.push(Problem::error(Kind::MissingMember { member: Member::Geometries }).in_path(path));
                return Shape::Broken;
            }
            Some(Value::Array(items)) => items,
            Some(other) => {
                errors.push(wrong_value(Member::Geometries, Expected::List, other, &format!("{path}/geometries")));
                return Shape::Broken;
            }
        };
        let mut broken = false;
        for (k, item) in items.iter().enumerate() {
            let at = format!("{path}/geometries/{k}");
            broken |= match item {
                Value::Object(o) => read_geometry(o, &at, errors, warnings) == Shape::Broken,
                other => {
                    errors.push(wrong_value(Member::Geometries, Expected::Geometries, other, &at));
                    true
                }
            };
        }
        return if broken { Shape::Broken } else { Shape::Other(kind) };
    }
    let depth = match kind {
        "Point" => 0,
        "MultiPoint" | "LineString" => 1,
        "MultiLineString" | "Polygon" => 2,
        _ => 3,
    };
    let Some(coordinates) = g.get("coordinates") else {
        errors.push(Problem::error(Kind::MissingMember { member: Member::Coordinates }).in_path(path));
        return Shape::Broken;
    };
    if let Some((problem, mut at)) = coordinates_problem(coordinates, depth, kind) {
        // Built only now: a long line of good positions allocates no paths.
        at.reverse();
        let rel: String = at.iter().map(|k| format!("/{k}")).collect();
        errors.push(Problem::error(problem).in_path(format!("{path}/coordinates{rel}")));
        return Shape::Broken;
    }
    match coordinates.as_array().map(Vec::as_slice) {
        Some([lon, lat, ..]) if kind == "Point" => {
            Shape::Point(lon.as_f64().unwrap_or_default(), lat.as_f64().unwrap_or_default())
        }
        _ => Shape::Other(kind),
    }
}

/// The first value in `coordinates` that does not fit: `depth` list levels above a position, which
/// is a list of at least two numbers. The indices of its path come innermost first.
fn coordinates_problem(v: &Value, depth: usize, geometry: &'static str) -> Option<(Kind, Vec<usize>)> {
    let Value::Array(items) = v else {
        return Some((Kind::CoordinatesShape { geometry, depth, found: Found::of(v) }, Vec::new()));
    };
    if depth > 0 {
        return items.iter().enumerate().find_map(|(k, item)| {
            coordinates_problem(item, depth - 1, geometry).map(|(p, mut at)| {
                at.push(k);
                (p, at)
            })
        });
    }
    if items.len() < 2 {
        return Some((Kind::PositionTooShort { n: items.len() }, Vec::new()));
    }
    let k = items.iter().position(|x| !x.is_number())?;
    Some((Kind::CoordinateNotNumber { found: Found::of(&items[k]) }, vec![k]))
}
