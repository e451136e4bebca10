//! The shareable link: `?lang=en&q=…&town=…&aud=pupils,parents&mode=phone&open=1&near=21244%20Buchholz…&km=10&place=bbs-winsen&z=12&at=10.2,53.36`.
//! The visitor's own position is never in it: `near` is only a place they typed.
//! Unknown parameters (such as `config`) are kept as they are.

use crate::geo::LonLat;
use crate::model::Lang;
pub use crate::model::{decode_component, encode_component};
use crate::search::Filters;
use std::collections::BTreeSet;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub center: Option<LonLat>,
    pub zoom: Option<f64>,
    pub filters: Filters,
    pub place: Option<String>,
    /// The typed place the list measures from ("PLZ oder Ort"), as its label.
    pub near: Option<String>,
    /// The radius around it in km.
    pub km: Option<u32>,
    /// Only places open now (`open=1`): a link says what it showed, even if the hour has passed.
    pub open_now: bool,
    /// The ways of contact asked for (`mode=phone,video`).
    pub modes: BTreeSet<String>,
    /// The Merkliste: place ids in the order marked (`merk=`).
    pub marked: Vec<String>,
    /// The language the link was shared in, so the recipient reads what the sender saw.
    pub lang: Option<Lang>,
    /// Parameters that are not ours, in order, to be written back unchanged.
    pub other: Vec<(String, String)>,
}

const OURS: &[&str] =
    &["lang", "q", "town", "offer", "aud", "stage", "hide", "mode", "open", "near", "km", "place", "merk", "z", "at"];

fn list(v: &str) -> BTreeSet<String> {
    crate::sort::set_from(v.split(',').map(decode_component).filter(|s| !s.is_empty()))
}

/// A list parameter's value: each item encoded (a comma in an item stays one item).
fn join<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    items.into_iter().map(|s| encode_component(s)).collect::<Vec<_>>().join(",")
}

