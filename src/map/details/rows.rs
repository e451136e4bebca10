//! The facts of a place, one row each (a term and its value), in the order a visitor reads them:
//! what it is and how to reach it, what it offers and for whom, when it is open, its dates, and
//! where the data comes from. A row is left out where the data has nothing for it.

use super::{Shown, data_text, link, link_out};
use crate::i18n::{tr, words};
use crate::map::dom::{attrs, el, symbol, text_el};
use crate::model::{Event, Lang, Place, email_href, phone_href, profession_link, website_href, website_label};
use web_sys::{Document, HtmlElement};

/// A row of `term` and `value`; returns the value's element, for more.
fn row(doc: &Document, dl: &HtmlElement, term: &str, value: &[HtmlElement]) -> HtmlElement {
    let div = el(doc, "div", "bk-row");
    let dt = text_el(doc, "dt", "", term);
    let dd = el(doc, "dd", "");
    for v in value {
        let _ = dd.append_child(v);
    }
    let _ = div.append_child(&dt);
    let _ = div.append_child(&dd);
    let _ = dl.append_child(&div);
    dd
}

/// A list of words; the item takes the widget's direction (its bullet stays inside the panel in
/// Arabic), the data's text inside it keeps its own.
fn list(doc: &Document, items: impl IntoIterator<Item = String>) -> HtmlElement {
    let ul = el(doc, "ul", "bk-list");
    for item in items {
        let li = el(doc, "li", "");
        let _ = li.append_child(&data_text(doc, &item));
        let _ = ul.append_child(&li);
    }
    ul
}

/// A phone number, e-mail address or website: a link where it is one, else its text.
fn contact(doc: &Document, raw: &str, href: Option<String>) -> HtmlElement {
    match href {
        Some(h) => link(doc, "", &h, raw),
        None => data_text(doc, raw),
    }
}

pub(super) fn rows(doc: &Document, shown: &Shown) -> HtmlElement {
    let (place, lang) = (shown.place, shown.lang);
    let say = |key: &str| tr(lang, key, None);
    let dl = el(doc, "dl", "");
    if let Some((look, name)) = super::category(shown) {
        let cat = el(doc, "span", "bk-cat");
        let _ = cat.append_child(&symbol(doc, &look, 20));
        let _ = cat.append_with_str_1(&name);
        row(doc, &dl, &say("field-category"), &[cat]);
    }
    if !place.modes.is_empty() {
        row(doc, &dl, &say("field-modes"), &[list(doc, place.modes.iter().map(|m| words::mode(lang, m)))]);
    }
    if let Some(a) = place.address() {
        row(doc, &dl, &say("field-address"), &[data_text(doc, &a)]);
    }
    if let Some(phone) = &place.phone {
        row(doc, &dl, &say("field-phone"), &[contact(doc, phone, phone_href(phone))]);
    }
    if let Some(email) = &place.email {
        row(doc, &dl, &say("field-email"), &[contact(doc, email, email_href(email))]);
    }
    if let Some(site) = place.website.as_deref().and_then(website_href) {
        row(doc, &dl, &say("field-website"), &[link_out(doc, "", &site, &website_label(&site), lang)]);
    }
    if !place.offers.is_empty() {
        // Each offer links to BERUFENET's search for it (nothing is asked until it is followed).
        let ul = el(doc, "ul", "bk-list");
        for o in &place.offers {
            let li = el(doc, "li", "");
            let a = link_out(doc, "", &profession_link(o.get(Lang::De)), "", lang);
            let _ = a.prepend_with_node_1(&data_text(doc, &words::offer(lang, o)));
            // The link's hidden words say where it leads, not just that a tab opens.
            if let Some(sr) = a.last_element_child() {
                sr.set_text_content(Some(&format!(" {}", say("offer-link"))));
            }
            let _ = li.append_child(&a);
            let _ = ul.append_child(&li);
        }
        row(doc, &dl, &say("field-offers"), &[ul, text_el(doc, "p", "bk-offer-note", &say("offer-link-note"))]);
    }
    if crate::model::serves_newcomers(place) {
        let a = link_out(doc, "", crate::model::RECOGNITION_FINDER, &say("recognition-finder"), lang);
        row(doc, &dl, &say("field-recognition"), &[a]);
    }
    if !place.audiences.is_empty() {
        row(doc, &dl, &say("field-audiences"), &[list(doc, place.audiences.iter().map(|a| words::audience(lang, a)))]);
    }
    if !place.stages.is_empty() {
        row(doc, &dl, &say("field-stages"), &[list(doc, place.stages.iter().map(|s| words::stage(lang, s)))]);
    }
    // Open now, in the district's time, whatever the device's zone; a holiday says which.
    let now = crate::model::berlin(shown.now_ms);
    let status = text_el(
        doc,
        "span",
        "bk-open-status",
        &words::open_status(lang, place.opening_hours.as_deref(), now, shown.config),
    );
    let open = row(doc, &dl, &say("hours-now"), &[status]);
    if let Some(name) = crate::model::holiday(now.date) {
        let _ = open.append_with_str_1(" ");
        let _ = open.append_child(&text_el(doc, "span", "bk-holiday", &crate::tr!(lang, "hours-holiday", name = name)));
    }
    if let Some(oh) = &place.opening_hours {
        row(doc, &dl, &say("field-opening-hours"), &[data_text(doc, &words::opening_hours(lang, oh))]);
    }
    if let Some(w) = place.wheelchair {
        row(doc, &dl, &say("field-wheelchair"), &[data_text(doc, &words::wheelchair(lang, w))]);
    }
    // Upcoming dates, each with its calendar file; past ones are left out.
    let upcoming: Vec<&Event> = place.events.iter().filter(|e| !e.is_past(now.date)).collect();
    if !upcoming.is_empty() {
        let ul = el(doc, "ul", "bk-events");
        for e in upcoming {
            let _ = ul.append_child(&event(doc, place, e, lang, shown.now_ms));
        }
        row(doc, &dl, &say("field-events"), &[ul]);
    }
    if let Some(d) = place.updated {
        let t = text_el(doc, "time", "", &d.format(lang));
        let _ = t.set_attribute("datetime", &d.to_string());
        row(doc, &dl, &say("field-updated"), &[t]);
    }
    if let Some(s) = &place.source {
        row(doc, &dl, &say("field-source"), &[data_text(doc, s)]);
    }
    dl
}

