//! A place's details, the sheet that opens when a marker is pressed: the same markup for the first
//! paint (which shows it before the widget has arrived) and the widget (ui::details, which adds
//! what belongs to the app: Merken, the link to copy). Plain web-sys, so the first download's
//! details need no Leptos. Every text from the data goes in as text, never as HTML, and only
//! http(s), mailto and tel links are made (crate::model::contact decides which are links).
//!
//! | module | what |
//! |---|---|
//! | `rows` | the rows of facts: category, ways of contact, address … sources |
//! | `grip` | the bottom sheet's handle on a phone |

mod grip;
mod rows;

use super::dom::{attrs, el, text_el};
use crate::i18n::tr;
use crate::model::{Config, Lang, Look, Place, email_href, phone_href, route_link, transit_link, website_href};
use wasm_bindgen::closure::Closure;
use web_sys::{Document, HtmlElement};

/// What one sheet shows, and where it sits among the widget's ids and headings.
pub struct Shown<'a> {
    pub place: &'a Place,
    pub config: &'a Config,
    pub lang: Lang,
    /// Now (ms since 1970, UTC): for "open now" and which dates are still to come.
    pub now_ms: f64,
    /// The level of the widget's title (`data-heading-level`): the sheet's title is one below.
    pub title_level: u8,
    /// The widget's id prefix (`bk0`, the first paint's `bkf0`).
    pub prefix: &'a str,
}

/// A sheet made for one place, with the places where its owner adds to it. Its handlers live as
/// long as it does.
pub struct Sheet {
    pub root: HtmlElement,
    pub title: HtmlElement,
    pub close: HtmlElement,
    /// The quick actions (call, route, website, e-mail): the widget adds Merken here.
    pub actions: HtmlElement,
    /// Directions at the end of the body: the widget adds the link to copy here.
    pub directions: HtmlElement,
    _grip: Vec<Closure<dyn FnMut(web_sys::MouseEvent)>>,
    kept: Vec<Closure<dyn Fn()>>,
}

impl Sheet {
    /// Keeps a handler its owner put on the sheet, as long as the sheet lives.
    pub fn keep(&mut self, handler: Closure<dyn Fn()>) {
        self.kept.push(handler);
    }
}

/// A heading `depth` levels below the widget's title (0 = the title itself), as ui::heading.
pub(crate) fn heading(doc: &Document, title_level: u8, depth: u8, class: &str) -> HtmlElement {
    let h = el(doc, &format!("h{}", (title_level + depth).clamp(1, 6)), class);
    let _ = h.set_attribute("dir", "auto");
    h
}

/// Text from the data: always a text node, and `dir="auto"` so right-to-left text lays out right.
pub(crate) fn data_text(doc: &Document, text: &str) -> HtmlElement {
    let s = text_el(doc, "span", "", text);
    let _ = s.set_attribute("dir", "auto");
    s
}

/// A link that opens a new tab, and says so to a screen reader.
pub(crate) fn link_out(doc: &Document, class: &str, href: &str, text: &str, lang: Lang) -> HtmlElement {
    let a = text_el(doc, "a", class, text);
    attrs(&a, &[("href", href), ("target", "_blank"), ("rel", "noopener noreferrer")]);
    let _ = a.append_child(&text_el(doc, "span", "bk-sr-only", &format!(" {}", tr(lang, "new-tab", None))));
    a
}

/// A link within the page's tab (tel:, mailto:).
fn link(doc: &Document, class: &str, href: &str, text: &str) -> HtmlElement {
    let a = text_el(doc, "a", class, text);
    let _ = a.set_attribute("href", href);
    a
}

/// A text from the data in the visitor's language, or the German one standing in for it with the
/// tag of its language (`lang="de"`), so a screen reader reads it in a German voice.
fn in_lang(doc: &Document, tag: &str, class: &str, text: &crate::model::Localized, lang: Lang) -> HtmlElement {
    let (text, code) = text.get_tagged(lang);
    let e = text_el(doc, tag, class, text);
    if code != lang.code() {
        let _ = e.set_attribute("lang", code);
    }
    e
}

