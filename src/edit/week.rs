//! The editors' weekday table for opening hours and the `opening_hours` value it writes. The table
//! holds only what it can show without loss and the map evaluates (docs/datenformat.md, „Jetzt
//! geöffnet“); any other value stays a raw string in the form, so nothing is rewritten unasked.

use crate::model::{Hours, clock};

const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const MIDNIGHT: u16 = 24 * 60;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Week {
    /// Monday first: each day's spans in minutes since midnight, sorted; none = closed. An end
    /// past midnight counts on, as the map's does: `Fr 22:00-02:00` is (1320, 1560) on Friday.
    pub days: [Vec<(u16, u16)>; 7],
    /// `PH off`: closed on public holidays. Without it a holiday is an ordinary weekday (OSM).
    pub holidays_closed: bool,
}

/// One rule of a value: the weekdays it names (bit 0 = Monday), whether it names public holidays,
/// and its spans (none: `off`).
struct Rule {
    weekdays: u8,
    holidays: bool,
    spans: Vec<(u16, u16)>,
}

/// A `;` part's rules. A comma before a letter begins a new rule (`Mo-Fr 08:00-16:00, Sa …`)
/// unless it continues a list of days (`Sa,Su,PH off`): the map splits them so, and so must we.
fn rules_in(part: &str) -> Vec<&str> {
    let (mut out, mut start) = (Vec::new(), 0);
    for (i, _) in part.match_indices(',') {
        let next_is_day = part[i + 1..].trim_start().starts_with(|c: char| c.is_ascii_alphabetic());
        if next_is_day && !part[start..i].trim_end().ends_with(|c: char| c.is_ascii_alphabetic()) {
            out.push(&part[start..i]);
            start = i + 1;
        }
    }
    out.push(&part[start..]);
    out
}

fn day(s: &str) -> Option<u8> {
    DAYS.iter().position(|d| *d == s).map(|i| i as u8)
}

/// Weekdays and holidays of a selector such as `Mo-Fr,PH`; None for anything the table lacks (SH).
fn selector(s: &str) -> Option<(u8, bool)> {
    let (mut weekdays, mut holidays) = (0u8, false);
    for item in s.split(',').map(str::trim) {
        if item == "PH" {
            holidays = true;
            continue;
        }
        let (a, b) = match item.split_once('-') {
            Some((a, b)) => (day(a)?, day(b)?),
            None => (day(item)?, day(item)?),
        };
        // `Sa-Mo` runs over the week's end.
        let len = (b + 7 - a) % 7;
        weekdays |= (0..=len).fold(0, |m, k| m | 1 << ((a + k) % 7));
    }
    Some((weekdays, holidays))
}

fn rule(s: &str) -> Option<Rule> {
    let s = s.trim();
    let (head, times) = s.split_at(s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len()));
    let head = head.trim();
    let (head, off) = match head.strip_suffix("off").or_else(|| head.strip_suffix("closed")) {
        Some(h) => (h.trim(), true),
        None => (head, false),
    };
    // No days named: every day.
    let (weekdays, holidays) = if head.is_empty() { (0x7f, false) } else { selector(head)? };
    let mut spans = Vec::new();
    if !off {
        for t in times.split(',') {
            let (a, b) = t.split_once('-')?;
            let (a, b) = (Week::read_time(a)?, Week::read_time(b)?);
            if a >= MIDNIGHT {
                return None;
            }
            spans.push(if b <= a { (a, b + MIDNIGHT) } else { (a, b) });
        }
    }
    Some(Rule { weekdays, holidays, spans })
}

/// `Mo-We,Fr`: runs of three days or more as ranges, shorter ones as lists.
fn days_text(mask: u8) -> String {
    let mut parts = Vec::new();
    let mut d = 0;
    while d < 7 {
        if mask & 1 << d == 0 {
            d += 1;
            continue;
        }
        let end = (d..7).take_while(|e| mask & 1 << e != 0).last().unwrap_or(d);
        if end - d >= 2 {
            parts.push(format!("{}-{}", DAYS[d], DAYS[end]));
        } else {
            parts.extend(DAYS[d..=end].iter().map(|s| s.to_string()));
        }
        d = end + 1;
    }
    parts.join(",")
}

