//! The dates list ("Termine"): the upcoming dates of the places shown, earliest first, narrowed by
//! kind and month; and which kinds and months there are to choose from.

use crate::model::{Date, Place};

/// A date: (place index, index into that place's `events`).
pub type DateRef = (usize, usize);

/// Every date of the `shown` places that is not over on `today`, by start (ties by place order).
pub fn upcoming(shown: &[usize], places: &[Place], today: Date) -> Vec<DateRef> {
    let mut all: Vec<_> = shown
        .iter()
        .flat_map(|&i| {
            places[i].events.iter().enumerate().filter(|(_, e)| !e.is_past(today)).map(move |(k, e)| (e.start, i, k))
        })
        .collect();
    crate::sort::sort(&mut all);
    all.into_iter().map(|(_, i, k)| (i, k)).collect()
}

/// What the visitor chose: a kind of date and a month (year, month), each optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateQuery {
    pub kind: Option<String>,
    pub month: Option<(u16, u8)>,
}

impl DateQuery {
    fn kind_fits(&self, places: &[Place], (i, k): DateRef) -> bool {
        self.kind.is_none() || places[i].events[k].kind == self.kind
    }

    /// The dates that fit both choices, in their order.
    pub fn apply(&self, dates: &[DateRef], places: &[Place]) -> Vec<DateRef> {
        dates
            .iter()
            .copied()
            .filter(|&d| {
                let start = places[d.0].events[d.1].start.date;
                self.kind_fits(places, d) && self.month.is_none_or(|m| m == (start.year, start.month))
            })
            .collect()
    }

    /// The kinds among `dates` (sorted) and the months that have dates of the chosen kind (in date
    /// order): a month offered always has something to show.
    pub fn choices(&self, dates: &[DateRef], places: &[Place]) -> (Vec<String>, Vec<(u16, u8)>) {
        let (mut kinds, mut months) = (Vec::<String>::new(), Vec::new());
        for &d in dates {
            let e = &places[d.0].events[d.1];
            if let Some(k) = e.kind.as_ref().filter(|k| !kinds.contains(k)) {
                kinds.push(k.clone());
            }
            let m = (e.start.date.year, e.start.date.month);
            if self.kind_fits(places, d) && !months.contains(&m) {
                months.push(m);
            }
        }
        crate::sort::sort(&mut kinds);
        (kinds, months)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, parse_source};

    fn places() -> Vec<Place> {
        let text = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","geometry":{"type":"Point","coordinates":[9.9,53.3]},"properties":{"id":"a","name":"A","category":"s","events":[
            {"title":"Bewerbungsschluss","kind":"deadline","start":"2027-03-31"},
            {"title":"Tag der offenen Tür","kind":"open_day","start":"2027-01-16T10:00"},
            {"title":"Vorbei","kind":"fair","start":"2026-11-01"}]}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[9.8,53.3]},"properties":{"id":"b","name":"B","category":"s","events":[
            {"title":"Praktikumswoche","kind":"internship_week","start":"2027-01-11","end":"2027-01-15"},
            {"title":"Messe","start":"2026-11-30","end":"2026-12-02"}]}}
        ]}"#;
        parse_source(text, &[Category::plain("s")]).places
    }

    fn today() -> Date {
        Date::parse("2026-12-01").unwrap()
    }

    #[test]
    fn upcoming_dates_by_start_past_ones_left_out() {
        let ps = places();
        // Events are sorted by start within a place: a = [fair, open_day, deadline].
        let titles = |ds: &[DateRef]| {
            ds.iter().map(|&(i, k)| ps[i].events[k].title.get(crate::model::Lang::De).to_string()).collect::<Vec<_>>()
        };
        let all = upcoming(&[0, 1], &ps, today());
        assert_eq!(titles(&all), ["Messe", "Praktikumswoche", "Tag der offenen Tür", "Bewerbungsschluss"]);
        assert_eq!(
            titles(&upcoming(&[0], &ps, today())),
            ["Tag der offenen Tür", "Bewerbungsschluss"],
            "only the places shown"
        );
    }

    #[test]
    fn by_kind_and_month_with_choices_that_always_show_something() {
        let ps = places();
        let all = upcoming(&[0, 1], &ps, today());
        let q = DateQuery::default();
        assert_eq!(q.apply(&all, &ps), all);
        let (kinds, months) = q.choices(&all, &ps);
        assert_eq!(kinds, ["deadline", "internship_week", "open_day"], "sorted, a date without a kind adds none");
        assert_eq!(months, [(2026, 11), (2027, 1), (2027, 3)]);
        let january = DateQuery { month: Some((2027, 1)), ..q.clone() };
        assert_eq!(january.apply(&all, &ps).len(), 2);
        let deadlines = DateQuery { kind: Some("deadline".into()), month: None };
        assert_eq!(deadlines.apply(&all, &ps), [(0, 2)]);
        assert_eq!(deadlines.choices(&all, &ps).1, [(2027, 3)], "only months with deadlines");
        let none = DateQuery { kind: Some("deadline".into()), month: Some((2027, 1)) };
        assert!(none.apply(&all, &ps).is_empty());
    }
}
