//! Dates a place announces (`events`): open days, information evenings, internship weeks, fairs,
//! course or training starts, application deadlines. Past ones drop out by themselves.

use super::{Date, Kind, Localized, Problem};
use serde_json::Value;

/// The kinds an event may have; others are kept and shown as written.
pub const EVENT_KINDS: &[&str] =
    &["open_day", "info_evening", "internship_week", "fair", "course_start", "training_start", "deadline"];

/// A day, with a time of day when the event has one (`2027-01-16` or `2027-01-16T18:00`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct When {
    pub date: Date,
    /// Minutes since midnight, Berlin time.
    pub minute: Option<u16>,
}

impl When {
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let (day, time) = match s.split_once(['T', ' ']) {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let date = Date::parse(day)?;
        let minute = match time {
            None => None,
            Some(t) => {
                let (h, m) = t.get(..5)?.split_once(':')?;
                let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
                if h > 23 || m > 59 || t.len() > 5 && t.get(5..) != Some(":00") {
                    return None;
                }
                Some(h * 60 + m)
            }
        };
        Some(Self { date, minute })
    }
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
            warnings.push(Problem::warning(Kind::WrongType {
                field: format!("events[{}]", i + 1),
                expected: "an event {title, start, …}",
            }));
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
        match (title, start) {
            (Some(title), Some(start)) => {
                let end = match end {
                    Some(Ok(e)) if e >= start => Some(e),
                    Some(Ok(_)) | Some(Err(_)) => {
                        let value = text("end").unwrap_or_default().to_string();
                        warnings.push(Problem::warning(Kind::InvalidDate {
                            field: format!("events[{}].end", i + 1),
                            value,
                        }));
                        None
                    }
                    None => None,
                };
                let url = text("url").and_then(super::website_href);
                out.push(Event { title, kind: text("kind").map(String::from), start, end, url });
            }
            (None, _) => warnings.push(Problem::warning(Kind::Empty { field: format!("events[{}].title", i + 1) })),
            (_, None) => warnings.push(Problem::warning(Kind::InvalidDate {
                field: format!("events[{}].start", i + 1),
                value: text("start").unwrap_or_default().to_string(),
            })),
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
}
