//! Folding text the way German users type: case, umlauts (ä/ae), ß/ss, accents, hyphens and spaces
//! do not matter.

/// Lower case, ä→ae, ö→oe, ü→ue, ß→ss, common accents dropped, and only letters and digits kept.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ä' | 'Ä' => out.push_str("ae"),
            'ö' | 'Ö' => out.push_str("oe"),
            'ü' | 'Ü' => out.push_str("ue"),
            'ß' | 'ẞ' => out.push_str("ss"),
            'à' | 'á' | 'â' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Å' => out.push('a'),
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => out.push('i'),
            'ò' | 'ó' | 'ô' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Õ' => out.push('o'),
            'ù' | 'ú' | 'û' | 'Ù' | 'Ú' | 'Û' => out.push('u'),
            'ç' | 'Ç' => out.push('c'),
            'ñ' | 'Ñ' => out.push('n'),
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
    out
}

/// The words of a query, each folded; empty words dropped.
pub fn query_terms(query: &str) -> Vec<String> {
    query.split_whitespace().map(fold).filter(|t| !t.is_empty()).collect()
}

/// True if every term occurs in the folded haystack (so prefixes and parts of compounds match).
pub fn matches(haystack: &str, terms: &[String]) -> bool {
    terms.iter().all(|t| haystack.contains(t.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold("Kauffrau im Einzelhandel"), "kauffrauimeinzelhandel");
        assert_eq!(fold("Müller-Lüdenscheidt"), "muellerluedenscheidt");
        assert_eq!(fold("STRAßE"), "strasse");
        assert_eq!(fold("Straße"), fold("Strasse"));
        assert_eq!(fold("Café  Crème"), "cafecreme");
        assert_eq!(fold("Kfz-Mechatroniker:in"), "kfzmechatronikerin");
    }

    #[test]
    fn matching_the_way_people_type() {
        let hay = fold("Musterbetrieb Einzelhandel Buchholz in der Nordheide Kaufmann/Kauffrau im Einzelhandel");
        for q in ["einzelh", "EINZELHANDEL", "buchholz einzel", "nord heide", "kauf frau", "handel"] {
            assert!(matches(&hay, &query_terms(q)), "{q}");
        }
        assert!(!matches(&hay, &query_terms("winsen")));
        let hay = fold("Gärtner:in, Garten- und Landschaftsbau");
        assert!(matches(&hay, &query_terms("gaertner")));
        assert!(matches(&hay, &query_terms("Gärtner")));
        assert!(matches(&hay, &query_terms("gartenund")), "hyphens and spaces are ignored");
        assert!(matches(&hay, &query_terms("   ")), "an empty query matches everything");
    }
}
