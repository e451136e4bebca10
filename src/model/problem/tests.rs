use super::*;
use crate::model::Lang;

/// Every kind of syntax error is recognised from serde_json's wording, so none falls to
/// "other" unnoticed when serde_json words one differently; each is said without its English.
#[test]
fn found_values_are_named_and_shortened() {
    let said = |v: serde_json::Value, lang| crate::i18n::say(lang, &Found::of(&v).message());
    assert_eq!(said(serde_json::json!("39.36827914916011"), Lang::De), "Text \"39.36827914916011\"");
    assert_eq!(said(serde_json::json!("a".repeat(30)), Lang::En), format!("text \"{}…\"", "a".repeat(24)));
    assert_eq!(said(serde_json::json!(-1.5), Lang::De), "Zahl -1.5");
    assert_eq!(said(serde_json::json!([1]), Lang::De), "Liste […]");
    assert_eq!(said(serde_json::json!({}), Lang::En), "object {…}");
    assert_eq!(said(serde_json::json!(null), Lang::De), "null");
    assert_eq!(said(serde_json::json!(false), Lang::De), "false");
}

#[test]
fn an_explicit_path_is_relative_to_the_feature_or_the_file() {
    let p = Problem::error(Kind::CoordinateNotNumber { found: Found::of(&serde_json::json!("x")) })
        .in_path("geometry/coordinates/1")
        .at(3, None);
    assert_eq!(p.path().as_deref(), Some("features/3/geometry/coordinates/1"));
    let whole =
        Problem::error(Kind::FeatureNotObject { found: Found::of(&serde_json::json!(null)) }).in_path("").at(0, None);
    assert_eq!(whole.path().as_deref(), Some("features/0"));
    let file = Problem::error(Kind::NotFeatureCollection { found: "Feature".into() }).in_path("type");
    assert_eq!(file.path().as_deref(), Some("type"));
}
