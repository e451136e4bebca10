//! The details of the selected place: every property that is present, links only where safe.

use super::ctx::Ctx;
use super::symbol::{Look, Symbol};
use super::words::{audience, opening_hours, stage, wheelchair};
use crate::i18n::tr;
use crate::model::{Lang, Place, email_href, phone_href, route_link, transit_link, website_href, website_label};
use leptos::prelude::*;

#[component]
pub fn DetailsPanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let place =
        Memo::new(move |_| ctx.selection.selected.get().and_then(|i| ctx.data.places.with(|ps| ps.get(i).cloned())));
    // Redrawn when the language changes, so every label follows the switch.
    move || {
        let _ = ctx.lang.get();
        match (place.get(), ctx.selection.cluster_leaves.get()) {
            (Some(p), _) => Some(view! { <Details place=p/> }.into_any()),
            (None, Some(leaves)) => Some(view! { <SpotList leaves=leaves/> }.into_any()),
            _ => None,
        }
    }
}

/// The places of a cluster that stays together at the deepest zoom (same address).
#[component]
fn SpotList(leaves: Vec<usize>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    let title_id = ctx.id("spot-title");
    let labelled = title_id.clone();
    let close = tr(lang, "close", None);
    let items = leaves
        .into_iter()
        .map(|i| {
            let name = ctx.data.places.with_untracked(|ps| ps[i].name.get(lang).to_string());
            view! {
                <li><button type="button" class="bk-result-button" on:click=move |_| ctx.open_place(i, None, None)><span dir="auto">{name}</span></button></li>
            }
        })
        .collect_view();
    let full = RwSignal::new(false);
    view! {
        <section class="bk-details" class:bk-details--full=move || full.get() id=ctx.id("details") role="dialog" aria-modal="false" aria-labelledby=labelled>
            <super::grip::Grip full=full/>
            <div class="bk-details-head">
                {super::heading::heading(ctx.heading, 1, "bk-details-title", Some(title_id), Some("-1"), tr(lang, "cluster-list", None))}
                <button type="button" class="bk-close" aria-label=close.clone() title=close on:click=move |_| ctx.selection.show_leaves(None)>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            <div class="bk-details-body" tabindex="0"><ul class="bk-result-list">{items}</ul></div>
        </section>
    }
}

/// A text from the data in the visitor's language, or the German one standing in for it with the
/// tag of its language (`lang="de"`), so a screen reader reads it in a German voice.
fn in_lang(text: &crate::model::Localized, lang: Lang) -> (String, Option<String>) {
    let (text, code) = text.get_tagged(lang);
    (text.to_string(), (code != lang.code()).then(|| code.to_string()))
}

/// Text from the data: always a text node, and `dir="auto"` so right-to-left text lays out right.
pub fn data_text(text: String) -> AnyView {
    view! { <span dir="auto">{text}</span> }.into_any()
}

/// A phone number from the data: a `tel:` link where it is one, else its text.
pub fn phone_link(phone: &str) -> AnyView {
    match phone_href(phone) {
        Some(href) => view! { <a href=href>{phone.to_string()}</a> }.into_any(),
        None => data_text(phone.to_string()),
    }
}

/// A place's website as a link that opens a new tab (and says so), where it is a web address.
pub fn website_link(place: &Place, lang: crate::model::Lang) -> Option<AnyView> {
    let site = place.website.as_deref().and_then(website_href)?;
    let text = website_label(&site);
    Some(
        view! {
            <a href=site target="_blank" rel="noopener noreferrer">
                {text}<span class="bk-sr-only">" " {tr(lang, "new-tab", None)}</span>
            </a>
        }
        .into_any(),
    )
}

/// An e-mail address from the data: a `mailto:` link where it is one, else its text.
pub fn email_link(email: &str) -> AnyView {
    match email_href(email) {
        Some(href) => view! { <a href=href>{email.to_string()}</a> }.into_any(),
        None => data_text(email.to_string()),
    }
}

