//! Links out to public information about what a place offers. Only links: nothing is requested
//! until the visitor follows one.

use super::Place;
use super::encode_component;

/// BERUFENET (Bundesagentur für Arbeit): its search for a profession's name.
pub const BERUFENET_SEARCH: &str = "https://web.arbeitsagentur.de/berufenet/suche?suchwoerter={q}";

/// The "Anerkennungs-Finder" of the federal portal for the recognition of foreign qualifications.
pub const RECOGNITION_FINDER: &str = "https://www.anerkennung-in-deutschland.de/html/de/pro/anerkennungs-finder.php";

/// The words of an offer a profession search understands: one form of a gender-fair title
/// ("Tischler:in" → "Tischler", "Kaufmann/Kauffrau für Büromanagement" → "Kaufmann für
/// Büromanagement", "Koch/Köchin" → "Koch"), without "(m/w/d)".
pub fn profession_query(offer: &str) -> String {
    let mut words = Vec::new();
    for word in offer.split_whitespace() {
        let word = word.trim_end_matches([',', ';']);
        if matches!(word.to_lowercase().as_str(), "(m/w/d)" | "(w/m/d)" | "(m/w/x)" | "(d/m/w)") {
            continue;
        }
        // The first form of "A/B", "A/-in", "A:in", "A*in", "A_in".
        let first = word.split('/').next().unwrap_or(word);
        let first = ["*in", ":in", "_in", "*innen", ":innen", "_innen"]
            .iter()
            .find_map(|s| first.strip_suffix(s))
            .unwrap_or(first);
        if !first.is_empty() {
            words.push(first);
        }
    }
    words.join(" ")
}

/// BERUFENET's search for the profession an offer names.
pub fn profession_link(offer: &str) -> String {
    BERUFENET_SEARCH.replace("{q}", &encode_component(&profession_query(offer)))
}

/// Whether a place is for newcomers, who may need their qualifications recognised.
pub fn serves_newcomers(p: &Place) -> bool {
    p.audiences.iter().any(|a| a == "immigrants") || p.stages.iter().any(|s| s == "recognition")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_form_of_the_title_without_gender_marks() {
        for (offer, query) in [
            ("Tischler:in", "Tischler"),
            ("Kfz-Mechatroniker:in", "Kfz-Mechatroniker"),
            ("Kaufmann/Kauffrau für Büromanagement", "Kaufmann für Büromanagement"),
            ("Koch/Köchin", "Koch"),
            ("Erzieher/-in", "Erzieher"),
            ("Friseur*in (m/w/d)", "Friseur"),
            ("Gärtner:in, Garten- und Landschaftsbau", "Gärtner Garten- und Landschaftsbau"),
            ("Pflegefachfrau/Pflegefachmann", "Pflegefachfrau"),
            ("Praktikum Pflege", "Praktikum Pflege"),
        ] {
            assert_eq!(profession_query(offer), query, "{offer}");
        }
        assert_eq!(profession_link("Koch/Köchin"), "https://web.arbeitsagentur.de/berufenet/suche?suchwoerter=Koch");
        assert_eq!(
            profession_link("Kaufmann/Kauffrau im Einzelhandel"),
            "https://web.arbeitsagentur.de/berufenet/suche?suchwoerter=Kaufmann%20im%20Einzelhandel"
        );
    }
}
