//! All sources together: ids must be unique across files.

use super::{Failure, Kind, Place, Problem, SourceOutcome};
use std::collections::HashMap;

/// How one file fared, for the notices.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceReport {
    /// The file's place in the config's order: reports are kept in it, and among files with the
    /// same id the earlier one keeps the place, whichever arrived first.
    pub slot: usize,
    pub file: String,
    pub loaded: usize,
    pub fatal: Option<Problem>,
    pub problems: Vec<Problem>,
    /// The file did not arrive and is being asked for again right now (the automatic second
    /// try, or the visitor's "try again"): its notice is busy, the others' are not.
    pub retrying: bool,
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

    /// The file did not arrive (rather than arriving broken): trying again may help.
    pub fn failure(&self) -> Option<&Failure> {
        match &self.fatal {
            Some(Problem { kind: Kind::Unreachable { failure }, .. }) => Some(failure),
            _ => None,
        }
    }
}

/// Who holds an id: the file's slot and the feature there.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Holder {
    slot: usize,
    feature: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub places: Vec<Place>,
    /// One per file, in slot order.
    pub reports: Vec<SourceReport>,
    holders: HashMap<String, Holder>,
}

impl Dataset {
    /// Adds the next file's outcome (files taken one after the other, as the editors' tool does).
    pub fn add(&mut self, file: &str, outcome: SourceOutcome) {
        let slot = self.reports.last().map_or(0, |r| r.slot + 1);
        self.add_in(slot, file, outcome);
    }

    /// Adds one file's outcome at its `slot`, in any order: an id already held by a later file
    /// moves to this one, and the later file reports the duplicate, as if they had come in order.
    /// A report already in the slot (a failed download tried again) is replaced.
    pub fn add_in(&mut self, slot: usize, file: &str, outcome: SourceOutcome) {
        let mut report = SourceReport {
            slot,
            file: file.to_string(),
            loaded: 0,
            fatal: outcome.fatal,
            problems: outcome.problems,
            retrying: false,
        };
        let duplicate = |id: &str, first_file: &str, feature: usize, name: &str| {
            Problem::error(Kind::DuplicateId { id: id.to_string(), first_file: first_file.to_string() })
                .at(feature, Some(name.to_string()))
        };
        for (place, feature) in outcome.places.into_iter().zip(outcome.indices) {
            let holder = Holder { slot, feature };
            let name = |p: &Place| p.name.get(super::Lang::De).to_string();
            match self.holders.get(&place.id).copied() {
                None => {
                    self.holders.insert(place.id.clone(), holder);
                    self.places.push(place);
                    report.loaded += 1;
                }
                Some(held) if held.slot <= slot => {
                    let first = self.file_in(held.slot).unwrap_or(file).to_string();
                    report.problems.push(duplicate(&place.id, &first, feature, &name(&place)));
                }
                Some(held) => {
                    // The later file gives the place up and says why.
                    let Some(old) = self.places.iter_mut().find(|p| p.id == place.id) else { continue };
                    if let Some(later) = self.reports.iter_mut().find(|r| r.slot == held.slot) {
                        later.problems.push(duplicate(&place.id, file, held.feature, &name(old)));
                        later.loaded -= 1;
                    }
                    self.holders.insert(place.id.clone(), holder);
                    *old = place;
                    report.loaded += 1;
                }
            }
        }
        self.put(report);
    }

    /// Records a file that did not arrive; `retrying`: it is being asked for again.
    pub fn add_failed(&mut self, slot: usize, file: &str, failure: Failure, retrying: bool) {
        let fatal = Some(Problem::error(Kind::Unreachable { failure }));
        self.put(SourceReport { slot, file: file.to_string(), loaded: 0, fatal, problems: Vec::new(), retrying });
    }

    /// The files in `slots` that had failed are being asked for again.
    pub fn retrying(&mut self, slots: &[usize]) {
        for r in self.reports.iter_mut().filter(|r| slots.contains(&r.slot) && r.failure().is_some()) {
            r.retrying = true;
        }
    }

    fn file_in(&self, slot: usize) -> Option<&str> {
        self.reports.iter().find(|r| r.slot == slot).map(|r| r.file.as_str())
    }

    fn put(&mut self, report: SourceReport) {
        match self.reports.binary_search_by_key(&report.slot, |r| r.slot) {
            Ok(i) => self.reports[i] = report,
            Err(i) => self.reports.insert(i, report),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, parse_source};

    fn f(id: &str, name: &str) -> String {
        format!(
            r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[10,53]}},"properties":{{"id":"{id}","name":"{name}","category":"c"}}}}"#
        )
    }

    #[test]
    fn duplicate_ids_across_files_keep_the_first() {
        let cats = vec![Category::plain("c")];
        let a = format!(r#"{{"type":"FeatureCollection","features":[{},{}]}}"#, f("1", "A"), f("2", "B"));
        let b =
            format!(r#"{{"type":"FeatureCollection","features":[{{"bad":1}},{},{}]}}"#, f("2", "B again"), f("3", "C"));
        let mut d = Dataset::default();
        d.add("a.geojson", parse_source(&a, &cats));
        d.add("b.geojson", parse_source(&b, &cats));
        d.add_failed(2, "c.geojson", Failure::Status { code: 404, text: "Not Found".into() }, false);
        assert_eq!(d.places.iter().map(|p| p.name.get(crate::model::Lang::De)).collect::<Vec<_>>(), ["A", "B", "C"]);
        let dup = d.reports[1].problems.iter().find(|p| matches!(p.kind, Kind::DuplicateId { .. })).unwrap();
        assert_eq!(dup.feature, Some(1), "the duplicate is the second feature of b.geojson");
        assert_eq!(d.reports[1].loaded, 1);
        assert_eq!(d.reports[1].skipped().len(), 2);
        assert!(d.reports[2].failure().is_some_and(|f| !f.transient()));
    }

    /// Files arriving in any order give what arriving in the config's order gives.
    #[test]
    fn arrival_order_does_not_change_who_keeps_an_id() {
        let cats = vec![Category::plain("c")];
        let a = format!(r#"{{"type":"FeatureCollection","features":[{},{}]}}"#, f("1", "A"), f("2", "B"));
        let b = format!(r#"{{"type":"FeatureCollection","features":[{},{}]}}"#, f("2", "B again"), f("3", "C"));
        let mut in_order = Dataset::default();
        in_order.add_in(0, "a.geojson", parse_source(&a, &cats));
        in_order.add_in(1, "b.geojson", parse_source(&b, &cats));
        let mut reversed = Dataset::default();
        reversed.add_in(1, "b.geojson", parse_source(&b, &cats));
        reversed.add_in(0, "a.geojson", parse_source(&a, &cats));
        let names = |d: &Dataset| {
            let mut n: Vec<String> = d.places.iter().map(|p| p.name.get(crate::model::Lang::De).to_string()).collect();
            crate::sort::sort(&mut n);
            n
        };
        assert_eq!(names(&reversed), ["A", "B", "C"]);
        assert_eq!(names(&in_order), names(&reversed));
        assert_eq!(in_order.reports, reversed.reports, "the same reports, in slot order");
        let dup = &reversed.reports[1].problems[0];
        assert_eq!((dup.feature, reversed.reports[1].loaded), (Some(0), 1));
    }
}
