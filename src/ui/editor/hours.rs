//! Opening hours as a weekday table (from/to, several spans a day, holidays closed) that writes
//! the `opening_hours` string; the string stays editable, and under it is what a visitor sees
//! right now. A value the table cannot show is edited as text only.

use super::form::FieldProblems;
use super::state::{At, Editor};
use super::{say, say_with};
use crate::edit::fields::FieldProblem;
use crate::edit::week::Week;
use crate::model::Lang;
use leptos::prelude::*;
use serde_json::Value;

const DAY_KEYS: [&str; 7] = ["ed-mo", "ed-tu", "ed-we", "ed-th", "ed-fr", "ed-sa", "ed-su"];

fn clock(m: u16) -> String {
    format!("{:02}:{:02}", m / 60 % 24 + if m == 1440 { 24 } else { 0 }, m % 60)
}

fn span_id(day: usize, i: usize, start: bool) -> String {
    format!("ed-hours-{day}-{i}-{}", if start { "from" } else { "to" })
}

fn raw(ed: Editor, at: At) -> String {
    ed.draft(at).and_then(|d| d.text("opening_hours").map(str::to_string)).unwrap_or_default()
}

fn write(ed: Editor, at: At, value: &str) {
    let Some(mut d) = ed.draft_untracked(at) else { return };
    d.set("opening_hours", (!value.trim().is_empty()).then(|| Value::String(value.to_string())));
    ed.change(at, Some(d), Some("opening_hours"));
}

/// What a visitor would read about the place right now.
fn visitor_sees(lang: Lang, value: &str) -> Option<String> {
    let ctx = super::map::widget()?;
    let config = ctx.data.config.get_untracked()?;
    let now = crate::model::berlin(js_sys::Date::now());
    Some(crate::i18n::words::open_status(lang, (!value.trim().is_empty()).then_some(value), now, &config))
}

