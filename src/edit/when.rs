//! An event's start or end as the form's date and time fields change it. The fields show the date
//! and the wall-clock time as written; what they cannot show (seconds, a time zone offset such as
//! `+01:00`) is kept as long as the time itself is not changed.

/// The date and the time of a start or end as written (`2027-01-16`, `2027-01-16T10:00`,
/// `2027-01-16T18:00:00+01:00` → `18:00`).
pub fn split(value: &str) -> (String, String) {
    let date = value.get(..10).unwrap_or(value).to_string();
    let time = value.get(11..16).unwrap_or_default().to_string();
    (date, time)
}

/// The value after the date field (`date`) or the time field (`time`) was set; "" once the date
/// is emptied.
pub fn changed(old: &str, date: Option<&str>, time: Option<&str>) -> String {
    let (old_date, old_time) = split(old);
    let date = date.unwrap_or(&old_date);
    let time = time.unwrap_or(&old_time);
    // Seconds and offset belong to the old time of day; a new time means a new moment.
    let rest = if time == old_time { old.get(16..).unwrap_or_default() } else { "" };
    match (date, time) {
        ("", _) => String::new(),
        (d, "") => d.to_string(),
        (d, t) => format!("{d}T{t}{rest}"),
    }
}

/// The end after its date or time field was set. A time without a date of its own ends on the
/// start's day: the form asks for an end date only for events over several days.
pub fn changed_end(old: &str, start: &str, date: Option<&str>, time: Option<&str>) -> String {
    let own_date = date.map_or_else(|| split(old).0, str::to_string);
    match time {
        Some(t) if own_date.is_empty() && !t.is_empty() => changed(&split(start).0, None, Some(t)),
        _ => changed(old, date, time),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WITH_OFFSET: &str = "2027-01-16T18:00:00+01:00";

    #[test]
    fn the_offset_stays_until_the_time_changes() {
        assert_eq!(split(WITH_OFFSET), ("2027-01-16".to_string(), "18:00".to_string()));
        assert_eq!(changed(WITH_OFFSET, Some("2027-01-17"), None), "2027-01-17T18:00:00+01:00", "a new day");
        assert_eq!(changed(WITH_OFFSET, None, Some("18:00")), WITH_OFFSET, "the same time typed again");
        assert_eq!(changed(WITH_OFFSET, None, Some("19:30")), "2027-01-16T19:30", "a new time, in Berlin time");
        assert_eq!(changed("2027-01-16T10:00Z", Some("2027-01-18"), None), "2027-01-18T10:00Z");
        assert_eq!(changed(WITH_OFFSET, None, Some("")), "2027-01-16", "the time removed");
        assert_eq!(changed(WITH_OFFSET, Some(""), None), "", "the date removed");
        assert_eq!(changed("", Some("2027-02-01"), None), "2027-02-01");
        assert_eq!(changed("2027-02-01", None, Some("09:00")), "2027-02-01T09:00");
    }

    #[test]
    fn an_end_time_alone_ends_on_the_start_day() {
        let start = "2027-05-05T18:00";
        assert_eq!(changed_end("", start, None, Some("20:00")), "2027-05-05T20:00");
        assert_eq!(changed_end("", WITH_OFFSET, None, Some("20:00")), "2027-01-16T20:00");
        assert_eq!(changed_end("2027-05-06", start, None, Some("09:00")), "2027-05-06T09:00", "its own day kept");
        assert_eq!(changed_end("2027-05-06T09:00", start, Some(""), None), "", "the end date removed");
        assert_eq!(changed_end("", start, Some("2027-05-07"), None), "2027-05-07");
        assert_eq!(changed_end("", "", None, Some("20:00")), "", "no day to end on yet");
        assert_eq!(changed_end("2027-05-05T20:00", start, None, Some("")), "2027-05-05", "the time removed");
    }
}
