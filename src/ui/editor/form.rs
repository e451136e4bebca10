//! The form of one place, made from the data contract (`model::FIELDS`): one typed control per
//! field, each with the checker's problems beside it. Fields the contract does not know stay in
//! the file untouched (the core keeps them).

use super::state::{At, Editor};
use super::{say, say_n, say_with};
use crate::edit::document::Draft;
use crate::edit::fields::{FieldProblem, check_feature};
use crate::model::{FIELDS, Lang, Severity};
use leptos::prelude::*;
use serde_json::Value;
use std::cell::RefCell;

thread_local! {
    /// New places whose id still follows their name (until the editor types one).
    static ID_FOLLOWS: RefCell<Vec<At>> = const { RefCell::new(Vec::new()) };
}

pub fn id_follows_name(at: At) {
    ID_FOLLOWS.with(|f| f.borrow_mut().push(at));
}

fn follows(at: At) -> bool {
    ID_FOLLOWS.with(|f| f.borrow().contains(&at))
}

/// A description longer than this is cut in the list; the hint says so.
const DESCRIPTION_HINT: usize = 500;

/// A text value as the field shows it: a plain string, the German part of `{de, en}`, a number.
pub fn text_of(d: &Draft, key: &str) -> String {
    match d.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Object(o)) => o.get("de").and_then(Value::as_str).unwrap_or_default().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The value to write for `typed`: into the German part where the file has `{de, en}`.
fn value_for(d: &Draft, key: &str, typed: &str) -> Option<Value> {
    match d.get(key) {
        Some(Value::Object(o)) => {
            let mut o = o.clone();
            if typed.is_empty() {
                o.remove("de");
            } else {
                o.insert("de".into(), Value::String(typed.to_string()));
            }
            (!o.is_empty()).then_some(Value::Object(o))
        }
        _ => (!typed.is_empty()).then(|| Value::String(typed.to_string())),
    }
}

/// Writes `typed` into field `key` of the chosen place (and what follows from it).
fn write(ed: Editor, at: At, key: &str, typed: &str) {
    let Some(mut d) = ed.draft_untracked(at) else { return };
    let v = value_for(&d, key, typed);
    d.set(key, v);
    match key {
        "name" if follows(at) => {
            let id = crate::edit::ids::make_id(typed, |id| ed.id_taken(id, Some(at)));
            d.set("id", Some(Value::String(id)));
        }
        "id" => ID_FOLLOWS.with(|f| f.borrow_mut().retain(|x| *x != at)),
        _ => {}
    }
    if matches!(key, "postcode" | "city") {
        super::places::fill_municipality(&mut d);
    }
    ed.change(at, Some(d), Some(key));
    if key == "name" {
        ed.renamed(at);
    }
}

fn field_label(lang: Lang, key: &str) -> String {
    let message = format!("ed-f-{}", key.replace('_', "-"));
    say(lang, &message)
}

/// The checker's sentence with the form's labels where it names a field by its key („phone“ →
/// „Telefon“, „events[1].end“ → „Ende“); `at_field` false names an event's row too.
pub(crate) fn with_labels(lang: Lang, field: &str, message: &str, at_field: bool) -> String {
    crate::edit::labels::in_form_words(message, field, at_field, |key, n| match n {
        Some(n) => say_n(lang, key, n),
        None => say(lang, key),
    })
}

/// The id of the list of problems at `field` (`events/0/end` → `ed-p-events-0-end`).
pub fn problems_id(field: &str) -> String {
    format!("ed-p-{}", field.replace('/', "-"))
}

/// The contract's description of the field, as its hint.
fn field_hint(lang: Lang, key: &str) -> Option<&'static str> {
    FIELDS.iter().find(|f| f.name == key).map(|f| if lang == Lang::En { f.en } else { f.de })
}