#[component]
pub fn HoursTable(ed: Editor, at: At, problems: Memo<Vec<FieldProblem>>) -> impl IntoView {
    let lang = move || ed.lang.get();
    // The table is drawn anew only when the week changes, not at every change of the place.
    let week = Memo::new(move |_| {
        let r = raw(ed, at);
        if r.trim().is_empty() { Some(Week::default()) } else { Week::parse(&r) }
    });
    let week = move || week.get();
    let set_week = move |w: Week| write(ed, at, &w.to_hours());
    // A span's end or start typed: the table is written back at once.
    // A time typed: written back once it is a whole time. The table keeps its fields (it is drawn
    // anew only when spans come or go), so a time typed digit by digit is not interrupted.
    let edit_span = move |day: usize, i: usize, start: bool, typed: String| {
        let Some(mut w) = week() else { return };
        let Some(m) = Week::read_time(&typed) else { return };
        if let Some(span) = w.days[day].get_mut(i) {
            if start {
                span.0 = m;
            } else {
                span.1 = m;
            }
            // A span that ends where it starts says nothing: the editor is still typing.
            if span.0 != span.1 {
                set_week(w);
            }
        }
    };
    let add_span = move |day: usize| {
        let Some(mut w) = week() else { return };
        let next = w.days[day]
            .last()
            .map_or((8 * 60, 16 * 60), |&(_, e)| (e.min(22 * 60) + 60, (e.min(22 * 60) + 120).min(1440)));
        let i = w.days[day].len();
        w.days[day].push(next);
        set_week(w);
        ed.seal();
        let id = span_id(day, i, true);
        request_animation_frame(move || super::focus(&id));
    };
    let remove_span = move |day: usize, i: usize| {
        let Some(mut w) = week() else { return };
        if i < w.days[day].len() {
            w.days[day].remove(i);
            set_week(w);
            ed.seal();
            let id = format!("ed-hours-add-{day}");
            request_animation_frame(move || super::focus(&id));
        }
    };
    let copy_monday = move |_| {
        let Some(mut w) = week() else { return };
        let monday = w.days[0].clone();
        for d in 1..5 {
            w.days[d] = monday.clone();
        }
        set_week(w);
        ed.seal();
    };
    let holidays = move |on: bool| {
        let Some(mut w) = week() else { return };
        w.holidays_closed = on;
        set_week(w);
        ed.seal();
    };
    // What the table's fields are: how many spans each day has (values follow reactively).
    let shape = Memo::new(move |_| week().map(|w| w.days.map(|d| d.len())));
    let span_value = move |day: usize, i: usize, start: bool| {
        week().and_then(|w| w.days[day].get(i).map(|&(s, e)| clock(if start { s } else { e }))).unwrap_or_default()
    };
    let no_hours = move || raw(ed, at).trim().is_empty();
    let table = move || {
        let l = lang();
        let Some(lens) = shape.get() else {
            return view! {
                <p class="ed-hint">{say(l, "ed-hours-text-only")}</p>
                <button type="button" class="ed-button ed-small" on:click=move |_| {
                    write(ed, at, "");
                    ed.seal();
                    // The button goes with the message: the focus goes to the table's first day.
                    request_animation_frame(|| super::focus("ed-hours-add-0"));
                }>
                    {say(l, "ed-hours-restart")}</button>
            }
            .into_any();
        };
        let rows = (0..7)
            .map(|day| {
                let name = say(l, DAY_KEYS[day]);
                let cells = (0..lens[day])
                    .map(|i| {
                        let from = say_with(l, "ed-hours-from", &[("day", name.clone())]);
                        let to = say_with(l, "ed-hours-to", &[("day", name.clone())]);
                        let remove = say_with(l, "ed-hours-remove", &[("day", name.clone())]);
                        view! {
                            <span class="ed-span">
                                <input type="time" id=span_id(day, i, true) aria-label=from prop:value=move || span_value(day, i, true)
                                    on:input=move |ev| edit_span(day, i, true, event_target_value(&ev))
                                    on:change=move |ev| edit_span(day, i, true, event_target_value(&ev))/>
                                "–"
                                <input type="time" id=span_id(day, i, false) aria-label=to prop:value=move || span_value(day, i, false)
                                    on:input=move |ev| edit_span(day, i, false, event_target_value(&ev))
                                    on:change=move |ev| edit_span(day, i, false, event_target_value(&ev))/>
                                <button type="button" class="ed-button ed-small" aria-label=remove
                                    on:click=move |_| remove_span(day, i)>"×"</button>
                            </span>
                        }
                    })
                    .collect_view();
                let add = say_with(l, "ed-hours-add", &[("day", name.clone())]);
                // No hours at all is "not given", which visitors read as unknown, not as closed.
                let closed = (lens[day] == 0).then(|| {
                    view! { <span class="ed-closed">{move || say(lang(), if no_hours() { "ed-not-given" } else { "ed-hours-closed" })}</span> }
                });
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td>
                            {closed}
                            {cells}
                            <button type="button" class="ed-button ed-small" id=format!("ed-hours-add-{day}") aria-label=add on:click=move |_| add_span(day)>"+"</button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let holidays_on = move || week().is_some_and(|w| w.holidays_closed);
        view! {
            <table class="ed-hours">
                <caption class="ed-sr-only">{say(l, "ed-f-opening-hours")}</caption>
                <tbody>{rows}</tbody>
            </table>
            <div class="ed-hours-tools">
                <label class="ed-check">
                    <input type="checkbox" prop:checked=holidays_on on:change=move |ev| holidays(event_target_checked(&ev))/>
                    {say(l, "ed-hours-holidays")}
                </label>
                <button type="button" class="ed-button ed-small" on:click=copy_monday>{say(l, "ed-hours-copy")}</button>
            </div>
        }
        .into_any()
    };
    let now = move || visitor_sees(lang(), &raw(ed, at));
    view! {
        <fieldset class="ed-field ed-hours-field" aria-describedby="ed-p-opening_hours">
            <legend>{move || say(lang(), "ed-f-opening-hours")}</legend>
            {table}
            <label for="ed-f-opening_hours">{move || say(lang(), "ed-hours-raw")}</label>
            <input id="ed-f-opening_hours" type="text" prop:value=move || raw(ed, at) aria-describedby="ed-hours-now"
                on:input=move |ev| write(ed, at, &event_target_value(&ev)) on:change=move |_| ed.seal()/>
            <p class="ed-now" id="ed-hours-now" aria-live="polite">
                {move || now().map(|n| say_with(lang(), "ed-hours-now", &[("now", n)]))}
            </p>
            <FieldProblems problems=problems key="opening_hours"/>
        </fieldset>
    }
}