#[component]
fn Details(place: Place) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    let label = |key: &str| tr(lang, key, None);
    let title_id = ctx.id("details-title");
    let labelled_by = title_id.clone();
    let body_label = title_id.clone();
    let category = ctx.data.config.with_untracked(|c| c.as_ref().and_then(|c| Look::named(c, &place.category, lang)));
    let row = |label: String, value: AnyView| {
        view! {
            <div class="bk-row">
                <dt>{label}</dt>
                <dd>{value}</dd>
            </div>
        }
        .into_any()
    };
    let list = |items: Vec<String>| {
        // The item takes the widget's direction (its bullet stays inside the panel in Arabic); the
        // data's text inside it keeps its own.
        let items = items.into_iter().map(|o| view! { <li><span dir="auto">{o}</span></li> }).collect_view();
        view! { <ul class="bk-list">{items}</ul> }.into_any()
    };
    let mut rows: Vec<AnyView> = Vec::new();
    if let Some((look, name)) = category {
        rows.push(row(
            label("field-category"),
            view! { <span class="bk-cat"><Symbol look=look size=20/>{name}</span> }.into_any(),
        ));
    }
    if !place.modes.is_empty() {
        let ways = place.modes.iter().map(|m| super::words::mode(lang, m)).collect();
        rows.push(row(label("field-modes"), list(ways)));
    }
    if let Some(a) = place.address() {
        rows.push(row(label("field-address"), data_text(a)));
    }
    if let Some(phone) = &place.phone {
        rows.push(row(label("field-phone"), phone_link(phone)));
    }
    if let Some(email) = &place.email {
        rows.push(row(label("field-email"), email_link(email)));
    }
    if let Some(site) = website_link(&place, lang) {
        rows.push(row(label("field-website"), site));
    }
    if !place.offers.is_empty() {
        // Each offer links to BERUFENET's search for it (nothing is asked until it is followed).
        let items = place
            .offers
            .iter()
            .map(|o| {
                let text = super::words::offer(lang, o);
                let href = crate::model::profession_link(o.get(crate::model::Lang::De));
                view! {
                    <li>
                        <a href=href target="_blank" rel="noopener noreferrer">
                            <span dir="auto">{text}</span><span class="bk-sr-only">" " {label("offer-link")}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        let note = label("offer-link-note");
        rows.push(row(
            label("field-offers"),
            view! { <ul class="bk-list">{items}</ul><p class="bk-offer-note">{note}</p> }.into_any(),
        ));
    }
    if crate::model::serves_newcomers(&place) {
        let v = view! {
            <a href=crate::model::RECOGNITION_FINDER target="_blank" rel="noopener noreferrer">
                {label("recognition-finder")}<span class="bk-sr-only">" " {label("new-tab")}</span>
            </a>
        };
        rows.push(row(label("field-recognition"), v.into_any()));
    }
    if !place.audiences.is_empty() {
        rows.push(row(label("field-audiences"), list(place.audiences.iter().map(|a| audience(lang, a)).collect())));
    }
    if !place.stages.is_empty() {
        rows.push(row(label("field-stages"), list(place.stages.iter().map(|a| stage(lang, a)).collect())));
    }
    // Open now, in the district's time, whatever the device's zone; a holiday says which.
    let status = ctx.data.config.with_untracked(|c| {
        c.as_ref().map(|c| {
            let now = crate::model::berlin(ctx.finding.now_ms.get_untracked());
            let holiday = crate::model::holiday(now.date).map(|name| crate::tr!(lang, "hours-holiday", name = name));
            (super::words::open_status(lang, place.opening_hours.as_deref(), now, c), holiday)
        })
    });
    if let Some((status, holiday)) = status {
        let v = view! {
            <span class="bk-open-status">{status}</span>
            {holiday.map(|h| view! { " " <span class="bk-holiday">{h}</span> })}
        };
        rows.push(row(label("hours-now"), v.into_any()));
    }
    if let Some(oh) = &place.opening_hours {
        rows.push(row(label("field-opening-hours"), data_text(opening_hours(lang, oh))));
    }
    if let Some(w) = place.wheelchair {
        rows.push(row(label("field-wheelchair"), data_text(wheelchair(lang, w))));
    }
    // Upcoming dates, each with its calendar file; past ones are left out.
    let now_ms = ctx.finding.now_ms.get_untracked();
    let today = crate::model::berlin(now_ms).date;
    let upcoming: Vec<_> = place.events.iter().filter(|e| !e.is_past(today)).collect();
    if !upcoming.is_empty() {
        let items = upcoming.into_iter().map(|e| event_item(&place, e, lang, now_ms, None)).collect_view();
        rows.push(row(label("field-events"), view! { <ul class="bk-events">{items}</ul> }.into_any()));
    }
    if let Some(d) = place.updated {
        let iso = d.to_string();
        rows.push(row(label("field-updated"), view! { <time datetime=iso>{d.format(lang)}</time> }.into_any()));
    }
    if let Some(s) = &place.source {
        rows.push(row(label("field-source"), data_text(s.clone())));
    }
    let copied = RwSignal::new(false);
    let place_id = place.id.clone();
    let copy_link = move |_| {
        let Some(w) = web_sys::window() else { return };
        let url = super::url_sync::place_link(ctx, &place_id);
        let _ = w.navigator().clipboard().write_text(&url);
        copied.set(true);
    };
    // What a visitor most often wants, at the top of the sheet where a phone shows it at once.
    let mut actions: Vec<AnyView> = Vec::new();
    if let Some(href) = place.phone.as_deref().and_then(phone_href) {
        actions.push(view! { <a class="bk-action" href=href>{label("action-call")}</a> }.into_any());
    }
    // A route only to a place that has one (not to telephone or online counselling).
    let route = route_link(&place);
    if let Some(href) = route.clone() {
        actions.push(
            view! {
                <a class="bk-action" href=href target="_blank" rel="noopener noreferrer">
                    {label("action-route")}<span class="bk-sr-only">" " {label("new-tab")}</span>
                </a>
            }
            .into_any(),
        );
    }
    if let Some(site) = place.website.as_deref().and_then(website_href) {
        actions.push(
            view! {
                <a class="bk-action" href=site target="_blank" rel="noopener noreferrer">
                    {label("action-website")}<span class="bk-sr-only">" " {label("new-tab")}</span>
                </a>
            }
            .into_any(),
        );
    }
    if let Some(href) = place.email.as_deref().and_then(email_href) {
        actions.push(view! { <a class="bk-action" href=href>{label("action-email")}</a> }.into_any());
    }
    // The Merkliste: a toggle (its name stays; aria-pressed says whether the place is on it).
    let mark_id = place.id.clone();
    let marked = {
        let id = StoredValue::new(place.id.clone());
        move || ctx.keep.marks.with(|m| id.with_value(|id| m.contains(id)))
    };
    let full = RwSignal::new(false);
    let on_mark = move |_| {
        full.set(ctx.keep.toggle(&mark_id) == crate::state::marks::Toggled::Full);
    };
    actions.push(
        view! {
            <button type="button" class="bk-action bk-mark" aria-pressed=move || marked().to_string() on:click=on_mark>
                <span class="bk-mark-star" aria-hidden="true">{move || if marked() { "★" } else { "☆" }}</span>
                {label("mark")}
            </button>
            <span class="bk-mark-full" role="status">{move || full.get().then(|| crate::tr!(lang, "marks-full", max = crate::state::marks::MAX_MARKS))}</span>
        }
        .into_any(),
    );
    let directions = view! {
        <div class="bk-directions">
            {route.map(|osm| view! {
                {super::heading::heading(ctx.heading, 2, "bk-subhead", None, None, label("directions"))}
                <ul class="bk-link-list">
                    <li><a href=transit_link(&place) target="_blank" rel="noopener noreferrer">{label("directions-hvv")}<span class="bk-sr-only">" " {label("new-tab")}</span></a></li>
                    <li><a href=osm target="_blank" rel="noopener noreferrer">{label("directions-osm")}<span class="bk-sr-only">" " {label("new-tab")}</span></a></li>
                </ul>
            })}
            <button type="button" class="bk-copy" on:click=copy_link>{label("copy-link")}</button>
            <span class="bk-copied" role="status">{move || copied.get().then(|| tr(lang, "link-copied", None))}</span>
        </div>
    };
    let description = place
        .description
        .as_ref()
        .map(|d| in_lang(d, lang))
        .map(|(text, tag)| view! { <p class="bk-description" dir="auto" lang=tag>{text}</p> });
    let (name, name_tag) = in_lang(&place.name, lang);
    let close = label("close");

    // On a phone the sheet opens at part height, the place in sight above it (super::grip).
    let full = RwSignal::new(false);
    view! {
        <section class="bk-details" class:bk-details--full=move || full.get() id=ctx.id("details") role="dialog" aria-modal="false" aria-labelledby=labelled_by>
            <super::grip::Grip full=full/>
            <div class="bk-details-head">
                {super::heading::heading(ctx.heading, 1, "bk-details-title", Some(title_id), Some("-1"), view! { <span lang=name_tag>{name}</span> })}
                <button type="button" class="bk-close" aria-label=close.clone() title=close on:click=move |_| ctx.close_place()>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            <div class="bk-actions">{actions}</div>
            // Focusable so keyboard users can scroll long details (WCAG 2.1.1).
            <div class="bk-details-body" tabindex="0" aria-labelledby=body_label>
                {description}
                <dl>{rows}</dl>
                {directions}
            </div>
        </section>
    }
}

/// One event: when, what kind, its title and link, and its calendar file. `at` names the place
/// (in the list of all dates, where it opens the place).
pub fn event_item(
    place: &Place,
    e: &crate::model::Event,
    lang: crate::model::Lang,
    now_ms: f64,
    at: Option<AnyView>,
) -> AnyView {
    let when = super::words::event_when(lang, e);
    let iso = e.start.date.to_string();
    let title = e.title.get(lang).to_string();
    // The kind only where the title does not say it already ("Tag der offenen Tür …").
    let kind = e.kind.as_deref().map(|k| super::words::event_kind(lang, k)).filter(|k| !title.starts_with(k.as_str()));
    let (ics, file) = super::words::ics_href(place, e, lang, now_ms);
    // Each calendar link says which date it saves (a screen reader lists links out of context).
    let (sr_when, sr_title) = (when.clone(), title.clone());
    let more = e.url.clone().map(|u| {
        view! {
            " "
            <a href=u target="_blank" rel="noopener noreferrer">
                {tr(lang, "event-more", None)}<span class="bk-sr-only">" " {tr(lang, "new-tab", None)}</span>
            </a>
        }
    });
    view! {
        <li class="bk-event">
            <time class="bk-event-when" datetime=iso>{when}</time>
            {kind.map(|k| view! { <span class="bk-event-kind">{k}</span> })}
            <span class="bk-event-title" dir="auto">{title}</span>
            {at}
            <span class="bk-event-links">
                {more}
                " "
                <a class="bk-event-ics" href=ics download=file>
                    {tr(lang, "event-ics", None)}<span class="bk-sr-only">": " {sr_when} ", " <span dir="auto">{sr_title}</span></span>
                </a>
            </span>
        </li>
    }
    .into_any()
}
