//! The checker's sentences in the editors' words: a problem's field (`FieldProblem::field`) by the
//! form's label, so „events[1].end“ reads „Ende“ at the event's end field.

/// How the checker's sentences name a form field, and the page's words for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// As the checker writes it: `phone`, `events[1].end`, `offers[2]`.
    pub written: String,
    /// The key of the form's label in the page's words (`locales/bearbeiten-*.ftl`).
    pub label: String,
    /// The row of a list the field is in (the key of "Termin 1" and its number), said where the
    /// sentence is read away from the field, as in the list of changes.
    pub row: Option<(&'static str, usize)>,
}

/// The form's label for a field (see `FieldProblem::field`); None for the position and the place
/// as a whole, whose sentences name no field, and for members the form has no field for.
pub fn named(field: &str) -> Option<Named> {
    let mut parts = field.split('/');
    let key = parts.next().filter(|k| !k.is_empty() && *k != "position")?;
    let row = parts.next().and_then(|i| i.parse::<usize>().ok()).map(|i| i + 1);
    let named = |written: String, label: &str, row| Some(Named { written, label: label.to_string(), row });
    match (key, row, parts.next()) {
        ("events", Some(n), Some(member)) => {
            let label = match member {
                "title" => "ed-ev-title",
                "start" => "ed-ev-start",
                "end" => "ed-ev-end-name",
                "kind" => "ed-ev-kind",
                "url" => "ed-ev-url",
                _ => return None,
            };
            named(format!("events[{n}].{member}"), label, Some(("ed-ev-n", n)))
        }
        ("events", Some(n), None) => named(format!("events[{n}]"), "ed-ev-n", Some(("ed-ev-n", n))),
        ("offers", Some(n), None) => named(format!("offers[{n}]"), "ed-offer-n", Some(("ed-offer-n", n))),
        (key, None, None) => named(key.to_string(), &format!("ed-f-{}", key.replace('_', "-")), None),
        _ => None,
    }
}

/// The checker's sentence about `field` with the form's label where it names the field by its
/// key („events[1].end“ → „Ende“): editors read the label on the screen, not the file's key.
/// `say(key, n)` says a key of the page's words (with `n` for a numbered row). `at_field`: the
/// sentence stands at the field; elsewhere the row is named too („Termin 1: Ende“).
pub fn in_form_words(
    message: &str,
    field: &str,
    at_field: bool,
    say: impl Fn(&str, Option<usize>) -> String,
) -> String {
    let Some(n) = named(field) else { return message.to_string() };
    let label = match (n.label.as_str(), n.row) {
        (key, Some((row, i))) if key == row => say(key, Some(i)),
        (key, Some((row, i))) if !at_field => format!("{}: {}", say(row, Some(i)), say(key, None)),
        (key, _) => say(key, None),
    };
    let w = &n.written;
    message.replace(&format!("„{w}“"), &format!("„{label}“")).replace(&format!("\"{w}\""), &format!("\"{label}\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &str = include_str!("../../locales/bearbeiten-de.ftl");

    /// The page's words, as the page says them (numbered rows with their number).
    fn say(key: &str, n: Option<usize>) -> String {
        let line = WORDS.lines().find(|l| l.starts_with(&format!("{key} ="))).unwrap_or_else(|| panic!("no {key}"));
        let text = line.split_once(" = ").unwrap().1.to_string();
        match n {
            Some(n) => text.replace("{ $n }", &n.to_string()),
            None => text,
        }
    }

    #[test]
    fn an_event_s_members_are_named_by_their_labels() {
        let empty = "Pflichtfeld „events[1].title“ ist leer";
        assert_eq!(in_form_words(empty, "events/0/title", true, say), "Pflichtfeld „Titel“ ist leer");
        assert_eq!(in_form_words(empty, "events/0/title", false, say), "Pflichtfeld „Termin 1: Titel“ ist leer");
        let end = "„events[2].end“ liegt vor dem Beginn: 2027-01-01 ist früher als 2027-02-01.";
        assert_eq!(
            in_form_words(end, "events/1/end", true, say),
            "„Ende“ liegt vor dem Beginn: 2027-01-01 ist früher als 2027-02-01."
        );
        let kind = "„events[1].kind“ hat einen unbekannten Wert";
        assert_eq!(in_form_words(kind, "events/0/kind", true, say), "„Art“ hat einen unbekannten Wert");
        assert_eq!(in_form_words("„events[3]“ ist kein Termin", "events/2", true, say), "„Termin 3“ ist kein Termin");
    }

    #[test]
    fn offers_and_plain_fields_are_named_by_their_labels() {
        let lang = "„offers[2]“: unbekannte Sprache „xx“";
        assert_eq!(in_form_words(lang, "offers/1", true, say), "„Angebot 2“: unbekannte Sprache „xx“");
        let phone = "„phone“ ist keine Telefonnummer: „ruf an“";
        assert_eq!(in_form_words(phone, "phone", true, say), "„Telefon“ ist keine Telefonnummer: „ruf an“");
        let en = "\"opening_hours\" cannot be read";
        assert!(in_form_words(en, "opening_hours", true, say).starts_with("\"Öffnungszeiten"));
        // The position and the place as a whole have no label to put in.
        assert_eq!(in_form_words("„geometry“ fehlt", "position", true, say), "„geometry“ fehlt");
        assert_eq!(in_form_words("x", "", true, say), "x");
        assert_eq!(named("events/0/foo"), None, "a member the form has no field for");
    }

    /// Every label named has its words on the page.
    #[test]
    fn every_label_has_its_words() {
        let fields = ["events/0/title", "events/0/start", "events/0/end", "events/0/kind", "events/0/url", "events/0"];
        for f in fields.into_iter().chain(["offers/0", "phone", "opening_hours", "audiences", "postcode", "name"]) {
            let n = named(f).unwrap();
            assert!(!say(&n.label, Some(1)).is_empty(), "{f}");
        }
    }
}
