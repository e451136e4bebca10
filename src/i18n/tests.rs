//! The sentences of every language: the same keys, complete glossary, plurals, figures.

use super::*;
use std::collections::BTreeSet;

// The check page's own words (ui::checker, wasm only), checked here with the rest.
const PAGE_DE: &str = include_str!("../../locales/pruefen-de.ftl");
const PAGE_EN: &str = include_str!("../../locales/pruefen-en.ftl");
const EDIT_DE: &str = include_str!("../../locales/bearbeiten-de.ftl");
const EDIT_EN: &str = include_str!("../../locales/bearbeiten-en.ftl");

fn ids(source: &str) -> BTreeSet<String> {
    let res = FluentResource::try_new(source.to_string()).expect("the file parses without errors");
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// A language's file as the server hands it out (`locales/<code>.ftl`).
fn file(lang: Lang) -> String {
    let path = format!("{}/locales/{}.ftl", env!("CARGO_MANIFEST_DIR"), lang.code());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_language_has_the_same_keys() {
    let mut pairs = vec![
        (CHECK_DE.to_string(), CHECK_EN.to_string(), "checker-en"),
        (PAGE_DE.into(), PAGE_EN.into(), "pruefen-en"),
        (EDIT_DE.into(), EDIT_EN.into(), "bearbeiten-en"),
    ];
    for lang in LANGS.into_iter().filter(|l| *l != Lang::De) {
        pairs.push((DE.to_string(), file(lang), lang.code()));
    }
    for (de, other, name) in pairs {
        let (de, other) = (ids(&de), ids(&other));
        assert_eq!(de.difference(&other).collect::<Vec<_>>(), Vec::<&String>::new(), "missing in {name}");
        assert_eq!(other.difference(&de).collect::<Vec<_>>(), Vec::<&String>::new(), "{name} has more than German");
    }
    let check = ids(CHECK_DE);
    assert!(check.iter().all(|k| k.starts_with("c-")), "only the checker's messages apart: {check:?}");
}

/// Where the first string literal inside the call that `call` starts with begins, if any.
fn first_literal_in_call(call: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in call.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 1 => return None,
            ')' => depth -= 1,
            '"' if depth >= 1 => return Some(i),
            ';' => return None,
            _ => {}
        }
    }
    None
}

/// Every key the code asks for (`tr!(…, "key"` and `tr(…, "key"`) exists.
#[test]
fn every_key_used_in_the_code_exists() {
    let mut known = ids(DE);
    known.extend(ids(CHECK_DE));
    known.extend(ids(PAGE_DE));
    known.extend(ids(EDIT_DE));
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let calls = ["tr!(", "ctr!(", "say!(", "say(", "say_with(", "say_n(", "Message::new(", " m(\""];
                for (i, _) in calls.iter().flat_map(|c| text.match_indices(c)) {
                    if text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                        || path.parent().is_some_and(|d| d.ends_with("i18n"))
                    {
                        continue;
                    }
                    let rest = &text[i..];
                    // The first literal inside the call's own parentheses; a key in a variable
                    // (`say!(lang, key, …)`, `say(lang, &message)`) has none to check.
                    if let Some(q) = first_literal_in_call(rest) {
                        let key: String = rest[q + 1..].chars().take_while(|c| *c != '"').collect();
                        if !known.contains(&key) {
                            missing.push(format!("{}: {key}", path.display()));
                        }
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "keys not in de.ftl: {missing:?}");
}

/// The glossary (locales/glossary.tsv) fixes each term per language: every language has a
/// column, every term a text in each, and a term the German sentences use is used in the
/// language's sentences as the glossary writes it.
#[test]
fn the_glossary_is_complete_and_the_sentences_keep_to_it() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/glossary.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines().map(|l| l.split('\t').collect::<Vec<_>>());
    let head = lines.next().unwrap();
    let col = |l: Lang| head.iter().position(|h| *h == l.code()).unwrap_or_else(|| panic!("no column {l:?}"));
    for row in lines {
        for l in LANGS {
            assert!(row.get(col(l)).is_some_and(|t| !t.trim().is_empty()), "{}: no {l:?}", row[0]);
        }
    }
    // Plural forms of every language: a few counts through each file's own rules.
    for l in LANGS {
        for n in [0, 1, 2, 3, 5, 11, 21, 102, 1500] {
            let said = places(l, n);
            // Arabic says none, one and two in words ("مكانان": two places).
            let in_words = l == Lang::Ar && n <= 2;
            assert!((in_words || said.contains(&number(l, n))) && !said.contains("places-count"), "{l:?} {n}: {said}");
        }
    }
    assert_eq!(places(Lang::Uk, 3), "3 місця");
    assert_eq!(places(Lang::Ru, 5), "5 мест");
    assert_eq!(number(Lang::Ru, 1500), "1\u{a0}500");
}

