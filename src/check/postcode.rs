//! Postcodes: five digits, and one of the district's. The district's postcodes are those of the
//! base layer's areas and the config's `localities` (where editors add a village's own postcode);
//! without a config the shipped municipalities are the district.

use super::files::Files;
use super::rules::At;
use super::{Options, Severity};
use crate::geo::LonLat;
use crate::model::{Area, Config, Gazetteer, Lang, Locality, parse_areas};
use serde_json::{Map, Value};
use std::path::Path;

/// The municipalities of `public/data/base/gemeinden-harburg.geojson` (main postcode, name, label
/// point), so that a place checked without its config, or in the form, still meets the district.
const HARBURG: &[(&str, &str, f64, f64)] = &[
    ("21244", "Buchholz in der Nordheide", 9.88147, 53.32926),
    ("21629", "Neu Wulmstorf", 9.79559, 53.46289),
    ("21224", "Rosengarten", 9.89529, 53.37936),
    ("21218", "Seevetal", 10.03487, 53.37771),
    ("21435", "Stelle", 10.11033, 53.37958),
    ("21423", "Winsen (Luhe)", 10.20916, 53.36243),
    ("21423", "Drage", 10.26096, 53.40981),
    ("21436", "Marschacht", 10.36767, 53.41736),
    ("21395", "Tespe", 10.4114, 53.40219),
    ("21271", "Asendorf", 9.9793, 53.28999),
    ("21438", "Brackel", 10.04062, 53.29689),
    ("21272", "Egestorf", 10.06328, 53.19467),
    ("21271", "Hanstedt", 10.0145, 53.25803),
    ("21439", "Marxen", 10.00924, 53.31154),
    ("21274", "Undeloh", 9.97578, 53.19743),
    ("21279", "Appel", 9.74497, 53.39068),
    ("21279", "Drestedt", 9.77382, 53.32767),
    ("21646", "Halvesbostel", 9.60121, 53.35927),
    ("21279", "Hollenstedt", 9.71537, 53.36705),
    ("21647", "Moisburg", 9.70245, 53.40494),
    ("21649", "Regesbostel", 9.64521, 53.37852),
    ("21279", "Wenzendorf", 9.77234, 53.35005),
    ("21227", "Bendestorf", 9.96579, 53.33986),
    ("21228", "Harmstorf", 9.9872, 53.34817),
    ("21266", "Jesteburg", 9.95279, 53.30643),
    ("21376", "Eyendorf", 10.15367, 53.20235),
    ("21376", "Garlstorf", 10.10267, 53.23699),
    ("21441", "Garstedt", 10.16048, 53.28591),
    ("21376", "Gödenstorf", 10.12346, 53.22852),
    ("21376", "Salzhausen", 10.1693, 53.22583),
    ("21442", "Toppenstedt", 10.10969, 53.26341),
    ("21444", "Vierhöfen", 10.22153, 53.26105),
    ("21445", "Wulfsen", 10.14441, 53.30019),
    ("21255", "Dohren", 9.70182, 53.30531),
    ("21256", "Handeloh", 9.83334, 53.24482),
    ("21258", "Heidenau", 9.6528, 53.31433),
    ("21255", "Kakenstorf", 9.7662, 53.30721),
    ("21255", "Königsmoor", 9.63996, 53.2321),
    ("21259", "Otter", 9.74303, 53.24056),
    ("21255", "Tostedt", 9.71232, 53.28106),
    ("21261", "Welle", 9.80162, 53.24041),
    ("21255", "Wistedt", 9.68142, 53.2704),
];

fn harburg_areas() -> Vec<Area> {
    HARBURG
        .iter()
        .map(|&(postcode, name, lon, lat)| Area {
            name: name.to_string(),
            postcode: Some(postcode.to_string()),
            rings: Vec::new(),
            label_at: LonLat::new(lon, lat),
        })
        .collect()
}

/// The district's towns and postcodes: `areas` (the shipped municipalities where there are none)
/// and the editors' `localities`.
pub fn district(areas: Option<&[Area]>, localities: &[Locality]) -> Gazetteer {
    match areas.filter(|a| a.iter().any(|a| a.postcode.is_some())) {
        Some(a) => Gazetteer::build(a, localities, &[]),
        None => Gazetteer::build(&harburg_areas(), localities, &[]),
    }
}

/// The district of a config: its base layer's areas (read beside the config) and its localities.
pub(super) fn district_of(files: &dyn Files, config_path: &Path, config: &Config) -> Gazetteer {
    let dir = config_path.parent().unwrap_or(Path::new(""));
    let areas = config
        .base
        .areas
        .as_ref()
        .and_then(|a| files.read(&dir.join(a)).ok())
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|t| parse_areas(t.trim_start_matches('\u{feff}')).ok());
    district(areas.as_deref(), &config.localities)
}