/// The sheet of `shown.place`: its name and close button, the quick actions, the description,
/// every fact the data has, and the ways to get there.
pub fn sheet(doc: &Document, shown: &Shown) -> Sheet {
    let (place, lang) = (shown.place, shown.lang);
    let say = |key: &str| tr(lang, key, None);
    let id = |s: &str| format!("{}-{s}", shown.prefix);
    let root = el(doc, "section", "bk-details");
    attrs(
        &root,
        &[
            ("id", &id("details")),
            ("role", "dialog"),
            ("aria-modal", "false"),
            ("aria-labelledby", &id("details-title")),
        ],
    );
    let (grip, handlers) = grip::grip(doc, &root, lang);

    let head = el(doc, "div", "bk-details-head");
    let title = heading(doc, shown.title_level, 1, "bk-details-title");
    attrs(&title, &[("id", &id("details-title")), ("tabindex", "-1")]);
    let _ = title.append_child(&in_lang(doc, "span", "", &place.name, lang));
    let close = el(doc, "button", "bk-close");
    let close_name = say("close");
    attrs(&close, &[("type", "button"), ("aria-label", &close_name), ("title", &close_name)]);
    let cross = text_el(doc, "span", "", "×");
    let _ = cross.set_attribute("aria-hidden", "true");
    let _ = close.append_child(&cross);
    let _ = head.append_child(&title);
    let _ = head.append_child(&close);

    // What a visitor most often wants, at the top of the sheet where a phone shows it at once.
    let actions = el(doc, "div", "bk-actions");
    let route = route_link(place);
    if let Some(href) = place.phone.as_deref().and_then(phone_href) {
        let _ = actions.append_child(&link(doc, "bk-action", &href, &say("action-call")));
    }
    // A route only to a place that has one (not to telephone or online counselling).
    if let Some(href) = &route {
        let _ = actions.append_child(&link_out(doc, "bk-action", href, &say("action-route"), lang));
    }
    if let Some(site) = place.website.as_deref().and_then(website_href) {
        let _ = actions.append_child(&link_out(doc, "bk-action", &site, &say("action-website"), lang));
    }
    if let Some(href) = place.email.as_deref().and_then(email_href) {
        let _ = actions.append_child(&link(doc, "bk-action", &href, &say("action-email")));
    }

    // Focusable so keyboard users can scroll long details (WCAG 2.1.1).
    let body = el(doc, "div", "bk-details-body");
    attrs(&body, &[("tabindex", "0"), ("aria-labelledby", &id("details-title"))]);
    if let Some(d) = &place.description {
        let p = in_lang(doc, "p", "bk-description", d, lang);
        let _ = p.set_attribute("dir", "auto");
        let _ = body.append_child(&p);
    }
    let _ = body.append_child(&rows::rows(doc, shown));
    let directions = el(doc, "div", "bk-directions");
    if let Some(osm) = &route {
        let h = heading(doc, shown.title_level, 2, "bk-subhead");
        h.set_text_content(Some(&say("directions")));
        let list = el(doc, "ul", "bk-link-list");
        for (href, key) in [(transit_link(place), "directions-hvv"), (osm.clone(), "directions-osm")] {
            let li = el(doc, "li", "");
            let _ = li.append_child(&link_out(doc, "", &href, &say(key), lang));
            let _ = list.append_child(&li);
        }
        let _ = directions.append_child(&h);
        let _ = directions.append_child(&list);
    }
    let _ = body.append_child(&directions);
    for part in [&grip, &head, &actions, &body] {
        let _ = root.append_child(part);
    }
    Sheet { root, title, close, actions, directions, _grip: handlers, kept: Vec::new() }
}

/// The look and the label of the place's category, for its row (crate::model::Look::named).
pub(crate) fn category(shown: &Shown) -> Option<(Look, String)> {
    Look::named(shown.config, &shown.place.category, shown.lang)
}
