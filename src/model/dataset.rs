//! All sources together: ids must be unique across files.

use super::{Kind, Place, Problem, SourceOutcome};
use std::collections::HashMap;

/// How one file fared, for the notices.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceReport {
    pub file: String,
    pub loaded: usize,
    pub fatal: Option<Problem>,
    pub problems: Vec<Problem>,
}

impl SourceReport {
    /// Features left out of this file (errors), as opposed to warnings.
    pub fn skipped(&self) -> Vec<&Problem> {
        let mut seen = std::collections::HashSet::new();
        self.problems
            .iter()
            .filter(|p| p.severity == super::Severity::Error)
            .filter(|p| seen.insert(p.feature))
            .collect()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub places: Vec<Place>,
    pub reports: Vec<SourceReport>,
    /// Each id seen so far with the file (index in `reports`) that brought it first.
    first_file: HashMap<String, usize>,
}

impl Dataset {
    /// Adds one file's outcome, in the order of the config's sources so duplicates are reported
    /// in the later file, whatever order the downloads finished in.
    pub fn add(&mut self, file: &str, outcome: SourceOutcome) {
        let mut problems = outcome.problems;
        let mut loaded = 0;
        for (place, index) in outcome.places.into_iter().zip(outcome.indices) {
            if let Some(&first) = self.first_file.get(&place.id) {
                let first_file = self.reports.get(first).map_or_else(|| file.to_string(), |r| r.file.clone());
                problems.push(
                    Problem::error(Kind::DuplicateId { id: place.id.clone(), first_file })
                        .at(index, Some(place.name.get(super::Lang::De).to_string())),
                );
            } else {
                self.first_file.insert(place.id.clone(), self.reports.len());
                self.places.push(place);
                loaded += 1;
            }
        }
        self.reports.push(SourceReport { file: file.to_string(), loaded, fatal: outcome.fatal, problems });
    }

    /// Records a file that could not be fetched at all.
    pub fn add_unreachable(&mut self, file: &str, reason: String) {
        self.reports.push(SourceReport {
            file: file.to_string(),
            loaded: 0,
            fatal: Some(Problem::error(Kind::Unreachable { reason })),
            problems: Vec::new(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, parse_source};

    #[test]
    fn duplicate_ids_across_files_keep_the_first() {
        let cats = vec![Category::plain("c")];
        let f = |id: &str, name: &str| {
            format!(
                r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[10,53]}},"properties":{{"id":"{id}","name":"{name}","category":"c"}}}}"#
            )
        };
        let a = format!(r#"{{"type":"FeatureCollection","features":[{},{}]}}"#, f("1", "A"), f("2", "B"));
        let b =
            format!(r#"{{"type":"FeatureCollection","features":[{{"bad":1}},{},{}]}}"#, f("2", "B again"), f("3", "C"));
        let mut d = Dataset::default();
        d.add("a.geojson", parse_source(&a, &cats));
        d.add("b.geojson", parse_source(&b, &cats));
        d.add_unreachable("c.geojson", "HTTP 404".into());
        assert_eq!(d.places.iter().map(|p| p.name.get(crate::model::Lang::De)).collect::<Vec<_>>(), ["A", "B", "C"]);
        let dup = d.reports[1].problems.iter().find(|p| matches!(p.kind, Kind::DuplicateId { .. })).unwrap();
        assert_eq!(dup.feature, Some(1), "the duplicate is the second feature of b.geojson");
        assert_eq!(d.reports[1].loaded, 1);
        assert_eq!(d.reports[1].skipped().len(), 2);
        assert!(d.reports[2].fatal.is_some());
    }
}
