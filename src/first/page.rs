//! The first paint's page: the widget's own markup and classes (so its stylesheet lays it out the
//! same, on a phone and in a host page), built with the DOM. Data goes in as text and attributes,
//! never as HTML; styles go through the CSSOM, which a strict CSP allows. What the page says while
//! the widget comes (busy, failed, asked again) is here too.

use super::sketch::Sketch;
use super::words::Words;
use crate::map::dom::{attrs, button, el, focus_quietly, svg, text_el};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// The parts of the page that change after it is built.
pub struct Page {
    pub doc: Document,
    pub root: HtmlElement,
    pub map: HtmlElement,
    pub search: HtmlElement,
    pub status: HtmlElement,
    pub(super) base: HtmlElement,
    pub(super) markers: HtmlElement,
    /// The markers and clusters in `markers`.
    pub(super) layer: crate::map::markers::Layer,
    note: HtmlElement,
    pub(super) prefix: String,
    /// In the visitor's language.
    pub words: Rc<Words>,
}

/// The widget as it first shows: title, search bar, the consent step, the map with its controls
/// and "Karte wird geladen …", the (empty) side panel and the note.
pub fn page(
    doc: &Document,
    sketch: &Sketch,
    words: Rc<Words>,
    prefix: &str,
    heading_level: u8,
    auto_height: bool,
) -> Page {
    let w = &*words;
    let id = |s: &str| format!("{prefix}-{s}");
    let root =
        el(doc, "section", if auto_height { "bk-root bk-first bk-root--auto-height" } else { "bk-root bk-first" });
    attrs(
        &root,
        &[
            ("data-view", "map"),
            ("lang", w.lang.code()),
            ("dir", if w.lang.is_rtl() { "rtl" } else { "ltr" }),
            ("aria-labelledby", &id("title")),
            ("data-parts", "waiting"),
        ],
    );
    let frame = el(doc, "div", "bk-frame");
    let skip = text_el(doc, "a", "bk-skip", &w.say("skip-map"));
    let _ = skip.set_attribute("href", &format!("#{}", id("side")));
    let header = el(doc, "header", "bk-header");
    let level = heading_level.clamp(1, 6);
    let title = text_el(doc, &format!("h{level}"), "bk-title", &sketch.title);
    attrs(&title, &[("id", &id("title")), ("dir", "auto")]);
    let _ = header.append_child(&title);
    if sketch.lang_menu {
        // Room for the widget's language menu, so nothing moves when it comes.
        let wrap = el(doc, "div", "bk-lang-wrap bk-first-lang");
        let _ = wrap.set_attribute("aria-hidden", "true");
        let b = el(doc, "span", "bk-lang-button");
        let icon = svg(doc, "svg");
        attrs(&icon, &[("class", "bk-lang-icon"), ("width", "20"), ("height", "20")]);
        let _ = b.append_child(&icon);
        let _ = b.append_child(&text_el(doc, "span", "", w.lang.own_name()));
        let _ = wrap.append_child(&b);
        let _ = header.append_child(&wrap);
    }

    let bar = el(doc, "div", "bk-bar");
    attrs(&bar, &[("role", "search"), ("aria-label", &w.say("search-region"))]);
    let label = el(doc, "label", "bk-label");
    let _ = label.set_attribute("for", &id("search"));
    let (long, short) = (w.say("search-label"), w.say("search-label-short"));
    let rest = long.strip_prefix(&short).unwrap_or("");
    let _ = label.append_child(&text_el(doc, "span", "bk-label-short", &short));
    let _ = label.append_child(&text_el(doc, "span", "bk-label-rest", rest));
    let row = el(doc, "div", "bk-bar-row");
    let search = el(doc, "input", "bk-search");
    attrs(
        &search,
        &[
            ("type", "search"),
            ("id", &id("search")),
            ("autocomplete", "off"),
            ("spellcheck", "false"),
            ("enterkeyhint", "search"),
            ("placeholder", &w.say("search-placeholder")),
        ],
    );
    let status = text_el(doc, "p", "bk-status", &w.say("loading"));
    let _ = status.set_attribute("role", "status");
    let switch = el(doc, "div", "bk-switch");
    attrs(&switch, &[("role", "group"), ("aria-label", &w.say("view-switch"))]);
    for (text, pressed, controls) in [(&w.say("view-map"), "true", "map"), (&w.say("view-list"), "false", "side")] {
        let b = button(doc, "bk-switch-button");
        b.set_text_content(Some(text));
        attrs(&b, &[("aria-pressed", pressed), ("aria-controls", &id(controls))]);
        let _ = switch.append_child(&b);
    }
    for c in [&search, &status] {
        let _ = row.append_child(c);
    }
    let _ = row.append_child(&switch);
    let _ = bar.append_child(&label);
    let _ = bar.append_child(&row);

    let body = el(doc, "div", "bk-body");
    let stage = el(doc, "div", "bk-stage");
    if let Some(c) = &sketch.consent {
        let _ = stage.append_child(&consent(doc, w, c, &id("consent")));
    }
    let stage_map = el(doc, "div", "bk-stage-map");
    let map = el(doc, "div", "bk-map");
    attrs(
        &map,
        &[
            ("id", &id("map")),
            ("role", "region"),
            ("tabindex", "0"),
            ("aria-describedby", &id("map-hint")),
            // Busy until the widget takes its place: the list and the details are still coming.
            ("aria-busy", "true"),
        ],
    );
    let hint = text_el(doc, "p", "bk-sr-only", &w.say("map-hint"));
    let _ = hint.set_attribute("id", &id("map-hint"));
    let base = el(doc, "div", "bk-pane");
    let base_layer = el(doc, "div", "bk-base-layer");
    let _ = base_layer.set_attribute("aria-hidden", "true");
    let _ = base_layer.append_child(&base);
    let controls = el(doc, "div", "bk-controls");
    for (class, name, sign) in
        [("bk-zoom bk-zoom-in", &w.say("zoom-in"), "+"), ("bk-zoom bk-zoom-out", &w.say("zoom-out"), "−")]
    {
        let b = button(doc, class);
        attrs(&b, &[("aria-label", name), ("title", name)]);
        let s = text_el(doc, "span", "", sign);
        let _ = s.set_attribute("aria-hidden", "true");
        let _ = b.append_child(&s);
        let _ = controls.append_child(&b);
    }
    let note = text_el(doc, "p", "bk-map-loading", &w.say("loading-map"));
    let _ = note.set_attribute("aria-hidden", "true");
    let markers = el(doc, "div", "bk-pane");
    let marker_layer = el(doc, "div", "bk-markers");
    let _ = marker_layer.append_child(&markers);
    let attribution = el(doc, "div", "bk-attribution");
    match &sketch.base_attribution {
        Some(a) if sketch.outline.is_some() || sketch.areas.is_some() => {
            let span = text_el(doc, "span", "", a);
            let _ = span.set_attribute("dir", "auto");
            let _ = attribution.append_child(&span);
        }
        _ => attribution.set_class_name("bk-attribution bk-attribution--empty"),
    }
    for c in [&hint, &base_layer, &controls, &note, &marker_layer, &attribution] {
        let _ = map.append_child(c);
    }
    let _ = stage_map.append_child(&map);
    let _ = stage.append_child(&stage_map);
    let side = el(doc, "aside", "bk-side");
    attrs(&side, &[("id", &id("side")), ("tabindex", "-1"), ("aria-label", &w.say("filters"))]);
    // As the widget's side panel shows while its part is on its way.
    let waiting = el(doc, "div", "bk-part-busy");
    let _ = waiting.set_attribute("aria-busy", "true");
    let _ = waiting.append_child(&text_el(doc, "p", "bk-part-note", &w.say("part-loading")));
    let _ = side.append_child(&waiting);
    let _ = body.append_child(&stage);
    let _ = body.append_child(&side);
    for c in [&skip, &header, &el(doc, "div", "bk-notices"), &bar, &body] {
        let _ = frame.append_child(c);
    }
    if let Some(n) = &sketch.note {
        let footer = el(doc, "footer", "bk-footer");
        let span = text_el(doc, "span", "bk-note", n);
        let _ = span.set_attribute("dir", "auto");
        let _ = footer.append_child(&span);
        let _ = frame.append_child(&footer);
    }
    let _ = root.append_child(&frame);
    let layer = crate::map::markers::Layer::new(doc, &markers);
    Page { doc: doc.clone(), root, map, search, status, base, markers, layer, note, prefix: prefix.to_string(), words }
}