impl UrlState {
    /// Reads a query string (with or without the leading `?`).
    pub fn parse(query: &str) -> Self {
        let mut s = Self::default();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k {
                // A language we do not speak is dropped, not kept: the next link would pass it on.
                "lang" => s.lang = Lang::from_tag(&decode_component(v)),
                "q" => s.filters.text = decode_component(v),
                "town" => s.filters.towns = list(v),
                "offer" => s.filters.offers = list(v),
                "aud" => s.filters.audiences = list(v),
                "stage" => s.filters.stages = list(v),
                "hide" => s.filters.hidden_categories = list(v),
                // Values the map does not know (an old or edited link) would hide every place.
                "mode" => {
                    s.modes =
                        crate::sort::set_from(list(v).into_iter().filter(|m| crate::model::MODES.contains(&m.as_str())))
                }
                "open" => s.open_now = v == "1",
                "near" => s.near = Some(decode_component(v)).filter(|p| !p.trim().is_empty()),
                "km" => s.km = v.parse().ok().filter(|k| (1..=500).contains(k)),
                "place" => s.place = Some(decode_component(v)).filter(|p| !p.is_empty()),
                "merk" => s.marked = super::marks::tidy(v.split(',').map(decode_component)),
                "z" => s.zoom = v.parse().ok().filter(|z: &f64| z.is_finite() && (0.0..=24.0).contains(z)),
                "at" => {
                    s.center = v
                        .split_once(',')
                        .and_then(|(a, b)| Some(LonLat::new(a.parse().ok()?, b.parse().ok()?)))
                        .filter(LonLat::is_valid)
                }
                _ => s.other.push((k.to_string(), v.to_string())),
            }
        }
        s
    }

    /// The query string, `?…` (empty when there is nothing to say). Ours come after the others.
    /// Whether `next` differs from this state in the searched words alone (the view aside, which
    /// a search may move): typing a search is one step of history, not one per letter.
    pub fn only_words_differ(&self, next: &UrlState) -> bool {
        let same =
            UrlState { filters: Filters { text: self.filters.text.clone(), ..next.filters.clone() }, ..next.clone() };
        let view = |s: &UrlState| UrlState { center: None, zoom: None, ..s.clone() };
        self.filters.text != next.filters.text && view(&same) == view(self)
    }

    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = self
            .other
            .iter()
            .filter(|(k, _)| !OURS.contains(&k.as_str()))
            .map(|(k, v)| if v.is_empty() { k.clone() } else { format!("{k}={v}") })
            .collect();
        if let Some(l) = self.lang {
            parts.push(format!("lang={}", l.code()));
        }
        let f = &self.filters;
        if !f.text.trim().is_empty() {
            parts.push(format!("q={}", encode_component(f.text.trim())));
        }
        for (k, set) in [
            ("town", &f.towns),
            ("offer", &f.offers),
            ("aud", &f.audiences),
            ("stage", &f.stages),
            ("hide", &f.hidden_categories),
            ("mode", &self.modes),
        ] {
            if !set.is_empty() {
                parts.push(format!("{k}={}", join(set)));
            }
        }
        if self.open_now {
            parts.push("open=1".into());
        }
        if let Some(n) = &self.near {
            parts.push(format!("near={}", encode_component(n)));
            if let Some(k) = self.km {
                parts.push(format!("km={k}"));
            }
        }
        if let Some(p) = &self.place {
            parts.push(format!("place={}", encode_component(p)));
        }
        if !self.marked.is_empty() {
            parts.push(format!("merk={}", join(&self.marked)));
        }
        if let Some(z) = self.zoom {
            parts.push(format!("z={}", (z * 100.0).round() / 100.0));
        }
        if let Some(c) = self.center {
            parts.push(format!("at={:.5},{:.5}", c.lon, c.lat));
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn typing_differs_in_words_only_and_anything_else_is_a_step() {
        let typed = |q: &str| UrlState::parse(q);
        assert!(typed("?q=W").only_words_differ(&typed("?q=Wi")));
        assert!(typed("?z=10&q=W").only_words_differ(&typed("?z=11&q=Win")), "a view moved by the search");
        assert!(typed("").only_words_differ(&typed("?q=W")));
        assert!(!typed("?q=Winsen").only_words_differ(&typed("?q=Winsen")), "nothing changed");
        assert!(!typed("?q=W").only_words_differ(&typed("?q=Wi&place=bbs-winsen")), "a place opened");
        assert!(!typed("?q=W").only_words_differ(&typed("?q=Wi&aud=pupils")), "a filter too");
        assert!(!typed("?q=W&aud=pupils").only_words_differ(&typed("?q=W")), "a filter alone");
    }

    #[test]
    fn round_trip() {
        let mut s = UrlState::default();
        s.filters.text = "Kauffrau im Einzelhandel".into();
        s.filters.towns.insert("Buchholz in der Nordheide".into());
        s.filters.audiences.extend(["pupils".to_string(), "parents".to_string()]);
        s.filters.hidden_categories.insert("betrieb".into());
        s.place = Some("bbs-winsen".into());
        s.near = Some("21244 Buchholz in der Nordheide".into());
        s.km = Some(25);
        s.marked = vec!["zz-last".into(), "bbs,winsen".into(), "a".into()];
        s.modes.extend(["video".to_string(), "phone".to_string()]);
        s.open_now = true;
        s.zoom = Some(12.0);
        s.center = Some(LonLat::new(10.2, 53.36));
        s.other.push(("config".into(), "config-beratung.json".into()));
        let q = s.to_query();
        assert!(q.starts_with("?config=config-beratung.json&q=Kauffrau%20im%20Einzelhandel"), "{q}");
        assert!(q.contains("&merk=zz-last,bbs%2Cwinsen,a&"), "marks keep their order: {q}");
        assert!(q.contains("&mode=phone,video&open=1&"), "{q}");
        assert_eq!(UrlState::parse(&q), s);
        assert!(!UrlState::parse("?open=0").open_now);
        assert_eq!(UrlState::parse("?mode=in_person,phone").modes.len(), 1, "an unknown way of contact is dropped");
        for lang in [Lang::De, Lang::En] {
            s.lang = Some(lang);
            let q = s.to_query();
            assert!(q.starts_with(&format!("?config=config-beratung.json&lang={}&q=", lang.code())), "{q}");
            assert_eq!(UrlState::parse(&q), s);
        }
    }

    #[test]
    fn language() {
        assert_eq!(UrlState::parse("?lang=en").lang, Some(Lang::En));
        assert_eq!(UrlState::parse("lang=de").to_query(), "?lang=de");
        assert_eq!(UrlState::parse("?lang=en-GB").lang, Some(Lang::En));
        let unknown = UrlState::parse("?lang=fr&q=x");
        assert_eq!((unknown.lang, unknown.other.len()), (None, 0), "an unknown language is ignored");
        assert_eq!(unknown.to_query(), "?q=x");
        assert_eq!(UrlState::parse("?lang=").lang, None);
    }

    #[test]
    fn tolerant_reading() {
        let s = UrlState::parse("?q=M%C3%BCller+Str&z=abc&at=999,1&place=&aud=pupils,,adults&lang=en&x");
        assert_eq!(s.lang, Some(Lang::En));
        assert_eq!(s.filters.text, "Müller Str");
        assert_eq!(s.zoom, None);
        assert_eq!(s.center, None);
        assert_eq!(s.place, None);
        assert_eq!(s.filters.audiences.len(), 2);
        assert_eq!(s.other, vec![("x".to_string(), String::new())]);
        assert_eq!(UrlState::parse("").to_query(), "");
        assert_eq!(decode_component("100%"), "100%");
        assert_eq!(decode_component("%zz"), "%zz");
        assert_eq!(encode_component("ä ß,&"), "%C3%A4%20%C3%9F%2C%26");
    }
}
