//! Words for the controlled vocabularies (audiences, stages, categories), so a visitor finds places
//! by what they are for, not only by what their names say. Kept per value, not per place: 100,000
//! places share a handful of values, and the index looks words up once per query.

use super::filter::Facet;
use super::fold::fold;
use super::variants::Synonyms;
use crate::i18n::tr;
use crate::model::{AUDIENCES, Category, LANGS, Lang, STAGES};
use std::collections::HashMap;

/// Folded words per facet value and per category id. Text from several calls is joined by a space,
/// which folded query terms never contain, so no term matches across two phrases.
#[derive(Clone, Debug, Default)]
pub struct Glossary {
    values: HashMap<(Facet, String), String>,
    categories: HashMap<String, String>,
    /// The editors' synonyms (config `synonyms`), for every query term.
    pub(super) synonyms: Synonyms,
    /// The languages whose sentences gave the values' words.
    pub(super) langs: Vec<Lang>,
}

fn append(target: &mut String, words: &str) {
    let folded = fold(words);
    if folded.is_empty() {
        return;
    }
    if !target.is_empty() {
        target.push(' ');
    }
    target.push_str(&folded);
}

impl Glossary {
    /// Words that find places carrying `value` for `facet` (any language; call again to add more).
    pub fn add_value(&mut self, facet: Facet, value: &str, words: &str) {
        append(self.values.entry((facet, value.to_string())).or_default(), words);
    }

    /// Words that find places of the category `id` (its labels, typically).
    pub fn add_category(&mut self, id: &str, words: &str) {
        append(self.categories.entry(id.to_string()).or_default(), words);
    }

    /// The labels (`audience-*`, `stage-*`) and search words (`search-audience-*`, `search-stage-*`)
    /// of every known value in every language whose sentences are here (German always; another
    /// once its file arrived), and the categories' labels in every language the config gives: a
    /// German page finds English words and vice versa, whatever language the page shows.
    pub fn from_locales(categories: &[Category]) -> Self {
        let langs: Vec<Lang> = LANGS.into_iter().filter(|l| crate::i18n::has(*l)).collect();
        let mut g = Self::for_langs(&langs);
        for c in categories {
            for label in c.label.texts() {
                g.add_category(&c.id, label);
            }
        }
        g
    }

    /// The words of the known values in `langs` only (for a language that arrives later).
    pub fn for_langs(langs: &[Lang]) -> Self {
        let mut g = Self { langs: langs.to_vec(), ..Self::default() };
        for (facet, prefix, values) in [(Facet::Audience, "audience", AUDIENCES), (Facet::Stage, "stage", STAGES)] {
            for value in values {
                for key in [format!("{prefix}-{value}"), format!("search-{prefix}-{value}")] {
                    for lang in langs {
                        let words = tr(*lang, &key, None);
                        // `tr` answers a missing key with the key itself; that is no word to find.
                        if words != key {
                            g.add_value(facet, value, &words);
                        }
                    }
                }
            }
        }
        g
    }

    /// Words that mean the same for the search (the config's `synonyms`).
    pub fn with_synonyms(mut self, synonyms: Synonyms) -> Self {
        self.synonyms = synonyms;
        self
    }

    /// The folded words for a facet value ("" when there are none).
    pub(super) fn value_words(&self, facet: Facet, value: &str) -> &str {
        self.values.get(&(facet, value.to_string())).map_or("", String::as_str)
    }

    /// The folded words for a category ("" when there are none).
    pub(super) fn category_words(&self, id: &str) -> &str {
        self.categories.get(id).map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_and_kept_apart() {
        let mut g = Glossary::default();
        g.add_value(Facet::Stage, "recognition", "Anerkennung ausländischer Abschlüsse");
        g.add_value(Facet::Stage, "recognition", "Recognition");
        g.add_value(Facet::Stage, "recognition", " ");
        assert_eq!(g.value_words(Facet::Stage, "recognition"), "anerkennungauslaendischerabschluesse recognition");
        assert_eq!(g.value_words(Facet::Audience, "recognition"), "", "facets are separate");
        assert_eq!(g.category_words("schule"), "");
    }

    #[test]
    fn locales_give_both_languages_for_every_known_value() {
        let mut cat = Category::plain("betrieb");
        cat.label.set("en", "Training firms");
        let g = Glossary::from_locales(&[cat]);
        for (facet, values) in [(Facet::Audience, AUDIENCES), (Facet::Stage, STAGES)] {
            for v in values {
                let words = g.value_words(facet, v);
                // Label and search words, each in two languages.
                assert!(words.split(' ').count() >= 4, "{facet:?} {v}: {words}");
            }
        }
        assert!(g.value_words(Facet::Stage, "recognition").contains("anerkennung"));
        assert!(g.value_words(Facet::Stage, "recognition").contains("foreignqualifications"));
        assert_eq!(g.category_words("betrieb"), "betrieb trainingfirms");
    }
}
