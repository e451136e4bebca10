//! What the first paint does when the visitor reaches for something before the widget is there:
//! moving the map (every gesture of the widget's map, crate::map::handlers) and zooming (buttons,
//! clusters) happen at once; a marker, the list, the consent step or a search
//! start the widget at once and show that it is coming. What was asked for is written on the
//! first paint's root (`data-want-…`), where the widget reads it when it takes over (ui::handoff).

use super::page::Page;
use super::sketch::{Dot, Sketch, zoom_text};
use super::start::start_widget;
use crate::cluster::ClusterIndex;
use crate::geo::{LonLat, Point, Viewport};
use crate::map::handlers::{Attached, CLICK_AFTER_DRAG_MS, Surface};
use crate::map::plan;
use crate::model::Area;
use crate::model::fixed;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::Element;

/// One host's first paint and what it drew from.
pub struct Painted {
    page: Page,
    sketch: Sketch,
    dots: Vec<Dot>,
    index: Option<ClusterIndex>,
    outline: Vec<Vec<LonLat>>,
    areas: Vec<Area>,
    view: Cell<Viewport>,
    /// Where the panes sit: kept while the zoom is, so a pan only moves them.
    anchor: Cell<Point>,
    cooperative: bool,
    /// Bumped by each pan: the clusters are planned anew once the map rests.
    moves: Cell<u32>,
    /// `moves` when the view was last drawn.
    drawn: Cell<u32>,
    /// The view changed under a finger or the mouse and is not yet written for the widget.
    unkept: Cell<bool>,
    hints: Cell<u32>,
    /// The gestures, once the markers are drawn.
    gestures: RefCell<Option<Attached>>,
    /// Its own listeners for presses, keys and typing (`listen`), removed by `release`.
    listeners: RefCell<Vec<(web_sys::EventTarget, &'static str, Closure<dyn Fn(web_sys::Event)>)>>,
    /// Itself, for what it does a moment later.
    me: Weak<Painted>,
    /// The clusters drawn now (`data-cluster` is the index): where each is, and the zoom where it
    /// splits.
    clusters: RefCell<Vec<(LonLat, Option<f64>)>>,
    /// What a place's details are made from, and the sheet shown now.
    source: super::details::Source,
    sheet: RefCell<Option<crate::map::details::Sheet>>,
}

thread_local! {
    static PAINTED: RefCell<Vec<Rc<Painted>>> = const { RefCell::new(Vec::new()) };
}

impl Painted {
    /// The places on the page's map, at the widget's start view for its size (and clustered
    /// where the widget clusters at that width).
    pub fn new(
        page: Page,
        sketch: Sketch,
        dots: Vec<Dot>,
        outline: Vec<Vec<LonLat>>,
        areas: Vec<Area>,
        cooperative: bool,
        source: super::details::Source,
    ) -> Rc<Self> {
        let (w, h) = (page.map.client_width() as f64, page.map.client_height() as f64);
        let view = sketch.start_view(&dots, w, h);
        let points: Vec<(LonLat, u16)> = dots.iter().map(|d| (d.at, d.kind)).collect();
        let index = plan::index(&points, w, sketch.max_zoom);
        Rc::new_cyclic(|me| Self {
            page,
            sketch,
            dots,
            index,
            outline,
            areas,
            view: Cell::new(view),
            anchor: Cell::new(plan::anchor(&view)),
            cooperative,
            moves: Cell::new(0),
            drawn: Cell::new(0),
            unkept: Cell::new(false),
            hints: Cell::new(0),
            gestures: RefCell::new(None),
            listeners: RefCell::new(Vec::new()),
            me: me.clone(),
            clusters: RefCell::new(Vec::new()),
            source,
            sheet: RefCell::new(None),
        })
    }

    /// Runs `f` on this first paint `ms` from now, if it is still there.
    fn later(&self, ms: i32, f: impl FnOnce(&Painted) + 'static) {
        let me = self.me.clone();
        let Some(win) = web_sys::window() else { return };
        let f = Closure::once_into_js(move || {
            if let Some(p) = me.upgrade() {
                f(&p);
            }
        });
        let _ = win.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms);
    }

    /// The view, for the widget to take over (ui::handoff).
    fn keep_view(&self) {
        let vp = self.view.get();
        let view = format!("{},{},{}", fixed(vp.center.lon, 7), fixed(vp.center.lat, 7), zoom_text(vp.zoom));
        let _ = self.page.root.set_attribute("data-want-view", &view);
    }

    /// The view moved since it was drawn and nothing holds it: drawn anew.
    fn settle(&self) {
        if self.moves.get() != self.drawn.get() && !self.page.root.has_attribute("data-held") {
            self.redraw();
        }
    }

    /// The first markers are on the map.
    pub fn drawn(&self) {
        self.page.drawn();
    }

