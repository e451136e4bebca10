use super::*;
use crate::i18n::Describe;
use crate::model::Lang;

const GOOD: &str = r##"{
  "title": {"de": "Bildungskarte", "en": "Education map"},
  "center": [9.99, 53.32], "zoom": 10,
  "basemap": {"url": "https://t.example/{z}/{y}/{x}.png", "attribution": "© Test", "max_zoom": 19},
  "categories": [
    {"id": "school", "label": {"de": "Schulen", "en": "Schools"}, "color": "#1a5fb4", "symbol": "circle"},
    {"id": "firm", "label": "Betriebe", "color": "#a51d2d"}
  ],
  "sources": ["data/a.geojson", "data/b.geojson"],
  "unknown_key": true
}"##;

#[test]
fn parses_the_contract() {
    let c = parse_config(GOOD).unwrap();
    assert_eq!(c.title.get(Lang::En), "Education map");
    assert_eq!(c.center, LonLat::new(9.99, 53.32));
    assert_eq!(c.basemap.max_zoom, 19);
    assert_eq!(c.categories.len(), 2);
    assert_eq!(c.categories[1].label.get(Lang::En), "Betriebe");
    assert_eq!(c.categories[1].symbol, "");
    assert_eq!(c.sources, ["data/a.geojson", "data/b.geojson"]);
    assert_eq!(c.note, None);
}

#[test]
fn reports_every_problem() {
    let bad = GOOD
        .replace("[9.99, 53.32]", "[199, 53.32]")
        .replace("{z}/{y}/{x}", "{z}/{y}")
        .replace("#a51d2d", "red")
        .replace("\"id\": \"firm\"", "\"id\": \"school\"");
    let problems = parse_config(&bad).unwrap_err();
    let kinds: Vec<_> = problems.iter().map(|p| std::mem::discriminant(&p.kind)).collect();
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(kinds.contains(&std::mem::discriminant(&Kind::InvalidCenter)));
    assert!(problems.iter().any(|p| matches!(&p.kind, Kind::InvalidTemplate { .. })));
    assert!(problems.iter().any(|p| matches!(&p.kind, Kind::InvalidColor { value, .. } if value == "red")));
    assert!(problems.iter().any(|p| matches!(&p.kind, Kind::DuplicateCategory { id } if id == "school")));
}

#[test]
fn limits_stay_near_the_data() {
    let c = parse_config(GOOD).unwrap();
    let l = c.limits([LonLat::new(9.6, 53.2), LonLat::new(10.4, 53.45)]);
    assert_eq!((l.min_zoom, l.max_zoom), (7.0, 19.0));
    assert!(l.bounds.contains(LonLat::new(9.3, 53.1)) && !l.bounds.contains(LonLat::new(11.0, 53.3)));
    let empty = c.limits([]);
    assert!(empty.bounds.contains(c.center));
}

#[test]
fn consent_when_the_config_says_so() {
    let c = parse_config(GOOD).unwrap();
    assert_eq!(c.basemap.tile_origin().as_deref(), Some("https://t.example"));
    assert!(!c.basemap.needs_consent(), "no consent step unless the config asks for one");
    assert!(c.basemap.is_third_party("http://127.0.0.1:8080"));
    assert!(!c.basemap.is_third_party("https://t.example"));
    assert_eq!(c.basemap.provider_name(), "t.example");
    let asking = parse_config(&GOOD.replace("\"max_zoom\": 19", "\"max_zoom\": 19, \"consent\": true")).unwrap();
    assert!(asking.basemap.needs_consent());
    let local = parse_config(&GOOD.replace("https://t.example/{z}", "/tiles/{z}")).unwrap();
    assert_eq!(local.basemap.tile_origin(), None);
    assert!(!local.basemap.is_third_party("http://127.0.0.1:8080"));
    let forced = parse_config(&GOOD.replace(
        "\"max_zoom\": 19",
        "\"max_zoom\": 19, \"consent\": false, \"provider\": \"BKG\", \"privacy_url\": \"https://example.org/privacy\"",
    ))
    .unwrap();
    assert!(!forced.basemap.needs_consent());
    assert_eq!(forced.basemap.provider_name(), "BKG");
    assert_eq!(forced.basemap.privacy_url.as_deref(), Some("https://example.org/privacy"));
    let hostile =
        parse_config(&GOOD.replace("\"max_zoom\": 19", "\"max_zoom\": 19, \"privacy_url\": \"javascript:alert(1)\""))
            .unwrap();
    assert_eq!(hostile.basemap.privacy_url, None);
}

