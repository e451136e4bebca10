//! `config.json`: what the widget shows and where its data is.

use super::{Date, Kind, Localized, Problem};
use crate::geo::{LonLat, TileTemplate};
use serde::Deserialize;

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub title: Localized,
    pub center: LonLat,
    pub zoom: f64,
    /// Lowest zoom the visitor may go to; by default three levels out from `zoom`.
    pub min_zoom: Option<f64>,
    pub basemap: Basemap,
    pub categories: Vec<Category>,
    /// GeoJSON files, relative to the config file.
    pub sources: Vec<String>,
    /// A line for the footer, e.g. that the data are samples.
    pub note: Option<Localized>,
    /// The widget's language, when the page should not decide.
    pub lang: Option<String>,
    /// The languages the visitor may choose (`languages`: `["de", "en", "uk"]`); all when empty.
    /// German is always among them: every other language falls back to it.
    pub languages: Vec<super::Lang>,
    /// The first-party base layer: outline, areas with names and their attribution. The config's
    /// old top-level `outline` fills `base.outline` when that is absent.
    pub base: BaseLayer,
    /// Seconds a file may send nothing before it is given up (`timeout`, default 15). A slow file
    /// that keeps arriving is never cut off.
    pub timeout_s: Option<f64>,
    /// Groups of words the search takes as the same (`synonyms`, e.g. `[["Kfz", "Kraftfahrzeug"]]`).
    pub synonyms: Vec<Vec<String>>,
    /// School holidays (`school_holidays`: `[["2026-10-12", "2026-10-23"], …]`, first and last
    /// day), for opening hours with `SH`. Without them such hours are "unknown".
    pub school_holidays: Vec<(Date, Date)>,
    /// The editors' own entries for "PLZ oder Ort" (`localities`: villages, town parts, postcodes
    /// the municipalities and the data do not name), added to the gazetteer after the municipalities.
    pub localities: Vec<super::Locality>,
}

impl Config {
    /// The school holidays, when the config lists any (else "open now" with `SH` is unknown).
    pub fn known_school_holidays(&self) -> Option<&[(Date, Date)]> {
        (!self.school_holidays.is_empty()).then_some(self.school_holidays.as_slice())
    }
}

/// What the map draws from the page's own server, so it means something before any third-party
/// tiles are allowed: the district's outline and its municipalities with their names. Files are
/// relative to the config; each member is optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BaseLayer {
    /// A GeoJSON Polygon/MultiPolygon with the district's outline, read with `parse_outline`.
    pub outline: Option<String>,
    /// A GeoJSON FeatureCollection of named areas (municipalities), read with `parse_areas`.
    pub areas: Option<String>,
    /// The data's attribution, shown wherever the layer is drawn (the licence asks for it).
    pub attribution: Option<Localized>,
}

