//! The district's calendar: local time in Europe/Berlin whatever the device's zone, the public
//! holidays of Lower Saxony (Reformationstag included) and the school holidays the config lists.

use super::Date;

/// Days since 1970-01-01 of a date (proleptic Gregorian; Howard Hinnant's days_from_civil).
pub fn days(d: Date) -> i64 {
    let (y, m) = (i64::from(d.year) - i64::from(d.month <= 2), i64::from(d.month));
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` days after 1970-01-01.
pub fn date(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

/// Weekday of a date, Monday = 0 … Sunday = 6.
pub fn weekday(d: Date) -> u8 {
    // 1970-01-01 was a Thursday (3).
    (days(d) + 3).rem_euclid(7) as u8
}

pub fn add_days(d: Date, n: i64) -> Date {
    date(days(d) + n)
}

/// Easter Sunday (Gregorian; the anonymous algorithm of 1876).
pub fn easter(year: u16) -> Date {
    let y = i64::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date { year, month: month as u8, day: day as u8 }
}

/// The public holiday on `d` in Lower Saxony, by its German name, if it is one.
pub fn holiday(d: Date) -> Option<&'static str> {
    let fixed = match (d.month, d.day) {
        (1, 1) => Some("Neujahr"),
        (5, 1) => Some("Tag der Arbeit"),
        (10, 3) => Some("Tag der Deutschen Einheit"),
        (10, 31) => Some("Reformationstag"),
        (12, 25) => Some("1. Weihnachtstag"),
        (12, 26) => Some("2. Weihnachtstag"),
        _ => None,
    };
    fixed.or_else(|| match days(d) - days(easter(d.year)) {
        -2 => Some("Karfreitag"),
        1 => Some("Ostermontag"),
        39 => Some("Christi Himmelfahrt"),
        50 => Some("Pfingstmontag"),
        _ => None,
    })
}

/// A moment as the district's clocks show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub date: Date,
    /// Minutes since midnight, 0..1440.
    pub minute: u16,
}

/// Whether Central European Summer Time holds at this moment (EU rule since 1996: from 01:00 UTC
/// on the last Sunday of March to 01:00 UTC on the last Sunday of October).
fn summer_time(utc_ms: f64) -> bool {
    let day = (utc_ms / 86_400_000.0).floor() as i64;
    let year = date(day).year;
    let last_sunday = |month: u8| {
        let last = days(Date { year, month, day: 31 });
        last - ((last + 3).rem_euclid(7) + 1) % 7
    };
    // Days → ms of 01:00 UTC on that Sunday.
    let at = |d: i64| (d * 86_400_000 + 3_600_000) as f64;
    let (start, end) = (at(last_sunday(3)), at(last_sunday(10)));
    utc_ms >= start && utc_ms < end
}

/// Local time in Europe/Berlin of a moment given in milliseconds since 1970 (UTC), as
/// `Date.now()` gives it.
pub fn berlin(utc_ms: f64) -> LocalTime {
    let offset_ms = if summer_time(utc_ms) { 7_200_000.0 } else { 3_600_000.0 };
    let local = utc_ms + offset_ms;
    let day = (local / 86_400_000.0).floor() as i64;
    let minute = ((local - day as f64 * 86_400_000.0) / 60_000.0).floor() as u16;
    LocalTime { date: date(day), minute: minute.min(1439) }
}

/// Milliseconds since 1970 (UTC) of a Berlin wall-clock time (for calendar files: the earlier one
/// where the clock goes back, the hour after where it jumps).
pub fn berlin_to_utc_ms(t: LocalTime) -> f64 {
    let local = (days(t.date) * 86_400_000 + i64::from(t.minute) * 60_000) as f64;
    let winter = local - 3_600_000.0;
    let summer = local - 7_200_000.0;
    if summer_time(summer) { summer } else { winter }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn days_and_weekdays() {
        assert_eq!(days(d("1970-01-01")), 0);
        assert_eq!(date(days(d("2026-12-01"))), d("2026-12-01"));
        assert_eq!(date(days(d("2000-02-29"))), d("2000-02-29"));
        assert_eq!(weekday(d("2026-12-01")), 1, "a Tuesday");
        assert_eq!(weekday(d("2026-11-29")), 6, "a Sunday");
        assert_eq!(add_days(d("2026-12-31"), 1), d("2027-01-01"));
        for n in -1000..1000 {
            assert_eq!(days(date(n * 37)), n * 37);
        }
    }

    #[test]
    fn holidays_of_lower_saxony() {
        assert_eq!(easter(2026), d("2026-04-05"));
        assert_eq!(easter(2027), d("2027-03-28"));
        assert_eq!(easter(2025), d("2025-04-20"));
        for (day, name) in [
            ("2026-01-01", "Neujahr"),
            ("2026-04-03", "Karfreitag"),
            ("2026-04-06", "Ostermontag"),
            ("2026-05-01", "Tag der Arbeit"),
            ("2026-05-14", "Christi Himmelfahrt"),
            ("2026-05-25", "Pfingstmontag"),
            ("2026-10-03", "Tag der Deutschen Einheit"),
            ("2026-10-31", "Reformationstag"),
            ("2026-12-25", "1. Weihnachtstag"),
            ("2026-12-26", "2. Weihnachtstag"),
        ] {
            assert_eq!(holiday(d(day)), Some(name), "{day}");
        }
        // Not in Lower Saxony: Fronleichnam, Allerheiligen, Heilige Drei Könige, Buß- und Bettag.
        for day in ["2026-06-04", "2026-11-01", "2026-01-06", "2026-11-18", "2026-04-05", "2026-12-24"] {
            assert_eq!(holiday(d(day)), None, "{day}");
        }
    }

    #[test]
    fn berlin_time_whatever_the_device() {
        let utc = |s: &str, h: i64, m: i64| (days(d(s)) * 86_400_000 + (h * 60 + m) * 60_000) as f64;
        // Winter: UTC+1.
        assert_eq!(berlin(utc("2026-12-01", 15, 30)), LocalTime { date: d("2026-12-01"), minute: 16 * 60 + 30 });
        // Summer: UTC+2, and across midnight.
        assert_eq!(berlin(utc("2026-07-01", 22, 30)), LocalTime { date: d("2026-07-02"), minute: 30 });
        // The switches: 2026-03-29 and 2026-10-25 at 01:00 UTC.
        assert_eq!(berlin(utc("2026-03-29", 0, 59)).minute, 1 * 60 + 59);
        assert_eq!(berlin(utc("2026-03-29", 1, 0)).minute, 3 * 60);
        assert_eq!(berlin(utc("2026-10-25", 0, 59)).minute, 2 * 60 + 59);
        assert_eq!(berlin(utc("2026-10-25", 1, 0)).minute, 2 * 60);
        // And back: a wall-clock time to UTC.
        let t = LocalTime { date: d("2026-07-02"), minute: 30 };
        assert_eq!(berlin_to_utc_ms(t), utc("2026-07-01", 22, 30));
        let t = LocalTime { date: d("2026-12-01"), minute: 16 * 60 + 30 };
        assert_eq!(berlin_to_utc_ms(t), utc("2026-12-01", 15, 30));
    }
}
