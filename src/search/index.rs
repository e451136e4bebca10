//! The search index: folded text and interned facet values of every place, built once after
//! loading (in chunks, `IndexBuilder`), queried on every change of the filters.

use super::filter::{Facet, FacetCounts, Filters};
use super::fold::{fold, query_terms};
use super::glossary::Glossary;
use super::variants::{Synonyms, variants};
use crate::model::{Lang, Place};
use std::collections::{BTreeMap, BTreeSet};

/// Folded text and facet values of every place, built once after loading. Facet values and
/// categories are interned: filtering and counting 100,000 places compare numbers, not strings.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    pub(super) haystacks: Vec<String>,
    /// Position of each place in name order (folded German names), for sorting lists fast.
    name_rank: Vec<u32>,
    /// Value ids of place i and facet f: `value_ids[spans[4i + f]..spans[4i + f + 1]]`.
    value_ids: Vec<u32>,
    spans: Vec<u32>,
    /// Per facet: the distinct values (by id) and how many places carry each.
    vocab: [Vocab; 4],
    category_ids: Vec<u32>,
    category_vocab: Vocab,
    /// The languages whose words for audiences and stages the index knows.
    word_langs: Vec<Lang>,
    /// The editors' synonyms, for the spellings of each query term.
    synonyms: Synonyms,
}

/// Distinct strings with ids in order of first appearance, each with its glossary words.
#[derive(Clone, Debug, Default)]
struct Vocab {
    names: Vec<String>,
    ids: std::collections::HashMap<String, u32>,
    totals: Vec<usize>,
    /// Folded words that find the places carrying each value ("" for most values).
    words: Vec<String>,
}

impl Vocab {
    /// The id of `name`; `words` is asked only for a value not seen before.
    fn intern<'a>(&mut self, name: &str, words: impl FnOnce() -> &'a str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            self.totals[id as usize] += 1;
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(name.to_string());
        self.ids.insert(name.to_string(), id);
        self.totals.push(1);
        self.words.push(words().to_string());
        id
    }

    /// Which ids have glossary words containing a spelling of the term; None when none do.
    fn words_containing(&self, spellings: &[String]) -> Option<Vec<bool>> {
        let hits: Vec<bool> =
            self.words.iter().map(|w| !w.is_empty() && spellings.iter().any(|t| w.contains(t.as_str()))).collect();
        hits.contains(&true).then_some(hits)
    }

    /// Which ids a set of names selects. A name the data lacks is taken as typed words: it selects
    /// every value whose name has them all, in any of their spellings ("Kauffrau" selects
    /// "Kaufmann/-frau im Einzelhandel").
    fn select(&self, names: &BTreeSet<String>, synonyms: &Synonyms) -> Vec<bool> {
        let mut out = vec![false; self.names.len()];
        for n in names {
            if let Some(&id) = self.ids.get(n) {
                out[id as usize] = true;
                continue;
            }
            let terms: Vec<Vec<String>> = query_terms(n).iter().map(|t| variants(t, synonyms)).collect();
            if terms.is_empty() {
                continue;
            }
            for (id, name) in self.names.iter().enumerate() {
                let folded = fold(name);
                if terms.iter().all(|spellings| spellings.iter().any(|t| folded.contains(t.as_str()))) {
                    out[id] = true;
                }
            }
        }
        out
    }

    fn named(&self, counts: &[usize]) -> BTreeMap<String, usize> {
        crate::sort::map_from(
            counts.iter().enumerate().filter(|(_, n)| **n > 0).map(|(id, n)| (self.names[id].clone(), *n)),
        )
    }
}

const FACETS: [Facet; 4] = [Facet::Town, Facet::Offer, Facet::Audience, Facet::Stage];

/// For one query term: which value ids (per facet) and category ids it finds through the glossary.
/// All None for most terms, so a name search costs what it did before the glossary.
struct Glossed {
    values: [Option<Vec<bool>>; 4],
    categories: Option<Vec<bool>>,
}

/// Filters turned into id lookups for one pass over the index.
struct Compiled {
    /// Per query term: its spellings (the term first, then gender-fair forms and synonyms).
    terms: Vec<Vec<String>>,
    /// Per term: the facet values and categories whose glossary words contain it.
    glossed: Vec<Glossed>,
    /// A query of several words that is one of the glossary's phrases ("التدريب المهني",
    /// "професійне навчання"): the values and categories it names. Its words then do not find
    /// values one by one (each word of a phrase may belong to another value's words).
    phrase: Option<Glossed>,
    hidden: Vec<bool>,
    /// Per facet: None when nothing is selected, else which value ids are.
    wanted: [Option<Vec<bool>>; 4],
}