impl BaseLayer {
    /// The files it names: the outline, then the areas.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        self.outline.iter().chain(self.areas.iter()).map(String::as_str)
    }

    fn from_raw(raw: RawBase, old_outline: Option<String>) -> Self {
        let file = |f: Option<String>| f.filter(|f| !f.trim().is_empty());
        Self {
            outline: file(raw.outline).or_else(|| file(old_outline)),
            areas: file(raw.areas),
            attribution: raw.attribution.filter(|a| !a.is_blank()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Basemap {
    pub template: TileTemplate,
    pub url: String,
    pub attribution: String,
    pub max_zoom: u8,
    /// Load tiles only after the visitor agrees (`true` in the shipped config, whose tiles come
    /// from a third party). Unset means no consent step, as for tiles from the page's own server.
    pub consent: Option<bool>,
    /// Who serves the tiles, for the consent note; by default the tile host.
    pub provider: Option<String>,
    /// The provider's privacy statement, linked in the consent note.
    pub privacy_url: Option<String>,
}

impl Config {
    /// Limits that keep the visitor near the data: the box of all places and the start view, with
    /// half its size to spare, and a few zoom levels out from the start (or `min_zoom`).
    pub fn limits(&self, places: impl IntoIterator<Item = LonLat>) -> crate::geo::Limits {
        crate::geo::Limits::around(self.center, self.zoom, self.min_zoom, self.basemap.max_zoom as f64, places)
    }
}

impl Basemap {
    /// `scheme://host[:port]` of an absolute tile URL; `None` for a URL on the page's own server.
    pub fn tile_origin(&self) -> Option<String> {
        let url = self.url.trim();
        let lower = url.to_ascii_lowercase();
        let (scheme, rest) = if let Some(r) = lower.strip_prefix("https://") {
            ("https:", r)
        } else if let Some(r) = lower.strip_prefix("http://") {
            ("http:", r)
        } else if let Some(r) = lower.strip_prefix("//") {
            ("", r)
        } else {
            return None;
        };
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        Some(if scheme.is_empty() { format!("//{host}") } else { format!("{scheme}//{host}") })
    }

    /// Whether tiles wait for consent: when the config says so.
    pub fn needs_consent(&self) -> bool {
        self.consent.unwrap_or(false)
    }

    /// True when tiles come from another origin than `page_origin` (a third party then learns the
    /// visitor's address): worth a consent step, which the config decides.
    pub fn is_third_party(&self, page_origin: &str) -> bool {
        match self.tile_origin() {
            None => false,
            Some(o) if o.starts_with("//") => !page_origin.to_ascii_lowercase().ends_with(&o[2..]),
            Some(o) => o != page_origin.to_ascii_lowercase(),
        }
    }

    /// The name to show for whoever serves the tiles.
    pub fn provider_name(&self) -> String {
        self.provider.clone().filter(|p| !p.trim().is_empty()).unwrap_or_else(|| {
            self.tile_origin().map(|o| o.rsplit('/').next().unwrap_or(&o).to_string()).unwrap_or_default()
        })
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Category {
    pub id: String,
    pub label: Localized,
    pub color: String,
    /// A shape name (circle, square, diamond, triangle, hexagon, star) or one or two characters
    /// drawn on the marker. Anything else gets a shape by the category's position.
    #[serde(default)]
    pub symbol: String,
}

impl Category {
    /// A category named by its id alone (black, no symbol): for files checked without a config.
    pub fn plain(id: &str) -> Self {
        Self { id: id.to_string(), label: Localized::plain(id), color: "#000".into(), symbol: String::new() }
    }
}

#[derive(Deserialize)]
struct RawConfig {
    title: Localized,
    center: Vec<f64>,
    zoom: f64,
    #[serde(default)]
    min_zoom: Option<f64>,
    basemap: RawBasemap,
    categories: Vec<Category>,
    sources: Vec<String>,
    #[serde(default)]
    note: Option<Localized>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    outline: Option<String>,
    #[serde(default)]
    base: RawBase,
    #[serde(default)]
    timeout: Option<f64>,
    #[serde(default)]
    synonyms: Vec<Vec<String>>,
    #[serde(default)]
    school_holidays: Vec<Vec<String>>,
    #[serde(default)]
    localities: Vec<RawLocality>,
}

#[derive(Deserialize)]
// The name serde's messages use for a wrong type, e.g. "expected struct locality".
#[serde(rename = "locality")]
struct RawLocality {
    name: String,
    #[serde(default)]
    postcode: Option<String>,
    at: Vec<f64>,
}

#[derive(Default, Deserialize)]
// The name serde's messages use for a wrong type, e.g. "expected struct base".
#[serde(rename = "base")]
struct RawBase {
    #[serde(default)]
    outline: Option<String>,
    #[serde(default)]
    areas: Option<String>,
    #[serde(default)]
    attribution: Option<Localized>,
}

#[derive(Deserialize)]
struct RawBasemap {
    #[serde(default)]
    consent: Option<bool>,
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    privacy_url: Option<String>,
    url: String,
    #[serde(default)]
    attribution: String,
    #[serde(default)]
    max_zoom: Option<u8>,
    #[serde(default)]
    subdomains: Vec<String>,
}

/// Parses and checks a config. Every problem is reported; a config with any is not used.
pub fn parse_config(text: &str) -> Result<Config, Vec<Problem>> {
    let text = text.trim_start_matches('\u{feff}');
    let raw: RawConfig = serde_json::from_str(text).map_err(|e| {
        let kind = if e.is_syntax() || e.is_eof() {
            Kind::invalid_json_in(&e, text)
        } else {
            Kind::InvalidConfig { message: e.to_string() }
        };
        vec![Problem::error(kind)]
    })?;
    let mut problems = Vec::new();
    let center = match raw.center[..] {
        [lon, lat] if LonLat::new(lon, lat).is_valid() => LonLat::new(lon, lat),
        _ => {
            problems.push(Problem::error(Kind::InvalidCenter));
            LonLat::new(0.0, 0.0)
        }
    };
    if !(0.0..=22.0).contains(&raw.zoom) {
        problems.push(Problem::error(Kind::InvalidZoom { value: raw.zoom }));
    }
    let template = TileTemplate::parse(&raw.basemap.url)
        .map(|t| t.with_subdomains(raw.basemap.subdomains.clone()))
        .map_err(|e| problems.push(Problem::error(Kind::InvalidTemplate { message: e.to_string() })))
        .ok();
    if raw.categories.is_empty() {
        problems.push(Problem::error(Kind::NoCategories));
    }
    let mut seen = std::collections::HashSet::new();
    for c in &raw.categories {
        if c.id.trim().is_empty() {
            problems.push(Problem::error(Kind::Empty { field: "categories[].id".into() }));
        } else if !seen.insert(c.id.as_str()) {
            problems.push(Problem::error(Kind::DuplicateCategory { id: c.id.clone() }));
        }
        if !is_css_hex_color(&c.color) {
            problems.push(Problem::error(Kind::InvalidColor { category: c.id.clone(), value: c.color.clone() }));
        }
    }
    let base = BaseLayer::from_raw(raw.base, raw.outline);
    let mut school_holidays = Vec::new();
    for range in &raw.school_holidays {
        match range.as_slice() {
            [a, b] if Date::parse(a).zip(Date::parse(b)).is_some_and(|(a, b)| a <= b) => {
                school_holidays.push((Date::parse(a).unwrap(), Date::parse(b).unwrap()))
            }
            _ => problems.push(Problem::error(Kind::InvalidConfig {
                message: format!("school_holidays: {range:?} (erwartet [\"JJJJ-MM-TT\", \"JJJJ-MM-TT\"])"),
            })),
        }
    }
    let mut localities = Vec::new();
    for l in &raw.localities {
        let postcode = l.postcode.as_deref().map(str::trim).filter(|p| !p.is_empty());
        match l.at[..] {
            [lon, lat] if LonLat::new(lon, lat).is_valid() && !l.name.trim().is_empty() => {
                localities.push(super::Locality {
                    name: l.name.trim().to_string(),
                    postcode: postcode.map(str::to_string),
                    at: LonLat::new(lon, lat),
                })
            }
            _ => problems.push(Problem::error(Kind::InvalidConfig {
                message: format!(
                    "localities: „{}“ (erwartet {{\"name\": \"Ort\", \"postcode\": \"PLZ\", \"at\": [Länge, Breite]}})",
                    l.name
                ),
            })),
        }
    }
    match (problems.is_empty(), template) {
        (true, Some(template)) => Ok(Config {
            title: raw.title,
            center,
            zoom: raw.zoom,
            min_zoom: raw.min_zoom,
            basemap: Basemap {
                template,
                url: raw.basemap.url,
                attribution: raw.basemap.attribution,
                max_zoom: raw.basemap.max_zoom.unwrap_or(18).min(24),
                consent: raw.basemap.consent,
                provider: raw.basemap.provider,
                privacy_url: raw.basemap.privacy_url.and_then(|u| super::website_href(&u)),
            },
            categories: raw.categories,
            sources: raw.sources,
            note: raw.note.filter(|n| !n.is_blank()),
            lang: raw.lang,
            languages: offered(&raw.languages),
            base,
            timeout_s: raw.timeout.filter(|t| t.is_finite() && *t > 0.0),
            synonyms: raw.synonyms,
            school_holidays,
            localities,
        }),
        _ => Err(problems),
    }
}

/// The languages a config offers, in the menu's order, German first; tags the widget does not
/// speak are left out (the checker names them).
pub fn offered(tags: &[String]) -> Vec<super::Lang> {
    if tags.is_empty() {
        return Vec::new();
    }
    let named: Vec<super::Lang> = tags.iter().filter_map(|t| super::Lang::from_tag(t)).collect();
    super::LANGS.into_iter().filter(|l| *l == super::Lang::De || named.contains(l)).collect()
}

pub fn is_css_hex_color(s: &str) -> bool {
    s.strip_prefix('#').is_some_and(|h| matches!(h.len(), 3 | 4 | 6 | 8) && h.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
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
        let forced = parse_config(&GOOD.replace("\"max_zoom\": 19", "\"max_zoom\": 19, \"consent\": false, \"provider\": \"BKG\", \"privacy_url\": \"https://example.org/privacy\"")).unwrap();
        assert!(!forced.basemap.needs_consent());
        assert_eq!(forced.basemap.provider_name(), "BKG");
        assert_eq!(forced.basemap.privacy_url.as_deref(), Some("https://example.org/privacy"));
        let hostile = parse_config(
            &GOOD.replace("\"max_zoom\": 19", "\"max_zoom\": 19, \"privacy_url\": \"javascript:alert(1)\""),
        )
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
        let blank =
            with(r#""outline": "alt.geojson", "base": {"outline": " ", "areas": "", "attribution": {"de": " "}}"#);
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
        for text in [include_str!("../../public/config.json"), include_str!("../../public/config-beratung.json")] {
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
}
