//! "Open now" from an OpenStreetMap `opening_hours` value: the forms the district's data uses
//! (weekday ranges and lists, several time spans a day, spans past midnight, `PH` and `SH`,
//! `off`/`closed`, `24/7`). A value with anything else (months, weeks, sunrise, comments)
//! is said to be unknown rather than guessed; the editors' checker says which values those are.
//!
//! Later rules override earlier ones for the days they name, as in OSM: in
//! `Mo-Fr 08:00-16:00; PH off` a holiday Monday is closed.

use super::Date;
use super::calendar::{LocalTime, add_days, holiday, weekday};

const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// Which days a rule is for: weekdays (bit 0 = Monday), public and school holidays.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Days {
    weekdays: u8,
    public_holiday: bool,
    school_holiday: bool,
}

#[derive(Clone, Debug, PartialEq)]
struct Rule {
    /// None: every day.
    days: Option<Days>,
    /// Minutes since midnight; an end beyond 1440 runs into the next day.
    spans: Vec<(u16, u16)>,
}

/// A value the map can evaluate.
#[derive(Clone, Debug, PartialEq)]
pub struct Hours {
    rules: Vec<Rule>,
    uses_school_holidays: bool,
    /// `24/7`: never closes.
    always: bool,
}

/// What a place is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Open now, until this time (today or, past midnight, the next day).
    /// Open now until this time (today or, past midnight, the next day); None: around the clock.
    Open { until: Option<u16> },
    /// Closed now; opens next at this local time (None: not within the next three weeks).
    Closed { next: Option<LocalTime> },
    /// The value is not one the map can evaluate, or needs school holidays the config lacks.
    Unknown,
}

fn time(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 1440).then_some(h * 60 + m)
}

fn span(s: &str) -> Option<(u16, u16)> {
    let (a, b) = s.split_once('-')?;
    let (a, b) = (time(a.trim())?, time(b.trim())?);
    // "22:00-02:00" runs past midnight.
    Some(if b <= a { (a, b + 1440) } else { (a, b) })
}

fn day(s: &str) -> Option<u8> {
    DAYS.iter().position(|d| *d == s).map(|i| i as u8)
}

fn selector(s: &str) -> Option<Days> {
    let mut days = Days::default();
    for item in s.split(',').map(str::trim) {
        match item {
            "PH" => days.public_holiday = true,
            "SH" => days.school_holiday = true,
            _ => match item.split_once('-') {
                Some((a, b)) => {
                    let (a, b) = (day(a)?, day(b)?);
                    // "Sa-Mo" wraps over the week's end.
                    let mut d = a;
                    loop {
                        days.weekdays |= 1 << d;
                        if d == b {
                            break;
                        }
                        d = (d + 1) % 7;
                    }
                }
                None => days.weekdays |= 1 << day(item)?,
            },
        }
    }
    Some(days)
}

fn rule(s: &str) -> Option<Rule> {
    let s = s.trim();
    if s == "24/7" {
        return Some(Rule { days: None, spans: vec![(0, 1440)] });
    }
    // The selector ends where the first time (a digit) or off/closed begins.
    let at = s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len());
    let (head, times) = s.split_at(at);
    let (head, off) = match head.trim().strip_suffix("off").or_else(|| head.trim().strip_suffix("closed")) {
        Some(h) => (h.trim(), true),
        None => (head.trim(), false),
    };
    let days = if head.is_empty() { None } else { Some(selector(head)?) };
    if off {
        return times.trim().is_empty().then_some(Rule { days, spans: Vec::new() });
    }
    let spans: Option<Vec<_>> = times.split(',').map(|t| span(t.trim())).collect();
    let spans = spans.filter(|s| !s.is_empty())?;
    Some(Rule { days, spans })
}

