//! Where a new place goes and what it starts as: the file that holds most places of the chosen
//! category (a firm goes to the firms' file), and the category most places of a chosen file have.
//! The editor can change either; the other follows.

use super::document::Document;

/// The categories of the file's places with their counts, in the order first seen.
fn counts(doc: &Document) -> Vec<(&str, usize)> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for c in doc.entries().filter_map(|(_, d)| d.text("category")) {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    counts
}

/// The category most places of file `file` have (the first seen of equals); None for a file
/// without places.
pub fn usual_category(docs: &[Document], file: usize) -> Option<String> {
    let counts = counts(docs.get(file)?);
    let most = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == most).map(|(c, _)| c.to_string())
}

/// The file with most places of `category` (the first of equals); None when no file has one.
pub fn file_for(docs: &[Document], category: &str) -> Option<usize> {
    let per_file = docs.iter().map(|doc| counts(doc).into_iter().find(|(c, _)| *c == category).map_or(0, |(_, n)| n));
    let (file, n) = per_file.enumerate().fold((0, 0), |best, (f, n)| if n > best.1 { (f, n) } else { best });
    (n > 0).then_some(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, categories: &[&str]) -> Document {
        let features: Vec<String> = categories
            .iter()
            .enumerate()
            .map(|(i, c)| {
                format!(
                    r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[10,53.3]}},"properties":{{"id":"{name}-{i}","name":"P","category":"{c}"}}}}"#
                )
            })
            .collect();
        let text = format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","));
        Document::parse(name, &text).unwrap()
    }

    fn district() -> Vec<Document> {
        vec![
            file("schulen.geojson", &["schule", "schule", "beratung"]),
            file("betriebe.geojson", &["betrieb", "betrieb", "schule"]),
            file("beratung.geojson", &["beratung"]),
            file("leer.geojson", &[]),
        ]
    }

    #[test]
    fn a_category_starts_on_the_file_holding_most_of_it() {
        let docs = district();
        assert_eq!(file_for(&docs, "betrieb"), Some(1), "firms into the firms' file");
        assert_eq!(file_for(&docs, "schule"), Some(0));
        assert_eq!(file_for(&docs, "beratung"), Some(0), "equal counts: the first file");
        assert_eq!(file_for(&docs, "neu"), None, "a category no file has yet");
        assert_eq!(file_for(&[], "schule"), None);
    }

    #[test]
    fn a_file_starts_with_its_usual_category() {
        let docs = district();
        assert_eq!(usual_category(&docs, 1).as_deref(), Some("betrieb"));
        assert_eq!(usual_category(&docs, 2).as_deref(), Some("beratung"));
        assert_eq!(usual_category(&docs, 3), None, "an empty file");
        assert_eq!(usual_category(&docs, 9), None, "no such file");
    }
}
