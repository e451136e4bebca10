//! Words for values from the data (wheelchair, audiences, stages, opening hours), from the Fluent
//! files; everything else is `tr!` at the call site.

use crate::i18n::tr;
use crate::model::{Lang, Wheelchair};

pub fn wheelchair(lang: Lang, w: Wheelchair) -> String {
    let key = match w {
        Wheelchair::Yes => "wheelchair-yes",
        Wheelchair::Limited => "wheelchair-limited",
        Wheelchair::No => "wheelchair-no",
    };
    tr(lang, key, None)
}

/// A known value (`audience-pupils`, `stage-internship`) in words; unknown values as written.
fn known(lang: Lang, prefix: &str, value: &str) -> String {
    let key = format!("{prefix}-{value}");
    let text = tr(lang, &key, None);
    if text == key { value.to_string() } else { text }
}

pub fn audience(lang: Lang, value: &str) -> String {
    known(lang, "audience", value)
}

pub fn stage(lang: Lang, value: &str) -> String {
    known(lang, "stage", value)
}

/// Day names in OSM opening_hours syntax read as the visitor's language.
pub fn opening_hours(lang: Lang, raw: &str) -> String {
    if lang == Lang::En {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        out.push_str(match word.as_str() {
            "Tu" => "Di",
            "We" => "Mi",
            "Th" => "Do",
            "Su" => "So",
            "PH" => "Feiertag",
            "off" => "geschlossen",
            w => w,
        });
        word.clear();
    };
    for c in raw.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}