impl Hours {
    /// The value, if it is one the map can evaluate.
    pub fn parse(value: &str) -> Option<Self> {
        let mut rules = Vec::new();
        // "Mo-Fr 08:00-12:00,13:00-16:00; Sa 10:00-12:00; PH off"
        for part in value.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            // "Mo-Fr 08:00-16:00, Sa 10:00-12:00": a comma before a weekday starts a rule too.
            let mut pieces: Vec<String> = Vec::new();
            for item in part.split(',') {
                let starts_rule = item.trim_start().starts_with(|c: char| c.is_ascii_alphabetic());
                match pieces.last_mut() {
                    Some(last) if !starts_rule || last.trim_end().ends_with(|c: char| c.is_ascii_alphabetic()) => {
                        last.push(',');
                        last.push_str(item);
                    }
                    _ => pieces.push(item.to_string()),
                }
            }
            for p in pieces {
                rules.push(rule(&p)?);
            }
        }
        if rules.is_empty() {
            return None;
        }
        let uses_school_holidays = rules.iter().any(|r| r.days.is_some_and(|d| d.school_holiday));
        let always = rules.iter().all(|r| r.days.is_none() && r.spans == [(0, 1440)]);
        Some(Self { rules, uses_school_holidays, always })
    }

    /// The spans of one day: the last rule that names it wins.
    fn spans(&self, date: Date, school: &[(Date, Date)]) -> &[(u16, u16)] {
        let sh = school.iter().any(|(from, to)| *from <= date && date <= *to);
        let (wd, ph) = (weekday(date), holiday(date).is_some());
        self.rules
            .iter()
            .rev()
            .find(|r| {
                r.days
                    .is_none_or(|d| d.weekdays & (1 << wd) != 0 || (d.public_holiday && ph) || (d.school_holiday && sh))
            })
            .map_or(&[], |r| r.spans.as_slice())
    }

    /// Open or closed at `now` (local time in the district). `school` tells school holidays;
    /// None when the config has none, which leaves values that use `SH` unknown.
    pub fn status(&self, now: LocalTime, school: Option<&[(Date, Date)]>) -> Status {
        let school = match school {
            Some(ranges) => ranges,
            None if self.uses_school_holidays => return Status::Unknown,
            None => &[],
        };
        if self.always {
            return Status::Open { until: None };
        }
        let m = now.minute;
        // Yesterday's spans that run past midnight, then today's.
        let yesterday = add_days(now.date, -1);
        let carried = self.spans(yesterday, school).iter().filter(|s| s.1 > 1440).map(|s| (0, s.1 - 1440));
        let today: Vec<(u16, u16)> = carried.chain(self.spans(now.date, school).iter().copied()).collect();
        if let Some(open) = today.iter().find(|s| s.0 <= m && m < s.1) {
            // Spans that meet ("08:00-12:00,12:00-16:00") are one opening.
            let mut until = open.1;
            while let Some(next) = today.iter().find(|s| s.0 <= until && s.1 > until) {
                until = next.1;
            }
            return Status::Open { until: Some(until % 1440) };
        }
        for ahead in 0..22 {
            let date = add_days(now.date, ahead);
            let mut starts: Vec<u16> = self.spans(date, school).iter().map(|s| s.0).collect();
            crate::sort::sort(&mut starts);
            if let Some(&start) = starts.iter().find(|&&s| ahead > 0 || s > m) {
                return Status::Closed { next: Some(LocalTime { date, minute: start }) };
            }
        }
        Status::Closed { next: None }
    }
}

/// The status of an `opening_hours` value at `now`, with the config's school holidays (None when it
/// lists none); None for no value or one the map cannot evaluate.
pub fn status_of(value: Option<&str>, now: LocalTime, school: Option<&[(Date, Date)]>) -> Option<Status> {
    Some(Hours::parse(value?.trim())?.status(now, school))
}

