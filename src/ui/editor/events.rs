//! The place's dates ("Termine"): title, start and end (date and optional time, German time),
//! kind and link, one row each.

use super::form::{FieldProblems, problems_id};
use super::state::{At, Editor};
use super::{say, say_n};
use crate::edit::fields::FieldProblem;
use crate::edit::when::split;
use crate::model::{EVENT_KINDS, Severity};
use leptos::prelude::*;
use serde_json::{Map, Value};

fn events(ed: Editor, at: At) -> Vec<Map<String, Value>> {
    match ed.draft(at).and_then(|d| d.get("events").cloned()) {
        Some(Value::Array(a)) => a.into_iter().map(|v| v.as_object().cloned().unwrap_or_default()).collect(),
        _ => Vec::new(),
    }
}

fn text(m: &Map<String, Value>, key: &str) -> String {
    match m.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Object(o)) => o.get("de").and_then(Value::as_str).unwrap_or_default().to_string(),
        _ => String::new(),
    }
}

#[component]
pub fn Events(ed: Editor, at: At, problems: Memo<Vec<FieldProblem>>) -> impl IntoView {
    let lang = move || ed.lang.get();
    let count = Memo::new(move |_| events(ed, at).len());
    let edit = move |i: usize, f: &dyn Fn(&mut Map<String, Value>)| {
        let Some(mut d) = ed.draft_untracked(at) else { return };
        let mut list = match d.get("events") {
            Some(Value::Array(a)) => a.clone(),
            _ => Vec::new(),
        };
        if i >= list.len() {
            list.push(Value::Object(Map::new()));
        }
        if let Some(Value::Object(m)) = list.get_mut(i) {
            f(m);
            m.retain(|_, v| !matches!(v, Value::String(s) if s.is_empty()));
        }
        d.set("events", Some(Value::Array(list)));
        ed.change(at, Some(d), Some(&format!("events/{i}")));
    };
    let set = move |i: usize, key: &'static str, v: String| {
        edit(i, &|m| {
            // A title in several languages keeps the others.
            if let (Some(Value::Object(o)), "title") = (m.get_mut(key), key) {
                o.insert("de".into(), Value::String(v.clone()));
            } else {
                m.insert(key.into(), Value::String(v.clone()));
            }
        })
    };
    let set_when = move |i: usize, key: &'static str, date: Option<String>, time: Option<String>| {
        let (old, start) = events(ed, at).get(i).map(|m| (text(m, key), text(m, "start"))).unwrap_or_default();
        let value = match key {
            "end" => crate::edit::when::changed_end(&old, &start, date.as_deref(), time.as_deref()),
            _ => crate::edit::when::changed(&old, date.as_deref(), time.as_deref()),
        };
        set(i, key, value);
    };
    let remove = move |i: usize| {
        let Some(mut d) = ed.draft_untracked(at) else { return };
        if let Some(Value::Array(a)) = d.get("events") {
            let mut a = a.clone();
            if i < a.len() {
                a.remove(i);
            }
            d.set("events", Some(Value::Array(a)));
            ed.change(at, Some(d), None);
        }
    };
    let row = move |i: usize| {
        let get = move |key: &'static str| events(ed, at).get(i).map(|m| text(m, key)).unwrap_or_default();
        let id = move |what: &str| format!("ed-ev-{i}-{what}");
        // Each member's problems under its field, named by its label (`edit::labels`).
        let field = move |what: &str| format!("events/{i}/{what}");
        let described = move |what: &str| problems_id(&field(what));
        let invalid = move |what: &'static str| {
            let f = field(what);
            problems.with(|ps| ps.iter().any(|p| p.field == f && p.severity == Severity::Error)).then_some("true")
        };
        let when = move |key: &'static str| {
            let which = if key == "start" { "ed-ev-start" } else { "ed-ev-end" };
            let label_date = move || say(lang(), which);
            let label_time = move || say(lang(), "ed-ev-time");
            view! {
                <div class="ed-field">
                    <div class="ed-pair">
                        <label>{label_date}
                            <input type="date" id=id(key) prop:value=move || split(&get(key)).0
                                aria-describedby=described(key) aria-invalid=move || invalid(key)
                                on:change=move |ev| { set_when(i, key, Some(event_target_value(&ev)), None); ed.seal(); }/></label>
                        <label>{label_time}
                            <input type="time" id=id(&format!("{key}-time")) prop:value=move || split(&get(key)).1 aria-describedby=described(key)
                                on:change=move |ev| { set_when(i, key, None, Some(event_target_value(&ev))); ed.seal(); }/></label>
                    </div>
                    <FieldProblems problems=problems key=field(key)/>
                </div>
            }
        };
        view! {
            <li class="ed-event">
                <div class="ed-field">
                    <label for=id("title")>{move || say(lang(), "ed-ev-title")}</label>
                    <input type="text" id=id("title") prop:value=move || get("title")
                        aria-describedby=described("title") aria-invalid=move || invalid("title")
                        on:input=move |ev| set(i, "title", event_target_value(&ev)) on:change=move |_| ed.seal()/>
                    <FieldProblems problems=problems key=field("title")/>
                </div>
                {when("start")}
                {when("end")}
                <div class="ed-field">
                    <label for=id("kind")>{move || say(lang(), "ed-ev-kind")}</label>
                    <select id=id("kind") prop:value=move || crate::model::event_kind(&get("kind")) aria-describedby=described("kind")
                        on:change=move |ev| { set(i, "kind", event_target_value(&ev)); ed.seal(); }>
                        <option value="">{move || say(lang(), "ed-not-given")}</option>
                        {move || EVENT_KINDS.iter().map(|&k| {
                            let selected = crate::model::event_kind(&get("kind")) == k;
                            view! { <option value=k selected=selected>{crate::i18n::words::event_kind(lang(), k)}</option> }
                        }).collect_view()}
                    </select>
                    <FieldProblems problems=problems key=field("kind")/>
                </div>
                <div class="ed-field">
                    <label for=id("url")>{move || say(lang(), "ed-ev-url")}</label>
                    <input type="url" id=id("url") prop:value=move || get("url") aria-describedby=described("url")
                        on:input=move |ev| set(i, "url", event_target_value(&ev)) on:change=move |_| ed.seal()/>
                    <FieldProblems problems=problems key=field("url")/>
                </div>
                <FieldProblems problems=problems key=format!("events/{i}")/>
                <button type="button" class="ed-button ed-small" on:click=move |_| remove(i)>
                    {move || say_n(lang(), "ed-ev-remove", i + 1)}</button>
            </li>
        }
    };
    let add = move |_| {
        let n = count.get_untracked();
        edit(n, &|_| {});
        ed.seal();
        request_animation_frame(move || super::focus(&format!("ed-ev-{n}-title")));
    };
    view! {
        <fieldset class="ed-field ed-events" aria-describedby="ed-p-events">
            <legend>{move || say(lang(), "ed-f-events")}</legend>
            <ol class="ed-rows">{move || (0..count.get()).map(row).collect_view()}</ol>
            <button type="button" class="ed-button" on:click=add>{move || say(lang(), "ed-ev-add")}</button>
            <FieldProblems problems=problems key="events"/>
        </fieldset>
    }
}