impl SearchIndex {
    /// Adds the words of a language that arrived after the index was built (the visitor chose
    /// it): its words for audiences and stages then find places too. Known languages are skipped.
    pub fn learn_language(&mut self, lang: Lang) {
        if self.word_langs.contains(&lang) {
            return;
        }
        let g = Glossary::for_langs(&[lang]);
        for (f, vocab) in self.vocab.iter_mut().enumerate() {
            for (id, name) in vocab.names.iter().enumerate() {
                let more = g.value_words(FACETS[f], name);
                if !more.is_empty() {
                    let words = &mut vocab.words[id];
                    if !words.is_empty() {
                        words.push(' ');
                    }
                    words.push_str(more);
                }
            }
        }
        self.word_langs.push(lang);
    }

    /// Whether the words of `lang` are in the index.
    pub fn knows_language(&self, lang: Lang) -> bool {
        self.word_langs.contains(&lang)
    }

    /// The index without glossary words (names, descriptions, offers and addresses only).
    pub fn build(places: &[Place]) -> Self {
        Self::build_with(places, Glossary::default())
    }

    /// The index whose text search also finds places by their audiences', stages' and category's words.
    pub fn build_with(places: &[Place], glossary: Glossary) -> Self {
        let mut b = IndexBuilder::new(glossary);
        b.add(places);
        b.finish()
    }

    /// Sorts place indices by name (umlauts as German readers expect: Ä with A, ß with ss).
    pub fn sort_by_name(&self, indices: &mut [usize]) {
        crate::sort::sort_by_key(indices, |&i| self.name_rank[i]);
    }

    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
    }

    fn compile(&self, f: &Filters) -> Compiled {
        let words = query_terms(&f.text);
        let terms: Vec<Vec<String>> = words.iter().map(|t| variants(t, &self.synonyms)).collect();
        let phrase = (words.len() > 1)
            .then(|| {
                let whole = [words.concat()];
                Glossed {
                    values: FACETS.map(|facet| self.vocab[facet as usize].words_containing(&whole)),
                    categories: self.category_vocab.words_containing(&whole),
                }
            })
            .filter(|g| g.categories.is_some() || g.values.iter().any(Option::is_some));
        Compiled {
            phrase,
            glossed: terms
                .iter()
                .map(|t| Glossed {
                    values: FACETS.map(|facet| self.vocab[facet as usize].words_containing(t)),
                    categories: self.category_vocab.words_containing(t),
                })
                .collect(),
            terms,
            hidden: self.category_vocab.select(&f.hidden_categories, &Synonyms::default()),
            wanted: FACETS.map(|facet| {
                let names = f.selected(facet);
                (!names.is_empty()).then(|| self.vocab[facet as usize].select(names, &self.synonyms))
            }),
        }
    }

    fn values(&self, i: usize, facet: usize) -> &[u32] {
        &self.value_ids[self.spans[4 * i + facet] as usize..self.spans[4 * i + facet + 1] as usize]
    }

    /// Whether place i fails facet f's selection.
    fn fails(&self, i: usize, c: &Compiled, facet: usize) -> bool {
        c.wanted[facet].as_ref().is_some_and(|w| !self.values(i, facet).iter().any(|&v| w[v as usize]))
    }

    /// Whether place i has every term of the text, in its haystack or its values' glossary words.
    fn text_matches(&self, i: usize, c: &Compiled) -> bool {
        if let Some(phrase) = &c.phrase {
            return self.glossed(i, phrase)
                || c.terms.iter().all(|term| term.iter().any(|t| self.haystacks[i].contains(t.as_str())));
        }
        c.terms.iter().zip(&c.glossed).all(|(term, g)| {
            // The glossary first: a few id lookups are cheaper than scanning the haystack.
            self.glossed(i, g) || term.iter().any(|t| self.haystacks[i].contains(t.as_str()))
        })
    }

    /// Whether place i's category or one of its values is among the glossary's hits.
    fn glossed(&self, i: usize, g: &Glossed) -> bool {
        g.categories.as_ref().is_some_and(|hit| hit[self.category_ids[i] as usize])
            || (0..4).any(|facet| {
                g.values[facet].as_ref().is_some_and(|hit| self.values(i, facet).iter().any(|&v| hit[v as usize]))
            })
    }

    /// Indices of the matching places, in index order.
    pub fn search(&self, f: &Filters) -> Vec<usize> {
        let c = self.compile(f);
        (0..self.len())
            .filter(|&i| {
                !c.hidden[self.category_ids[i] as usize]
                    && (0..4).all(|facet| !self.fails(i, &c, facet))
                    && self.text_matches(i, &c)
            })
            .collect()
    }

    /// Counts for every facet value and category, each as if only that choice changed.
    pub fn counts(&self, f: &Filters) -> FacetCounts {
        self.counts_within(f, &|_| true)
    }

    /// The counts among the places `keep` lets through: filters the index does not hold (the
    /// radius, the ways of contact, "open now") narrow the counts like the list.
    pub fn counts_within(&self, f: &Filters, keep: &dyn Fn(usize) -> bool) -> FacetCounts {
        let c = self.compile(f);
        let mut categories = vec![0usize; self.category_vocab.names.len()];
        let mut values: [Vec<usize>; 4] = FACETS.map(|facet| vec![0usize; self.vocab[facet as usize].names.len()]);
        let mut seen = [false; 4];
        for i in 0..self.len() {
            if !self.text_matches(i, &c) || !keep(i) {
                continue;
            }
            // A place counts for a facet's values only if it passes every other facet.
            let fails = [0, 1, 2, 3].map(|facet| self.fails(i, &c, facet));
            let failed = fails.iter().filter(|f| **f).count();
            if failed == 0 {
                categories[self.category_ids[i] as usize] += 1;
            }
            if c.hidden[self.category_ids[i] as usize] || failed > 1 {
                continue;
            }
            for facet in 0..4 {
                if failed == 0 || fails[facet] {
                    seen[facet] = true;
                    for &v in self.values(i, facet) {
                        values[facet][v as usize] += 1;
                    }
                }
            }
        }
        FacetCounts {
            values: crate::sort::map_from(
                FACETS
                    .into_iter()
                    .filter(|facet| seen[*facet as usize])
                    .map(|facet| (facet, self.vocab[facet as usize].named(&values[facet as usize]))),
            ),
            categories: self.category_vocab.named(&categories),
        }
    }

    /// Whether some place carries `value` for `facet`.
    pub fn has_value(&self, facet: Facet, value: &str) -> bool {
        self.vocab[facet as usize].ids.contains_key(value)
    }

    /// Every value a facet has in the data, with its total count (for the choice lists).
    pub fn all_values(&self, facet: Facet) -> BTreeMap<String, usize> {
        self.vocab[facet as usize].named(&self.vocab[facet as usize].totals)
    }
}

