//! The words a table uses for the data's codes: the editors' form's German labels (categories from
//! the config, audiences, stages, ways of contact, wheelchair access, kinds of event), and dates
//! as German Excel writes them. Export writes the labels; import takes labels or codes, in any
//! case, and stores the code.

use crate::i18n::tr;
use crate::model::{AUDIENCES, Category, Date, EVENT_KINDS, Lang, MODES, STAGES};
use crate::search::fold;

/// Fields whose values are codes, with the Fluent key prefix of their words.
const VOCABULARIES: &[(&str, &str, &[&str])] = &[
    ("audiences", "audience-", AUDIENCES),
    ("stages", "stage-", STAGES),
    ("modes", "mode-", MODES),
    ("wheelchair", "wheelchair-", &["yes", "limited", "no"]),
    ("kind", "event-kind-", EVENT_KINDS),
];

/// What editors write for wheelchair access beside the form's labels.
const WHEELCHAIR_WORDS: &[(&str, &str)] =
    &[("ja", "yes"), ("eingeschraenkt", "limited"), ("teilweise", "limited"), ("nein", "no")];

/// One code with its German label (what export writes) and the folded words import knows it by.
struct Entry {
    field: &'static str,
    code: String,
    label: String,
    known: Vec<String>,
}

/// The codes and their words, for one config's categories.
pub struct Words {
    entries: Vec<Entry>,
}

impl Words {
    pub fn new(categories: &[Category]) -> Self {
        let mut entries = Vec::new();
        let mut add = |field: &'static str, code: &str, de: String, en: String| {
            // "Mobil (kommt vor Ort, z. B. in Schulen)" is also "Mobil".
            let short = de.split(" (").next().unwrap_or_default().to_string();
            let known = [code, &de, &en, &short].iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect();
            entries.push(Entry { field, code: code.to_string(), label: de, known });
        };
        for c in categories {
            add("category", &c.id, c.label.get(Lang::De).to_string(), c.label.get(Lang::En).to_string());
        }
        for (field, prefix, codes) in VOCABULARIES {
            for code in *codes {
                let key = format!("{prefix}{code}");
                add(field, code, tr(Lang::De, &key, None), tr(Lang::En, &key, None));
            }
        }
        for (word, code) in WHEELCHAIR_WORDS {
            if let Some(e) = entries.iter_mut().find(|e| e.field == "wheelchair" && e.code == *code) {
                e.known.push(word.to_string());
            }
        }
        Self { entries }
    }

    /// The words of a config as read into JSON (the editors' page keeps it so); without one, or
    /// with categories it cannot read, categories stay codes.
    pub fn of_config(config: Option<&serde_json::Value>) -> Self {
        use serde::Deserialize;
        let categories = config.and_then(|c| Vec::<Category>::deserialize(&c["categories"]).ok());
        Self::new(&categories.unwrap_or_default())
    }

    /// Whether `field` (a property, or `kind` for an event's) holds codes that have words.
    pub fn has(&self, field: &str) -> bool {
        self.entries.iter().any(|e| e.field == field)
    }

    /// The German label of a code; anything else as written.
    pub fn label(&self, field: &str, value: &str) -> String {
        let hit = self.entries.iter().find(|e| e.field == field && e.code == value);
        hit.map_or_else(|| value.to_string(), |e| e.label.clone())
    }

    /// The code a cell means: a code or a label, case, umlauts and spacing aside; anything else as
    /// written (the checker then names it).
    pub fn code(&self, field: &str, cell: &str) -> String {
        let folded = fold(cell);
        let hit = self.entries.iter().find(|e| e.field == field && !folded.is_empty() && e.known.contains(&folded));
        hit.map_or_else(|| cell.trim().to_string(), |e| e.code.clone())
    }
}

