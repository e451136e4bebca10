//! Dates a place announces (`events`): open days, information evenings, internship weeks, fairs,
//! course or training starts, application deadlines. Past ones drop out by themselves.

use super::{Date, Kind, Localized, Problem};
use serde_json::Value;

/// The kinds an event may have; others are kept and shown as written.
pub const EVENT_KINDS: &[&str] =
    &["open_day", "info_evening", "internship_week", "fair", "course_start", "training_start", "deadline"];

/// A day, with a time of day when the event has one: `2027-01-16`, `2027-01-16T18:00` (Berlin
/// time), or a moment in the standard form (RFC 3339 / ISO 8601) with `Z` or an offset,
/// `2027-01-16T17:00:00Z`, `2027-01-16T18:00:00+01:00`, which is shown in Berlin time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct When {
    pub date: Date,
    /// Minutes since midnight, Berlin time.
    pub minute: Option<u16>,
}

impl When {
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let (day, time) = match s.split_once(['T', 't', ' ']) {
            Some((d, t)) => (d, Some(t.trim())),
            None => (s, None),
        };
        let date = Date::parse(day)?;
        let Some(time) = time else { return Some(Self { date, minute: None }) };
        let (clock, offset) = split_offset(time)?;
        let minute = wall_minute(clock)?;
        match offset {
            // No zone: the district's own clock, as editors write it.
            None => Some(Self { date, minute: Some(minute) }),
            Some(offset_min) => {
                let utc_ms =
                    (super::calendar::days(date) * 1440 + i64::from(minute) - i64::from(offset_min)) as f64 * 60_000.0;
                let local = super::berlin(utc_ms);
                Some(Self { date: local.date, minute: Some(local.minute) })
            }
        }
    }
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff` as minutes since midnight (seconds are dropped: the
/// map shows minutes).
fn wall_minute(t: &str) -> Option<u16> {
    let b = t.as_bytes();
    let two = |i: usize| -> Option<u16> {
        let d = b.get(i..i + 2)?;
        d.iter().all(u8::is_ascii_digit).then(|| u16::from(d[0] - b'0') * 10 + u16::from(d[1] - b'0'))
    };
    let (h, m) = (two(0)?, two(3)?);
    if b.get(2) != Some(&b':') || h > 23 || m > 59 {
        return None;
    }
    match b.len() {
        5 => {}
        8.. if b[5] == b':' && two(6)? <= 59 => {
            let frac = &b[8..];
            let fraction_ok = frac.is_empty()
                || (frac[0] == b'.' || frac[0] == b',') && frac.len() > 1 && frac[1..].iter().all(u8::is_ascii_digit);
            if !fraction_ok {
                return None;
            }
        }
        _ => return None,
    }
    Some(h * 60 + m)
}

/// The time of day and its offset from UTC in minutes, if it names one (`Z`, `+01:00`, `+0100`,
/// `+01`, `-05:00`).
fn split_offset(t: &str) -> Option<(&str, Option<i32>)> {
    if let Some(clock) = t.strip_suffix(['Z', 'z']) {
        return Some((clock, Some(0)));
    }
    let Some(at) = t.rfind(['+', '-']) else { return Some((t, None)) };
    let (clock, zone) = t.split_at(at);
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
    if !(digits.len() == 2 || digits.len() == 4) || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = if digits.len() == 4 { digits[2..].parse().ok()? } else { 0 };
    (hours <= 14 && minutes <= 59).then_some((clock, Some(sign * (hours * 60 + minutes))))
}

/// A kind as the map knows it: `open-day`, `Open_Day` and `open day` are `open_day`. Unknown
/// kinds come back as written.
pub fn event_kind(kind: &str) -> String {
    let norm: String =
        kind.trim().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
    if EVENT_KINDS.contains(&norm.as_str()) { norm } else { kind.trim().to_string() }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub title: Localized,
    /// One of [`EVENT_KINDS`], or what the data says.
    pub kind: Option<String>,
    pub start: When,
    pub end: Option<When>,
    /// A page about it (http/https only).
    pub url: Option<String>,
}

impl Event {
    /// Over before `today` (the last day counts as still on).
    pub fn is_past(&self, today: Date) -> bool {
        self.end.unwrap_or(self.start).date < today
    }
}

/// The `events` of a feature; an entry that cannot be read is left out with a warning, the others
/// stay. Sorted by start.
pub fn parse_events(v: Option<&Value>, warnings: &mut Vec<Problem>) -> Vec<Event> {
    let items = match v {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => {
            warnings.push(Problem::warning(Kind::WrongType { field: "events".into(), expected: "a list of events" }));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(o) = item.as_object() else {
            warnings.push(
                Problem::warning(Kind::WrongType {
                    field: format!("events[{}]", i + 1),
                    expected: "an event {title, start, …}",
                })
                .in_path(format!("properties/events/{i}")),
            );
            continue;
        };
        let title = match o.get("title") {
            Some(Value::Object(t)) => Some(Localized::from_object(t)),
            Some(Value::String(t)) if !t.trim().is_empty() => Some(Localized::plain(t.trim())),
            _ => None,
        }
        .filter(|t| !t.is_blank());
        let text = |key: &str| o.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
        let start = text("start").and_then(When::parse);
        let end = text("end").map(|e| When::parse(e).ok_or(e));
        // Each problem points at its member (`properties/events/0/end`), so the editors' form can
        // say it at the field and the checker at the line; the message names it as `events[1].end`.
        let member = |key: &str| (format!("events[{}].{key}", i + 1), format!("properties/events/{i}/{key}"));
        let mut warn = |kind: Kind, path: String| warnings.push(Problem::warning(kind).in_path(path));
        match (title, start) {
            (Some(title), Some(start)) => {
                let (field, path) = member("end");
                let end = match end {
                    Some(Ok(e)) if e >= start => Some(e),
                    Some(Ok(_)) => {
                        let (start, end) =
                            (text("start").unwrap_or_default().into(), text("end").unwrap_or_default().into());
                        warn(Kind::EndBeforeStart { field, start, end }, path);
                        None
                    }
                    Some(Err(value)) => {
                        warn(Kind::InvalidDateTime { field, value: value.to_string() }, path);
                        None
                    }
                    None => None,
                };
                let url = text("url").and_then(super::website_href);
                out.push(Event { title, kind: text("kind").map(event_kind), start, end, url });
            }
            (None, _) => {
                let (field, path) = member("title");
                warn(Kind::Empty { field }, path);
            }
            (_, None) => {
                let (field, path) = member("start");
                match text("start") {
                    None => warn(Kind::Empty { field }, path),
                    Some(value) => warn(Kind::InvalidDateTime { field, value: value.to_string() }, path),
                }
            }
        }
    }
    crate::sort::sort_by(&mut out, |a, b| a.start.cmp(&b.start));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn events_are_read_and_bad_ones_named() {
        let v = json!([
            {"title": "Tag der offenen Tür", "start": "2027-01-16T10:00", "end": "2027-01-16T14:00", "kind": "open_day", "url": "www.example.org/tag"},
            {"title": {"de": "Bewerbungsschluss", "en": "Application deadline"}, "start": "2027-03-01", "kind": "deadline"},
            {"title": "Ohne Datum"},
            {"title": "Falsches Ende", "start": "2027-02-01", "end": "2027-01-01"},
            "kein Objekt"
        ]);
        let mut w = Vec::new();
        let events = parse_events(Some(&v), &mut w);
        assert_eq!(events.len(), 3);
        assert_eq!(events[0].start, When { date: Date::parse("2027-01-16").unwrap(), minute: Some(600) });
        assert_eq!(events[0].end.unwrap().minute, Some(840));
        assert_eq!(events[0].url.as_deref(), Some("https://www.example.org/tag"));
        assert_eq!(events[1].title.get(crate::model::Lang::En), "Falsches Ende", "sorted by start");
        assert_eq!(events[1].end, None, "an end before the start is dropped");
        assert_eq!(events[2].title.get(crate::model::Lang::En), "Application deadline");
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(events[2].is_past(Date::parse("2027-03-02").unwrap()));
        assert!(!events[2].is_past(Date::parse("2027-03-01").unwrap()), "the day itself is still on");
        assert_eq!(When::parse("2027-01-16T25:00"), None);
        assert_eq!(When::parse("2027-01-16T10:00:00").unwrap().minute, Some(600));
        assert_eq!(When::parse("16.01.2027"), None);
    }

    /// Each problem points at its member (the checker's line, the form's field) and says what is
    /// wrong: an empty start is empty, an end before the start is not unreadable.
    #[test]
    fn each_problem_points_at_its_member() {
        use crate::i18n::Describe;
        let v = json!([{ "start": "2027-01-01" }, { "title": "T" },
            { "title": "T", "start": "2027-02-01", "end": "2027-01-31T23:00" },
            { "title": "T", "start": "2027-02-01", "end": "bald" }, "x"]);
        let mut w = Vec::new();
        parse_events(Some(&v), &mut w);
        let got: Vec<(&str, &str)> = w.iter().map(|p| (p.field_path.as_deref().unwrap_or(""), p.code())).collect();
        assert_eq!(
            got,
            [
                ("properties/events/0/title", "empty-field"),
                ("properties/events/1/start", "empty-field"),
                ("properties/events/2/end", "end-before-start"),
                ("properties/events/3/end", "invalid-date-time"),
                ("properties/events/4", "wrong-type"),
            ]
        );
        let said = w[2].message(crate::model::Lang::De);
        assert!(said.starts_with("„events[3].end“ liegt vor dem Beginn"), "{said}");
        assert!(said.contains("2027-01-31T23:00 ist früher als 2027-02-01"), "{said}");
        assert_eq!(w[2].clone().at(4, None).path().as_deref(), Some("features/4/properties/events/2/end"));
    }

    fn at(s: &str) -> (String, Option<u16>) {
        let w = When::parse(s).unwrap_or_else(|| panic!("{s} not read"));
        (w.date.to_string(), w.minute)
    }

    #[test]
    fn the_standard_form_with_a_zone_is_read_in_berlin_time() {
        // Winter (CET, +01:00) and summer (CEST, +02:00).
        assert_eq!(at("2026-12-05T10:00:00+01:00"), ("2026-12-05".into(), Some(600)));
        assert_eq!(at("2026-12-05T09:00:00Z"), ("2026-12-05".into(), Some(600)));
        assert_eq!(at("2027-07-01T08:30:00Z"), ("2027-07-01".into(), Some(630)));
        assert_eq!(at("2027-07-01T10:30:00+02:00"), ("2027-07-01".into(), Some(630)));
        assert_eq!(at("2026-12-05T10:00:00.000+01:00"), ("2026-12-05".into(), Some(600)));
        assert_eq!(at("2026-12-05t09:00z"), ("2026-12-05".into(), Some(600)));
        assert_eq!(at("2026-12-05T10:00+0100"), ("2026-12-05".into(), Some(600)));
        // Another zone, and a moment that is already the next day in Berlin.
        assert_eq!(at("2026-12-05T04:00:00-05:00"), ("2026-12-05".into(), Some(600)));
        assert_eq!(at("2026-12-31T23:30:00Z"), ("2027-01-01".into(), Some(30)));
        // Without a zone: the district's own clock; seconds are dropped.
        assert_eq!(at("2026-12-05T10:00:30"), ("2026-12-05".into(), Some(600)));
        assert_eq!(at("2026-12-05 10:00"), ("2026-12-05".into(), Some(600)));
        assert_eq!(at("2026-12-05"), ("2026-12-05".into(), None));
        for bad in
            ["2026-12-05T10", "2026-12-05T10:00+25:00", "2026-12-05T10:00:61", "2026-12-05T10:00X", "2026-12-05T1000"]
        {
            assert_eq!(When::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn kinds_tolerate_hyphens_case_and_spaces() {
        assert_eq!(event_kind("open-day"), "open_day");
        assert_eq!(event_kind("Open_Day"), "open_day");
        assert_eq!(event_kind(" training start "), "training_start");
        assert_eq!(event_kind("Sommerfest"), "Sommerfest", "unknown kinds as written");
        let v = json!([{"title": "Tür", "start": "2027-01-16", "kind": "info-evening"}]);
        assert_eq!(parse_events(Some(&v), &mut Vec::new())[0].kind.as_deref(), Some("info_evening"));
    }
}
