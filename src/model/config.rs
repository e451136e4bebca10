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
mod tests;