/// Builds a [`SearchIndex`] a slice at a time, so a page can draw between slices. `Default` has an
/// empty glossary.
#[derive(Default)]
pub struct IndexBuilder {
    index: SearchIndex,
    name_keys: Vec<String>,
    glossary: Glossary,
}

impl IndexBuilder {
    pub fn new(glossary: Glossary) -> Self {
        Self { glossary, ..Self::default() }
    }

    /// Adds the next places (in the order of the final place list).
    pub fn add(&mut self, places: &[Place]) {
        let x = &mut self.index;
        if x.spans.is_empty() {
            x.spans.push(0);
        }
        for p in places {
            let mut text = String::new();
            // Every language the data gives (most data is German only).
            for text_of in
                [Some(&p.name), p.description.as_ref()].into_iter().flatten().chain(p.offers.iter().map(|o| &o.name))
            {
                for t in text_of.texts() {
                    text.push_str(t);
                    text.push(' ');
                }
            }
            for s in [&p.street, &p.city, &p.municipality, &p.postcode].into_iter().flatten() {
                text.push_str(s);
                text.push(' ');
            }
            x.haystacks.push(fold(&text));
            // The municipality a place belongs to (Stadt, Gemeinde or Samtgemeinde), else its town.
            let town = p.municipality.as_ref().or(p.city.as_ref());
            let facets: [Vec<&str>; 4] = [
                town.map(String::as_str).into_iter().collect(),
                p.offers.iter().map(|o| o.get(Lang::De)).collect(),
                p.audiences.iter().map(String::as_str).collect(),
                p.stages.iter().map(String::as_str).collect(),
            ];
            for (facet, names) in facets.iter().enumerate() {
                for name in names {
                    let id = x.vocab[facet].intern(name, || self.glossary.value_words(FACETS[facet], name));
                    x.value_ids.push(id);
                }
                x.spans.push(x.value_ids.len() as u32);
            }
            let c = x.category_vocab.intern(&p.category, || self.glossary.category_words(&p.category));
            x.category_ids.push(c);
            self.name_keys.push(fold(p.name.get(Lang::De)));
        }
    }

    pub fn finish(self) -> SearchIndex {
        let mut index = self.index;
        index.synonyms = self.glossary.synonyms.clone();
        index.word_langs = self.glossary.langs.clone();
        let n = index.haystacks.len();
        if index.spans.is_empty() {
            index.spans.push(0);
        }
        let order = crate::sort::order(n, &|a, b| self.name_keys[a].cmp(&self.name_keys[b]));
        index.name_rank = vec![0u32; n];
        for (rank, &i) in order.iter().enumerate() {
            index.name_rank[i as usize] = rank as u32;
        }
        index
    }
}
