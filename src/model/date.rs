use super::Lang;
use std::fmt;

/// A calendar date as editors write it: `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Days in a month of the Gregorian calendar (0 for a month that does not exist).
fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let t = &s[r];
            t.bytes().all(|c| c.is_ascii_digit()).then(|| t.parse().ok())?
        };
        let (year, month, day) = (num(0..4)?, num(5..7)? as u8, num(8..10)? as u8);
        (year >= 1900 && (1..=days_in_month(year, month)).contains(&day)).then_some(Self { year, month, day })
    }

    /// The same day `months` months earlier (the month's last day where it is shorter).
    pub fn months_before(&self, months: u32) -> Self {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 - i64::from(months);
        let (year, month) = (total.div_euclid(12).max(0) as u16, (total.rem_euclid(12) + 1) as u8);
        Self { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// The date as a reader of `lang` expects it: 24.11.2026, 24 Nov 2026 or 24/11/2026. Digits
    /// joined by `.` or `/` stay one left-to-right run inside right-to-left text (Unicode's bidi
    /// rule W4), so Arabic and Persian need no marks.
    pub fn format(&self, lang: Lang) -> String {
        const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        match lang {
            Lang::En => format!("{} {} {}", self.day, MONTHS[self.month as usize - 1], self.year),
            Lang::Ar | Lang::Fa => format!("{:02}/{:02}/{}", self.day, self.month, self.year),
            Lang::De | Lang::Ls | Lang::Uk | Lang::Tr | Lang::Ru => {
                format!("{:02}.{:02}.{}", self.day, self.month, self.year)
            }
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_earlier() {
        let d = Date::parse("2026-03-31").unwrap();
        assert_eq!(d.months_before(1).to_string(), "2026-02-28");
        assert_eq!(d.months_before(3).to_string(), "2025-12-31");
        assert_eq!(d.months_before(24).to_string(), "2024-03-31");
        assert_eq!(Date::parse("2024-02-29").unwrap().months_before(12).to_string(), "2023-02-28");
        assert_eq!(d.months_before(0), d);
    }

    #[test]
    fn parses_real_dates_only() {
        let d = Date::parse("2024-02-29").unwrap();
        assert_eq!(d.to_string(), "2024-02-29");
        assert_eq!(d.format(Lang::De), "29.02.2024");
        assert_eq!(d.format(Lang::En), "29 Feb 2024");
        for bad in ["2023-02-29", "2024-13-01", "2024-1-01", "24.11.2026", "2024-00-10", "20x4-01-01", ""] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }
}