/// The problems at one field, said under it.
#[component]
pub fn FieldProblems(problems: Memo<Vec<FieldProblem>>, #[prop(into)] key: String) -> impl IntoView {
    let id = problems_id(&key);
    let mine = move || problems.with(|ps| ps.iter().filter(|p| p.field == key).cloned().collect::<Vec<_>>());
    let shown = mine.clone();
    view! {
        <ul class="ed-problems" id=id hidden=move || mine().is_empty()>
            {move || shown().into_iter().map(|p| {
                let error = p.severity == Severity::Error;
                view! { <li class:ed-error=error class:ed-warning=!error>{p.message}</li> }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn TextField(
    ed: Editor,
    at: At,
    key: &'static str,
    problems: Memo<Vec<FieldProblem>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let id = format!("ed-f-{key}");
    let lang = move || ed.lang.get();
    let value = move || ed.draft(at).map(|d| text_of(&d, key)).unwrap_or_default();
    let invalid = move || problems.with(|ps| ps.iter().any(|p| p.field == key && p.severity == Severity::Error));
    let described = format!("ed-h-{key} ed-p-{key}");
    view! {
        <div class="ed-field">
            <label for=id.clone()>{move || field_label(lang(), key)}</label>
            <input id=id type=kind prop:value=value list=list autocomplete=autocomplete.unwrap_or("off")
                aria-invalid=move || invalid().then_some("true") aria-describedby=described
                on:input=move |ev| write(ed, at, key, &event_target_value(&ev))
                on:change=move |_| ed.seal()/>
            <p class="ed-hint" id=format!("ed-h-{key}")>{move || field_hint(lang(), key)}</p>
            <FieldProblems problems=problems key=key/>
        </div>
    }
}

#[component]
fn Description(ed: Editor, at: At, problems: Memo<Vec<FieldProblem>>) -> impl IntoView {
    let key = "description";
    let lang = move || ed.lang.get();
    let value = move || ed.draft(at).map(|d| text_of(&d, key)).unwrap_or_default();
    let count = move || {
        let n = value().chars().count();
        let mut s = say_n(lang(), "ed-length", n);
        if n > DESCRIPTION_HINT {
            s.push(' ');
            s.push_str(&say_n(lang(), "ed-length-long", DESCRIPTION_HINT));
        }
        s
    };
    view! {
        <div class="ed-field">
            <label for="ed-f-description">{move || field_label(lang(), key)}</label>
            <textarea id="ed-f-description" rows="4" prop:value=value aria-describedby="ed-h-description ed-p-description"
                on:input=move |ev| write(ed, at, key, &event_target_value(&ev)) on:change=move |_| ed.seal()></textarea>
            <p class="ed-hint" id="ed-h-description" aria-live="polite">{count}</p>
            <FieldProblems problems=problems key=key/>
        </div>
    }
}

/// A select from a fixed list: (value, label); "" is "not given".
#[component]
fn Choice(
    ed: Editor,
    at: At,
    key: &'static str,
    problems: Memo<Vec<FieldProblem>>,
    options: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let id = format!("ed-f-{key}");
    let lang = move || ed.lang.get();
    let value = move || ed.draft(at).map(|d| text_of(&d, key)).unwrap_or_default();
    view! {
        <div class="ed-field">
            <label for=id.clone()>{move || field_label(lang(), key)}</label>
            <select id=id aria-describedby=format!("ed-p-{key}") prop:value=value
                on:change=move |ev| { write(ed, at, key, &event_target_value(&ev)); ed.seal(); }>
                {move || {
                    let current = value();
                    let mut opts = options.get();
                    if !current.is_empty() && !opts.iter().any(|(v, _)| *v == current) {
                        // A value the list does not know stays selectable (the checker names it).
                        opts.push((current.clone(), current.clone()));
                    }
                    opts.into_iter().map(|(v, label)| {
                        let selected = v == current;
                        view! { <option value=v selected=selected>{label}</option> }
                    }).collect_view()
                }}
            </select>
            <FieldProblems problems=problems key=key/>
        </div>
    }
}

/// Checkboxes for a list field with fixed values (audiences, stages, modes).
#[component]
fn Checks(
    ed: Editor,
    at: At,
    key: &'static str,
    problems: Memo<Vec<FieldProblem>>,
    values: &'static [&'static str],
    word: fn(Lang, &str) -> String,
) -> impl IntoView {
    let lang = move || ed.lang.get();
    let toggle = move |v: &'static str, on: bool| {
        let Some(mut d) = ed.draft_untracked(at) else { return };
        let mut list = d.list(key);
        list.retain(|x| x != v);
        if on {
            list.push(v.to_string());
            // In the contract's order, so the file reads the same whoever edits it.
            list.sort_by_key(|x| values.iter().position(|k| k == x).unwrap_or(usize::MAX));
        }
        d.set(key, Some(Value::Array(list.into_iter().map(Value::String).collect())));
        ed.change(at, Some(d), None);
    };
    view! {
        <fieldset class="ed-field ed-checks" aria-describedby=format!("ed-p-{key}")>
            <legend>{move || field_label(lang(), key)}</legend>
            {values.iter().map(|&v| {
                let id = format!("ed-f-{key}-{v}");
                let checked = move || ed.draft(at).is_some_and(|d| d.list(key).iter().any(|x| x == v));
                view! {
                    <label class="ed-check" for=id.clone()>
                        <input type="checkbox" id=id.clone() prop:checked=checked
                            on:change=move |ev| toggle(v, event_target_checked(&ev))/>
                        {move || word(lang(), v)}
                    </label>
                }
            }).collect_view()}
            <FieldProblems problems=problems key=key/>
        </fieldset>
    }
}

fn audience_word(lang: Lang, v: &str) -> String {
    crate::i18n::words::audience(lang, v)
}
fn stage_word(lang: Lang, v: &str) -> String {
    crate::i18n::words::stage(lang, v)
}
fn mode_word(lang: Lang, v: &str) -> String {
    crate::i18n::words::mode(lang, v)
}

/// Where the place is: longitude and latitude to type, "Lage ungefähr" for a start from a town.
#[component]
fn Position(ed: Editor, at: At, problems: Memo<Vec<FieldProblem>>) -> impl IntoView {
    let lang = move || ed.lang.get();
    let coord =
        move |i: usize| ed.draft(at).and_then(|d| d.position).map(|p| format!("{:.6}", p[i])).unwrap_or_default();
    let typed = move |i: usize, s: String| {
        let Some(mut d) = ed.draft_untracked(at) else { return };
        let Ok(v) = s.trim().replace(',', ".").parse::<f64>() else { return };
        let mut p = d.position.unwrap_or([0.0, 0.0]);
        p[i] = v;
        d.position = Some(p);
        ed.change(at, Some(d), Some("position"));
    };
    let rough = move || ed.rough.with(|r| r.contains(&at));
    view! {
        <fieldset class="ed-field ed-position" aria-describedby="ed-p-position ed-h-position">
            <legend>{move || say(lang(), "ed-f-position")}</legend>
            <p class="ed-rough" hidden=move || !rough()>{move || say(lang(), "ed-rough")}</p>
            <div class="ed-pair">
                <label>{move || say(lang(), "ed-f-lon")}
                    <input type="text" inputmode="decimal" id="ed-f-lon" prop:value=move || coord(0)
                        on:change=move |ev| { typed(0, event_target_value(&ev)); ed.seal(); }/></label>
                <label>{move || say(lang(), "ed-f-lat")}
                    <input type="text" inputmode="decimal" id="ed-f-lat" prop:value=move || coord(1)
                        on:change=move |ev| { typed(1, event_target_value(&ev)); ed.seal(); }/></label>
            </div>
            <p class="ed-hint" id="ed-h-position">{move || say(lang(), "ed-position-hint")}</p>
            <button type="button" class="ed-button" on:click=move |_| super::focus_pin(ed)>{move || say(lang(), "ed-move-on-map")}</button>
            <FieldProblems problems=problems key="position"/>
        </fieldset>
    }
}

#[component]
pub fn PlaceForm(ed: Editor, at: At) -> impl IntoView {
    let lang = move || ed.lang.get();
    let problems = Memo::new(move |_| {
        let Some(d) = ed.draft(at) else { return Vec::new() };
        let config = ed.config.get();
        let l = ed.lang.get();
        ed.sentences.track();
        let today = crate::check::today();
        let mut found = check_feature(&d.to_feature(), config.as_deref(), |id| ed.id_taken(id, Some(at)), l, today);
        for p in &mut found {
            p.message = with_labels(l, &p.field, &p.message, true);
        }
        found
    });
    let title = move || ed.draft(at).and_then(|d| d.name().map(str::to_string)).unwrap_or_default();
    let categories = Signal::derive(move || {
        let mut c = ed.categories();
        c.insert(0, (String::new(), say(lang(), "ed-choose")));
        c
    });
    let wheelchair = Signal::derive(move || {
        let l = lang();
        let mut o = vec![(String::new(), say(l, "ed-not-given"))];
        for (v, w) in [
            ("yes", crate::model::Wheelchair::Yes),
            ("limited", crate::model::Wheelchair::Limited),
            ("no", crate::model::Wheelchair::No),
        ] {
            o.push((v.to_string(), crate::i18n::words::wheelchair(l, w)));
        }
        o
    });
    let summary = move || {
        let (e, w) = problems.with(|ps| {
            (
                ps.iter().filter(|p| p.severity == Severity::Error).count(),
                ps.iter().filter(|p| p.severity != Severity::Error).count(),
            )
        });
        if e + w == 0 {
            say(lang(), "ed-place-clean")
        } else {
            say_with(lang(), "ed-place-problems", &[("errors", e.to_string()), ("warnings", w.to_string())])
        }
    };
    let back = move |_| {
        ed.seal();
        ed.selected.set(None);
        ed.status.set(super::Said::none());
        request_animation_frame(|| super::focus("ed-search"));
    };
    view! {
        <form class="ed-form" aria-labelledby="ed-form-title" on:submit=|ev| ev.prevent_default()>
            <div class="ed-form-head">
                <button type="button" class="ed-button ed-back" on:click=back>{move || say(lang(), "ed-back")}</button>
                <h2 id="ed-form-title" tabindex="-1">{title}</h2>
                <super::moving::FileChoice ed=ed at=at/>
                <p class="ed-summary">{summary}</p>
                <super::save::PlaceActions ed=ed at=at/>
            </div>
            <TextField ed=ed at=at key="name" problems=problems/>
            <Choice ed=ed at=at key="category" problems=problems options=categories/>
            <fieldset class="ed-group">
                <legend>{move || say(lang(), "ed-group-address")}</legend>
                <TextField ed=ed at=at key="street" problems=problems autocomplete="street-address"/>
                <TextField ed=ed at=at key="postcode" problems=problems list="ed-postcodes"/>
                <TextField ed=ed at=at key="city" problems=problems list="ed-towns"/>
                <TextField ed=ed at=at key="municipality" problems=problems list="ed-municipalities"/>
                <super::places::Suggestions ed=ed/>
            </fieldset>
            <Position ed=ed at=at problems=problems/>
            <fieldset class="ed-group">
                <legend>{move || say(lang(), "ed-group-contact")}</legend>
                <TextField ed=ed at=at key="phone" problems=problems kind="tel"/>
                <TextField ed=ed at=at key="email" problems=problems kind="email"/>
                <TextField ed=ed at=at key="website" problems=problems kind="url"/>
                <Checks ed=ed at=at key="modes" problems=problems values=crate::model::MODES word=mode_word/>
            </fieldset>
            <super::offers::Offers ed=ed at=at problems=problems/>
            <Checks ed=ed at=at key="audiences" problems=problems values=crate::model::AUDIENCES word=audience_word/>
            <Checks ed=ed at=at key="stages" problems=problems values=crate::model::STAGES word=stage_word/>
            <super::hours::HoursTable ed=ed at=at problems=problems/>
            <super::events::Events ed=ed at=at problems=problems/>
            <Description ed=ed at=at problems=problems/>
            <Choice ed=ed at=at key="wheelchair" problems=problems options=wheelchair/>
            <TextField ed=ed at=at key="source" problems=problems/>
            <TextField ed=ed at=at key="updated" problems=problems kind="date"/>
            <TextField ed=ed at=at key="id" problems=problems/>
            <FieldProblems problems=problems key=""/>
            <super::save::ToTools ed=ed/>
        </form>
    }
}
