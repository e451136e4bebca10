//! What the check page makes of picked files: tables as GeoJSON, GeoJSON as tables, repairs; each
//! with the picked config's words and district, as the command line reads them with its config.

use super::{FileKind, Picked, Table};
use crate::check::{self, Options, csv};
use crate::model::Lang;
use serde_json::Value;

/// The picked tables (CSV) as GeoJSON, for the preview.
pub fn tables(picked: &[Picked], lang: Lang) -> Vec<Table> {
    let (words, placing) = (words_of(picked), placing_of(picked));
    let tables = picked.iter().filter(|p| p.kind() == FileKind::Csv);
    tables.map(|p| Table::read(&p.name, &p.bytes, lang, &words, &placing)).collect()
}

/// A picked table as the GeoJSON file the page offers for it: read as the command line's `import`
/// reads it, with the picked config's words and district.
pub fn as_geojson(p: &Picked, picked: &[Picked], lang: Lang) -> Option<String> {
    let read = csv::read(&p.name, &p.bytes, lang, &words_of(picked), &placing_of(picked)).ok()?;
    Some(check::fix::to_stable_text(&read.collection))
}

fn config_text(picked: &[Picked]) -> Option<&str> {
    let config = picked.iter().find(|p| p.kind() == FileKind::Config)?;
    std::str::from_utf8(&config.bytes).ok()
}

/// The words of the picked config's categories, so a table may name them as the form does.
pub(super) fn words_of(picked: &[Picked]) -> csv::Words {
    let config = config_text(picked).and_then(|t| crate::model::parse_config(t).ok());
    csv::Words::new(&config.map(|c| c.categories).unwrap_or_default())
}

/// Where the picked tables' rows without coordinates go: the picked config's district.
pub(super) fn placing_of(picked: &[Picked]) -> csv::Placing {
    csv::Placing::of_config_text(config_text(picked))
}

/// What `--fix` would write for a GeoJSON file, and how many repairs; None if it is not JSON.
pub fn repaired(p: &Picked, lang: Lang) -> Option<(String, usize)> {
    let mut v = p.json()?;
    let opts = Options { lang, ..Options::default() };
    let n = check::fix::repair(&mut v, &opts);
    Some((check::fix::to_stable_text(&v), n))
}

/// The character encodings a table can be saved in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

/// A GeoJSON file as a table, as `bildungskarte-data export` writes it: categories by the labels
/// of the picked config, else of `published` (the config beside the page), as the form names them.
pub fn as_table(p: &Picked, encoding: Encoding, picked: &[Picked], published: Option<&Value>) -> Option<Vec<u8>> {
    let v = p.json()?;
    v.get("features")?;
    let words = match config_text(picked).and_then(|t| crate::model::parse_config(t).ok()) {
        Some(config) => csv::Words::new(&config.categories),
        None => csv::Words::of_config(published),
    };
    Some(csv::export_bytes_with(&v, encoding == Encoding::Windows1252, &words))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picked(name: &str, text: &str) -> Picked {
        Picked::new(name.into(), text.as_bytes().to_vec())
    }

    /// „Als Tabelle“ names categories as the form does: by the picked config, else the published one.
    #[test]
    fn the_table_names_categories_by_their_labels() {
        let config = include_str!("../../../public/config.json");
        let places = picked("betriebe.geojson", include_str!("../../../public/data/betriebe.geojson"));
        let category = |bytes: Vec<u8>| {
            let text = csv::decode(&bytes);
            let mut rows = ::csv::ReaderBuilder::new().delimiter(b';').from_reader(text.as_bytes());
            let at = rows.headers().unwrap().iter().position(|h| h == "Kategorie").unwrap();
            rows.records().next().unwrap().unwrap()[at].to_string()
        };
        let with_config = [places.clone(), picked("config.json", config)];
        assert_eq!(category(as_table(&places, Encoding::Utf8, &with_config, None).unwrap()), "Ausbildungsbetriebe");
        let published: Value = serde_json::from_str(config).unwrap();
        let alone = [places.clone()];
        let ansi = as_table(&places, Encoding::Windows1252, &alone, Some(&published)).unwrap();
        assert_eq!(category(ansi), "Ausbildungsbetriebe", "the config beside the page");
        assert_eq!(category(as_table(&places, Encoding::Utf8, &alone, None).unwrap()), "betrieb", "no config: codes");
    }
}
