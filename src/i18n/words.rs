//! Words for values from the data (wheelchair, audiences, stages, opening hours), from the Fluent
//! files; everything else is `tr!` at the call site.

use crate::i18n::tr;
use crate::model::{Lang, Offer, Wheelchair};

pub fn wheelchair(lang: Lang, w: Wheelchair) -> String {
    let key = match w {
        Wheelchair::Yes => "wheelchair-yes",
        Wheelchair::Limited => "wheelchair-limited",
        Wheelchair::No => "wheelchair-no",
    };
    tr(lang, key, None)
}

/// An offer in words, with its training year where it names one ("Tischler/in, Ausbildung ab 2027").
pub fn offer(lang: Lang, o: &Offer) -> String {
    match &o.year {
        Some(year) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("offer", o.get(lang).to_string());
            args.set("year", year.clone());
            tr(lang, "offer-with-year", Some(&args))
        }
        None => o.get(lang).to_string(),
    }
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

/// Day names in OSM opening_hours syntax read as the visitor's language; in English too, where
/// the syntax's "PH off" is no sentence ("Mon-Fri 08:00-16:00; public holiday closed").
pub fn opening_hours(lang: Lang, raw: &str) -> String {
    crate::i18n::figures_ltr(lang, day_names(lang, raw))
}

fn day_names(lang: Lang, raw: &str) -> String {
    const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    let mut out = String::with_capacity(raw.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let said = match word.as_str() {
            "PH" => tr(lang, "hours-ph", None),
            "off" => tr(lang, "hours-closed", None),
            w => match DAYS.iter().position(|d| *d == w) {
                Some(i) => tr(lang, &format!("weekday-{i}"), None),
                None => w.to_string(),
            },
        };
        out.push_str(&said);
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

/// Whether a place is open now, in words: "geöffnet, bis 16:00 Uhr", "geschlossen, öffnet Mo
/// 08:00 Uhr", "Öffnungszeiten unbekannt".
pub fn open_status(
    lang: Lang,
    hours: Option<&str>,
    now: crate::model::LocalTime,
    config: &crate::model::Config,
) -> String {
    use crate::model::{Status, add_days, clock};
    match crate::model::status_of(hours, now, config.known_school_holidays()) {
        Some(Status::Open { until: None }) => tr(lang, "hours-open-always", None),
        Some(Status::Open { until: Some(until) }) => crate::tr!(lang, "hours-open", time = clock(until)),
        Some(Status::Closed { next: None }) => tr(lang, "hours-closed", None),
        Some(Status::Closed { next: Some(t) }) => {
            let time = clock(t.minute);
            if t.date == now.date {
                crate::tr!(lang, "hours-opens-today", time = time)
            } else if t.date == add_days(now.date, 1) {
                crate::tr!(lang, "hours-opens-tomorrow", time = time)
            } else if t.date <= add_days(now.date, 6) {
                crate::tr!(lang, "hours-opens-day", day = weekday_name(lang, t.date), time = time)
            } else {
                crate::tr!(lang, "hours-opens-date", date = t.date.format(lang), time = time)
            }
        }
        Some(Status::Unknown) | None => tr(lang, "hours-unknown", None),
    }
}

/// The short name of a date's weekday: "Mo", "Mon".
fn weekday_name(lang: Lang, d: crate::model::Date) -> String {
    tr(lang, &format!("weekday-{}", crate::model::weekday(d)), None)
}

/// The kind of an event in words; an unknown kind as written.
pub fn event_kind(lang: Lang, kind: &str) -> String {
    known(lang, "event-kind", kind)
}

/// When an event is: "Sa 16.01.2027, 10:00–14:00 Uhr", "Mo 15.03.2027 – Fr 19.03.2027".
pub fn event_when(lang: Lang, e: &crate::model::Event) -> String {
    use crate::model::clock;
    let day = |d: crate::model::Date| format!("{} {}", weekday_name(lang, d), d.format(lang));
    let time = |m: u16| clock(m);
    // Arabic and Persian write their own comma.
    let comma = if lang.is_rtl() { "، " } else { ", " };
    let mut out = day(e.start.date);
    match (e.start.minute, e.end) {
        (Some(s), Some(end)) if end.date == e.start.date => {
            let t = format!("{}–{}", time(s), time(end.minute.unwrap_or(s)));
            out.push_str(&format!("{comma}{}", crate::tr!(lang, "event-time", time = t)));
        }
        (Some(s), end) => {
            out.push_str(&format!("{comma}{}", crate::tr!(lang, "event-time", time = time(s))));
            if let Some(end) = end {
                out.push_str(&format!(" – {}", day(end.date)));
            }
        }
        (None, Some(end)) if end.date != e.start.date => out.push_str(&format!(" – {}", day(end.date))),
        (None, _) => {}
    }
    crate::i18n::figures_ltr(lang, out)
}

/// A link that saves the event as a calendar file, made here in the browser (a data: address).
pub fn ics_href(place: &crate::model::Place, e: &crate::model::Event, lang: Lang, now_ms: f64) -> (String, String) {
    let text = crate::model::ics(place, e, lang, now_ms);
    let file = format!("{}-{}.ics", place.id, e.start.date)
        .replace(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '.', "_");
    (format!("data:text/calendar;charset=utf-8,{}", crate::model::encode_component(&text)), file)
}

/// A way of getting in touch (`modes`: phone, video, online, mobile, on_site) in words.
pub fn mode(lang: Lang, value: &str) -> String {
    known(lang, "mode", value)
}

/// Several ways of getting in touch in words, in one line; None for none.
pub fn modes<S: AsRef<str>>(lang: Lang, values: &[S]) -> Option<String> {
    (!values.is_empty()).then(|| values.iter().map(|m| mode(lang, m.as_ref())).collect::<Vec<_>>().join(", "))
}
