//! An event as an iCalendar file (RFC 5545), made in the browser: no server is asked. Times are
//! written in UTC (converted from Berlin time), all-day events as dates.

use super::calendar::{LocalTime, add_days, berlin_to_utc_ms};
use super::event::{Event, When};
use super::{Lang, Place};

/// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF.
fn line(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn utc(ms: f64) -> String {
    let days = (ms / 86_400_000.0).floor() as i64;
    let d = super::calendar::date(days);
    let secs = ((ms - days as f64 * 86_400_000.0) / 1000.0).floor() as i64;
    format!("{:04}{:02}{:02}T{:02}{:02}{:02}Z", d.year, d.month, d.day, secs / 3600, secs / 60 % 60, secs % 60)
}

fn day(w: When) -> String {
    format!("{:04}{:02}{:02}", w.date.year, w.date.month, w.date.day)
}

fn timed(w: When, minute: u16) -> String {
    utc(berlin_to_utc_ms(LocalTime { date: w.date, minute }))
}

/// The calendar file for one event of a place. `now_ms` (UTC) stamps it.
pub fn ics(place: &Place, event: &Event, lang: Lang, now_ms: f64) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Landkreis Harburg//Bildungskarte//DE",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
    ] {
        line(&mut out, l);
    }
    let start = event.start;
    let uid: String =
        format!("{}-{}{}", place.id, day(start), start.minute.map(|m| format!("-{m}")).unwrap_or_default())
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' })
            .collect();
    line(&mut out, &format!("UID:{uid}@bildungskarte.landkreis-harburg"));
    line(&mut out, &format!("DTSTAMP:{}", utc(now_ms)));
    match start.minute {
        Some(m) => {
            line(&mut out, &format!("DTSTART:{}", timed(start, m)));
            if let Some(end) = event.end {
                line(&mut out, &format!("DTEND:{}", timed(end, end.minute.unwrap_or(m))));
            }
        }
        None => {
            line(&mut out, &format!("DTSTART;VALUE=DATE:{}", day(start)));
            // The end of an all-day event is the day after its last day.
            let last = event.end.map_or(start.date, |e| e.date);
            line(&mut out, &format!("DTEND;VALUE=DATE:{}", day(When { date: add_days(last, 1), minute: None })));
        }
    }
    line(&mut out, &format!("SUMMARY:{}", escape(event.title.get(lang))));
    let location = [Some(place.name.get(lang).to_string()), place.address()].into_iter().flatten().collect::<Vec<_>>();
    line(&mut out, &format!("LOCATION:{}", escape(&location.join(", "))));
    if let Some(url) = &event.url {
        line(&mut out, &format!("URL:{url}"));
    }
    line(&mut out, "END:VEVENT");
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Localized, parse_source};

    fn place() -> Place {
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[10.2,53.36]},"properties":{"id":"bbs-winsen","name":"BBS Winsen; Haus A, Aula","category":"s","street":"Bürgerweide 20","postcode":"21423","city":"Winsen (Luhe)"}}]}"#;
        parse_source(text, &[Category::plain("s")]).places.remove(0)
    }

    fn when(s: &str) -> When {
        When::parse(s).unwrap()
    }

    #[test]
    fn a_timed_event_in_utc_with_escaping_and_crlf() {
        let e = Event {
            title: Localized::plain("Infoabend: Ausbildung, Praktikum; Fragen\\Antworten"),
            kind: Some("info_evening".into()),
            start: when("2027-02-10T18:00"),
            end: Some(when("2027-02-10T20:00")),
            url: Some("https://example.org/infoabend".into()),
        };
        let now = 1_796_115_600_000.0; // 2026-12-01 09:00 UTC
        let text = ics(&place(), &e, Lang::De, now);
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
        for want in [
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Landkreis Harburg//Bildungskarte//DE\r\n",
            "UID:bbs-winsen-20270210-1080@bildungskarte.landkreis-harburg\r\n",
            "DTSTAMP:20261201T090000Z\r\n",
            // Winter: Berlin is UTC+1.
            "DTSTART:20270210T170000Z\r\nDTEND:20270210T190000Z\r\n",
            "SUMMARY:Infoabend: Ausbildung\\, Praktikum\\; Fragen\\\\Antworten\r\n",
            "LOCATION:BBS Winsen\\; Haus A\\, Aula\\, Bürgerweide 20\\, 21423 Winsen (Luhe)\r\n",
            "URL:https://example.org/infoabend\r\n",
        ] {
            assert!(text.contains(want), "{want:?} in\n{text}");
        }
        // Summer: UTC+2.
        let e = Event { start: when("2027-07-01T09:30"), end: None, ..e };
        assert!(ics(&place(), &e, Lang::De, now).contains("DTSTART:20270701T073000Z\r\n"));
    }

    #[test]
    fn an_all_day_event_ends_the_day_after_and_long_lines_fold() {
        let e = Event {
            title: Localized::plain(
                "Praktikumswoche für Schülerinnen und Schüler der Oberschulen im ganzen Landkreis Harburg",
            ),
            kind: Some("internship_week".into()),
            start: when("2027-03-15"),
            end: Some(when("2027-03-19")),
            url: None,
        };
        let text = ics(&place(), &e, Lang::De, 0.0);
        assert!(text.contains("DTSTART;VALUE=DATE:20270315\r\nDTEND;VALUE=DATE:20270320\r\n"), "{text}");
        for l in text.split("\r\n") {
            assert!(l.len() <= 75, "folded: {l:?}");
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(
            "SUMMARY:Praktikumswoche für Schülerinnen und Schüler der Oberschulen im ganzen Landkreis Harburg\r\n"
        ));
        assert!(!text.contains("URL:"));
        let one_day = Event { end: None, ..e };
        assert!(ics(&place(), &one_day, Lang::De, 0.0).contains("DTEND;VALUE=DATE:20270316\r\n"));
    }
}
