//! Checks only editors need: opening hours, vocabularies, typos, and plausibility warnings.

use super::spans::Spans;
use super::{Diagnostic, Options, Report, Severity};
use crate::geo::{LonLat, distance_m};
use crate::i18n::Describe;
use crate::model::{AUDIENCES, Category, Date, KNOWN_PROPERTIES, Kind, MODES, STAGES, parse_source};
use crate::search::fold;
use serde_json::Value;

/// A named place seen so far, for the near-duplicate warning.
pub struct Seen {
    file: String,
    index: usize,
    name: String,
    at: LonLat,
    line: usize,
    column: usize,
    excerpt: String,
}

/// Categories as used in a file, for checking a lone file without a config.
pub fn categories_in(root: Option<&Value>) -> Vec<Category> {
    let mut ids: Vec<&str> = root
        .and_then(|v| v["features"].as_array())
        .map(|fs| fs.iter().filter_map(|f| f["properties"]["category"].as_str()).collect())
        .unwrap_or_default();
    ids.sort();
    ids.dedup();
    ids.into_iter().map(Category::plain).collect()
}

fn diag(
    file: &str,
    text: &str,
    spans: &Spans,
    offset: usize,
    severity: Severity,
    code: &'static str,
    message: String,
) -> Diagnostic {
    let (line, column) = spans.line_col(offset, text);
    Diagnostic {
        file: file.to_string(),
        line,
        column,
        severity,
        code,
        message,
        excerpt: spans.excerpt_at(text, offset),
    }
}

/// "Eintrag 3 („Name“): …", like the model's messages.
fn located(lang: crate::model::Lang, i: usize, props: &serde_json::Map<String, Value>, m: String) -> String {
    let label = match props.get("name") {
        Some(Value::String(n)) if !n.trim().is_empty() => Some(n.trim().to_string()),
        Some(Value::Object(o)) => o.get("de").and_then(Value::as_str).map(String::from),
        _ => props.get("id").and_then(Value::as_str).map(String::from),
    };
    match &label {
        Some(l) => format!("{}: {m}", crate::ctr!(lang, "at-feature-named", n = i + 1, place = l.as_str())),
        None => format!("{}: {m}", crate::ctr!(lang, "at-feature", n = i + 1)),
    }
}

/// A key written twice in one object, reported at the second: only its value is read (by the
/// widget as by any JSON reader), so the first is lost without a word.
fn duplicate_keys(file: &str, text: &str, root: &Value, spans: &Spans, opts: &Options, report: &mut Report) {
    let empty = serde_json::Map::new();
    for d in spans.duplicates() {
        let (line, column) = spans.line_col(d.first, text);
        let m = crate::ctr!(opts.lang, "c-duplicate-key", key = d.key.as_str(), line = line, column = column);
        // Inside a feature the message names it, as every other message about a feature does.
        let feature = d.path.strip_prefix("features/").and_then(|rest| rest.split('/').next()?.parse::<usize>().ok());
        let m = match feature {
            Some(i) if d.path.matches('/').count() > 1 => {
                let props = root["features"][i]["properties"].as_object().unwrap_or(&empty);
                located(opts.lang, i, props, m)
            }
            _ => m,
        };
        report.diagnostics.push(diag(file, text, spans, d.second, Severity::Warning, "duplicate-key", m));
    }
}

/// Distance in metres from a point to a box (0 inside).
fn distance_to(area: &crate::geo::Bounds, p: LonLat) -> f64 {
    distance_m(p, area.clamp(p))
}

/// Where in a feature a rule's finding is, relative to the feature: the value under a path
/// (`properties/phone`), or a property's key (a misspelt name is in the key, not its value).
pub enum At {
    Value(String),
    Key(String),
}

pub fn check_features(
    file: &str,
    text: &str,
    root: &Value,
    spans: &Spans,
    opts: &Options,
    seen: &mut Vec<Seen>,
    report: &mut Report,
) {
    duplicate_keys(file, text, root, spans, opts, report);
    let Some(features) = root["features"].as_array() else { return };
    for (i, f) in features.iter().enumerate() {
        let base = format!("features/{i}");
        let Some(props) = f["properties"].as_object() else { continue };
        let point = feature_rules(f, opts, |at, severity, code, m| {
            let offset = match at {
                At::Value(path) => spans.value(&format!("{base}/{path}")).or_else(|| spans.value(&base)),
                At::Key(path) => spans.key(&format!("{base}/{path}")),
            };
            let m = located(opts.lang, i, props, m);
            report.diagnostics.push(diag(file, text, spans, offset.unwrap_or(0), severity, code, m))
        });
        let Some(p) = point else { continue };
        let name = match props.get("name") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Object(o)) => o.get("de").and_then(Value::as_str).unwrap_or_default().to_string(),
            _ => String::new(),
        };
        if !name.trim().is_empty() {
            let offset = spans.value(&base).unwrap_or(0);
            let (line, column) = spans.line_col(offset, text);
            seen.push(Seen {
                file: file.to_string(),
                index: i,
                name: fold(&name),
                at: p,
                line,
                column,
                excerpt: spans.excerpt_at(text, offset),
            });
        }
    }
}