/// A postcode as written: text, or a number (QGIS writes postcodes as numbers).
fn written(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Not five digits is an error (no letter can reach the place); five digits the district does not
/// know is a warning naming the postcode most likely meant, since a place may rightly lie beyond.
pub(super) fn rule(
    props: &Map<String, Value>,
    point: Option<LonLat>,
    opts: &Options,
    push: &mut impl FnMut(At, Severity, &'static str, String),
) {
    let Some(code) = props.get("postcode").and_then(written).filter(|c| !c.is_empty()) else { return };
    let at = || At::Value("properties/postcode".to_string());
    let lang: Lang = opts.lang;
    if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
        let m = crate::ctr!(lang, "c-postcode-not-five-digits", value = code.as_str());
        push(at(), Severity::Error, "invalid-postcode", m);
        return;
    }
    if opts.district.has_postcode(&code) {
        return;
    }
    let town = ["city", "municipality"].iter().find_map(|k| props.get(*k)?.as_str().filter(|t| !t.trim().is_empty()));
    let Some(meant) = opts.district.postcode_for(town, point, &code) else { return };
    let m = crate::ctr!(
        lang,
        "c-postcode-outside-district",
        value = code.as_str(),
        nearest = meant.postcode.clone().unwrap_or_default(),
        town = meant.name.as_str()
    );
    push(at(), Severity::Warning, "postcode-outside-district", m);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_feature;
    use serde_json::json;

    /// The compiled-in district is the shipped base layer's, name for name.
    #[test]
    fn the_compiled_district_is_the_shipped_base_layer() {
        let shipped = parse_areas(include_str!("../../public/data/base/gemeinden-harburg.geojson")).unwrap();
        let mut shipped: Vec<(String, Option<String>)> = shipped.into_iter().map(|a| (a.name, a.postcode)).collect();
        let mut compiled: Vec<(String, Option<String>)> =
            harburg_areas().into_iter().map(|a| (a.name, a.postcode)).collect();
        shipped.sort();
        compiled.sort();
        assert_eq!(compiled, shipped);
    }

    fn place(postcode: Value, city: &str, at: [f64; 2]) -> Value {
        json!({ "type": "Feature", "geometry": { "type": "Point", "coordinates": at },
            "properties": { "id": "p", "name": "Musterbetrieb", "category": "betrieb",
                "postcode": postcode, "city": city } })
    }

    fn findings(f: &Value, lang: Lang) -> Vec<(String, Severity, &'static str, String)> {
        let opts = Options { lang, ..Options::default() };
        check_feature(f, None, &opts).into_iter().map(|x| (x.path, x.severity, x.code, x.message)).collect()
    }

    const WINSEN: [f64; 2] = [10.2, 53.36];

    #[test]
    fn not_five_digits_is_an_error_at_the_postcode() {
        for bad in [json!("2144"), json!("2124x"), json!("214230"), json!(2144), json!("21 423")] {
            let got = findings(&place(bad.clone(), "Winsen (Luhe)", WINSEN), Lang::De);
            assert_eq!(got.len(), 1, "{bad}: {got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].1, got[0].2),
                ("properties/postcode", Severity::Error, "invalid-postcode")
            );
        }
        let got = findings(&place(json!("2144"), "Winsen (Luhe)", WINSEN), Lang::De);
        assert_eq!(got[0].3, "Die Postleitzahl „2144“ hat nicht fünf Ziffern");
        let got = findings(&place(json!("2144"), "Winsen (Luhe)", WINSEN), Lang::En);
        assert_eq!(got[0].3, "the postcode \"2144\" does not have five digits");
    }

    #[test]
    fn one_the_district_lacks_names_the_town_s_postcode() {
        let got = findings(&place(json!("99999"), "Winsen (Luhe)", WINSEN), Lang::De);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].1, got[0].2), (Severity::Warning, "postcode-outside-district"));
        assert_eq!(
            got[0].3,
            "Die Postleitzahl „99999“ gibt es im Landkreis nicht – gemeint ist wohl 21423 (Winsen (Luhe))"
        );
        // An unknown town: the municipality nearest the place.
        let got = findings(&place(json!("02144"), "Irgendwo", [9.712, 53.281]), Lang::En);
        assert_eq!(got[0].3, "the postcode \"02144\" is not in the district – perhaps 21255 (Tostedt) is meant");
        // The district's own: nothing to say, as text or as a number.
        assert_eq!(findings(&place(json!("21423"), "Winsen (Luhe)", WINSEN), Lang::De), []);
        assert_eq!(findings(&place(json!(21244), "Buchholz in der Nordheide", [9.88, 53.33]), Lang::De), []);
    }

    #[test]
    fn the_editors_localities_add_postcodes() {
        let meckelfeld =
            Locality { name: "Meckelfeld".into(), postcode: Some("21217".into()), at: LonLat::new(10.02, 53.42) };
        let f = place(json!("21217"), "Seevetal", [10.02, 53.42]);
        assert_eq!(findings(&f, Lang::De).len(), 1, "not a municipality's main postcode");
        let opts = Options { district: district(None, &[meckelfeld]), ..Options::default() };
        assert_eq!(check_feature(&f, None, &opts), []);
    }
}