/// One date: when, what kind, its title and link, and its calendar file.
fn event(doc: &Document, place: &Place, e: &Event, lang: Lang, now_ms: f64) -> HtmlElement {
    let li = el(doc, "li", "bk-event");
    let when = words::event_when(lang, e);
    let time = text_el(doc, "time", "bk-event-when", &when);
    let _ = time.set_attribute("datetime", &e.start.date.to_string());
    let _ = li.append_child(&time);
    let title = e.title.get(lang).to_string();
    // The kind only where the title does not say it already ("Tag der offenen Tür …").
    if let Some(k) = e.kind.as_deref().map(|k| words::event_kind(lang, k)).filter(|k| !title.starts_with(k.as_str())) {
        let _ = li.append_child(&text_el(doc, "span", "bk-event-kind", &k));
    }
    let t = text_el(doc, "span", "bk-event-title", &title);
    let _ = t.set_attribute("dir", "auto");
    let _ = li.append_child(&t);
    let links = el(doc, "span", "bk-event-links");
    if let Some(u) = &e.url {
        let _ = links.append_with_str_1(" ");
        let _ = links.append_child(&link_out(doc, "", &u, &tr(lang, "event-more", None), lang));
    }
    let _ = links.append_with_str_1(" ");
    let (ics, file) = words::ics_href(place, e, lang, now_ms);
    // Each calendar link says which date it saves (a screen reader lists links out of context).
    let a = text_el(doc, "a", "bk-event-ics", &tr(lang, "event-ics", None));
    attrs(&a, &[("href", &ics), ("download", &file)]);
    let sr = text_el(doc, "span", "bk-sr-only", &format!(": {when}, "));
    let _ = sr.append_child(&data_text(doc, &title));
    let _ = a.append_child(&sr);
    let _ = links.append_child(&a);
    let _ = li.append_child(&links);
    li
}
