use super::*;
use crate::i18n::Describe;
use crate::model::{Lang, Severity};

fn read(text: &str) -> (Option<Parts>, Vec<Problem>) {
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    let parts = read_feature(serde_json::from_str(text).unwrap(), &mut errors, &mut warnings);
    errors.extend(warnings);
    (parts, errors)
}

/// The direct reading of plain features gives what the full reading gives, and leaves every
/// other shape to it.
#[test]
fn plain_points_read_as_the_full_reading_reads_them() {
    let plain = [
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9.87,53.3]},"properties":{"name":"A","n":1}}"#,
        r#"{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[9.87,53.3,12]},"properties":null}"#,
        r#"{"properties":{},"id":" x ","geometry":{"coordinates":[10,53],"type":"Point"},"type":"Feature"}"#,
    ];
    for text in plain {
        let ours = plain_point(serde_json::from_str(text).unwrap()).expect(text);
        let (full, problems) = read(text);
        assert_eq!((Some(ours), problems), (full, vec![]), "{text}");
    }
    let other = [
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9.87]},"properties":{}}"#,
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":["9.87","53"]},"properties":{}}"#,
        r#"{"type":"Feature","geometry":{"type":"LineString","coordinates":[[9,53],[10,53]]},"properties":{}}"#,
        r#"{"type":"Feature","geometry":null,"properties":{}}"#,
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9,53]},"properties":[]}"#,
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9,53]},"id":true}"#,
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9,53]},"bbox":[9,53,9,53]}"#,
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9,53],"crs":{}}}"#,
        r#"{"type":"Point","coordinates":[9,53]}"#,
        r#"[1,2]"#,
    ];
    for text in other {
        assert!(plain_point(serde_json::from_str(text).unwrap()).is_err(), "{text}");
    }
}