fn consent(doc: &Document, w: &Words, c: &super::sketch::Consent, bar_id: &str) -> HtmlElement {
    let bar = el(doc, "div", "bk-consent");
    attrs(&bar, &[("id", bar_id), ("role", "group"), ("aria-label", &w.say("consent-title"))]);
    let p = text_el(doc, "p", "bk-consent-text", &w.say_with("consent-note", &[("provider", &c.provider)], None));
    if let Some(href) = &c.privacy_url {
        let _ = p.append_with_str_1(" ");
        let a = text_el(doc, "a", "", &w.say("privacy-link"));
        attrs(&a, &[("href", href), ("target", "_blank"), ("rel", "noopener noreferrer")]);
        let _ = a.append_child(&text_el(doc, "span", "bk-sr-only", &format!(" {}", &w.say("new-tab"))));
        let _ = p.append_child(&a);
    }
    let actions = el(doc, "div", "bk-consent-actions");
    for (class, text) in [("bk-consent-load", &w.say("consent-load")), ("bk-consent-skip", &w.say("consent-skip"))] {
        let b = button(doc, class);
        b.set_text_content(Some(text));
        let _ = actions.append_child(&b);
    }
    let _ = bar.append_child(&p);
    let _ = bar.append_child(&actions);
    bar
}

