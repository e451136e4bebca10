//! A place as the editors' form changes it, checked by the editors' checker itself (so the form
//! and `bildungskarte-data check` never disagree), each problem tied to the form's field.

use crate::check::{Finding, Options};
use crate::geo::LonLat;
use crate::i18n::Describe;
use crate::model::{Category, Date, Kind, Lang, Locality, Problem, Severity, phone_href, website_href};
use serde::Deserialize;
use serde_json::{Map, Value};

#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    /// The property key (`phone`), `position` for the geometry, "" for the place as a whole.
    pub field: String,
    pub severity: Severity,
    pub code: &'static str,
    /// The checker's sentence, without "Eintrag 1": the form shows it at the field.
    pub message: String,
}

/// The form's field of a finding's path in the feature: a property's key (`phone`), `position`
/// for the geometry, "" for the place as a whole; an event's member (`events/0/end`) and an
/// offer (`offers/0`) by their row, since the form has a field for each.
fn field_of(path: &str, props: Option<&Map<String, Value>>) -> String {
    if path == "geometry" || path.starts_with("geometry/") {
        return "position".to_string();
    }
    let Some(rest) = path.strip_prefix("properties/") else { return String::new() };
    let mut parts = rest.split('/');
    let key = parts.next().unwrap_or(rest);
    let row = parts.next().filter(|i| i.parse::<usize>().is_ok());
    match (key, row, parts.next()) {
        ("events", Some(i), Some(member)) => format!("events/{i}/{member}"),
        ("events" | "offers", Some(i), _) => format!("{key}/{i}"),
        // A key of the file may hold `[` or `.`; else they are the model's `offers[].year`.
        _ if props.is_some_and(|p| p.contains_key(key)) => key.to_string(),
        _ => key.split(['[', '.']).next().unwrap_or(key).to_string(),
    }
}

/// The place's id as the map reads it: `properties.id` as text or number, else the feature's own.
fn id_of(feature: &Value) -> Option<String> {
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let id = feature["properties"].get("id").filter(|v| !v.is_null()).map_or_else(|| text(&feature["id"]), text);
    id.filter(|s| !s.is_empty())
}

/// The config's categories as the config reader reads them; None where it has none to read, which
/// the checker takes as no config. Only this member is read: reading and checking the whole config
/// (thousands of localities) on every keystroke took milliseconds, and the page reports a broken
/// config anyway.
fn categories_of(config: &Value) -> Option<Vec<Category>> {
    Vec::<Category>::deserialize(&config["categories"]).ok().filter(|c| !c.is_empty())
}

/// The config's localities that may bear on the place's postcode: those with its postcode or in
/// its town. Only these are read, for the same reason as `categories_of`.
fn localities_for(feature: &Value, config: Option<&Value>) -> Vec<Locality> {
    let props = &feature["properties"];
    let postcode = match &props["postcode"] {
        Value::Number(n) => n.to_string(),
        v => v.as_str().unwrap_or_default().trim().to_string(),
    };
    let town = crate::search::fold(props["city"].as_str().unwrap_or_default());
    let Some(all) = config.and_then(|c| c["localities"].as_array()) else { return Vec::new() };
    all.iter()
        .filter_map(|l| {
            let code = l["postcode"].as_str().map(str::trim).filter(|c| !c.is_empty())?;
            let name = l["name"].as_str()?.trim();
            if code != postcode && (town.is_empty() || crate::search::fold(name) != town) {
                return None;
            }
            let at = LonLat::new(l["at"][0].as_f64()?, l["at"][1].as_f64()?);
            Some(Locality { name: name.to_string(), postcode: Some(code.to_string()), at })
        })
        .collect()
}