/// "08:00" from minutes since midnight.
pub fn clock(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, time: &str) -> LocalTime {
        LocalTime { date: Date::parse(date).unwrap(), minute: super::time(time).unwrap() }
    }

    fn status(value: &str, date: &str, t: &str) -> Status {
        Hours::parse(value).unwrap().status(at(date, t), None)
    }

    const OFFICE: &str = "Mo-Fr 08:00-12:00,13:00-16:00; Sa 10:00-12:00; PH off";

    #[test]
    fn a_weekday_a_sunday_an_evening_and_a_holiday() {
        // 2026-12-01 is a Tuesday.
        assert_eq!(status(OFFICE, "2026-12-01", "09:30"), Status::Open { until: Some(12 * 60) });
        assert_eq!(
            status(OFFICE, "2026-12-01", "12:30"),
            Status::Closed { next: Some(at("2026-12-01", "13:00")) },
            "lunch break"
        );
        assert_eq!(
            status(OFFICE, "2026-12-01", "18:00"),
            Status::Closed { next: Some(at("2026-12-02", "08:00")) },
            "evening"
        );
        // Sunday 2026-11-29: next is Monday.
        assert_eq!(status(OFFICE, "2026-11-29", "11:00"), Status::Closed { next: Some(at("2026-11-30", "08:00")) });
        // Reformationstag 2026 is a Saturday; 2025 it was a Friday: closed, open again Saturday.
        assert_eq!(status(OFFICE, "2025-10-31", "10:00"), Status::Closed { next: Some(at("2025-11-01", "10:00")) });
        // Christmas 2026: Friday 25th and Saturday 26th are holidays, so Monday 28th.
        assert_eq!(status(OFFICE, "2026-12-24", "17:00"), Status::Closed { next: Some(at("2026-12-28", "08:00")) });
        // Without "PH off" a holiday is a normal day (as OSM has it).
        assert_eq!(status("Mo-Fr 08:00-16:00", "2025-10-31", "10:00"), Status::Open { until: Some(16 * 60) });
    }

    #[test]
    fn the_forms_in_use() {
        assert_eq!(status("24/7", "2026-12-01", "03:00"), Status::Open { until: None });
        assert_eq!(status("Mo,We 09:00-17:00", "2026-12-02", "10:00"), Status::Open { until: Some(17 * 60) });
        assert_eq!(
            status("Mo,We 09:00-17:00", "2026-12-01", "10:00"),
            Status::Closed { next: Some(at("2026-12-02", "09:00")) }
        );
        // Past midnight: Friday's 22:00-02:00 is still open early on Saturday.
        assert_eq!(status("Fr 22:00-02:00", "2026-12-05", "01:00"), Status::Open { until: Some(2 * 60) });
        assert_eq!(status("Fr 22:00-02:00", "2026-12-04", "23:00"), Status::Open { until: Some(2 * 60) });
        // Spans that meet are one opening; a comma before a weekday starts a new rule.
        assert_eq!(
            status("Mo-Fr 08:00-12:00,12:00-16:00", "2026-12-01", "09:00"),
            Status::Open { until: Some(16 * 60) }
        );
        assert_eq!(
            status("Mo-Fr 08:00-16:00, Sa 10:00-12:00", "2026-12-05", "11:00"),
            Status::Open { until: Some(12 * 60) }
        );
        // Later rules override: Friday shorter.
        assert_eq!(
            status("Mo-Fr 08:00-16:00; Fr 08:00-12:00", "2026-12-04", "13:00"),
            Status::Closed { next: Some(at("2026-12-07", "08:00")) }
        );
        assert_eq!(
            status("Mo-Su 10:00-18:00; Mo off", "2026-11-30", "11:00"),
            Status::Closed { next: Some(at("2026-12-01", "10:00")) }
        );
        assert_eq!(status("Sa-Mo 10:00-12:00", "2026-11-29", "11:00"), Status::Open { until: Some(12 * 60) });
        assert_eq!(
            status("Mo 08:00-09:00", "2026-12-01", "10:00"),
            Status::Closed { next: Some(at("2026-12-07", "08:00")) }
        );
        assert_eq!(status("PH off", "2026-12-01", "10:00"), Status::Closed { next: None });
    }

    #[test]
    fn school_holidays_only_when_the_config_has_them() {
        let h = Hours::parse("Mo-Fr 08:00-16:00; SH off").unwrap();
        assert_eq!(h.status(at("2026-12-01", "10:00"), None), Status::Unknown);
        let in_holidays = [(Date::parse("2026-12-21").unwrap(), Date::parse("2027-01-05").unwrap())];
        assert_eq!(h.status(at("2026-12-01", "10:00"), Some(&in_holidays)), Status::Open { until: Some(16 * 60) });
        assert_eq!(
            h.status(at("2026-12-22", "10:00"), Some(&in_holidays)),
            Status::Closed { next: Some(at("2027-01-06", "08:00")) }
        );
    }

    #[test]
    fn what_the_map_does_not_guess() {
        for v in [
            "",
            "Mo-Fr 08:00-16:00 \"nach Vereinbarung\"",
            "Jan-Mar Mo-Fr 08:00-16:00",
            "Mo-Fr sunrise-sunset",
            "week 1-10 Mo 10:00-12:00",
            "Mo-Fr 8-16",
            "Xy 08:00-16:00",
            "Mo-Fr 25:00-26:00",
        ] {
            assert_eq!(Hours::parse(v), None, "{v}");
        }
        assert_eq!(clock(8 * 60 + 5), "08:05");
    }
}
