//! Events as columns a reader can fill in: per event "Termin 1" (the title), "Termin 1 Datum",
//! "Termin 1 Uhrzeit", "Termin 1 Ende", "Termin 1 Art", "Termin 1 Link", then "Termin 2 …", as
//! many groups as the place with the most events needs. Events the columns cannot say exactly (a
//! title in several languages, a time with its offset, fields of their own) go as JSON into the
//! "Termine" column instead, so that nothing is lost on the way back.

use super::words::{Words, clock, german_date, iso_date};
use crate::search::fold;
use serde_json::{Map, Value, json};

/// Each part's key in an event's cells, its header after "Termin n", and the headers import knows.
const PARTS: &[(&str, &str, &[&str])] = &[
    ("title", "", &["", "titel", "title", "name"]),
    ("date", " Datum", &["datum", "date", "tag"]),
    ("time", " Uhrzeit", &["uhrzeit", "zeit", "time", "beginn"]),
    ("end", " Ende", &["ende", "end", "bis"]),
    ("kind", " Art", &["art", "kind", "typ"]),
    ("url", " Link", &["link", "url", "webseite"]),
];

/// One event's cells, in the order of `PARTS`.
pub type Cells = [String; 6];

/// The headers of `groups` events.
pub fn headers(groups: usize) -> Vec<String> {
    (1..=groups).flat_map(|n| PARTS.iter().map(move |(_, h, _)| format!("Termin {n}{h}"))).collect()
}

/// Which event (0-based) and which part a header means: "Termin 2 Datum" → (1, 1), "Event 1" → (0, 0).
pub fn column(header: &str) -> Option<(usize, usize)> {
    let h = fold(header);
    let rest = ["termin", "event", "veranstaltung"].iter().find_map(|p| h.strip_prefix(p))?;
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let n: usize = rest[..digits].parse().ok().filter(|n| *n >= 1)?;
    let part = PARTS.iter().position(|(_, _, names)| names.contains(&&rest[digits..]))?;
    Some((n - 1, part))
}

/// A place's events as cells, or None where the columns cannot hold them exactly.
pub fn cells(events: &Value, words: &Words) -> Option<Vec<Cells>> {
    let all: Option<Vec<Cells>> = events.as_array()?.iter().map(|e| event_cells(e, words)).collect();
    all.filter(|cells| cells.iter().zip(events.as_array().into_iter().flatten()).all(|(c, e)| &event(c, words) == e))
}

fn event_cells(e: &Value, words: &Words) -> Option<Cells> {
    let o = e.as_object()?;
    if !o.keys().all(|k| PARTS.iter().any(|(p, _, _)| p == k && *p != "date" && *p != "time") || k == "start") {
        return None;
    }
    let text = |k: &str| o.get(k).map(|v| v.as_str().map(str::to_string)).unwrap_or(Some(String::new()));
    let (start_date, start_time) = split(&text("start")?)?;
    let end = text("end")?;
    let end = match split(&end)? {
        (d, t) if d.is_empty() => t,
        (d, t) if d == start_date && !t.is_empty() && !start_time.is_empty() => t,
        (d, t) if t.is_empty() => d,
        (d, t) => format!("{d} {t}"),
    };
    let kind = text("kind")?;
    Some([text("title")?, start_date, start_time, end, words.label("kind", &kind), text("url")?])
}

/// "2027-01-16T10:00" as its German date and its time; "" as two empty parts.
fn split(iso: &str) -> Option<(String, String)> {
    if iso.is_empty() {
        return Some((String::new(), String::new()));
    }
    let (d, t) = iso.split_once('T').unwrap_or((iso, ""));
    let date = german_date(d)?;
    match t {
        "" => Some((date, String::new())),
        t if clock(t).as_deref() == Some(t) => Some((date, t.to_string())),
        _ => None,
    }
}

/// An event from its cells, dates and times as stored, the kind as its code; empty parts left out.
pub fn event(cells: &Cells, words: &Words) -> Value {
    let [title, date, time, end, kind, url] = cells.clone().map(|c| c.trim().to_string());
    let day = iso_date(&date).unwrap_or(date);
    let at = |day: &str, time: &str| match (day, clock(time)) {
        ("", _) => time.to_string(),
        (d, Some(t)) => format!("{d}T{t}"),
        (d, None) if time.is_empty() => d.to_string(),
        (d, None) => format!("{d} {time}"),
    };
    let start = at(&day, &time);
    let end = match (clock(&end), end.split_once(' ')) {
        (Some(t), _) if !day.is_empty() => format!("{day}T{t}"),
        (_, Some((d, t))) if iso_date(d).is_some() => at(&iso_date(d).unwrap_or_default(), t),
        _ => iso_date(&end).unwrap_or(end),
    };
    let mut o = Map::new();
    for (k, v) in [("title", title), ("start", start), ("end", end), ("url", url)] {
        if !v.is_empty() {
            o.insert(k.into(), json!(v));
        }
    }
    if !kind.is_empty() {
        o.insert("kind".into(), json!(words.code("kind", &kind)));
    }
    Value::Object(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_read_back_to_their_event_and_part() {
        let h = headers(2);
        assert_eq!(h[..3], ["Termin 1", "Termin 1 Datum", "Termin 1 Uhrzeit"]);
        let read: Vec<(usize, usize)> = h.iter().filter_map(|h| column(h)).collect();
        assert_eq!(read.len(), 12);
        assert_eq!(read[7], (1, 1));
        assert_eq!(column("Event 3 time"), Some((2, 2)));
        assert_eq!(column("Termine"), None);
        assert_eq!(column("Termin 0 Datum"), None);
    }

    #[test]
    fn plain_events_as_columns_others_not() {
        let w = Words::new(&[]);
        let events = json!([
            {"title": "Tag der offenen Tür", "start": "2027-01-16T10:00", "end": "2027-01-16T14:00", "kind": "open_day", "url": "https://example.org"},
            {"title": "Bewerbungsschluss", "start": "2027-03-01"},
            {"title": "Praktikumswoche", "start": "2027-03-08", "end": "2027-03-12"}
        ]);
        let c = cells(&events, &w).unwrap();
        assert_eq!(
            c[0],
            ["Tag der offenen Tür", "16.01.2027", "10:00", "14:00", "Tag der offenen Tür", "https://example.org"]
        );
        assert_eq!(c[1][1..4], ["01.03.2027", "", ""]);
        assert_eq!(c[2][3], "12.03.2027");
        // As Excel saves them back: times with seconds, dates without leading zeros.
        let mut resaved = c[0].clone();
        resaved[2] = "10:00:00".into();
        resaved[1] = "16.1.2027".into();
        assert_eq!(event(&resaved, &w), events[0]);
        for rich in [
            json!([{"title": "Messe", "start": "2027-01-16T18:00:00+01:00"}]),
            json!([{"title": {"de": "Messe", "en": "Fair"}, "start": "2027-01-16"}]),
            json!([{"title": "Messe", "start": "2027-01-16", "place": "Halle 3"}]),
            json!([{"title": "Messe", "start": "2027-01-16", "kind": "Fair"}]),
        ] {
            assert_eq!(cells(&rich, &w), None, "{rich}");
        }
    }
}