#[test]
fn figures_stay_left_to_right_in_right_to_left_text() {
    let (lri, pdi, wj) = ('\u{2066}', '\u{2069}', '\u{2060}');
    assert_eq!(figures_ltr(Lang::De, "Mo-Fr 08:00-16:00".into()), "Mo-Fr 08:00-16:00");
    assert_eq!(
        figures_ltr(Lang::Ar, "الاثنين-الجمعة 08:00-16:00, السبت 10:00-12:00".into()),
        format!("الاثنين-الجمعة {lri}08:00-{wj}16:00{pdi}, السبت {lri}10:00-{wj}12:00{pdi}")
    );
    assert_eq!(
        figures_ltr(Lang::Fa, "24/11/2026، 10:00–14:00".into()),
        format!("{lri}24/11/2026{pdi}، {lri}10:00–{wj}14:00{pdi}")
    );
}

#[test]
fn numbers_and_plurals() {
    assert_eq!(number(Lang::De, 1234567), "1.234.567");
    assert_eq!(number(Lang::En, 1234), "1,234");
    assert_eq!(number(Lang::De, 999), "999");
    assert_eq!(places(Lang::De, 1), "1 Ort");
    assert_eq!(places(Lang::De, 1500), "1.500 Orte");
    assert_eq!(places(Lang::En, 2), "2 places");
    assert_eq!(tr!(Lang::De, "zoom-in"), "Vergrößern");
    assert_eq!(tr!(Lang::En, "p-missing", field = "id"), "required field \"id\" is missing");
    assert_eq!(
        tr!(Lang::De, "p-wrong-type", field = "offers", expected = "list"),
        "„offers“ muss eine Liste von Texten sein"
    );
    assert_eq!(tr!(Lang::En, "no-such-key"), "no-such-key");
}

#[test]
fn problems_are_said_in_either_language() {
    use crate::model::{Failure, Kind};
    let p = Problem::error(Kind::Missing { field: "id".into() }).at(1, Some("Ohne ID".into()));
    assert_eq!(p.describe(Lang::De), "Eintrag 2 („Ohne ID“): Pflichtfeld „id“ fehlt");
    let late = Problem::error(Kind::Unreachable { failure: Failure::NoAnswer { secs: 15 } });
    assert!(late.describe(Lang::De).contains("15"), "{}", late.describe(Lang::De));
    assert!(late.describe(Lang::En).contains("15 seconds"), "{}", late.describe(Lang::En));
    let busy = Failure::Status { code: 503, text: "Service Unavailable".into() };
    let gone = Problem::error(Kind::Unreachable { failure: busy });
    assert_eq!(gone.message(Lang::De), "der Server hat gerade ein Problem (Fehler 503)");
    let missing =
        Problem::error(Kind::Unreachable { failure: Failure::Status { code: 404, text: "Not Found".into() } });
    assert_eq!(missing.message(Lang::En), "file not found (error 404)");
}

#[test]
fn opening_hours_read_in_english_too() {
    assert_eq!(
        super::words::opening_hours(Lang::En, "Mo-Fr 08:00-16:00; PH off"),
        "Mon-Fri 08:00-16:00; public holiday closed"
    );
}
