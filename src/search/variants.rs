//! Other spellings of a folded query term that find the same places: the gender-fair forms German
//! job titles come in ("Kauffrau" finds "Kaufmann/-frau", "Tischlerin" finds "Tischler (m/w/d)",
//! "Köchin" finds "Koch/Köchin"), and the editors' synonyms from the config ("Kfz" finds
//! "Kraftfahrzeug"). Terms are matched as substrings, so a variant only has to be a part of what
//! the data says: the masculine stem is part of "Tischler/in", "Tischler:in" and "Tischlerin".

/// At most this many spellings per term: a query of a few words stays a few substring scans.
const MAX_VARIANTS: usize = 12;

/// Groups of folded words that mean the same (one group per line of the config's `synonyms`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Synonyms {
    groups: Vec<Vec<String>>,
}

impl Synonyms {
    /// Groups of words as editors write them; each word is folded, groups of fewer than two
    /// distinct words are dropped.
    pub fn new<'a>(groups: impl IntoIterator<Item = &'a [String]>) -> Self {
        let groups = groups
            .into_iter()
            .map(|g| {
                let mut words: Vec<String> = g.iter().map(|w| super::fold(w)).filter(|w| !w.is_empty()).collect();
                words.dedup();
                words
            })
            .filter(|g| g.len() > 1)
            .collect();
        Self { groups }
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// Replaces the first `from` found after at least `min_prefix` characters by `to`.
fn swap(term: &str, from: &str, to: &str, min_prefix: usize) -> Option<String> {
    let at = term.get(min_prefix..)?.find(from)? + min_prefix;
    Some(format!("{}{}{}", &term[..at], to, &term[at + from.len()..]))
}

/// The stem with its last umlaut undone ("koech" → "koch", "aerzt" → "arzt"), if it has one.
/// "ue" after a vowel is no umlaut ("bauer", "feuer"), so such a pair is passed over.
fn without_umlaut(stem: &str) -> Option<String> {
    let b = stem.as_bytes();
    let at = (0..b.len().saturating_sub(1)).rev().find(|&i| {
        matches!(&b[i..i + 2], b"ae" | b"oe" | b"ue")
            && (i == 0 || !matches!(b[i - 1], b'a' | b'e' | b'i' | b'o' | b'u'))
    })?;
    Some(format!("{}{}", &stem[..at + 1], &stem[at + 2..]))
}

/// The gender-fair forms of one folded term, the term itself first.
fn gendered(term: &str) -> Vec<String> {
    let mut out = vec![term.to_string()];
    // Feminine plural and singular → the stem every form shares ("erzieherinnen" → "erzieher").
    for suffix in ["innen", "in"] {
        if let Some(stem) = term.strip_suffix(suffix).filter(|s| s.len() >= 4) {
            out.push(stem.to_string());
            out.extend(without_umlaut(stem));
            break;
        }
    }
    // Compounds with -mann / -frau / -leute ("Kaufmann", "Kauffrau", "Kaufleute"); after three
    // letters, so "Frauenberatung" stays what it is.
    for (from, to) in [
        ("frauen", &["maenner", "leute"][..]),
        ("maenner", &["frauen", "leute"]),
        ("frau", &["mann"]),
        ("mann", &["frau"]),
        ("leute", &["mann", "frau"]),
    ] {
        if term.get(3..).is_some_and(|rest| rest.contains(from)) {
            out.extend(to.iter().filter_map(|t| swap(term, from, t, 3)));
            break;
        }
    }
    out
}

/// Every spelling of a folded term that should find the same places: the term, its gender-fair
/// forms, and each of those with a synonym put in for a word of a synonym group it contains.
pub fn variants(term: &str, synonyms: &Synonyms) -> Vec<String> {
    let mut out = gendered(term);
    let mut i = 0;
    while i < out.len() && out.len() < MAX_VARIANTS {
        let current = out[i].clone();
        for group in &synonyms.groups {
            for word in group.iter().filter(|w| current.contains(w.as_str())) {
                for other in group.iter().filter(|o| *o != word) {
                    let v = current.replacen(word.as_str(), other, 1);
                    if !out.contains(&v) && out.len() < MAX_VARIANTS {
                        out.push(v);
                    }
                }
            }
        }
        i += 1;
    }
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fold;

    fn finds(query: &str, data: &str, synonyms: &Synonyms) -> bool {
        let hay = fold(data);
        variants(&fold(query), synonyms).iter().any(|v| hay.contains(v.as_str()))
    }

    #[test]
    fn gender_fair_job_titles() {
        let none = Synonyms::default();
        for (query, data) in [
            ("Kauffrau", "Kaufmann/-frau im Einzelhandel"),
            ("Kaufmann", "Kaufmann/-frau im Einzelhandel"),
            ("Kaufmann", "Kauffrau für Büromanagement"),
            ("Kaufleute", "Kaufmann für Versicherungen und Finanzen"),
            ("Kauffrauen", "Kaufleute im Gesundheitswesen"),
            ("Tischlerin", "Tischler/in"),
            ("Tischlerin", "Tischler (m/w/d)"),
            ("Tisch", "Tischler/in"),
            ("Erzieherin", "Erzieher/in"),
            ("Erzieherinnen", "Erzieher:in"),
            ("Köchin", "Koch/Köchin"),
            ("Köchin", "Koch (m/w/d)"),
            ("Ärztin", "Medizinische/r Fachangestellte/r beim Arzt"),
            ("Friseurin", "Friseur*in"),
            ("Bäuerin", "Bauer (m/w/d)"),
        ] {
            assert!(finds(query, data, &none), "{query} should find {data}");
        }
        // Frau as a word of its own stays itself.
        assert_eq!(gendered("frauenberatung"), ["frauenberatung"]);
        assert!(!finds("Tischlerin", "Tierpfleger/in", &none));
        // Short words are not cut down to nothing.
        assert_eq!(gendered("in"), ["in"]);
        assert_eq!(gendered("berlin"), ["berlin", "berl"]);
    }

    #[test]
    fn synonyms_from_the_config() {
        let groups = [
            vec!["Kfz".to_string(), "Kraftfahrzeug".to_string()],
            vec!["Azubi".to_string(), "Ausbildung".to_string(), "Auszubildende".to_string()],
            vec!["nur ein Wort".to_string()],
        ];
        let s = Synonyms::new(groups.iter().map(Vec::as_slice));
        assert_eq!(s.groups.len(), 2, "a group of one word means nothing");
        assert!(finds("Kfz", "Kraftfahrzeugmechatroniker/in", &s));
        assert!(finds("Kraftfahrzeug", "Kfz-Mechatroniker:in", &s));
        assert!(finds("Kfz-Mechatronikerin", "Kraftfahrzeugmechatroniker (m/w/d)", &s));
        assert!(finds("Azubi", "Ausbildungsberatung", &s));
        assert!(!finds("Kfz", "Kraftfahrzeugmechatroniker/in", &Synonyms::default()));
        // Never more than a handful of spellings, whatever the groups.
        let many: Vec<Vec<String>> = (0..40).map(|i| vec![format!("a{i}"), "ab".to_string()]).collect();
        let s = Synonyms::new(many.iter().map(Vec::as_slice));
        assert!(variants("ab", &s).len() <= MAX_VARIANTS);
    }
}
