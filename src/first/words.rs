//! The first paint's German words. The widget's sentences come with Fluent, which the first
//! download leaves out; these are the same sentences (a test holds them to `locales/de.ftl`), and
//! the widget puts its own, in the visitor's language, in their place.

pub const SKIP_MAP: &str = "Karte überspringen";
pub const SEARCH_REGION: &str = "Orte suchen";
pub const SEARCH_SHORT: &str = "Suche";
pub const SEARCH_LABEL: &str = "Suche nach Name, Beruf, Angebot oder Ort";
pub const SEARCH_PLACEHOLDER: &str = "z. B. Einzelhandel, Buchholz …";
pub const LOADING: &str = "Daten werden geladen …";
pub const VIEW_SWITCH: &str = "Ansicht";
pub const VIEW_MAP: &str = "Karte";
pub const VIEW_LIST: &str = "Liste";
pub const MAP_HINT: &str = "Mit den Pfeiltasten verschieben, mit Plus und Minus zoomen. Die Orte sind Schaltflächen.";
pub const ZOOM_IN: &str = "Vergrößern";
pub const ZOOM_OUT: &str = "Verkleinern";
pub const LOADING_MAP: &str = "Karte wird geladen …";
pub const FILTERS: &str = "Filter";
pub const CONSENT_TITLE: &str = "Hintergrundkarte";
pub const CONSENT_LOAD: &str = "Hintergrundkarte laden";
pub const CONSENT_SKIP: &str = "Ohne Hintergrundkarte weiter";
pub const PRIVACY_LINK: &str = "Datenschutzerklärung";
pub const NEW_TAB: &str = "(öffnet in neuem Tab)";
pub const PART_LOADING: &str = "Wird geladen …";
pub const PART_FAILED: &str = "Dieser Teil der Karte ist nicht angekommen.";
pub const RETRY: &str = "Erneut versuchen";
pub const RETRYING: &str = "Wird erneut geladen …";

fn number(n: usize) -> String {
    crate::i18n::number(crate::model::Lang::De, n)
}

/// "Karte mit 3.000 Orten; die Liste enthält dieselben Orte" (`map-label`).
pub fn map_label(n: usize) -> String {
    format!("Karte mit {} {}; die Liste enthält dieselben Orte", number(n), if n == 1 { "Ort" } else { "Orten" })
}

/// "12 Orte" (`cluster-label`).
pub fn cluster_label(n: usize) -> String {
    format!("{} {}", number(n), if n == 1 { "Ort" } else { "Orte" })
}

/// "Hintergrundkarte von … laden? …" (`consent-note`).
pub fn consent_note(provider: &str) -> String {
    format!("Hintergrundkarte von {provider} laden? Erst dann werden Daten dorthin übertragen.")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The German file's one-line messages, by key.
    fn german() -> std::collections::HashMap<String, String> {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/de.ftl")).unwrap();
        text.lines()
            .filter_map(|l| l.split_once(" = "))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect()
    }

    #[test]
    fn the_same_words_as_the_widget() {
        let de = german();
        for (key, ours) in [
            ("skip-map", SKIP_MAP),
            ("search-region", SEARCH_REGION),
            ("search-label-short", SEARCH_SHORT),
            ("search-label", SEARCH_LABEL),
            ("search-placeholder", SEARCH_PLACEHOLDER),
            ("loading", LOADING),
            ("view-switch", VIEW_SWITCH),
            ("view-map", VIEW_MAP),
            ("view-list", VIEW_LIST),
            ("map-hint", MAP_HINT),
            ("zoom-in", ZOOM_IN),
            ("zoom-out", ZOOM_OUT),
            ("loading-map", LOADING_MAP),
            ("filters", FILTERS),
            ("consent-title", CONSENT_TITLE),
            ("consent-load", CONSENT_LOAD),
            ("consent-skip", CONSENT_SKIP),
            ("privacy-link", PRIVACY_LINK),
            ("new-tab", NEW_TAB),
            ("part-loading", PART_LOADING),
            ("part-failed", PART_FAILED),
            ("retry", RETRY),
            ("retrying", RETRYING),
        ] {
            assert_eq!(de.get(key).map(String::as_str), Some(ours), "{key}");
        }
        let widget = |key: &str, n: usize| {
            crate::i18n::tr(crate::model::Lang::De, key, Some(&crate::i18n::count_args(crate::model::Lang::De, n)))
        };
        for n in [1, 2, 3000] {
            assert_eq!(map_label(n), widget("map-label", n));
            assert_eq!(cluster_label(n), widget("cluster-label", n));
        }
        assert_eq!(
            consent_note("basemap.de"),
            crate::tr!(crate::model::Lang::De, "consent-note", provider = "basemap.de")
        );
    }
}
