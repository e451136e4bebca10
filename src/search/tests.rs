//! Filtering, counting and sorting through the index, on places read from GeoJSON.

use super::*;
use crate::model::Place;
use crate::model::{Category, parse_source};
use std::collections::BTreeSet;

fn places() -> Vec<Place> {
    let cats = [Category::plain("s"), Category::plain("f")];
    let f = |id: &str, props: &str| {
        format!(
            r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[10,53]}},"properties":{{"id":"{id}",{props}}}}}"#
        )
    };
    let text = format!(
        r#"{{"type":"FeatureCollection","features":[{},{},{},{}]}}"#,
        f(
            "1",
            r#""name":"Musterbetrieb Einzelhandel","category":"f","city":"Buchholz in der Nordheide","offers":["Kaufmann/Kauffrau im Einzelhandel"],"audiences":["pupils"],"stages":["apprenticeship"]"#
        ),
        f(
            "2",
            r#""name":"Bäckerei Müller","category":"f","city":"Tostedt","municipality":"Samtgemeinde Tostedt","offers":["Bäcker:in"],"audiences":["pupils","adults"],"stages":["internship","apprenticeship"]"#
        ),
        f(
            "3",
            r#""name":"BBS Winsen","category":"s","city":"Winsen (Luhe)","audiences":["pupils","parents"],"stages":["orientation"]"#
        ),
        f(
            "4",
            r#""name":"Migrationsberatung","category":"s","city":"Buchholz in der Nordheide","audiences":["immigrants"],"stages":["recognition"]"#
        ),
    );
    parse_source(&text, &cats).places
}

#[test]
fn text_search_is_tolerant() {
    let idx = SearchIndex::build(&places());
    let q = |t: &str| idx.search(&Filters { text: t.into(), ..Default::default() });
    assert_eq!(q("einzelh"), [0]);
    assert_eq!(q("mueller"), [1]);
    assert_eq!(q("MÜLLER"), [1]);
    assert_eq!(q("baecker"), [1], "offers are searched");
    assert_eq!(q("buchholz"), [0, 3], "towns are searched");
    assert_eq!(q("samtgemeinde tostedt"), [1], "municipalities are searched");
    assert_eq!(q(""), [0, 1, 2, 3]);
    assert_eq!(q("nichts"), Vec::<usize>::new());
}

#[test]
fn facets_combine_and_count() {
    let idx = SearchIndex::build(&places());
    let mut f = Filters::default();
    f.audiences.insert("pupils".into());
    assert_eq!(idx.search(&f), [0, 1, 2]);
    f.stages.insert("apprenticeship".into());
    f.stages.insert("orientation".into());
    assert_eq!(idx.search(&f), [0, 1, 2], "values within a facet are alternatives");
    f.towns.insert("Buchholz in der Nordheide".into());
    assert_eq!(idx.search(&f), [0]);
    let c = idx.counts(&f);
    // Town counts ignore the town choice itself: what picking that town would leave.
    assert_eq!(c.values[&Facet::Town]["Samtgemeinde Tostedt"], 1);
    assert_eq!(c.values[&Facet::Town]["Buchholz in der Nordheide"], 1);
    assert_eq!(c.values[&Facet::Town]["Winsen (Luhe)"], 1);
    assert_eq!(c.categories.get("f"), Some(&1));
    f.hidden_categories.insert("f".into());
    assert_eq!(idx.search(&f), Vec::<usize>::new());
    assert_eq!(idx.counts(&f).categories.get("f"), Some(&1), "a hidden category still says what it holds");
    // Filters beyond the index (radius, ways of contact, open now) narrow the counts too.
    let all = idx.counts(&Filters::default());
    assert_eq!((all.categories["f"], all.categories["s"]), (2, 2));
    let near = idx.counts_within(&Filters::default(), &|i| i != 1 && i != 3);
    assert_eq!((near.categories["f"], near.categories["s"]), (1, 1));
    assert_eq!(near.values[&Facet::Audience].get("adults"), None, "the place left out is not counted");
    assert_eq!(all.values[&Facet::Audience]["adults"], 1);
    assert!(!f.is_empty());
    assert!(Filters::default().is_empty());
    assert_eq!(idx.all_values(Facet::Audience)["pupils"], 3);
    assert!(idx.has_value(Facet::Offer, "Bäcker:in") && !idx.has_value(Facet::Offer, "Bäcker"));
    let mut all = vec![0, 1, 2, 3];
    idx.sort_by_name(&mut all);
    assert_eq!(all, [1, 2, 3, 0], "Bäckerei, BBS, Migrationsberatung, Musterbetrieb");
}

