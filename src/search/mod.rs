//! Search and filters: which places match what the visitor asked for, and how many each filter
//! option would leave. Plain data in, indices out.

mod dates;
mod filter;
mod fold;
mod glossary;
mod index;
mod list;
mod variants;

pub use dates::{DateQuery, DateRef, upcoming};
pub use filter::{Facet, FacetCounts, Filters};
pub use fold::{fold, matches, query_terms};
pub use glossary::Glossary;
pub use index::{IndexBuilder, SearchIndex};
pub use list::{ListQuery, is_within, within, without_place};
pub use variants::Synonyms;

#[cfg(test)]
mod tests;