#[test]
fn base_layer_and_the_old_outline() {
    let with = |extra: &str| parse_config(&GOOD.replace("\"unknown_key\": true", extra));
    let c = parse_config(GOOD).unwrap();
    assert_eq!(c.base, BaseLayer::default());
    let c = with(r#""base": {"outline": "o.geojson", "areas": "a.geojson", "attribution": "© BKG"}"#).unwrap();
    assert_eq!(c.base.files().collect::<Vec<_>>(), ["o.geojson", "a.geojson"]);
    assert_eq!(c.base.attribution.as_ref().map(|a| a.get(Lang::En)), Some("© BKG"));
    let old = with(r#""outline": "alt.geojson""#).unwrap();
    assert_eq!(old.base.outline.as_deref(), Some("alt.geojson"), "the old top-level outline");
    let both = with(r#""outline": "alt.geojson", "base": {"outline": "neu.geojson"}"#).unwrap();
    assert_eq!(both.base.outline.as_deref(), Some("neu.geojson"), "base wins");
    let blank = with(r#""outline": "alt.geojson", "base": {"outline": " ", "areas": "", "attribution": {"de": " "}}"#);
    assert_eq!(blank.unwrap().base, BaseLayer { outline: Some("alt.geojson".into()), ..BaseLayer::default() });
    let translated =
        with(r#""base": {"areas": "a.geojson", "attribution": {"de": "Daten verändert", "en": "data modified"}}"#);
    assert_eq!(translated.unwrap().base.attribution.unwrap().get(Lang::En), "data modified");
    for wrong in [r#""base": "a.geojson""#, r#""base": {"areas": 3}"#, r#""base": {"attribution": 3}"#] {
        let e = with(wrong).unwrap_err();
        assert!(matches!(&e[0].kind, Kind::InvalidConfig { .. }), "{wrong}: {e:?}");
    }
}

#[test]
fn the_editors_localities() {
    let with = |extra: &str| parse_config(&GOOD.replace("\"unknown_key\": true", extra));
    let c = with(
        r#""localities": [{"name": " Itzenbüttel ", "postcode": "21266", "at": [9.93, 53.3]}, {"name": "Lüllau", "at": [9.95, 53.27]}]"#,
    )
    .unwrap();
    assert_eq!(c.localities.len(), 2);
    assert_eq!(c.localities[0].label(), "21266 Itzenbüttel");
    assert_eq!(c.localities[1].postcode, None);
    for wrong in [
        r#""localities": [{"name": "X", "at": [953.3, 9.9]}]"#,
        r#""localities": [{"name": " ", "at": [9.9, 53.3]}]"#,
        r#""localities": [{"name": "X", "at": [9.9]}]"#,
        r#""localities": [{"name": "X"}]"#,
    ] {
        let e = with(wrong).unwrap_err();
        assert!(matches!(&e[0].kind, Kind::InvalidConfig { .. }), "{wrong}: {e:?}");
    }
}

#[test]
fn the_shipped_configs_name_the_base_layer() {
    for text in [include_str!("../../../public/config.json"), include_str!("../../../public/config-beratung.json")] {
        let base = parse_config(text).unwrap().base;
        assert_eq!(
            base.files().collect::<Vec<_>>(),
            ["data/base/landkreis-harburg.geojson", "data/base/gemeinden-harburg.geojson"]
        );
        let attribution = base.attribution.unwrap();
        assert!(attribution.get(Lang::De).contains("BKG 2019") && attribution.get(Lang::De).contains("2013"));
    }
}

#[test]
fn syntax_and_shape_errors() {
    let e = parse_config("{\n  \"title\": \"x\",,\n}").unwrap_err();
    assert!(matches!(e[0].kind, Kind::InvalidJson { line: 2, .. }), "{e:?}");
    let e = parse_config(r#"{"title": "x"}"#).unwrap_err();
    assert!(matches!(&e[0].kind, Kind::InvalidConfig { message } if message.contains("center")), "{e:?}");
    assert!(e[0].message(Lang::De).starts_with("Konfiguration ungültig"));
}