/// A date cell as stored: `2026-10-01` as it is, `01.10.2026` or `1.10.26` (German Excel) turned
/// into it; None for anything else.
pub fn iso_date(cell: &str) -> Option<String> {
    let cell = cell.trim();
    if let Some(d) = Date::parse(cell) {
        return Some(d.to_string());
    }
    let mut parts = cell.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(d, 1..=2) || !digits(m, 1..=2) || !(digits(y, 4..=4) || digits(y, 2..=2)) {
        return None;
    }
    let year = if y.len() == 2 { format!("20{y}") } else { y.to_string() };
    Date::parse(&format!("{year}-{m:0>2}-{d:0>2}")).map(|d| d.to_string())
}

/// A date as export writes it: the German way, which German Excel keeps as it is.
pub fn german_date(iso: &str) -> Option<String> {
    Date::parse(iso).map(|d| d.format(Lang::De))
}

/// A time cell as stored (`HH:MM`): `9:30`, `09:30` or `09:30:00` (Excel's time); None otherwise.
pub fn clock(cell: &str) -> Option<String> {
    let cell = cell.trim();
    let mut parts = cell.split(':');
    let (h, m) = (parts.next()?, parts.next()?);
    let s = parts.next();
    let two = |t: &str| t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit());
    let ok = (1..=2).contains(&h.len())
        && h.bytes().all(|b| b.is_ascii_digit())
        && two(m)
        && s.is_none_or(|s| s == "00")
        && parts.next().is_none();
    let (h, m): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    (ok && h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Words {
        let config = crate::model::parse_config(include_str!("../../../public/config.json")).unwrap();
        Words::new(&config.categories)
    }

    #[test]
    fn labels_out_and_labels_or_codes_in() {
        let w = words();
        assert_eq!(w.label("category", "betrieb"), "Ausbildungsbetriebe");
        assert_eq!(w.label("audiences", "pupils"), "Schüler:innen");
        assert_eq!(w.label("wheelchair", "limited"), "eingeschränkt rollstuhlgerecht");
        assert_eq!(w.label("kind", "open_day"), "Tag der offenen Tür");
        assert_eq!(w.label("audiences", "kids"), "kids", "unknown values as written");
        let config: serde_json::Value = serde_json::from_str(include_str!("../../../public/config.json")).unwrap();
        assert_eq!(Words::of_config(Some(&config)).label("category", "schule"), "Schulen und Bildungsträger");
        assert_eq!(Words::of_config(None).label("category", "schule"), "schule");
        for (field, cell, code) in [
            ("category", "ausbildungsbetriebe", "betrieb"),
            ("category", "Betrieb", "betrieb"),
            ("audiences", "Schüler:innen", "pupils"),
            ("audiences", "SCHUELER:INNEN", "pupils"),
            ("audiences", "eltern", "parents"),
            ("audiences", "Parents", "parents"),
            ("stages", "Ausbildung", "apprenticeship"),
            ("modes", "Mobil", "mobile"),
            ("modes", "vor Ort", "on_site"),
            ("modes", "on_site", "on_site"),
            ("wheelchair", "Eingeschränkt rollstuhlgerecht", "limited"),
            ("wheelchair", "ja", "yes"),
            ("kind", "Messe", "fair"),
            ("audiences", "Rentner", "Rentner"),
        ] {
            assert_eq!(w.code(field, cell), code, "{field}: {cell}");
        }
    }

    #[test]
    fn german_and_iso_dates_and_times() {
        assert_eq!(iso_date("01.10.2026").as_deref(), Some("2026-10-01"));
        assert_eq!(iso_date("1.10.26").as_deref(), Some("2026-10-01"));
        assert_eq!(iso_date("2026-10-01").as_deref(), Some("2026-10-01"));
        assert_eq!(iso_date("31.02.2026"), None);
        assert_eq!(iso_date("bald"), None);
        assert_eq!(german_date("2026-10-01").as_deref(), Some("01.10.2026"));
        assert_eq!(clock("9:30").as_deref(), Some("09:30"));
        assert_eq!(clock("09:30:00").as_deref(), Some("09:30"));
        assert_eq!(clock("25:00"), None);
        assert_eq!(clock("09:30:15"), None, "seconds would be lost");
    }
}
