//! What a visitor is told about the data files: one plain line per kind of trouble, with what
//! they can do. The editors' full list (entries, fields, positions) is the checker's and, when a
//! page asks for it, the widget's detailed notices; a visitor can do nothing with it.

use super::SourceReport;

/// One kind of trouble, for the visitor.
#[derive(Clone, Debug, PartialEq)]
pub enum Trouble {
    /// Places from these files did not arrive; asking again may help. `retrying`: every one of
    /// them is being asked for again right now.
    Unavailable { files: Vec<String>, retrying: bool },
    /// These files arrived but cannot be read (or will not be loaded from where they are): only
    /// the district can mend them.
    Broken { files: Vec<String> },
    /// Entries left out of files that were read, across all files.
    Incomplete { entries: usize },
    /// The base layer (outlines, municipalities and their names) cannot be drawn.
    BaseLayer { retry: bool, retrying: bool },
}

impl Trouble {
    /// Stays the same while the same trouble stays, so a line the visitor closed stays closed
    /// and comes back when something new goes wrong.
    pub fn key(&self) -> String {
        match self {
            Trouble::Unavailable { files, .. } => format!("unavailable {}", files.join(" ")),
            Trouble::Broken { files } => format!("broken {}", files.join(" ")),
            Trouble::Incomplete { entries } => format!("incomplete {entries}"),
            Trouble::BaseLayer { .. } => "base".into(),
        }
    }
}

/// The visitor's lines for the files' reports; `sources` are the config's data files (the
/// others are the base layer's).
pub fn troubles(reports: &[SourceReport], sources: &[String]) -> Vec<Trouble> {
    let (mut unavailable, mut retrying, mut broken, mut entries) = (Vec::new(), true, Vec::new(), 0);
    let mut base: Option<(bool, bool)> = None;
    for r in reports {
        if !sources.contains(&r.file) {
            if r.fatal.is_some() {
                let retry = r.failure().is_some_and(|f| f.retry_may_help());
                let (was_retry, was_retrying) = base.unwrap_or((false, true));
                base = Some((was_retry || retry, was_retrying && r.retrying));
            }
            continue;
        }
        match (&r.fatal, r.failure()) {
            (Some(_), Some(f)) if f.retry_may_help() => {
                unavailable.push(r.file.clone());
                retrying &= r.retrying;
            }
            (Some(_), _) => broken.push(r.file.clone()),
            (None, _) => entries += r.skipped().len(),
        }
    }
    let mut out = Vec::new();
    if !unavailable.is_empty() {
        out.push(Trouble::Unavailable { files: unavailable, retrying });
    }
    if !broken.is_empty() {
        out.push(Trouble::Broken { files: broken });
    }
    if entries > 0 {
        out.push(Trouble::Incomplete { entries });
    }
    if let Some((retry, retrying)) = base {
        out.push(Trouble::BaseLayer { retry, retrying: retry && retrying });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Failure, Kind, Problem};

    fn report(file: &str, fatal: Option<Problem>, skipped: usize, retrying: bool) -> SourceReport {
        let problems = (0..skipped)
            .flat_map(|i| {
                // Two errors of one entry count once.
                let e = |field: &str| Problem::error(Kind::Missing { field: field.into() }).at(i, None);
                [e("name"), e("category")]
            })
            .chain([Problem::warning(Kind::Missing { field: "phone".into() }).at(99, None)])
            .collect();
        SourceReport { slot: 0, file: file.into(), loaded: 3, fatal, problems, retrying }
    }

    fn unreachable(f: Failure) -> Option<Problem> {
        Some(Problem::error(Kind::Unreachable { failure: f }))
    }

    #[test]
    fn one_line_per_kind_of_trouble_without_the_editors_details() {
        let sources: Vec<String> =
            ["a.geojson", "b.geojson", "c.geojson", "d.geojson", "e.geojson"].map(String::from).into();
        let reports = [
            report("a.geojson", None, 2, false),
            report("b.geojson", unreachable(Failure::NoAnswer { secs: 15 }), 0, true),
            report("c.geojson", unreachable(Failure::Status { code: 404, text: String::new() }), 0, false),
            report("d.geojson", Some(Problem::error(Kind::Missing { field: "features".into() })), 0, false),
            report("e.geojson", None, 1, false),
            report("landkreis.geojson", unreachable(Failure::Network("reset".into())), 0, true),
        ];
        assert_eq!(
            troubles(&reports, &sources),
            [
                Trouble::Unavailable { files: vec!["b.geojson".into(), "c.geojson".into()], retrying: false },
                Trouble::Broken { files: vec!["d.geojson".into()] },
                Trouble::Incomplete { entries: 3 },
                Trouble::BaseLayer { retry: true, retrying: true },
            ]
        );
    }

    #[test]
    fn busy_only_while_every_file_of_the_line_is_asked_for_again() {
        let sources = vec!["b.geojson".to_string()];
        let reports = [report("b.geojson", unreachable(Failure::NoAnswer { secs: 15 }), 0, true)];
        assert_eq!(
            troubles(&reports, &sources),
            [Trouble::Unavailable { files: vec!["b.geojson".into()], retrying: true }]
        );
        let foreign = Failure::Address { path: "https://x.example/a.geojson".into(), foreign: None };
        let reports = [report("b.geojson", unreachable(foreign), 0, false)];
        assert_eq!(troubles(&reports, &sources), [Trouble::Broken { files: vec!["b.geojson".into()] }]);
        assert_eq!(troubles(&[report("b.geojson", None, 0, false)], &sources), []);
    }
}
