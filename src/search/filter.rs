use super::fold::{fold, matches, query_terms};
use crate::model::{Lang, Place};
use std::collections::{BTreeMap, BTreeSet};

/// The filterable properties besides category and text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Town,
    Offer,
    Audience,
    Stage,
}

/// What the visitor asked for. Within a facet any selected value may match; facets, categories and
/// text must all match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub text: String,
    pub hidden_categories: BTreeSet<String>,
    pub towns: BTreeSet<String>,
    pub offers: BTreeSet<String>,
    pub audiences: BTreeSet<String>,
    pub stages: BTreeSet<String>,
}

impl Filters {
    pub fn selected(&self, f: Facet) -> &BTreeSet<String> {
        match f {
            Facet::Town => &self.towns,
            Facet::Offer => &self.offers,
            Facet::Audience => &self.audiences,
            Facet::Stage => &self.stages,
        }
    }

    pub fn selected_mut(&mut self, f: Facet) -> &mut BTreeSet<String> {
        match f {
            Facet::Town => &mut self.towns,
            Facet::Offer => &mut self.offers,
            Facet::Audience => &mut self.audiences,
            Facet::Stage => &mut self.stages,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
            && self.hidden_categories.is_empty()
            && [Facet::Town, Facet::Offer, Facet::Audience, Facet::Stage].iter().all(|f| self.selected(*f).is_empty())
    }
}

/// Per facet and value: how many places would match if that value were the facet's selection
/// (all other filters as they are). Plus the same per category.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub values: BTreeMap<Facet, BTreeMap<String, usize>>,
    pub categories: BTreeMap<String, usize>,
}

/// Folded text and facet values of every place, built once after loading.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    haystacks: Vec<String>,
    /// Position of each place in name order (folded German names), for sorting lists fast.
    name_rank: Vec<u32>,
    values: Vec<[Vec<String>; 4]>,
    categories: Vec<String>,
}

const FACETS: [Facet; 4] = [Facet::Town, Facet::Offer, Facet::Audience, Facet::Stage];

impl SearchIndex {
    pub fn build(places: &[Place]) -> Self {
        let mut b = IndexBuilder::default();
        b.add(places);
        b.finish()
    }

    /// Sorts place indices by name (umlauts as German readers expect: Ä with A, ß with ss).
    pub fn sort_by_name(&self, indices: &mut [usize]) {
        indices.sort_by_key(|&i| self.name_rank[i]);
    }

    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
    }

    fn passes(&self, i: usize, f: &Filters, skip: Option<Facet>) -> bool {
        FACETS.iter().filter(|facet| Some(**facet) != skip).all(|facet| {
            let want = f.selected(*facet);
            want.is_empty() || self.values[i][*facet as usize].iter().any(|v| want.contains(v))
        })
    }

    /// Indices of the matching places, in index order.
    pub fn search(&self, f: &Filters) -> Vec<usize> {
        let terms = query_terms(&f.text);
        (0..self.len())
            .filter(|&i| {
                !f.hidden_categories.contains(&self.categories[i])
                    && self.passes(i, f, None)
                    && matches(&self.haystacks[i], &terms)
            })
            .collect()
    }

    /// Counts for every facet value and category, each as if only that choice changed.
    pub fn counts(&self, f: &Filters) -> FacetCounts {
        let terms = query_terms(&f.text);
        let mut out = FacetCounts::default();
        for i in 0..self.len() {
            if !matches(&self.haystacks[i], &terms) {
                continue;
            }
            let category_ok = !f.hidden_categories.contains(&self.categories[i]);
            if self.passes(i, f, None) {
                bump(&mut out.categories, &self.categories[i]);
            }
            if !category_ok {
                continue;
            }
            for facet in FACETS {
                if self.passes(i, f, Some(facet)) {
                    let counts = out.values.entry(facet).or_default();
                    for v in &self.values[i][facet as usize] {
                        bump(counts, v);
                    }
                }
            }
        }
        out
    }

    /// Every value a facet has in the data, with its total count (for the choice lists).
    pub fn all_values(&self, facet: Facet) -> BTreeMap<String, usize> {
        let mut out = BTreeMap::new();
        for v in &self.values {
            for x in &v[facet as usize] {
                bump(&mut out, x);
            }
        }
        out
    }
}

/// Builds a [`SearchIndex`] a slice at a time, so a page can draw between slices.
#[derive(Default)]
pub struct IndexBuilder {
    haystacks: Vec<String>,
    values: Vec<[Vec<String>; 4]>,
    categories: Vec<String>,
    name_keys: Vec<String>,
}

impl IndexBuilder {
    /// Adds the next places (in the order of the final place list).
    pub fn add(&mut self, places: &[Place]) {
        for p in places {
            let mut text = String::new();
            for lang in [Lang::De, Lang::En] {
                // English only where it differs: most data is German only.
                let name = p.name.get(lang);
                if lang == Lang::De || name != p.name.get(Lang::De) {
                    text.push_str(name);
                    text.push(' ');
                }
                if let Some(d) = &p.description {
                    if lang == Lang::De || d.get(lang) != d.get(Lang::De) {
                        text.push_str(d.get(lang));
                        text.push(' ');
                    }
                }
                for o in &p.offers {
                    if lang == Lang::De || o.get(lang) != o.get(Lang::De) {
                        text.push_str(o.get(lang));
                        text.push(' ');
                    }
                }
            }
            for s in [&p.street, &p.city, &p.municipality, &p.postcode].into_iter().flatten() {
                text.push_str(s);
                text.push(' ');
            }
            self.haystacks.push(fold(&text));
            self.values.push([
                town_of(p).into_iter().collect(),
                p.offers.iter().map(|o| o.get(Lang::De).to_string()).collect(),
                p.audiences.clone(),
                p.stages.clone(),
            ]);
            self.categories.push(p.category.clone());
            self.name_keys.push(fold(p.name.get(Lang::De)));
        }
    }

