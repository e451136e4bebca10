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

/// A number argument (Fluent picks the plural form from it).
pub fn say_n(lang: Lang, key: &str, n: usize) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    a.set("n", n);
    format(lang, key, Some(&a))
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
        let one = |(key, args): &(&'static str, Vec<(&'static str, Arg)>)| {
            let mut a = fluent_bundle::FluentArgs::new();
            for (k, v) in args {
                match v {
                    Arg::Text(t) => a.set(*k, t.clone()),
                    Arg::Count(n) => a.set(*k, *n),
                }
            }
            format(lang, key, (!args.is_empty()).then_some(&a))
        };
        self.0.iter().map(one).collect::<Vec<_>>().join(" ")
    }
}
