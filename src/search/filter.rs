//! What the visitor asked for, as plain data: text, categories, facet values.

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