    pub fn redraw(&self) {
        self.drawn.set(self.moves.get());
        let view = self.view.get();
        let (max_zoom, anchor) = (self.sketch.max_zoom, self.anchor.get());
        let plan = match self.index.as_ref() {
            Some(ci) => plan::clustered(ci, |i| self.dots[i].at, &view, max_zoom, anchor, None),
            None => plan::decluttered(&self.dots.iter().map(|d| d.at).collect::<Vec<_>>(), view.zoom, anchor),
        };
        let labels = plan::labels(&self.areas, &plan, view.zoom);
        self.page.draw(&self.sketch, &self.dots, &plan, &labels, &view, &self.outline, &self.areas);
        *self.clusters.borrow_mut() = plan.clusters.iter().map(|(c, _)| (c.at, c.expand_to)).collect();
    }

    fn go(&self, center: LonLat, zoom: f64) {
        self.set_view(Viewport { center, zoom, ..self.view.get() });
    }

    /// Shows the pressed marker's place (crate::map::details) as soon as the details' part is
    /// there, busy meanwhile; the widget comes after it and opens the same place.
    fn open_place(&self, marker: Element) {
        let id = marker.get_attribute("data-place").unwrap_or_default();
        let _ = self.page.root.set_attribute("data-want-place", &id);
        let Some(me) = self.me.upgrade() else { return };
        self.page.busy(Some(&marker));
        wasm_bindgen_futures::spawn_local(async move {
            let made = super::details::sheet(&me.source, &id).await;
            // Pressed again meanwhile, or closed: only the last press shows.
            if me.page.root.get_attribute("data-want-place").as_deref() != Some(id.as_str()) {
                return;
            }
            match made {
                Ok(Some(sheet)) => {
                    me.page.ready(&marker);
                    me.page.show_sheet(&sheet);
                    let covering = sheet.root.get_bounding_client_rect();
                    *me.sheet.borrow_mut() = Some(sheet);
                    me.reveal(&id, (covering.left(), covering.top(), covering.right(), covering.bottom()));
                }
                // The widget shows it (or says what is missing).
                _ => {}
            }
            start_widget();
        });
    }

    /// Pans the place `id` out from under its details (`sheet`, on screen), as the widget does.
    fn reveal(&self, id: &str, sheet: (f64, f64, f64, f64)) {
        let Some(at) = self.dots.iter().find(|d| d.id == id).map(|d| d.at) else { return };
        let r = self.page.map.get_bounding_client_rect();
        let free = Viewport::free_beside((r.left(), r.top(), r.right(), r.bottom()), Some(sheet));
        let view = self.view.get();
        let revealed = view.revealing(at, free, 32.0);
        if revealed != view {
            self.set_view(revealed);
        }
    }

    /// Closes the sheet; the focus goes back to its place's marker.
    fn close_place(&self) {
        let id = self.page.root.get_attribute("data-want-place");
        let _ = self.page.root.remove_attribute("data-want-place");
        if let Some(sheet) = self.sheet.borrow_mut().take() {
            self.page.hide_sheet(&sheet, id.as_deref());
        }
    }

    /// Escape closes the details, as in the widget.
    fn on_key(&self, ev: &web_sys::KeyboardEvent) {
        if ev.key() == "Escape" && self.sheet.borrow().is_some() {
            ev.prevent_default();
            self.close_place();
        }
    }

    fn want(&self, what: &str, value: &str, busy: Option<&Element>) {
        let _ = self.page.root.set_attribute(&format!("data-want-{what}"), value);
        self.page.busy(busy);
        start_widget();
    }

    fn on_click(&self, ev: &web_sys::MouseEvent) {
        let dragged = self.gestures.borrow().as_ref().map_or(0.0, Attached::drag_ended_at);
        if js_sys::Date::now() - dragged < CLICK_AFTER_DRAG_MS {
            return;
        }
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let hit = |sel: &str| target.closest(sel).ok().flatten();
        if let Some(m) = hit(".bk-marker") {
            self.open_place(m);
        } else if hit(".bk-details .bk-close").is_some() {
            self.close_place();
        } else if hit(".bk-details").is_some() {
            // Inside the sheet: its links and its handle do their own work.
        } else if let Some(c) = hit(".bk-cluster") {
            let drawn = c.get_attribute("data-cluster").and_then(|n| n.parse::<usize>().ok());
            match drawn.and_then(|n| self.clusters.borrow().get(n).copied()) {
                Some((at, Some(z))) => self.go(at, z),
                // Places at one spot: the widget lists them.
                _ => self.want("view", "", Some(&c)),
            }
        } else if let Some(z) = hit(".bk-zoom-in").or_else(|| hit(".bk-zoom-out")) {
            if z.get_attribute("aria-disabled").as_deref() == Some("true") {
                return;
            }
            let step = if hit(".bk-zoom-in").is_some() { 1.0 } else { -1.0 };
            let v = self.view.get();
            self.go(v.center, (v.zoom + step).round());
        } else if let Some(b) = hit(".bk-skip").or_else(|| hit(".bk-switch-button[aria-controls$='-side']")) {
            ev.prevent_default();
            self.want("list", "", Some(&b));
        } else if let Some(b) = hit(".bk-consent-load") {
            self.want("consent", "yes", Some(&b));
        } else if let Some(b) = hit(".bk-consent-skip") {
            self.want("consent", "no", Some(&b));
        } else if hit(".bk-first-retry").is_some() {
            for p in PAINTED.with(|p| p.borrow().clone()) {
                p.page.retrying();
            }
            start_widget();
        }
    }
}

