//! The state one widget instance shares between its components: plain signals, created once.

use crate::geo::{Bounds, Limits, LonLat, Viewport};
use crate::model::{Area, Config, Lang, Place, Problem, SourceReport};
use crate::search::{FacetCounts, Filters, SearchIndex};
use leptos::prelude::*;
use std::sync::Arc;

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

/// The config did not arrive or cannot be used: said with its problems, in the visitor's language.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigFailure {
    pub file: String,
    pub problems: Vec<Problem>,
    /// Asking again may help (it did not arrive), as opposed to a config that must be fixed.
    pub retry: bool,
}

#[derive(Clone, Copy)]
pub struct Ctx {
    pub prefix: StoredValue<String>,
    /// The level of the widget's title (`data-heading-level`); its sections are one level below.
    pub heading: u8,
    /// On a host page the wheel and one finger scroll the page; the map takes Ctrl + wheel, a
    /// click into it, or two fingers. The standalone page takes every gesture.
    pub cooperative: bool,
    /// The visitor switched the language (or a link named one): shared links then keep it.
    pub lang_chosen: StoredValue<bool>,
    /// The view before a list entry zoomed in to its place: closing the details goes back to it.
    pub view_before: StoredValue<Option<Viewport>>,
    /// The view is still the one the widget chose (start view, fitted to the places).
    pub view_is_own: StoredValue<bool>,
    /// Map or list, where only one fits (narrow widgets).
    pub view: RwSignal<PanelView>,
    /// The visitor put the consent offer aside ("Ohne Hintergrundkarte weiter"); a map control
    /// brings it back. Nothing is stored: the next page view asks again.
    pub consent_dismissed: RwSignal<bool>,
    /// The visitor switched the background map off again (after consent); the base layer stays.
    pub basemap_hidden: RwSignal<bool>,
    /// Tiles that loaded and that failed since consent: failing ones alone are said once, quietly.
    pub tiles_loaded: RwSignal<u32>,
    pub tiles_failed: RwSignal<u32>,
    pub lang: RwSignal<Lang>,
    pub config: RwSignal<Option<Arc<Config>>>,
    /// Places in reading order (north to south), so markers tab in a sensible order.
    pub places: RwSignal<Arc<Vec<Place>>>,
    /// Counts the lists of places loaded: what is keyed by a place's index is drawn anew when
    /// another file's places come in (the indices then mean other places).
    pub generation: RwSignal<u64>,
    pub reports: RwSignal<Vec<SourceReport>>,
    pub fatal: RwSignal<Option<ConfigFailure>>,
    pub loading: RwSignal<bool>,
    /// The side panel (search, filters, legend, list) is drawn once the first markers are: the map
    /// comes first, and the panel's box is there from the start so nothing shifts.
    pub side_ready: RwSignal<bool>,
    /// The basemap's tiles are requested once the first markers are drawn, or at the first pause
    /// while a large file is read: the data comes first, and starting 20 image requests costs time.
    pub basemap_ready: RwSignal<bool>,
    /// What the visitor asked for: text, categories, facets.
    pub filters: RwSignal<Filters>,
    pub index: RwSignal<Arc<SearchIndex>>,
    /// Indices of the places that match the filters, in reading order.
    pub matching: Memo<Arc<Vec<usize>>>,
    /// How many places each filter choice would leave.
    pub counts: Memo<Arc<FacetCounts>>,
    /// The visitor's position, only after they asked for it ("In meiner Nähe"); never sent anywhere.
    pub position: RwSignal<Option<LonLat>>,
    /// What the search box shows (the filters follow it, debounced for large data).
    pub query: RwSignal<String>,
    pub sort_by_distance: RwSignal<bool>,
    pub list_in_view: RwSignal<bool>,
    /// The last word about the visitor's position (asking, granted, refused).
    pub geo_message: RwSignal<Option<String>>,
    /// Where focus goes when the details close: the list item or marker that opened them.
    pub opener: RwSignal<Option<String>>,
    /// The places of a cluster at the deepest zoom, listed for the visitor to pick.
    pub cluster_leaves: RwSignal<Option<Vec<usize>>>,
    pub selected: RwSignal<Option<usize>>,
    pub viewport: RwSignal<Viewport>,
    pub limits: RwSignal<Limits>,
    /// Tiles from a third party load only once this is true (consent for this page view only).
    pub consented: RwSignal<bool>,
    /// Rings of the district outline, if the config names one.
    pub outline: RwSignal<Arc<Vec<Vec<LonLat>>>>,
    /// The municipalities of the base layer (borders and names), if the config names them.
    pub areas: RwSignal<Arc<Vec<Area>>>,
}

fn index_ready(index: RwSignal<Arc<SearchIndex>>, places: RwSignal<Arc<Vec<Place>>>) -> bool {
    index.with(|i| i.len()) == places.with(|p| p.len())
}

