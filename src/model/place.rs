use super::{Date, Localized};
use crate::geo::LonLat;
use serde_json::{Map, Value};

/// The audiences the contract knows (`audiences`).
pub const AUDIENCES: &[&str] = &["pupils", "parents", "adults", "immigrants", "employers", "teachers"];
/// The stages of the district's education chain (`stages`).
pub const STAGES: &[&str] = &["orientation", "internship", "apprenticeship", "further_education", "recognition"];
/// Ways of getting in touch (`modes`): a place without a fixed location (`"geometry": null`) must
/// name at least one.
pub const MODES: &[&str] = &["phone", "video", "online", "mobile", "on_site"];

/// One offer: a profession, course or service. An apprenticeship may name the training year it
/// starts in (`{"de": "Tischler/in", "year": 2027}`).
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub name: Localized,
    /// "2027" or "2027/28", as the editors wrote it.
    pub year: Option<String>,
}

impl Offer {
    pub fn plain(name: &str) -> Self {
        Self { name: Localized::plain(name), year: None }
    }

    pub fn get(&self, lang: super::Lang) -> &str {
        self.name.get(lang)
    }

    /// A training year as editors write it: 2027, "2027" or "2027/28" (or "2027/2028").
    pub fn parse_year(v: &Value) -> Option<String> {
        let s = match v {
            Value::Number(n) => n.as_u64()?.to_string(),
            Value::String(s) => s.trim().to_string(),
            _ => return None,
        };
        let (first, second) = s.split_once('/').map_or((s.as_str(), None), |(a, b)| (a, Some(b)));
        let year = |t: &str| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) && ("2000".."2100").contains(&t);
        let ok =
            year(first) && second.is_none_or(|b| (b.len() == 2 || year(b)) && b.bytes().all(|c| c.is_ascii_digit()));
        ok.then_some(s)
    }
}

/// Wheelchair access, as in OpenStreetMap's `wheelchair` key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wheelchair {
    Yes,
    Limited,
    No,
}

impl Wheelchair {
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "yes" => Some(Self::Yes),
            "limited" => Some(Self::Limited),
            "no" => Some(Self::No),
            _ => None,
        }
    }
}

/// One place on the map, checked: required fields present, category known, position valid, and
/// contact fields that survive here are safe to turn into links.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub id: String,
    /// The name, in German and optionally other languages (`name_en` or `{"de": …, "en": …}`).
    pub name: Localized,
    pub category: String,
    /// Where it is; None for offers without a fixed place (telephone, video, online, mobile office
    /// hours), which are listed and found but never drawn on the map.
    pub position: Option<LonLat>,
    /// How one gets in touch ([`MODES`]).
    pub modes: Vec<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub municipality: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub description: Option<Localized>,
    pub offers: Vec<Offer>,
    pub audiences: Vec<String>,
    pub stages: Vec<String>,
    pub opening_hours: Option<String>,
    pub wheelchair: Option<Wheelchair>,
    pub updated: Option<Date>,
    /// Dates it announces (open days, deadlines …), sorted by start.
    pub events: Vec<super::Event>,
    /// Where the record comes from (e.g. "Beispieldaten").
    pub source: Option<String>,
    /// Properties the contract does not know: kept, never an error.
    pub extra: Map<String, Value>,
}

/// Where the place with `id` is in `places` (ids are unique across files: `dataset.rs`).
pub fn index_of(places: &[Place], id: &str) -> Option<usize> {
    places.iter().position(|p| p.id == id)
}

impl Place {
    /// Its ways of contact; a place with a location and none named is met on site.
    pub fn contact_modes(&self) -> Vec<&str> {
        if self.modes.is_empty() && self.position.is_some() {
            vec!["on_site"]
        } else {
            self.modes.iter().map(String::as_str).collect()
        }
    }

    /// "Street, Postcode City" from whatever parts are present.
    pub fn address(&self) -> Option<String> {
        let town = [self.postcode.as_deref(), self.city.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
        let parts: Vec<&str> =
            [self.street.as_deref(), Some(town.as_str())].into_iter().flatten().filter(|s| !s.is_empty()).collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}
