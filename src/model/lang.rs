use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

/// The languages the widget speaks. German is the default and the fallback for data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `de`, `de-DE` or `en-GB`; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The language a widget starts in. The host's explicit choice (`data-lang` or `?lang=`) beats the
/// config's `lang`, which beats the visitor's browser languages (the first we speak), which beat the
/// page's `<html lang>`; German when none of them names a language we speak. An unsupported value
/// on one rung passes to the next instead of forcing German.
pub fn negotiate(explicit: Option<&str>, config: Option<&str>, browser: &[String], page: Option<&str>) -> Lang {
    explicit
        .and_then(Lang::from_tag)
        .or_else(|| config.and_then(Lang::from_tag))
        .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
        .or_else(|| page.and_then(Lang::from_tag))
        .unwrap_or_default()
}

/// A text given either as a plain string (German) or as `{ "de": …, "en": … }`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localized(BTreeMap<String, String>);

impl Localized {
    pub fn plain(text: impl Into<String>) -> Self {
        Self(crate::sort::map_from([("de".to_string(), text.into())]))
    }

    /// The text in `lang`, else German, else whichever language there is.
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .get(lang.code())
            .or_else(|| self.0.get("de"))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Sets the text for one language (a code such as `en`).
    pub fn set(&mut self, code: &str, text: impl Into<String>) {
        self.0.insert(code.to_string(), text.into());
    }

    /// Builds from an object such as `{"de": "…", "en": "…"}`; non-text values are left out.
    pub fn from_object(map: &serde_json::Map<String, serde_json::Value>) -> Self {
        Self(crate::sort::map_from(
            map.iter().filter_map(|(k, v)| v.as_str().map(|t| (k.clone(), t.trim().to_string()))),
        ))
    }

    pub fn is_blank(&self) -> bool {
        self.0.values().all(|v| v.trim().is_empty())
    }
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Map(BTreeMap<String, String>),
        }
        Ok(
            match Raw::deserialize(d).map_err(|_| {
                serde::de::Error::custom("expected a text or an object like {\"de\": \"…\", \"en\": \"…\"}")
            })? {
                Raw::Text(t) => Localized::plain(t),
                Raw::Map(m) => Localized(m),
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_german_then_anything() {
        let l: Localized = serde_json::from_str(r#"{"de":"Schulen","en":"Schools"}"#).unwrap();
        assert_eq!((l.get(Lang::De), l.get(Lang::En)), ("Schulen", "Schools"));
        let only_de: Localized = serde_json::from_str(r#""Schulen""#).unwrap();
        assert_eq!(only_de.get(Lang::En), "Schulen");
        let only_fr: Localized = serde_json::from_str(r#"{"fr":"Écoles"}"#).unwrap();
        assert_eq!(only_fr.get(Lang::De), "Écoles");
        assert!(serde_json::from_str::<Localized>("3").is_err());
    }

    #[test]
    fn language_tags() {
        assert_eq!(Lang::from_tag("de-DE"), Some(Lang::De));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }

    #[test]
    fn negotiation_order() {
        let browser = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        let en_browser = browser(&["en-GB", "de"]);
        assert_eq!(negotiate(Some("de"), Some("en"), &en_browser, Some("en")), Lang::De, "the host's choice first");
        assert_eq!(negotiate(Some("fr"), Some("en"), &[], None), Lang::En, "an unsupported choice passes on");
        assert_eq!(negotiate(None, Some("en"), &browser(&["de-AT"]), Some("de")), Lang::En, "then the config");
        assert_eq!(negotiate(None, Some("de"), &en_browser, None), Lang::De);
        assert_eq!(negotiate(None, None, &en_browser, Some("de")), Lang::En, "then the browser");
        assert_eq!(negotiate(None, None, &browser(&["de-AT", "en"]), Some("en")), Lang::De);
        assert_eq!(negotiate(None, Some("it"), &browser(&["fr", "en-US"]), Some("de")), Lang::En, "the first we speak");
        assert_eq!(negotiate(None, None, &browser(&["fr", "pl"]), Some("en")), Lang::En, "then the page");
        assert_eq!(negotiate(None, None, &[], Some("en-GB")), Lang::En);
        assert_eq!(negotiate(None, None, &browser(&["fr"]), Some("fr")), Lang::De, "German when nothing fits");
        assert_eq!(negotiate(None, None, &[], None), Lang::De);
    }
}