/// Checks one feature (a GeoJSON Feature) as the checker checks a file with just this feature,
/// with the categories of `config` (the parsed `config.json`; without one every category is
/// accepted, as in the checker). `other_ids` says whether an id is used by another place in any
/// file.
pub fn check_feature(
    feature: &Value,
    config: Option<&Value>,
    other_ids: impl Fn(&str) -> bool,
    lang: Lang,
    today: Date,
) -> Vec<FieldProblem> {
    let district = crate::check::postcode::district(None, &localities_for(feature, config));
    let opts = Options { lang, today, district, ..Options::default() };
    let categories = config.and_then(categories_of);
    let props = feature["properties"].as_object();
    let mut problems: Vec<FieldProblem> = crate::check::check_feature(feature, categories.as_deref(), &opts)
        .into_iter()
        .map(|Finding { path, severity, code, message }| FieldProblem {
            field: field_of(&path, props),
            severity,
            code,
            message,
        })
        .collect();
    if let Some(id) = id_of(feature).filter(|id| other_ids(id)) {
        // The checker names the file that has the id first; the caller only says that one has it.
        let p = Problem::error(Kind::DuplicateId { id, first_file: "…".to_string() });
        // An error as every model problem is in the checker's report.
        problems.push(FieldProblem {
            field: "id".to_string(),
            severity: Severity::Error,
            code: p.code(),
            message: p.message(lang),
        });
    }
    problems
}

/// The map shows the place: what the model cannot read as a place (no name, no position, an
/// unknown category …) is left out; every other problem leaves out or marks a value, not the place.
pub fn map_shows(feature: &Value, config: Option<&Value>) -> bool {
    let categories = config.and_then(categories_of).unwrap_or_else(|| {
        // Without a config every category is accepted, as in the checker.
        feature["properties"]["category"].as_str().map(Category::plain).into_iter().collect()
    });
    crate::model::place_of(feature.clone(), &categories).is_some()
}

/// A phone number as typed is one the map can call (the checker's rule); a blank field is fine,
/// the phone is optional.
pub fn phone_ok(s: &str) -> bool {
    s.trim().is_empty() || phone_href(s).is_some()
}