fn glossary() -> Glossary {
    let mut firms = Category::plain("f");
    firms.label = serde_json::from_str(r#"{"de":"Ausbildungsbetriebe","en":"Training firms"}"#).unwrap();
    let mut schools = Category::plain("s");
    schools.label = serde_json::from_str(r#"{"de":"Schulen","en":"Schools"}"#).unwrap();
    Glossary::from_locales(&[firms, schools])
}

/// Audiences, stages and categories are found by their words in either language.
#[test]
fn controlled_vocabularies_are_searchable() {
    let idx = SearchIndex::build_with(&places(), glossary());
    let q = |t: &str| idx.search(&Filters { text: t.into(), ..Default::default() });
    for (query, want) in [
        ("recognition", &[3][..]),
        ("foreign qualification", &[3]),
        ("immigrant", &[3]),
        ("Immigrants", &[3]),
        ("Anerkennung", &[3]),
        ("zugewandert", &[3]),
        ("ausländische Abschlüsse", &[3]),
        ("Eltern", &[2]),
        ("parents", &[2]),
        ("training firm", &[0, 1]),
        ("Ausbildungsbetrieb", &[0, 1]),
        ("apprenticeship", &[0, 1]),
        ("Praktikum", &[1]),
        ("schools", &[2, 3]),
        ("recognition buchholz", &[3]),
        ("pupils baecker", &[1]),
        ("recognition winsen", &[]),
        ("dentist", &[]),
        ("Zahnarzt", &[]),
    ] {
        assert_eq!(q(query), want, "{query}");
    }
    let f = Filters { text: "apprenticeship".into(), ..Default::default() };
    assert_eq!(idx.counts(&f).categories.get("f"), Some(&2), "counts see the same words as the search");
    let without = SearchIndex::build(&places());
    assert_eq!(without.search(&f), Vec::<usize>::new(), "no glossary, no vocabulary words");
}

/// The words live once per value, so 100,000 places cost no more text than without them.
#[test]
fn glossary_does_not_grow_the_haystacks() {
    let with = SearchIndex::build_with(&places(), glossary());
    assert_eq!(with.haystacks, SearchIndex::build(&places()).haystacks);
}

/// Every count equals the size of the search it predicts.
#[test]
fn counts_predict_searches() {
    let idx = SearchIndex::build_with(&places(), glossary());
    let mut f = Filters::default();
    f.audiences.insert("pupils".into());
    f.text = "b".into();
    let c = idx.counts(&f);
    for (facet, values) in &c.values {
        for (v, n) in values {
            let mut g = f.clone();
            *g.selected_mut(*facet) = BTreeSet::from([v.clone()]);
            assert_eq!(idx.search(&g).len(), *n, "{facet:?}={v}");
        }
    }
}

#[test]
fn a_glossary_phrase_finds_its_value_not_each_word_apart() {
    // Place 1 and 2 are in apprenticeship; 3 is orientation; 2 also internship.
    let mut g = Glossary::default();
    g.add_value(Facet::Stage, "apprenticeship", "التدريب المهني");
    g.add_value(Facet::Stage, "orientation", "التوجيه المهني");
    g.add_value(Facet::Stage, "internship", "التدريب العملي");
    let idx = SearchIndex::build_with(&places(), g);
    let q = |t: &str| idx.search(&Filters { text: t.into(), ..Default::default() });
    assert_eq!(q("التدريب المهني"), [0, 1], "the phrase: apprenticeship only, not orientation by its second word");
    assert_eq!(q("المهني"), [0, 1, 2], "one word alone finds every value that has it");
    assert_eq!(q("Bäckerei Müller"), [1], "words of a name still go one by one");
}