/// The first paint's map moves as the widget's will: the same gestures, the same limits.
impl Surface for Painted {
    fn view(&self) -> Viewport {
        self.view.get()
    }

    /// A new view, kept for the widget (`data-want-view`). A pan moves the panes; a new zoom, or
    /// a pan that has come to rest on clustered places, draws the view anew.
    fn set_view(&self, vp: Viewport) {
        let vp = vp.constrained(&self.sketch.limits(&self.dots));
        let before = self.view.replace(vp);
        // Not at every move of a drag: once it is let go (`held`), before the widget may come.
        match self.page.root.has_attribute("data-held") {
            true => self.unkept.set(true),
            false => self.keep_view(),
        }
        if (vp.zoom - before.zoom).abs() > 1e-9 {
            self.anchor.set(plan::anchor(&vp));
            self.redraw();
            return;
        }
        self.page.place(self.anchor.get(), &vp);
        if self.index.is_some() {
            let n = self.moves.get() + 1;
            self.moves.set(n);
            self.later(150, move |p| {
                if p.moves.get() == n {
                    p.settle();
                }
            });
        }
    }

    fn cooperative(&self) -> bool {
        self.cooperative
    }

    fn hint(&self, key: &'static str) {
        let n = self.hints.get() + 1;
        self.hints.set(n);
        self.page.hint(Some(&self.page.words.say(key)));
        self.later(1600, move |p| {
            if p.hints.get() == n {
                p.page.hint(None);
            }
        });
    }

    /// While a finger or the mouse holds the map, the widget waits to take its place (ui::handoff).
    fn held(&self, held: bool) {
        if held {
            let _ = self.page.root.set_attribute("data-held", "");
        } else {
            let _ = self.page.root.remove_attribute("data-held");
            if self.unkept.replace(false) {
                self.keep_view();
            }
            // After the click that may follow the release: a press on a marker keeps its button.
            self.later(0, Painted::settle);
        }
    }
}

/// Listens for presses and typing on a drawn first paint. The listeners hold it weakly and it
/// holds them, so that `release` lets the whole first paint go.
pub fn listen(painted: Rc<Painted>) {
    let gestures = crate::map::handlers::attach(&painted.page.map, painted.clone());
    *painted.gestures.borrow_mut() = Some(gestures);
    let on = |target: &web_sys::EventTarget, name: &'static str, f: fn(&Painted, web_sys::Event)| {
        let me = Rc::downgrade(&painted);
        let cb = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            if let Some(p) = me.upgrade() {
                f(&p, ev);
            }
        });
        let _ = target.add_event_listener_with_callback(name, cb.as_ref().unchecked_ref());
        painted.listeners.borrow_mut().push((target.clone(), name, cb));
    };
    on(&painted.page.root, "click", |p, ev| p.on_click(ev.unchecked_ref()));
    on(&painted.page.root, "keydown", |p, ev| p.on_key(ev.unchecked_ref()));
    // Typing asks for the search: the widget comes at once and finds what was typed.
    on(&painted.page.search, "input", |p, _| {
        p.page.busy(None);
        start_widget();
    });
    PAINTED.with(|p| p.borrow_mut().push(painted));
}

/// The widget has taken the place of the first paint whose root is `root` (ui::handoff): its
/// listeners, gestures and everything it read (each place's feature as the browser parsed it)
/// are let go, instead of staying in memory for the rest of the visit.
pub fn release(root: &Element) {
    let gone = PAINTED.with(|p| {
        let mut painted = p.borrow_mut();
        let at = painted.iter().position(|x| x.page.root.is_same_node(Some(root)))?;
        Some(painted.remove(at))
    });
    let Some(p) = gone else { return };
    // The gestures hold the first paint as the surface they move: taken, the cycle is broken.
    p.gestures.borrow_mut().take();
    for (target, name, f) in p.listeners.borrow_mut().drain(..) {
        let _ = target.remove_event_listener_with_callback(name, f.as_ref().unchecked_ref());
    }
    p.sheet.borrow_mut().take();
}

/// The widget did not arrive: every first paint says so and offers to try again.
pub(super) fn failed_everywhere() {
    for p in PAINTED.with(|p| p.borrow().clone()) {
        p.page.failed();
    }
}