/// The full reading refuses exactly what the geojson crate refuses (its rules are GeoJSON's),
/// only with a problem of its own for each.
#[test]
fn the_full_reading_keeps_the_geojson_crates_rules() {
    let point = r#"{"type":"Point","coordinates":[9.9,53.3]}"#;
    let geometries = [
        point,
        r#"{"type":"Point","coordinates":[9.9,53.3,4,5]}"#,
        r#"{"type":"Point","coordinates":[9.9]}"#,
        r#"{"type":"Point","coordinates":[]}"#,
        r#"{"type":"Point","coordinates":["9.9",53.3]}"#,
        r#"{"type":"Point","coordinates":[[9.9,53.3]]}"#,
        r#"{"type":"Point","coordinates":"9.9,53.3"}"#,
        r#"{"type":"Point"}"#,
        r#"{"type":"point","coordinates":[9.9,53.3]}"#,
        r#"{"type":7,"coordinates":[9.9,53.3]}"#,
        r#"{"coordinates":[9.9,53.3]}"#,
        r#"{"type":"Point","coordinates":[9.9,53.3],"bbox":[9,53,10,54]}"#,
        r#"{"type":"Point","coordinates":[9.9,53.3],"bbox":"9,53,10,54"}"#,
        r#"{"type":"Point","coordinates":[9.9,53.3],"bbox":[9,53,"x"]}"#,
        r#"{"type":"Point","coordinates":[9.9,53.3],"bbox":null}"#,
        r#"{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}"#,
        r#"{"type":"MultiPoint","coordinates":[1,2]}"#,
        r#"{"type":"MultiPoint","coordinates":[[[1,2]]]}"#,
        r#"{"type":"LineString","coordinates":[[1,2],[3]]}"#,
        r#"{"type":"Polygon","coordinates":[[[1,2],[3,4],[5,6],[1,2]]]}"#,
        r#"{"type":"Polygon","coordinates":[[1,2],[3,4],[5,6],[1,2]]}"#,
        r#"{"type":"MultiPolygon","coordinates":[[[1]]]}"#,
        r#"{"type":"MultiPolygon","coordinates":[[[[1,2],[3,4],[5,6],[1,2]]]]}"#,
        r#"{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,"6"]]]}"#,
        r#"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}"#,
        r#"{"type":"GeometryCollection","geometries":[false]}"#,
        r#"{"type":"GeometryCollection","geometries":{}}"#,
        r#"{"type":"GeometryCollection"}"#,
        r#"{"type":"GeometryCollection","geometries":[{"type":"Line","coordinates":[]}]}"#,
    ];
    let mut features: Vec<String> = geometries
        .iter()
        .map(|g| format!(r#"{{"type":"Feature","geometry":{g},"properties":{{"id":"a"}}}}"#))
        .collect();
    for f in [
        r#"{"type":"Feature","geometry":null}"#,
        r#"{"type":"Feature","geometry":null,"properties":null}"#,
        r#"{"type":"Feature","geometry":null,"properties":[]}"#,
        r#"{"type":"Feature","geometry":null,"properties":"x"}"#,
        r#"{"type":"Feature","geometry":[]}"#,
        r#"{"type":"Feature","geometry":"Point"}"#,
        r#"{"type":"Feature","geometry":null,"id":"x"}"#,
        r#"{"type":"Feature","geometry":null,"id":1.5}"#,
        r#"{"type":"Feature","geometry":null,"id":{}}"#,
        r#"{"type":"Feature","geometry":null,"id":null}"#,
        r#"{"type":"Feature","geometry":null,"bbox":[1,2,3,4]}"#,
        r#"{"type":"Feature","geometry":null,"bbox":{}}"#,
        r#"{"type":"Featre","geometry":null}"#,
        r#"{"type":"feature","geometry":null}"#,
        r#"{"type":null,"geometry":null}"#,
        r#"{"geometry":null}"#,
        r#"{"type":"Feature","geometry":null,"crs":5,"title":"foreign members are allowed"}"#,
        r#"null"#,
        r#"[]"#,
        r#""Feature""#,
    ] {
        features.push(f.to_string());
    }
    for text in &features {
        let v: Value = serde_json::from_str(text).unwrap();
        let theirs = geojson::Feature::from_json_value(v);
        let (_, ours) = read(text);
        assert_eq!(theirs.is_err(), !ours.is_empty(), "{text}: {theirs:?} vs {ours:?}");
    }
}

/// Each break is said in plain words and points at the value that is wrong.
#[test]
fn problems_point_at_the_wrong_value() {
    let cases = [
        (
            r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[-100.8,"39.36827914916011"]}}"#,
            "geometry/coordinates/1",
            "Koordinate muss eine Zahl sein, gefunden: Text \"39.36827914916011\"",
        ),
        (
            r#"{"type":"Featre","geometry":null,"properties":{}}"#,
            "type",
            "„type“ muss „Feature“ sein, gefunden: Text \"Featre\"",
        ),
        (
            r#"{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[1]]]}}"#,
            "geometry/coordinates/0/0/0",
            "„coordinates“ von MultiPolygon: hier wird eine Position [Länge, Breite] erwartet, gefunden: Zahl 1",
        ),
        (
            r#"{"type":"Feature","geometry":{"type":"Pointt","coordinates":[1,2]}}"#,
            "geometry/type",
            "unbekannter Geometrietyp: Text \"Pointt\"",
        ),
        (
            r#"{"type":"Feature","geometry":{"type":"point","coordinates":[1,2]}}"#,
            "geometry/type",
            "gemeint ist wohl „Point“",
        ),
        (
            r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[2]}}"#,
            "geometry/coordinates",
            "nur eine Zahl",
        ),
        (
            r#"{"type":"Feature","geometry":null,"properties":[]}"#,
            "properties",
            "„properties“ muss ein Objekt {…} oder null sein, gefunden: Liste […]",
        ),
        (
            r#"{"type":"Feature","geometry":null,"properties":{},"id":{}}"#,
            "id",
            "„id“ muss ein Text oder eine Zahl sein, gefunden: Objekt {…}",
        ),
        (
            r#"{"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[false]}}"#,
            "geometry/geometries/0",
            "gefunden: false",
        ),
        (r#"{"type":"Feature","geometry":null,"bbox":[1,2,"x"]}"#, "bbox/2", "„bbox“ muss eine Liste von Zahlen sein"),
        (r#"{"geometry":null,"properties":{}}"#, "", "„type“ fehlt (erwartet: „Feature“)"),
        (r#"null"#, "", "kein GeoJSON-Feature"),
    ];
    for (text, path, words) in cases {
        let (_, problems) = read(text);
        let p = problems.iter().find(|p| p.code() != "missing-field").expect(text);
        assert_eq!(p.field_path.as_deref(), Some(path), "{text}: {p:?}");
        let de = p.message(Lang::De);
        assert!(de.contains(words), "{text}: {de}");
        let en = p.message(Lang::En);
        assert_ne!(en, de, "{text}: said in English too");
        for jargon in ["Expected", "got", "mapping", "None", "non-object", "floating-point"] {
            assert!(!de.contains(jargon) && !en.contains(jargon), "{text}: {de} / {en}");
        }
    }
    // A wrong feature-level id or bbox loses nothing the place needs: a warning, the place stays.
    let (place, problems) = parse_feature(
        serde_json::from_str(r#"{"type":"Feature","id":{},"bbox":"x","geometry":{"type":"Point","coordinates":[10,53]},"properties":{"id":"a","name":"A","category":"c"}}"#).unwrap(),
        &[Category::plain("c")],
    );
    assert!(place.is_some());
    assert_eq!(
        problems.iter().map(|p| (p.severity, p.code())).collect::<Vec<_>>(),
        [(Severity::Warning, "invalid-feature-id"), (Severity::Warning, "invalid-bbox")]
    );
    // Properties that are no object: said once, not again as three missing fields.
    let (_, problems) =
        parse_feature(serde_json::from_str(r#"{"type":"Feature","geometry":null,"properties":5}"#).unwrap(), &[]);
    assert_eq!(problems.iter().map(Problem::code).collect::<Vec<_>>(), ["invalid-properties", "missing-geometry"]);
}