    pub fn finish(self) -> SearchIndex {
        let n = self.haystacks.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| self.name_keys[a].cmp(&self.name_keys[b]));
        let mut name_rank = vec![0u32; n];
        for (rank, &i) in order.iter().enumerate() {
            name_rank[i] = rank as u32;
        }
        SearchIndex { haystacks: self.haystacks, name_rank, values: self.values, categories: self.categories }
    }
}

/// Counts one more `key`, allocating the key only the first time (100,000 places, few values).
fn bump(counts: &mut BTreeMap<String, usize>, key: &str) {
    match counts.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            counts.insert(key.to_string(), 1);
        }
    }
}

/// The municipality a place belongs to (Stadt, Gemeinde or Samtgemeinde), else its town.
pub fn town_of(p: &Place) -> Option<String> {
    p.municipality.clone().or_else(|| p.city.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Localized, parse_source};

    fn places() -> Vec<Place> {
        let cats: Vec<Category> = ["s", "f"]
            .iter()
            .map(|id| Category {
                id: id.to_string(),
                label: Localized::plain(*id),
                color: "#000".into(),
                symbol: String::new(),
            })
            .collect();
        let f = |id: &str, props: &str| {
            format!(
                r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[10,53]}},"properties":{{"id":"{id}",{props}}}}}"#
            )
        };
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[{},{},{},{}]}}"#,
            f(
                "1",
                r#""name":"Musterbetrieb Einzelhandel","category":"f","city":"Buchholz in der Nordheide","offers":["Kaufmann/Kauffrau im Einzelhandel"],"audiences":["pupils"],"stages":["apprenticeship"]"#
            ),
            f(
                "2",
                r#""name":"Bäckerei Müller","category":"f","city":"Tostedt","municipality":"Samtgemeinde Tostedt","offers":["Bäcker:in"],"audiences":["pupils","adults"],"stages":["internship","apprenticeship"]"#
            ),
            f(
                "3",
                r#""name":"BBS Winsen","category":"s","city":"Winsen (Luhe)","audiences":["pupils"],"stages":["orientation"]"#
            ),
            f(
                "4",
                r#""name":"Migrationsberatung","category":"s","city":"Buchholz in der Nordheide","audiences":["immigrants"],"stages":["recognition"]"#
            ),
        );
        parse_source(&text, &cats).places
    }

    #[test]
    fn text_search_is_tolerant() {
        let idx = SearchIndex::build(&places());
        let q = |t: &str| idx.search(&Filters { text: t.into(), ..Default::default() });
        assert_eq!(q("einzelh"), [0]);
        assert_eq!(q("mueller"), [1]);
        assert_eq!(q("MÜLLER"), [1]);
        assert_eq!(q("baecker"), [1], "offers are searched");
        assert_eq!(q("buchholz"), [0, 3], "towns are searched");
        assert_eq!(q("samtgemeinde tostedt"), [1], "municipalities are searched");
        assert_eq!(q(""), [0, 1, 2, 3]);
        assert_eq!(q("nichts"), Vec::<usize>::new());
    }

    #[test]
    fn facets_combine_and_count() {
        let idx = SearchIndex::build(&places());
        let mut f = Filters::default();
        f.audiences.insert("pupils".into());
        assert_eq!(idx.search(&f), [0, 1, 2]);
        f.stages.insert("apprenticeship".into());
        f.stages.insert("orientation".into());
        assert_eq!(idx.search(&f), [0, 1, 2], "values within a facet are alternatives");
        f.towns.insert("Buchholz in der Nordheide".into());
        assert_eq!(idx.search(&f), [0]);
        let c = idx.counts(&f);
        // Town counts ignore the town choice itself: what picking that town would leave.
        assert_eq!(c.values[&Facet::Town]["Samtgemeinde Tostedt"], 1);
        assert_eq!(c.values[&Facet::Town]["Buchholz in der Nordheide"], 1);
        assert_eq!(c.values[&Facet::Town]["Winsen (Luhe)"], 1);
        assert_eq!(c.categories.get("f"), Some(&1));
        f.hidden_categories.insert("f".into());
        assert_eq!(idx.search(&f), Vec::<usize>::new());
        assert_eq!(idx.counts(&f).categories.get("f"), Some(&1), "a hidden category still says what it holds");
        assert!(!f.is_empty());
        assert!(Filters::default().is_empty());
        assert_eq!(idx.all_values(Facet::Audience)["pupils"], 3);
        let mut all = vec![0, 1, 2, 3];
        idx.sort_by_name(&mut all);
        assert_eq!(all, [1, 2, 3, 0], "Bäckerei, BBS, Migrationsberatung, Musterbetrieb");
    }

    /// Every count equals the size of the search it predicts.
    #[test]
    fn counts_predict_searches() {
        let idx = SearchIndex::build(&places());
        let mut f = Filters::default();
        f.audiences.insert("pupils".into());
        f.text = "b".into();
        let c = idx.counts(&f);
        for (facet, values) in &c.values {
            for (v, n) in values {
                let mut g = f.clone();
                *g.selected_mut(*facet) = BTreeSet::from([v.clone()]);
                assert_eq!(idx.search(&g).len(), *n, "{facet:?}={v}");
            }
        }
    }
}