fn spans_text(spans: &[(u16, u16)]) -> String {
    let span = |&(a, b): &(u16, u16)| format!("{}-{}", clock(a), clock(if b > MIDNIGHT { b - MIDNIGHT } else { b }));
    spans.iter().map(span).collect::<Vec<_>>().join(",")
}

impl Week {
    /// The table for a value it can show and writes back as it was: weekday ranges and lists with
    /// times, several spans a day, `PH off`. None for anything else (a lone `off`, months, `SH`,
    /// comments, `24/7`, a holiday with times, days a later rule closes): the form then offers
    /// only the raw string. No value is an empty table.
    pub fn parse(value: &str) -> Option<Week> {
        let value = value.trim();
        if value.is_empty() {
            return Some(Week::default());
        }
        // Shown as a table only what the map reads, so the table never promises another meaning.
        Hours::parse(value)?;
        let parts = value.split(';').map(str::trim).filter(|p| !p.is_empty());
        let rules: Vec<Rule> = parts.flat_map(rules_in).map(rule).collect::<Option<_>>()?;
        let mut week = Week::default();
        // Per weekday the last rule that names it: a later rule wins for its days, as in the map.
        let mut last = [0; 7];
        let mut holiday_rule = None;
        for (k, r) in rules.iter().enumerate() {
            if r.holidays {
                if !r.spans.is_empty() {
                    return None;
                }
                holiday_rule = Some(k);
            }
            for d in (0..7).filter(|d| r.weekdays & 1 << d != 0) {
                week.days[d] = r.spans.clone();
                last[d] = k;
            }
        }
        for spans in &mut week.days {
            crate::sort::sort(spans);
        }
        // `PH off` closes a holiday only if no later rule names its weekday; the table says
        // "closed on holidays" for all open days or for none.
        let open: Vec<usize> = (0..7).filter(|&d| !week.days[d].is_empty()).collect();
        let closes = open.iter().filter(|&&d| holiday_rule.is_some_and(|k| k > last[d])).count();
        if closes != 0 && closes != open.len() {
            return None;
        }
        week.holidays_closed = closes != 0;
        // The table writes its own form; a value in another (`off` alone, a later rule that closes
        // days, spans out of order) would be rewritten by the first change in the table, so it
        // stays a string the editor changes by hand. Spacing aside: that is no loss.
        let spaceless = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        (spaceless(&week.to_hours()) == spaceless(value)).then_some(week)
    }

    /// The value: days with the same spans together (`Mo-Fr 08:00-16:00; Sa 09:00-12:00; PH
    /// off`, `Mo,We 08:00-12:00`), closed days left out; "" for a table without an open day.
    pub fn to_hours(&self) -> String {
        let mut rules = Vec::new();
        let mut done = 0u8;
        for (d, spans) in self.days.iter().enumerate() {
            if done & 1 << d != 0 || spans.is_empty() {
                continue;
            }
            let same = (d..7).filter(|&e| self.days[e] == *spans).fold(0, |m, e| m | 1 << e);
            done |= same;
            rules.push(format!("{} {}", days_text(same), spans_text(spans)));
        }
        if !rules.is_empty() && self.holidays_closed {
            rules.push("PH off".to_string());
        }
        rules.join("; ")
    }