impl Ctx {
    pub fn new(prefix: String, heading: u8, cooperative: bool) -> Self {
        let home = LonLat::new(9.99, 53.32);
        let filters = RwSignal::new(Filters::default());
        let index = RwSignal::new(Arc::new(SearchIndex::default()));
        let places: RwSignal<Arc<Vec<Place>>> = RwSignal::new(Arc::new(Vec::new()));
        // The places are drawn as soon as they are read; the search index follows a few tasks later.
        // Until then nothing is filtered yet (the URL's filters are applied after loading), so every
        // place matches, and the legend counts come straight from the places.
        let ready = move || index_ready(index, places);
        Self {
            prefix: StoredValue::new(prefix),
            heading: heading.clamp(1, 4),
            cooperative,
            lang_chosen: StoredValue::new(false),
            view_before: StoredValue::new(None),
            view_is_own: StoredValue::new(true),
            view: RwSignal::new(PanelView::Map),
            consent_dismissed: RwSignal::new(false),
            basemap_hidden: RwSignal::new(false),
            tiles_loaded: RwSignal::new(0),
            tiles_failed: RwSignal::new(0),
            lang: RwSignal::new(Lang::De),
            config: RwSignal::new(None),
            places,
            generation: RwSignal::new(0),
            reports: RwSignal::new(Vec::new()),
            fatal: RwSignal::new(None),
            loading: RwSignal::new(true),
            side_ready: RwSignal::new(false),
            basemap_ready: RwSignal::new(false),
            filters,
            index,
            matching: Memo::new(move |_| {
                super::timed("bk-match", || {
                    if !ready() {
                        return Arc::new((0..places.with(|p| p.len())).collect());
                    }
                    Arc::new(index.with(|i| filters.with(|f| i.search(f))))
                })
            }),
            counts: Memo::new(move |_| {
                super::timed("bk-counts", || {
                    if !ready() {
                        let categories = places.with(|ps| {
                            let mut tally: std::collections::HashMap<&str, usize> = Default::default();
                            ps.iter().for_each(|p| *tally.entry(p.category.as_str()).or_default() += 1);
                            tally.into_iter().map(|(k, n)| (k.to_string(), n)).collect()
                        });
                        return Arc::new(FacetCounts { categories, ..Default::default() });
                    }
                    Arc::new(index.with(|i| filters.with(|f| i.counts(f))))
                })
            }),
            position: RwSignal::new(None),
            query: RwSignal::new(String::new()),
            sort_by_distance: RwSignal::new(false),
            list_in_view: RwSignal::new(false),
            geo_message: RwSignal::new(None),
            opener: RwSignal::new(None),
            cluster_leaves: RwSignal::new(None),
            selected: RwSignal::new(None),
            viewport: RwSignal::new(Viewport::new(home, 10.0, 0.0, 0.0)),
            consented: RwSignal::new(false),
            outline: RwSignal::new(Arc::new(Vec::new())),
            areas: RwSignal::new(Arc::new(Vec::new())),
            limits: RwSignal::new(Limits {
                min_zoom: 0.0,
                max_zoom: 19.0,
                bounds: Bounds::around(home).padded(0.0, 1.0),
            }),
        }
    }

    /// True once the search index covers the loaded places (a few tasks after the markers).
    pub fn index_ready(&self) -> bool {
        index_ready(self.index, self.places)
    }

    /// The first markers are drawn (or loading ended without any): the side panel and the basemap follow.
    pub fn markers_drawn(&self) {
        self.side_ready.set(true);
        self.basemap_ready.set(true);
    }

    /// Search text and every filter back to the start (categories too when `all`).
    pub fn reset_finding(&self, all: bool) {
        self.query.set(String::new());
        self.filters.update(|f| {
            let hidden = if all { Default::default() } else { std::mem::take(&mut f.hidden_categories) };
            *f = Filters { hidden_categories: hidden, ..Default::default() };
        });
    }

    /// An element id unique to this instance.
    pub fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.prefix.get_value())
    }

    pub fn marker_id(&self, index: usize) -> String {
        self.id(&format!("m{index}"))
    }

    /// Every change of view goes through here, so the limits always hold. A change made here is
    /// the visitor's (or a link's): loading no longer widens the view for files that come later.
    pub fn set_view(&self, vp: Viewport) {
        self.view_is_own.set_value(false);
        self.constrain_view(vp);
    }

    /// A view the widget chooses itself (the start view, fitted to the places that arrived).
    pub fn choose_view(&self, vp: Viewport) {
        self.constrain_view(vp);
        self.view_is_own.set_value(true);
    }

    /// The map's box changed size: the view keeps its centre and whose choice it was.
    pub fn resize_view(&self, width: f64, height: f64) {
        let own = self.view_is_own.get_value();
        self.update_view(|vp| vp.with_size(width, height));
        self.view_is_own.set_value(own);
    }

    fn constrain_view(&self, vp: Viewport) {
        let limits = self.limits.get_untracked();
        self.viewport.set(vp.constrained(&limits));
    }

    pub fn update_view(&self, f: impl FnOnce(&Viewport) -> Viewport) {
        let vp = f(&self.viewport.get_untracked());
        self.set_view(vp);
    }
}