impl Page {
    /// A part of the widget did not arrive: said over the map, with a way to ask again.
    pub fn failed(&self) {
        let w = &self.words;
        self.status.set_text_content(Some(&w.say("part-failed")));
        let _ = self.root.set_attribute("data-failed", "");
        if let Ok(Some(p)) = self.root.query_selector(".bk-map-note p") {
            p.set_text_content(Some(&w.say("part-failed")));
            return;
        }
        let box_ = el(&self.doc, "div", "bk-map-note");
        let _ = box_.set_attribute("role", "alert");
        let _ = box_.append_child(&text_el(&self.doc, "p", "", &w.say("part-failed")));
        let again = button(&self.doc, "bk-reset bk-first-retry");
        again.set_text_content(Some(&w.say("retry")));
        let _ = box_.append_child(&again);
        let _ = self.map.append_child(&box_);
    }

    /// Asked again: the note says so and keeps its button (and the focus on it).
    pub fn retrying(&self) {
        let w = &self.words;
        if let Ok(Some(p)) = self.root.query_selector(".bk-map-note p") {
            p.set_text_content(Some(&w.say("retrying")));
        }
        self.status.set_text_content(Some(&w.say("retrying")));
        let _ = self.root.remove_attribute("data-failed");
    }

    /// Shows that what the visitor reached for (a marker, the list, an answer) is on its way; a
    /// failure already said stays said.
    pub fn busy(&self, what: Option<&Element>) {
        let w = &self.words;
        if let Some(e) = what {
            let _ = e.set_attribute("aria-busy", "true");
            let _ = e.class_list().add_1("bk-busy");
            if e.class_list().contains("bk-switch-button") {
                let _ = e.set_attribute("aria-pressed", "true");
                if let Ok(Some(map)) = self.root.query_selector(".bk-switch-button[aria-pressed=true]:not(.bk-busy)") {
                    let _ = map.set_attribute("aria-pressed", "false");
                }
            }
        }
        if !self.root.has_attribute("data-failed") {
            self.status.set_text_content(Some(&w.say("part-loading")));
        }
        let _ = self.root.class_list().add_1("bk-first--waiting");
    }

    /// What was reached for has come: the marker is no longer busy.
    pub fn ready(&self, what: &Element) {
        let _ = what.remove_attribute("aria-busy");
        let _ = what.class_list().remove_1("bk-busy");
        let _ = self.root.class_list().remove_1("bk-first--waiting");
        if !self.root.has_attribute("data-failed") {
            self.status.set_text_content(Some(&self.words.say("loading")));
        }
    }

    /// Shows a place's details where the widget shows them (beside the map, a bottom sheet on a
    /// phone), with the focus on their title.
    pub fn show_sheet(&self, sheet: &crate::map::details::Sheet) {
        if let Some(old) = self.root.query_selector(".bk-details").ok().flatten() {
            old.remove();
        }
        // The widget's height, as the widget's map sets it: a phone's sheet leaves 40 % of it to
        // the map (the stylesheet's `--bk-h`).
        let _ = self.root.style().set_property("--bk-h", &format!("{}px", self.root.client_height()));
        if let Some(stage) = self.map.parent_element() {
            let _ = stage.append_child(&sheet.root);
        }
        let _ = self.root.class_list().add_1("bk-root--details");
        focus_quietly(&sheet.title);
    }

    /// Takes the details away; the focus goes back to the marker of place `id`, if it is drawn.
    pub fn hide_sheet(&self, sheet: &crate::map::details::Sheet, id: Option<&str>) {
        sheet.root.remove();
        let _ = self.root.class_list().remove_1("bk-root--details");
        let markers = self.markers.query_selector_all(".bk-marker").ok();
        let marker = markers.into_iter().flat_map(|l| (0..l.length()).filter_map(move |i| l.item(i))).find_map(|n| {
            let e = n.dyn_into::<HtmlElement>().ok()?;
            (e.get_attribute("data-place").as_deref() == id).then_some(e)
        });
        focus_quietly(marker.as_ref().unwrap_or(&self.map));
    }

    /// A short gesture hint over the map ("Karte mit zwei Fingern bewegen"), or none.
    pub fn hint(&self, text: Option<&str>) {
        let shown = self.map.query_selector(".bk-gesture-hint").ok().flatten();
        match (shown, text) {
            (Some(h), Some(t)) => h.set_text_content(Some(t)),
            (Some(h), None) => h.remove(),
            (None, Some(t)) => {
                let h = text_el(&self.doc, "p", "bk-gesture-hint", t);
                let _ = h.set_attribute("aria-hidden", "true");
                let _ = self.map.append_child(&h);
            }
            (None, None) => {}
        }
    }

    /// The first markers are drawn: the map's "Karte wird geladen …" goes, as the widget's does
    /// once its markers are there.
    pub fn drawn(&self) {
        self.note.remove();
    }
}