    /// A time as typed into a time field — "8:00", "08:00", "8", "8.30", "08.30 Uhr" — in minutes
    /// since midnight (up to "24:00" for a day's end); None if it is not a time.
    pub fn read_time(typed: &str) -> Option<u16> {
        let s = typed.trim();
        let unit_at = s.len().saturating_sub(3);
        let s = match s.get(unit_at..) {
            Some(unit) if unit.eq_ignore_ascii_case("uhr") => s[..unit_at].trim_end(),
            _ => s,
        };
        let (h, m) = s.split_once([':', '.']).unwrap_or((s, "00"));
        let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
        if !(1..=2).contains(&h.len()) || m.len() != 2 || !digits(h) || !digits(m) {
            return None;
        }
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        (m < 60 && h * 60 + m <= MIDNIGHT).then_some(h * 60 + m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, LocalTime, Status, add_days, holiday, weekday};

    fn week(days: &[(usize, &[(u16, u16)])], holidays_closed: bool) -> Week {
        let mut w = Week { holidays_closed, ..Week::default() };
        for (d, spans) in days {
            w.days[*d] = spans.to_vec();
        }
        w
    }

    const H8: u16 = 8 * 60;
    const H12: u16 = 12 * 60;
    const H16: u16 = 16 * 60;

    #[test]
    fn the_sample_data_reads_and_writes_back_unchanged() {
        let files = [
            include_str!("../../public/data/schulen.geojson"),
            include_str!("../../public/data/betriebe.geojson"),
            include_str!("../../public/data/beratung.geojson"),
        ];
        let mut seen = 0;
        for file in files {
            let v: serde_json::Value = serde_json::from_str(file).unwrap();
            for f in v["features"].as_array().unwrap() {
                let Some(value) = f["properties"]["opening_hours"].as_str() else { continue };
                let w = Week::parse(value).unwrap_or_else(|| panic!("{value}"));
                assert_eq!(w.to_hours(), value);
                seen += 1;
            }
        }
        assert!(seen > 0);
        let w = Week::parse("Mo-Th 07:30-16:30; Fr 07:30-13:00; PH off").unwrap();
        let long = vec![(7 * 60 + 30, 16 * 60 + 30)];
        assert_eq!(w, week(&[(0, &long), (1, &long), (2, &long), (3, &long), (4, &[(450, 780)])], true));
    }

    #[test]
    fn the_forms_the_table_shows() {
        let day = [(H8, H16)];
        let weekdays = week(&[(0, &day), (1, &day), (2, &day), (3, &day), (4, &day)], false);
        assert_eq!(Week::parse("Mo-Fr 08:00-16:00"), Some(weekdays.clone()));
        assert_eq!(Week::parse("Mo-Fr 08:00-16:00;Sa 09:00-12:00").unwrap().days[5], [(540, H12)], "spacing aside");
        let split = [(H8, H12), (13 * 60, H16)];
        assert_eq!(
            Week::parse("Mo,We 08:00-12:00,13:00-16:00; Sa 10:00-12:00"),
            Some(week(&[(0, &split), (2, &split), (5, &[(600, H12)])], false))
        );
        assert_eq!(Week::parse("Fr 22:00-02:00"), Some(week(&[(4, &[(1320, 1560)])], false)));
        assert_eq!(Week::parse("  "), Some(Week::default()));
        for raw in [
            "24/7",
            "Mo-Fr 08:00-16:00; SH off",
            "Jan-Mar Mo-Fr 08:00-16:00",
            "Mo-Fr 08:00-16:00 \"nach Vereinbarung\"",
            "Mo-Fr 08:00-16:00; PH 10:00-12:00",
            "Sa 10:00-12:00; PH off; Mo-Fr 08:00-16:00",
            "Mo-Fr 8-16",
            "montags bis freitags",
        ] {
            assert_eq!(Week::parse(raw), None, "{raw}");
        }
    }

    /// Values the table could show but would write in its own form stay strings: the first change
    /// in the table would otherwise rewrite them (a lone `off` became "").
    #[test]
    fn values_the_table_would_rewrite_stay_strings() {
        for kept in [
            "off",
            "Mo-Su 08:00-16:00; Sa,Su off",
            "PH off; Mo-Fr 08:00-16:00",
            "Mo,We 13:00-16:00,08:00-12:00, Sa 10:00-12:00",
            "Sa-Mo 10:00-12:00; Sa,Su,PH off",
            "Tu-Fr 08:00-16:00; Mo 08:00-16:00",
        ] {
            assert_eq!(Week::parse(kept), None, "{kept}");
        }
    }

    #[test]
    fn days_are_grouped_as_ranges_or_lists() {
        let (a, b) = ([(H8, H16)], [(H8, H12)]);
        let w = week(&[(0, &a), (1, &a), (2, &a), (3, &a), (4, &a), (5, &[(540, H12)])], true);
        assert_eq!(w.to_hours(), "Mo-Fr 08:00-16:00; Sa 09:00-12:00; PH off");
        assert_eq!(week(&[(0, &b), (2, &b)], false).to_hours(), "Mo,We 08:00-12:00");
        let w = week(&[(0, &a), (1, &a), (2, &b), (3, &a), (4, &a), (5, &a), (6, &b)], false);
        assert_eq!(w.to_hours(), "Mo,Tu,Th-Sa 08:00-16:00; We,Su 08:00-12:00");
        assert_eq!(
            week(&[(4, &[(1320, 1560)]), (5, &[(0, MIDNIGHT)])], false).to_hours(),
            "Fr 22:00-02:00; Sa 00:00-24:00"
        );
        assert_eq!(Week::default().to_hours(), "");
        assert_eq!(Week { holidays_closed: true, ..Week::default() }.to_hours(), "", "no open day to close");
    }

    #[test]
    fn times_as_typed() {
        for (typed, minutes) in [
            ("8:00", 480),
            ("08:00", 480),
            ("8", 480),
            ("8.30", 510),
            ("08.30 Uhr", 510),
            ("17 uhr", 1020),
            ("24:00", 1440),
        ] {
            assert_eq!(Week::read_time(typed), Some(minutes), "{typed}");
        }
        for typed in ["", "Uhr", "8:5", "8:60", "24:30", "25", "800", "acht", "+8", "8:00 h", "ü8:00"] {
            assert_eq!(Week::read_time(typed), None, "{typed}");
        }
    }

    /// Random tables (xorshift, as in the checker's robustness test): spans on a quarter-hour
    /// grid, some past midnight, days often copying the one before so that groups form.
    fn tables() -> Vec<Week> {
        let mut s: u64 = 0x7ab1e;
        let mut next = move |n: u64| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            (s % n) as u16
        };
        (0..400)
            .map(|_| {
                let mut w = Week::default();
                for d in 0..7 {
                    w.days[d] = match (d, next(4)) {
                        (1.., 0) => w.days[d - 1].clone(),
                        _ => {
                            let (mut spans, mut from) = (Vec::new(), next(40) * 15);
                            for _ in 0..next(3) {
                                let end = from + 15 + next(48) * 15;
                                spans.push((from, end));
                                from = end + next(8) * 15;
                                if end >= MIDNIGHT || from >= MIDNIGHT {
                                    break;
                                }
                            }
                            spans
                        }
                    };
                }
                w.holidays_closed = next(2) == 0 && w.days.iter().any(|d| !d.is_empty());
                w
            })
            .collect()
    }

