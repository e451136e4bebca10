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
}
