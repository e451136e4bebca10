//! Offers as a list: one row per offer with its training year, suggestions from the offers
//! already in the files (their gender-fair forms among them).

use super::form::FieldProblems;
use super::say;
use super::state::{At, Editor};
use crate::edit::fields::FieldProblem;
use leptos::prelude::*;
use serde_json::{Map, Value};

/// (name, year) of each offer as the file has it.
fn rows(v: Option<&Value>) -> Vec<(String, String)> {
    let Some(Value::Array(a)) = v else { return Vec::new() };
    a.iter()
        .map(|o| match o {
            Value::String(s) => (s.clone(), String::new()),
            Value::Object(m) => (
                m.get("de").or_else(|| m.get("name")).and_then(Value::as_str).unwrap_or_default().to_string(),
                m.get("year").map(|y| y.as_str().map_or_else(|| y.to_string(), str::to_string)).unwrap_or_default(),
            ),
            other => (other.to_string(), String::new()),
        })
        .collect()
}

/// Row `i` as JSON: a plain string unless it has a year or was an object (whose other members,
/// such as the English name, stay).
fn row_value(old: Option<&Value>, name: &str, year: &str) -> Value {
    match old {
        Some(Value::Object(m)) => {
            let mut m = m.clone();
            m.insert("de".into(), Value::String(name.to_string()));
            set_year(&mut m, year);
            Value::Object(m)
        }
        _ if year.trim().is_empty() => Value::String(name.to_string()),
        _ => {
            let mut m = Map::new();
            m.insert("de".into(), Value::String(name.to_string()));
            set_year(&mut m, year);
            Value::Object(m)
        }
    }
}

fn set_year(m: &mut Map<String, Value>, year: &str) {
    let y = year.trim();
    if y.is_empty() {
        m.remove("year");
    } else if let Ok(n) = y.parse::<u64>() {
        m.insert("year".into(), Value::from(n));
    } else {
        m.insert("year".into(), Value::String(y.to_string()));
    }
}

#[component]
pub fn Offers(ed: Editor, at: At, problems: Memo<Vec<FieldProblem>>) -> impl IntoView {
    let lang = move || ed.lang.get();
    let list = move || ed.draft(at).map(|d| rows(d.get("offers"))).unwrap_or_default();
    let edit = move |i: usize, name: Option<String>, year: Option<String>, remove: bool| {
        let Some(mut d) = ed.draft_untracked(at) else { return };
        let mut arr = match d.get("offers") {
            Some(Value::Array(a)) => a.clone(),
            _ => Vec::new(),
        };
        if remove {
            if i < arr.len() {
                arr.remove(i);
            }
        } else {
            // This row as the form shows it: what is not typed now stays as it was.
            let (old_name, old_year) = rows(d.get("offers")).get(i).cloned().unwrap_or_default();
            let v = row_value(arr.get(i), &name.unwrap_or(old_name), &year.unwrap_or(old_year));
            if i < arr.len() {
                arr[i] = v;
            } else {
                arr.push(v);
            }
        }
        d.set("offers", Some(Value::Array(arr)));
        ed.change(at, Some(d), Some(&format!("offers/{i}")));
    };
    let count = Memo::new(move |_| list().len());
    let add = move |_| {
        let n = list().len();
        edit(n, Some(String::new()), Some(String::new()), false);
        request_animation_frame(move || super::focus(&format!("ed-offer-{n}")));
    };
    view! {
        <fieldset class="ed-field ed-offers" aria-describedby="ed-p-offers">
            <legend>{move || say(lang(), "ed-f-offers")}</legend>
            <ol class="ed-rows">
                // Rows are drawn anew only when their number changes: typing keeps its field.
                {move || (0..count.get()).map(|i| {
                    let name = move || list().get(i).map(|r| r.0.clone()).unwrap_or_default();
                    let year = move || list().get(i).map(|r| r.1.clone()).unwrap_or_default();
                    let name_id = format!("ed-offer-{i}");
                    let year_id = format!("ed-offer-year-{i}");
                    view! {
                        <li class="ed-row">
                            <label for=name_id.clone() class="ed-sr-only">{move || super::say_n(lang(), "ed-offer-n", i + 1)}</label>
                            <input id=name_id type="text" list="ed-offer-names" prop:value=name
                                aria-describedby=super::form::problems_id(&format!("offers/{i}"))
                                on:input=move |ev| edit(i, Some(event_target_value(&ev)), None, false)
                                on:change=move |_| ed.seal()/>
                            <label for=year_id.clone() class="ed-year-label">{move || say(lang(), "ed-offer-year")}</label>
                            <input id=year_id class="ed-year" type="text" inputmode="numeric" prop:value=year
                                on:input=move |ev| edit(i, None, Some(event_target_value(&ev)), false)
                                on:change=move |_| ed.seal()/>
                            <button type="button" class="ed-button ed-small"
                                aria-label=move || super::say_n(lang(), "ed-offer-remove", i + 1)
                                on:click=move |_| { edit(i, None, None, true); ed.seal(); }>"×"</button>
                            <FieldProblems problems=problems key=format!("offers/{i}")/>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <button type="button" class="ed-button" on:click=add>{move || say(lang(), "ed-offer-add")}</button>
            <super::places::OfferNames ed=ed/>
            <FieldProblems problems=problems key="offers"/>
        </fieldset>
    }
}
