//! What loading brought. Only the holder of the [`DataWriter`] (the loading glue) changes it.

use crate::geo::{Bounds, Limits, LonLat};
use crate::model::{Area, Config, Place, Problem, SourceReport};
use crate::search::SearchIndex;
use leptos::prelude::*;
use std::sync::Arc;

/// The config did not arrive or cannot be used: said with its problems, in the visitor's language.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigFailure {
    pub file: String,
    pub problems: Vec<Problem>,
    /// Asking again may help (it did not arrive), as opposed to a config that must be fixed.
    pub retry: bool,
    /// It is being asked for again right now.
    pub retrying: bool,
}

#[derive(Clone, Copy)]
pub struct Data {
    pub config: ReadSignal<Option<Arc<Config>>>,
    /// Places in reading order (north to south), so markers tab in a sensible order.
    pub places: ReadSignal<Arc<Vec<Place>>>,
    /// Counts the lists of places loaded: what is keyed by a place's index is drawn anew when
    /// another file's places come in (the indices then mean other places).
    pub generation: ReadSignal<u64>,
    pub reports: ReadSignal<Vec<SourceReport>>,
    pub fatal: ReadSignal<Option<ConfigFailure>>,
    /// Files are still on their way.
    pub loading: ReadSignal<bool>,
    /// A link named a place that none of the files holds (all of them read): its id.
    pub link_missing: ReadSignal<Option<String>>,
    pub index: ReadSignal<Arc<SearchIndex>>,
    /// Zoom and area the visitor may move in (around the places).
    pub limits: ReadSignal<Limits>,
    /// Rings of the district outline, if the config names one.
    pub outline: ReadSignal<Arc<Vec<Vec<LonLat>>>>,
    /// The municipalities of the base layer (borders and names), if the config names them.
    pub areas: ReadSignal<Arc<Vec<Area>>>,
    /// The side panel (search, filters, legend, list) is drawn once the first markers are: the map
    /// comes first, and the panel's box is there from the start so nothing shifts.
    pub side_ready: ReadSignal<bool>,
    /// The basemap's tiles are requested once the first markers are drawn, or at the first pause
    /// while a large file is read: the data comes first, and starting 20 image requests costs time.
    pub basemap_ready: ReadSignal<bool>,
}

/// The write half of [`Data`], held by loading alone.
#[derive(Clone, Copy)]
pub struct DataWriter {
    pub config: WriteSignal<Option<Arc<Config>>>,
    places: WriteSignal<Arc<Vec<Place>>>,
    generation: WriteSignal<u64>,
    pub reports: WriteSignal<Vec<SourceReport>>,
    pub fatal: WriteSignal<Option<ConfigFailure>>,
    pub loading: WriteSignal<bool>,
    pub link_missing: WriteSignal<Option<String>>,
    pub index: WriteSignal<Arc<SearchIndex>>,
    pub limits: WriteSignal<Limits>,
    pub outline: WriteSignal<Arc<Vec<Vec<LonLat>>>>,
    pub areas: WriteSignal<Arc<Vec<Area>>>,
    side_ready: WriteSignal<bool>,
    basemap_ready: WriteSignal<bool>,
    read: Data,
}

impl Data {
    pub(super) fn new() -> (Self, DataWriter) {
        let home = LonLat::new(9.99, 53.32);
        let (config, set_config) = signal(None);
        let (places, set_places) = signal(Arc::new(Vec::new()));
        let (generation, set_generation) = signal(0);
        let (reports, set_reports) = signal(Vec::new());
        let (fatal, set_fatal) = signal(None);
        let (loading, set_loading) = signal(true);
        let (link_missing, set_link_missing) = signal(None);
        let (index, set_index) = signal(Arc::new(SearchIndex::default()));
        let limits = Limits { min_zoom: 0.0, max_zoom: 19.0, bounds: Bounds::around(home).padded(0.0, 1.0) };
        let (limits, set_limits) = signal(limits);
        let (outline, set_outline) = signal(Arc::new(Vec::new()));
        let (areas, set_areas) = signal(Arc::new(Vec::new()));
        let (side_ready, set_side_ready) = signal(false);
        let (basemap_ready, set_basemap_ready) = signal(false);
        let read = Data {
            config,
            places,
            generation,
            reports,
            fatal,
            loading,
            link_missing,
            index,
            limits,
            outline,
            areas,
            side_ready,
            basemap_ready,
        };
        let writer = DataWriter {
            config: set_config,
            places: set_places,
            generation: set_generation,
            reports: set_reports,
            fatal: set_fatal,
            loading: set_loading,
            link_missing: set_link_missing,
            index: set_index,
            limits: set_limits,
            outline: set_outline,
            areas: set_areas,
            side_ready: set_side_ready,
            basemap_ready: set_basemap_ready,
            read,
        };
        (read, writer)
    }

    /// True once the search index covers the loaded places (a few tasks after the markers).
    pub fn index_ready(&self) -> bool {
        self.index.with(|i| i.len()) == self.places.with(|p| p.len())
    }
}

impl DataWriter {
    /// The place a link named that no file holds, as written now (untracked).
    pub fn read_link_missing(&self) -> Option<String> {
        self.read.link_missing.get_untracked()
    }

    /// A new list of places; what is keyed by their indices draws again.
    pub fn places(&self, places: Arc<Vec<Place>>) {
        self.places.set(places);
        self.generation.update(|g| *g += 1);
    }

    /// The first markers are drawn (or loading ended without any): the side panel and the basemap follow.
    pub fn markers_drawn(&self) {
        if !self.read.side_ready.get_untracked() {
            self.side_ready.set(true);
        }
        self.basemap_may_load();
    }

    /// The background map may start loading (the data had its head start).
    pub fn basemap_may_load(&self) {
        if !self.read.basemap_ready.get_untracked() {
            self.basemap_ready.set(true);
        }
    }
}
