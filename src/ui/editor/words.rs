//! The page's own words (locales/bearbeiten-*.ftl); the checker's sentences come from the shared
//! files, as on the check page.

use crate::model::Lang;
use std::sync::OnceLock;

const DE: &str = include_str!("../../../locales/bearbeiten-de.ftl");
const EN: &str = include_str!("../../../locales/bearbeiten-en.ftl");

fn format(lang: Lang, key: &str, args: Option<&fluent_bundle::FluentArgs>) -> String {
    static BUNDLES: OnceLock<[crate::i18n::Bundle; 2]> = OnceLock::new();
    let [de, en] = BUNDLES.get_or_init(|| {
        [crate::i18n::make(DE, unic_langid::langid!("de")), crate::i18n::make(EN, unic_langid::langid!("en"))]
    });
    let own = if lang == Lang::En { en } else { de };
    crate::i18n::format_in([own, de], key, args).unwrap_or_else(|| key.to_string())
}

pub fn say(lang: Lang, key: &str) -> String {
    format(lang, key, None)
}

pub fn say_with(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        a.set(*k, v.clone());
    }
    format(lang, key, Some(&a))
}

/// A number argument (Fluent picks the plural form from it).
pub fn say_n(lang: Lang, key: &str, n: usize) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    a.set("n", n);
    format(lang, key, Some(&a))
}