/// The editors' rules for one feature, each finding said without naming the feature (the caller
/// knows which it is). Returns the feature's point when it is a valid one, for near-duplicates.
pub fn feature_rules(
    f: &Value,
    opts: &Options,
    mut push: impl FnMut(At, Severity, &'static str, String),
) -> Option<LonLat> {
    let props = f["properties"].as_object()?;
    let lang = opts.lang;
    let at = |path: &str| At::Value(path.to_string());
    if let Some(oh) = props.get("opening_hours").and_then(Value::as_str) {
        if !oh.trim().is_empty() && opening_hours_syntax::parse(oh.trim()).is_err() {
            let m = crate::ctr!(lang, "c-invalid-opening-hours", value = oh);
            push(at("properties/opening_hours"), Severity::Error, "invalid-opening-hours", m);
        } else if !oh.trim().is_empty() && crate::model::Hours::parse(oh.trim()).is_none() {
            // Valid, but beyond what the map evaluates: it will say "Öffnungszeiten unbekannt".
            let m = crate::ctr!(lang, "c-opening-hours-not-evaluated", value = oh);
            push(at("properties/opening_hours"), Severity::Warning, "opening-hours-not-evaluated", m);
        }
    }
    for (field, known) in [("audiences", AUDIENCES), ("stages", STAGES), ("modes", MODES)] {
        let values: Vec<(usize, &str)> = match props.get(field) {
            Some(Value::Array(a)) => a.iter().enumerate().filter_map(|(j, v)| v.as_str().map(|s| (j, s))).collect(),
            Some(Value::String(s)) => s.split(';').map(|x| (usize::MAX, x.trim())).collect(),
            _ => Vec::new(),
        };
        for (j, v) in values {
            if !v.is_empty() && !known.contains(&v) {
                let path =
                    if j == usize::MAX { format!("properties/{field}") } else { format!("properties/{field}/{j}") };
                let m = crate::ctr!(lang, "c-unknown-value", field = field, value = v, known = known.join(", "));
                push(at(&path), Severity::Error, "unknown-value", m);
            }
        }
    }
    // A text in a language the map does not speak is never shown: name the languages it knows.
    let known_langs = crate::model::LANGS.map(crate::model::Lang::code).join(", ");
    let mut texts: Vec<(String, String, &Value)> = ["name", "description"]
        .into_iter()
        .filter_map(|f| props.get(f).map(|v| (f.to_string(), format!("properties/{f}"), v)))
        .collect();
    for (j, o) in props.get("offers").and_then(Value::as_array).into_iter().flatten().enumerate() {
        texts.push((format!("offers[{}]", j + 1), format!("properties/offers/{j}"), o));
    }
    for (field, path, value) in texts {
        for code in value.as_object().into_iter().flat_map(|o| o.keys()).filter(|k| *k != "year") {
            if crate::model::Lang::from_tag(code).is_none_or(|l| l.code() != code.to_ascii_lowercase()) {
                let m = crate::ctr!(
                    lang,
                    "c-unknown-value",
                    field = field.as_str(),
                    value = code.as_str(),
                    known = known_langs.as_str()
                );
                push(at(&format!("{path}/{code}")), Severity::Warning, "unknown-language", m);
            }
        }
    }
    // A kind the map does not know is shown as written: say so, with the kinds it knows.
    for (j, e) in props.get("events").and_then(Value::as_array).into_iter().flatten().enumerate() {
        let Some(kind) = e.get("kind").and_then(Value::as_str).filter(|k| !k.trim().is_empty()) else { continue };
        if !crate::model::EVENT_KINDS.contains(&crate::model::event_kind(kind).as_str()) {
            let field = format!("events[{}].kind", j + 1);
            let known = crate::model::EVENT_KINDS.join(", ");
            let m = crate::ctr!(lang, "c-unknown-value", field = field, value = kind, known = known);
            push(at(&format!("properties/events/{j}/kind")), Severity::Warning, "unknown-event-kind", m);
        }
    }
    for key in props.keys() {
        if KNOWN_PROPERTIES.contains(&key.as_str()) || key.chars().count() < 4 {
            continue;
        }
        let best = KNOWN_PROPERTIES
            .iter()
            .map(|k| (strsim::damerau_levenshtein(&key.to_lowercase(), k), *k))
            .filter(|(d, _)| *d <= 2)
            .min();
        if let Some((_, k)) = best {
            let m = crate::ctr!(lang, "c-possible-typo", key = key.as_str(), known = k);
            push(At::Key(format!("properties/{key}")), Severity::Warning, "possible-typo", m);
        }
    }
    if let Some(d) = props.get("updated").and_then(Value::as_str).and_then(Date::parse)
        && d < opts.today.months_before(opts.max_age_months)
    {
        let m = crate::ctr!(lang, "c-stale", date = d.format(lang), months = opts.max_age_months);
        push(at("properties/updated"), Severity::Warning, "stale", m);
    }
    let coords = f["geometry"]["coordinates"].as_array();
    let point = match (f["geometry"]["type"].as_str(), coords) {
        (Some("Point"), Some(c)) if c.len() >= 2 => c[0].as_f64().zip(c[1].as_f64()).map(|(a, b)| LonLat::new(a, b)),
        _ => None,
    };
    super::postcode::rule(props, point.filter(LonLat::is_valid), opts, &mut push);
    let p = point.filter(LonLat::is_valid)?;
    if !opts.area.contains(p) {
        let swapped = LonLat::new(p.lat, p.lon);
        if swapped.is_valid() && opts.area.contains(swapped) {
            let m = crate::ctr!(lang, "c-swapped", lat = p.lat.to_string(), lon = p.lon.to_string());
            push(at("geometry/coordinates"), Severity::Warning, "swapped-coordinates", m);
        } else {
            let km = format!("{:.1}", distance_to(&opts.area, p) / 1000.0);
            let km = if lang == crate::model::Lang::De { km.replace('.', ",") } else { km };
            let m = crate::ctr!(lang, "c-outside-district", km = km);
            push(at("geometry/coordinates"), Severity::Warning, "outside-district", m);
        }
    }
    Some(p)
}

/// A problem of one feature: where in it (`properties/phone`, `geometry/coordinates`, "" for the
/// feature as a whole) and what, said without "Eintrag 1" (the caller shows which place it is).
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub path: String,
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
}