/// A website as typed: the address the map links to (a bare host gets `https://`; "" for a blank
/// field), or the checker's code for why the map will not link it.
pub fn website(s: &str) -> Result<String, &'static str> {
    if s.trim().is_empty() {
        return Ok(String::new());
    }
    website_href(s).ok_or_else(|| Problem::warning(Kind::InvalidWebsite { value: s.to_string() }).code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn today() -> Date {
        Date::parse("2026-12-06").unwrap()
    }

    fn config() -> Value {
        serde_json::from_str(include_str!("../../public/config.json")).unwrap()
    }

    /// The example of docs/datenformat.md, with `changes` made to its properties.
    fn place(changes: Value) -> Value {
        let mut f = json!({ "type": "Feature",
            "geometry": { "type": "Point", "coordinates": [10.224183, 53.364249] },
            "properties": {
              "id": "bbs-winsen", "name": "Berufsbildende Schulen Winsen (Luhe)", "category": "schule",
              "street": "Bürgerweide 20", "postcode": "21423", "city": "Winsen (Luhe)",
              "phone": "04171 8819-0", "website": "https://bbs-winsen.de",
              "offers": ["Kaufmann/Kauffrau im Einzelhandel"], "audiences": ["pupils", "adults"],
              "opening_hours": "Mo-Fr 08:00-16:00", "wheelchair": "yes", "updated": "2026-10-01" } });
        for (k, v) in changes.as_object().unwrap() {
            f["properties"][k] = v.clone();
        }
        f
    }

    fn check(f: &Value, lang: Lang) -> Vec<FieldProblem> {
        check_feature(f, Some(&config()), |_| false, lang, today())
    }

    fn fields(problems: &[FieldProblem]) -> Vec<(&str, &str)> {
        problems.iter().map(|p| (p.field.as_str(), p.code)).collect()
    }

    #[test]
    fn a_clean_place_has_no_problems() {
        assert_eq!(check(&place(json!({})), Lang::De), []);
        let remote = json!({ "type": "Feature", "geometry": null,
            "properties": { "id": "t", "name": "Telefon", "category": "beratung", "modes": ["phone"] } });
        assert_eq!(check(&remote, Lang::De), []);
    }

    #[test]
    fn a_bad_phone_is_the_phone_field_in_the_checker_words() {
        let problems = check(&place(json!({ "phone": "ruf an" })), Lang::De);
        assert_eq!(fields(&problems), [("phone", "invalid-phone")]);
        assert_eq!(problems[0].message, "„phone“ ist keine Telefonnummer: „ruf an“");
        assert_eq!(problems[0].severity, Severity::Error, "as in the checker's report");
        let en = check(&place(json!({ "phone": "ruf an" })), Lang::En);
        assert_eq!(en[0].message, "\"phone\" is not a phone number: \"ruf an\"");
    }

    #[test]
    fn swapped_coordinates_are_the_position() {
        let mut f = place(json!({}));
        f["geometry"]["coordinates"] = json!([53.364249, 10.224183]);
        let problems = check(&f, Lang::De);
        assert_eq!(fields(&problems), [("position", "swapped-coordinates")]);
        assert!(problems[0].message.contains("vertauscht"), "{}", problems[0].message);
        f["geometry"] = Value::Null;
        assert_eq!(fields(&check(&f, Lang::De)), [("position", "missing-geometry")]);
    }

    #[test]
    fn an_unknown_category_is_the_category_unless_there_is_no_config() {
        let f = place(json!({ "category": "bäckerei" }));
        let problems = check(&f, Lang::De);
        assert_eq!(fields(&problems), [("category", "unknown-category")]);
        assert!(problems[0].message.contains("schule, betrieb, beratung"), "{}", problems[0].message);
        assert_eq!(check_feature(&f, None, |_| false, Lang::De, today()), []);
        for broken in [json!({ "categories": [] }), json!({ "categories": "schule" }), json!({})] {
            assert_eq!(check_feature(&f, Some(&broken), |_| false, Lang::De, today()), [], "{broken}");
        }
    }

    #[test]
    fn a_duplicate_id_is_the_id() {
        let problems = check_feature(&place(json!({})), Some(&config()), |id| id == "bbs-winsen", Lang::De, today());
        assert_eq!(fields(&problems), [("id", "duplicate-id")]);
        assert!(problems[0].message.starts_with("ID „bbs-winsen“ ist doppelt"), "{}", problems[0].message);
        let other = check_feature(&place(json!({})), Some(&config()), |id| id == "other", Lang::De, today());
        assert_eq!(other, []);
    }

    #[test]
    fn every_field_is_named() {
        let f = place(json!({
            "name": null, "website": "javascript:alert(1)", "audiences": ["pupils", "kids"],
            "updated": "2020-01-01", "opening_hours": "Mo-Fr 8 bis 16", "offers": [{ "de": "Kurs", "xx": "?" }],
            "events": [{ "title": "Messe", "start": "bald" }], "opening_hour": "Mo 08:00-12:00",
        }));
        let problems = check(&f, Lang::En);
        let mut got = fields(&problems);
        got.sort();
        assert_eq!(
            got,
            [
                ("audiences", "unknown-value"),
                ("events/0/start", "invalid-date-time"),
                ("name", "missing-field"),
                ("offers/0", "unknown-language"),
                ("opening_hour", "possible-typo"),
                ("opening_hours", "invalid-opening-hours"),
                ("updated", "stale"),
                ("website", "invalid-website"),
            ]
        );
    }

    #[test]
    fn an_event_s_problems_are_at_its_members() {
        let new = check(&place(json!({ "events": [{}] })), Lang::De);
        assert_eq!(fields(&new), [("events/0/title", "empty-field")], "a new event: its title first");
        let untimed = check(&place(json!({ "events": [{ "title": "Messe" }] })), Lang::De);
        assert_eq!(fields(&untimed), [("events/0/start", "empty-field")], "then its start");
        let events = json!([{ "title": "Tag", "start": "2027-01-01" },
            { "title": "Messe", "start": "2027-03-10T10:00", "end": "2027-03-01" }]);
        let problems = check(&place(json!({ "events": events })), Lang::De);
        assert_eq!(fields(&problems), [("events/1/end", "end-before-start")]);
        assert!(problems[0].message.contains("vor dem Beginn"), "{}", problems[0].message);
        assert!(!problems[0].message.contains("lesbar"), "the end is readable: {}", problems[0].message);
        let unread =
            check(&place(json!({ "events": [{ "title": "Messe", "start": "2027-03-10", "end": "bald" }] })), Lang::De);
        assert_eq!(fields(&unread), [("events/0/end", "invalid-date-time")]);
        let kind =
            check(&place(json!({ "events": [{ "title": "M", "start": "2027-03-10", "kind": "fest" }] })), Lang::De);
        assert_eq!(fields(&kind), [("events/0/kind", "unknown-event-kind")]);
        let offer = check(&place(json!({ "offers": ["Kurs", { "de": "Kurs", "xx": "?" }] })), Lang::De);
        assert_eq!(fields(&offer), [("offers/1", "unknown-language")]);
    }

    #[test]
    fn the_map_leaves_out_only_places_it_cannot_read() {
        let shows = |changes: Value| map_shows(&place(changes), Some(&config()));
        assert!(shows(json!({})));
        assert!(shows(json!({ "phone": "ruf an", "opening_hours": "Mo-Fr 8 bis 16" })), "wrong details, shown");
        assert!(shows(json!({ "events": [{}] })), "an event without a title is left out, the place is not");
        assert!(!shows(json!({ "name": null })), "no name");
        assert!(!shows(json!({ "category": "bäckerei" })), "a category the config does not know");
        assert!(map_shows(&place(json!({ "category": "bäckerei" })), None), "without a config every category");
    }

    #[test]
    fn a_postcode_is_checked_at_its_field_with_the_config_s_localities() {
        let problems = check(&place(json!({ "postcode": "2144" })), Lang::De);
        assert_eq!(fields(&problems), [("postcode", "invalid-postcode")]);
        assert!(problems[0].message.starts_with("Die Postleitzahl „2144“"), "{}", problems[0].message);
        let problems = check(&place(json!({ "postcode": "21217", "city": "Seevetal" })), Lang::De);
        assert_eq!(fields(&problems), [("postcode", "postcode-outside-district")]);
        assert!(problems[0].message.ends_with("21218 (Seevetal)"), "{}", problems[0].message);
        let mut config = config();
        config["localities"] = json!([{ "name": "Meckelfeld", "postcode": "21217", "at": [10.02, 53.42] }]);
        let f = place(json!({ "postcode": "21217", "city": "Seevetal" }));
        assert_eq!(check_feature(&f, Some(&config), |_| false, Lang::De, today()), []);
    }

    #[test]
    fn phones_and_websites_as_typed() {
        assert!(phone_ok("04171 8819-0") && phone_ok("+49 (0) 4171 693-9725") && phone_ok(" "));
        assert!(!phone_ok("ruf an") && !phone_ok("12"));
        assert_eq!(website("www.bbs-winsen.de").as_deref(), Ok("https://www.bbs-winsen.de"));
        assert_eq!(website("http://example.org").as_deref(), Ok("http://example.org"));
        assert_eq!(website("javascript:alert(1)"), Err("invalid-website"));
        assert_eq!(website(""), Ok(String::new()));
    }

    /// A large config is read (its categories count), as on every keystroke in the browser. How
    /// long it takes is the benchmark's to say (BENCHMARKS.md), not a test's.
    #[test]
    fn a_large_config_is_read() {
        let mut config = config();
        let categories: Vec<Value> = (0..300)
            .map(|i| json!({ "id": format!("kategorie-{i}"), "label": { "de": "K", "en": "C" }, "color": "#123456" }))
            .chain(config["categories"].as_array().unwrap().iter().cloned())
            .collect();
        config["categories"] = Value::Array(categories);
        config["localities"] =
            (0..3000).map(|i| json!({ "name": format!("Ort {i}"), "postcode": "21423", "at": [10.0, 53.3] })).collect();
        let f = place(json!({ "phone": "ruf an", "audiences": ["kids"] }));
        assert_eq!(check_feature(&f, Some(&config), |id| id == "x", Lang::De, today()).len(), 2);
    }
}
