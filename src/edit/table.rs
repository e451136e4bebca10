//! "Als Tabelle speichern" on the editors' page: a file's text as the table the command line's
//! `export` writes, the categories named by the open config's labels.

use serde_json::Value;

/// The CSV (UTF-8 with BOM) of the GeoJSON `text`; None if it is not JSON.
pub fn as_csv(text: &str, config: Option<&Value>) -> Option<Vec<u8>> {
    let value = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')).ok()?;
    let words = crate::check::csv::Words::of_config(config);
    Some(crate::check::csv::export_bytes_with(&value, false, &words))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_editor_s_table_is_the_export_s() {
        let config: serde_json::Value = serde_json::from_str(include_str!("../../public/config.json")).unwrap();
        let text = include_str!("../../public/data/betriebe.geojson");
        let csv = String::from_utf8(super::as_csv(text, Some(&config)).unwrap()).unwrap();
        assert!(csv.contains(";Ausbildungsbetriebe;"), "labels, not codes");
        assert!(super::as_csv("kein JSON", None).is_none());
    }
}