/// Checks one GeoJSON feature as the checker checks a file holding only it, against `categories`
/// (None: no config, every category is accepted). Ids and near-duplicates across places are left
/// to the caller, which knows the other places. For the editors' form, on every keystroke.
pub fn check_feature(feature: &Value, categories: Option<&[Category]>, opts: &Options) -> Vec<Finding> {
    let root = serde_json::json!({ "type": "FeatureCollection", "features": [feature] });
    let text = root.to_string();
    let outcome = match categories {
        Some(c) => parse_source(&text, c),
        None => parse_source(&text, &categories_in(Some(&root))),
    };
    let model = outcome.fatal.into_iter().chain(outcome.problems).map(|p| {
        let path = match &p.kind {
            // The checker points at `properties`, where a missing key would go; a form has the field.
            Kind::Missing { field } => format!("properties/{field}"),
            _ => p.path().unwrap_or_default().strip_prefix("features/0").unwrap_or_default().to_string(),
        };
        let path = path.trim_start_matches('/').to_string();
        // Errors all, as in `check_source`: for editors the map's warnings are mistakes too.
        Finding { path, severity: Severity::Error, code: p.code(), message: p.message(opts.lang) }
    });
    let mut findings: Vec<Finding> = model.collect();
    feature_rules(feature, opts, |at, severity, code, message| {
        let (At::Value(path) | At::Key(path)) = at;
        findings.push(Finding { path, severity, code, message });
    });
    findings
}

/// Two places with the same name within a few metres are nearly always one place entered twice.
pub fn near_duplicates(seen: &[Seen], opts: &Options, report: &mut Report) {
    const NEAR_M: f64 = 50.0;
    let mut by_name: std::collections::HashMap<&str, Vec<&Seen>> = std::collections::HashMap::new();
    for s in seen {
        by_name.entry(s.name.as_str()).or_default().push(s);
    }
    for group in by_name.values().filter(|g| g.len() > 1) {
        for (k, later) in group.iter().enumerate().skip(1) {
            if let Some(first) = group[..k].iter().find(|e| distance_m(e.at, later.at) <= NEAR_M) {
                let m = crate::ctr!(
                    opts.lang,
                    "c-near-duplicate",
                    m = format!("{:.0}", distance_m(first.at, later.at)),
                    other = first.index + 1,
                    file = first.file.as_str()
                );
                report.diagnostics.push(Diagnostic {
                    file: later.file.clone(),
                    line: later.line,
                    column: later.column,
                    severity: Severity::Warning,
                    code: "near-duplicate",
                    message: m,
                    excerpt: later.excerpt.clone(),
                });
            }
        }
    }
}
