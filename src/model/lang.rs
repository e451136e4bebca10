use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

/// The languages the widget speaks. German is the default and the fallback for data and for any
/// sentence a translation lacks. Leichte Sprache is German in the rules of Leichte Sprache.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    De,
    Ls,
    En,
    Uk,
    Ar,
    Tr,
    Ru,
    Fa,
}

/// Every language, in the order the language menu offers them.
pub const LANGS: [Lang; 8] = [Lang::De, Lang::Ls, Lang::En, Lang::Uk, Lang::Ar, Lang::Tr, Lang::Ru, Lang::Fa];

impl Lang {
    /// The language tag: the page's `lang` attribute, `?lang=`, the config and the data's keys.
    /// Leichte Sprache is German to a screen reader's voice, so its tag begins with `de`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::Ls => "de-x-ls",
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
            Lang::Ru => "ru",
            Lang::Fa => "fa",
        }
    }

    /// The language's name in itself, as the language menu shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::Ls => "Leichte Sprache",
            Lang::En => "English",
            Lang::Uk => "Українська",
            Lang::Ar => "العربية",
            Lang::Tr => "Türkçe",
            Lang::Ru => "Русский",
            Lang::Fa => "فارسی",
        }
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa)
    }

    /// The language whose text stands in where this one has none: German for all (Leichte
    /// Sprache is German too).
    pub fn fallback(self) -> Lang {
        Lang::De
    }

    /// Reads a language tag such as `de`, `de-DE`, `en-GB`, `uk-UA` or `de-x-ls` (also `ls`);
    /// anything else is `None`. Persian written as Dari (`prs`, `fa-AF`) is Persian.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        if matches!(tag.as_str(), "ls" | "de-x-ls" | "de-ls" | "leichte-sprache" | "de-x-leichte") {
            return Some(Lang::Ls);
        }
        match tag.split('-').next()? {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            "uk" => Some(Lang::Uk),
            "ar" => Some(Lang::Ar),
            "tr" => Some(Lang::Tr),
            "ru" => Some(Lang::Ru),
            "fa" | "prs" => Some(Lang::Fa),
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

/// `wanted` where the config offers it (`offered`, empty: all), else the first of the browser's
/// languages it offers, else German.
pub fn within_offer(wanted: Lang, offered: &[Lang], browser: &[String]) -> Lang {
    if offered.is_empty() || offered.contains(&wanted) {
        return wanted;
    }
    browser.iter().filter_map(|t| Lang::from_tag(t)).find(|l| offered.contains(l)).unwrap_or_default()
}

/// The language a widget shows once its config is read, before the visitor chooses one: the
/// host's explicit choice, else the config's `lang`, else the browser's or the page's language,
/// each as far as the config offers it (the widget's steps: ui::App, then ui::loading).
pub fn start_lang(
    explicit: Option<&str>,
    config: Option<&str>,
    browser: &[String],
    page: Option<&str>,
    offered: &[Lang],
) -> Lang {
    let first = within_offer(negotiate(explicit, None, browser, page), offered, browser);
    match (explicit.and_then(Lang::from_tag), config.and_then(Lang::from_tag)) {
        (None, Some(c)) => c,
        _ => first,
    }
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
        self.get_tagged(lang).0
    }

    /// The text in `lang` (else German, else any) with the tag of the language it is in, so a
    /// view can mark a stand-in (`lang="de"`) and a screen reader reads it in its own voice.
    pub fn get_tagged(&self, lang: Lang) -> (&str, &str) {
        [lang.code(), lang.fallback().code()]
            .into_iter()
            .find_map(|code| self.0.get_key_value(code))
            .or_else(|| self.0.iter().next())
            .map(|(k, v)| (v.as_str(), k.as_str()))
            .unwrap_or(("", lang.code()))
    }

    /// Every distinct text it holds (for the search, which finds a place in any language).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let mut seen: Vec<&str> = Vec::new();
        self.0.values().map(String::as_str).filter(move |t| {
            let new = !seen.contains(t);
            if new {
                seen.push(t);
            }
            new
        })
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
        assert_eq!(Lang::from_tag("uk-UA"), Some(Lang::Uk));
        assert_eq!(Lang::from_tag("de-x-ls"), Some(Lang::Ls));
        assert_eq!(Lang::from_tag("LS"), Some(Lang::Ls));
        assert_eq!(Lang::from_tag("fa-AF"), Some(Lang::Fa));
        assert_eq!(Lang::from_tag("prs"), Some(Lang::Fa));
        for l in LANGS {
            assert_eq!(Lang::from_tag(l.code()), Some(l), "{l:?} reads its own tag");
        }
    }

    #[test]
    fn a_stand_in_says_its_language() {
        let l: Localized = serde_json::from_str(r#"{"de":"Schulen","uk":"Школи"}"#).unwrap();
        assert_eq!(l.get_tagged(Lang::Uk), ("Школи", "uk"));
        assert_eq!(l.get_tagged(Lang::Ar), ("Schulen", "de"));
        assert_eq!(l.get_tagged(Lang::Ls), ("Schulen", "de"));
        assert_eq!(l.texts().collect::<Vec<_>>(), ["Schulen", "Школи"]);
    }

    fn browser(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn the_start_language_as_the_widget_finds_it() {
        let uk = browser(&["uk-UA", "en"]);
        assert_eq!(start_lang(None, None, &uk, Some("de"), &[]), Lang::Uk, "the browser's");
        assert_eq!(start_lang(None, Some("en"), &uk, None, &[]), Lang::En, "the config's lang beats the browser");
        assert_eq!(start_lang(Some("ar"), Some("en"), &uk, None, &[]), Lang::Ar, "the host's choice beats both");
        let offered = [Lang::De, Lang::En];
        assert_eq!(start_lang(None, None, &uk, None, &offered), Lang::En, "the first offered browser language");
        assert_eq!(start_lang(None, None, &browser(&["fa"]), None, &offered), Lang::De, "else German");
        assert_eq!(start_lang(Some("xx"), None, &uk, None, &[]), Lang::Uk, "an unknown choice is none");
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
