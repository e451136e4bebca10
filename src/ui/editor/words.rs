//! The page's own words (locales/bearbeiten-*.ftl); the checker's sentences come from the shared
//! files, as on the check page.

use crate::model::Lang;
use fluent_bundle::FluentValue;

const DE: &str = include_str!("../../../locales/bearbeiten-de.ftl");
const EN: &str = include_str!("../../../locales/bearbeiten-en.ftl");

fn format(lang: Lang, key: &str, args: Option<&fluent_bundle::FluentArgs>) -> String {
    static WORDS: crate::i18n::PageWords = crate::i18n::PageWords::new(DE, EN);
    WORDS.format(lang, key, args)
}

pub fn say(lang: Lang, key: &str) -> String {
    format(lang, key, None)
}

/// The sentence `key` with these named values.
fn format_with<'a>(lang: Lang, key: &str, args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        a.set(k, v);
    }
    format(lang, key, Some(&a))
}

pub fn say_with(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    format_with(lang, key, args.iter().map(|(k, v)| (*k, FluentValue::from(v.as_str()))))
}

/// Named texts and numbers (Fluent picks plural forms from the numbers, never from a text).
pub fn say_counted(lang: Lang, key: &str, texts: &[(&str, String)], counts: &[(&str, usize)]) -> String {
    let texts = texts.iter().map(|(k, v)| (*k, FluentValue::from(v.as_str())));
    format_with(lang, key, texts.chain(counts.iter().map(|(k, n)| (*k, FluentValue::from(*n)))))
}

/// A number argument (Fluent picks the plural form from it).
pub fn say_n(lang: Lang, key: &str, n: usize) -> String {
    format_with(lang, key, [("n", FluentValue::from(n))])
}

/// A value in a sentence of the status line.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Count(usize),
}

/// What the status line says, kept as its sentences' keys and values: a language switch says it
/// again in the new language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Said(Vec<(&'static str, Vec<(&'static str, Arg)>)>);

impl Said {
    /// Nothing said.
    pub fn none() -> Self {
        Self::default()
    }

    pub fn key(key: &'static str) -> Self {
        Self(vec![(key, Vec::new())])
    }

    pub fn with(key: &'static str, args: &[(&'static str, String)]) -> Self {
        Self(vec![(key, args.iter().map(|(k, v)| (*k, Arg::Text(v.clone()))).collect())])
    }

    pub fn counts(key: &'static str, counts: &[(&'static str, usize)]) -> Self {
        Self(vec![(key, counts.iter().map(|(k, n)| (*k, Arg::Count(*n))).collect())])
    }

    /// This, and then `next`.
    pub fn and(mut self, next: Said) -> Self {
        self.0.extend(next.0);
        self
    }

    /// The sentences in `lang`, one after the other.
    pub fn text(&self, lang: Lang) -> String {
        let one = |(key, args): &(&'static str, Vec<(&'static str, Arg)>)| match args.is_empty() {
            true => say(lang, key),
            false => format_with(
                lang,
                key,
                args.iter().map(|(k, v)| match v {
                    Arg::Text(t) => (*k, FluentValue::from(t.as_str())),
                    Arg::Count(n) => (*k, FluentValue::from(*n)),
                }),
            ),
        };
        self.0.iter().map(one).collect::<Vec<_>>().join(" ")
    }
}