    #[test]
    fn every_table_comes_back_from_its_value() {
        for w in tables() {
            assert_eq!(Week::parse(&w.to_hours()).as_ref(), Some(&w), "{}", w.to_hours());
        }
    }

    /// Open by the table's own meaning: a day's spans, yesterday's past midnight, holidays closed.
    fn open_in_table(w: &Week, t: LocalTime) -> bool {
        let spans = |d: Date| {
            if w.holidays_closed && holiday(d).is_some() { &[][..] } else { &w.days[weekday(d) as usize][..] }
        };
        let m = t.minute;
        spans(t.date).iter().any(|&(a, b)| a <= m && m < b)
            || spans(add_days(t.date, -1)).iter().any(|&(_, b)| b > MIDNIGHT && m < b - MIDNIGHT)
    }

    #[test]
    fn the_map_reads_the_value_as_the_table_says() {
        // Christmas 2026: Friday 25th and Saturday 26th are holidays; the days around are not.
        let first = Date::parse("2026-12-21").unwrap();
        for w in tables().into_iter().filter(|w| w.days.iter().any(|d| !d.is_empty())) {
            let hours = Hours::parse(&w.to_hours()).unwrap_or_else(|| panic!("{}", w.to_hours()));
            for (n, minute) in (0..9).flat_map(|n| [0, 90, 479, 480, 615, 720, 1000, 1380, 1439].map(|m| (n, m))) {
                let t = LocalTime { date: add_days(first, n), minute };
                let open = matches!(hours.status(t, None), Status::Open { .. });
                assert_eq!(open, open_in_table(&w, t), "{} at {t:?}", w.to_hours());
            }
        }
    }
}
