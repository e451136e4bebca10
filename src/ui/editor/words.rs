//! The page's own words (locales/bearbeiten-*.ftl); the checker's sentences come from the shared
//! files, as on the check page.

use crate::model::Lang;

const DE: &str = include_str!("../../../locales/bearbeiten-de.ftl");
const EN: &str = include_str!("../../../locales/bearbeiten-en.ftl");

fn format(lang: Lang, key: &str, args: Option<&fluent_bundle::FluentArgs>) -> String {
    static WORDS: crate::i18n::PageWords = crate::i18n::PageWords::new(DE, EN);
    WORDS.format(lang, key, args)
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

/// Number arguments (Fluent picks each plural form from its number, not from its digits).
pub fn say_counts(lang: Lang, key: &str, counts: &[(&str, usize)]) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    for (k, n) in counts {
        a.set(*k, *n);
    }
    format(lang, key, Some(&a))
}

/// A number argument (Fluent picks the plural form from it).
pub fn say_n(lang: Lang, key: &str, n: usize) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    a.set("n", n);
    format(lang, key, Some(&a))
}
