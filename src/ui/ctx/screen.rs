//! What the widget shows: the map's view, map or list, the consent offer and the background map.

use crate::geo::{Limits, LonLat, Viewport};
use leptos::prelude::*;

/// On a narrow widget (a phone) the map and the list take turns; wider widgets show both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelView {
    Map,
    List,
}

impl PanelView {
    pub fn as_str(self) -> &'static str {
        match self {
            PanelView::Map => "map",
            PanelView::List => "list",
        }
    }
}

#[derive(Clone, Copy)]
pub struct Screen {
    pub viewport: ReadSignal<Viewport>,
    set_viewport: WriteSignal<Viewport>,
    limits: ReadSignal<Limits>,
    /// The view is still the one the widget chose (start view, fitted to the places).
    view_is_own: StoredValue<bool>,
    /// An area to fit once the map has a size (it is hidden on a phone's list view).
    pending_fit: StoredValue<Option<crate::geo::Bounds>>,
    /// Map or list, where only one fits (narrow widgets).
    pub panel: ReadSignal<PanelView>,
    set_panel: WriteSignal<PanelView>,
    /// Tiles from a third party load only once this is true (consent for this page view only).
    pub consented: ReadSignal<bool>,
    set_consented: WriteSignal<bool>,
    /// The visitor put the consent offer aside ("Ohne Hintergrundkarte weiter"); a map control
    /// brings it back. Nothing is stored: the next page view asks again.
    pub consent_dismissed: ReadSignal<bool>,
    set_consent_dismissed: WriteSignal<bool>,
    /// The visitor switched the background map off again (after consent); the base layer stays.
    pub basemap_hidden: ReadSignal<bool>,
    set_basemap_hidden: WriteSignal<bool>,
    /// Tiles that loaded and that failed since consent: failing ones alone are said once, quietly.
    pub tiles_loaded: ReadSignal<u32>,
    set_tiles_loaded: WriteSignal<u32>,
    pub tiles_failed: ReadSignal<u32>,
    set_tiles_failed: WriteSignal<u32>,
}

impl Screen {
    pub(super) fn new(limits: ReadSignal<Limits>) -> Self {
        let (viewport, set_viewport) = signal(Viewport::new(LonLat::new(9.99, 53.32), 10.0, 0.0, 0.0));
        let (panel, set_panel) = signal(PanelView::Map);
        let (consented, set_consented) = signal(false);
        let (consent_dismissed, set_consent_dismissed) = signal(false);
        let (basemap_hidden, set_basemap_hidden) = signal(false);
        let (tiles_loaded, set_tiles_loaded) = signal(0);
        let (tiles_failed, set_tiles_failed) = signal(0);
        Self {
            viewport,
            set_viewport,
            limits,
            view_is_own: StoredValue::new(true),
            pending_fit: StoredValue::new(None),
            panel,
            set_panel,
            consented,
            set_consented,
            consent_dismissed,
            set_consent_dismissed,
            basemap_hidden,
            set_basemap_hidden,
            tiles_loaded,
            set_tiles_loaded,
            tiles_failed,
            set_tiles_failed,
        }
    }

    /// Every change of view goes through here, so the limits always hold. A change made here is
    /// the visitor's (or a link's): loading no longer widens the view for files that come later.
    pub fn set_view(&self, vp: Viewport) {
        self.view_is_own.set_value(false);
        self.constrain(vp);
    }

    pub fn update_view(&self, f: impl FnOnce(&Viewport) -> Viewport) {
        let vp = f(&self.viewport.get_untracked());
        self.set_view(vp);
    }

    /// A view the widget chooses itself (the start view, fitted to the places that arrived).
    pub fn choose_view(&self, vp: Viewport) {
        self.constrain(vp);
        self.view_is_own.set_value(true);
    }

    /// The start view, before any place: not held to limits that do not know the places yet.
    pub fn start_view(&self, vp: Viewport) {
        self.set_viewport.set(vp);
        self.view_is_own.set_value(true);
    }

    /// The view is still the widget's choice, not the visitor's.
    pub fn view_is_own(&self) -> bool {
        self.view_is_own.get_value()
    }

    /// The map's box changed size: the view keeps its centre and whose choice it was, and an area
    /// waiting to be fitted is fitted now.
    pub fn resize_view(&self, width: f64, height: f64) {
        let vp = self.viewport.get_untracked().with_size(width, height);
        self.constrain(vp);
        if width > 0.0 && height > 0.0 {
            if let Some(b) = self.pending_fit.get_value() {
                self.fit(b);
            }
        }
    }

    /// Shows all of `bounds` as large as the map allows; if the map has no size yet (hidden behind
    /// the list on a phone), as soon as it has one.
    pub fn fit(&self, bounds: crate::geo::Bounds) {
        let vp = self.viewport.get_untracked();
        if vp.width <= 0.0 || vp.height <= 0.0 {
            self.pending_fit.set_value(Some(bounds));
            return;
        }
        self.pending_fit.set_value(None);
        let zoom = crate::geo::Limits::fit_zoom(&bounds, vp.width, vp.height, 16.0);
        self.set_view(Viewport { center: bounds.center(), zoom, ..vp });
    }

    fn constrain(&self, vp: Viewport) {
        let limits = self.limits.get_untracked();
        self.set_viewport.set(vp.constrained(&limits));
    }

    pub fn show(&self, panel: PanelView) {
        self.set_panel.set(panel);
    }

    /// Consent to the third-party background map, for this page view (or none needed).
    pub fn consent(&self, yes: bool) {
        self.set_consented.set(yes);
    }

    pub fn dismiss_consent(&self, yes: bool) {
        self.set_consent_dismissed.set(yes);
    }

    /// The background map is on: consented to and not switched off again (tracked).
    pub fn basemap_on(&self) -> bool {
        self.consented.get() && !self.basemap_hidden.get()
    }

    pub fn toggle_basemap(&self) {
        self.set_basemap_hidden.update(|h| *h = !*h);
    }

    pub fn tile_loaded(&self) {
        self.set_tiles_loaded.update(|n| *n += 1);
    }

    pub fn tile_failed(&self) {
        self.set_tiles_failed.update(|n| *n += 1);
    }
}
