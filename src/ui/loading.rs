//! Runs the core's loader (`crate::load`) in the page: the network and the browser's tasks are
//! its host, and what it reports becomes the widget's state.

use super::ctx::{ConfigFailure, Ctx, DataWriter};
use super::dom;
use crate::geo::Viewport;
use crate::io;
use crate::load::{Event, Host, Loader, Options};
use crate::model::{Failure, Kind, Lang, Place, Problem};
use crate::search::SearchIndex;
use leptos::prelude::*;
use std::sync::Arc;

/// One widget's loading, between the first run and a "try again".
#[derive(Clone, Copy)]
pub struct Loading {
    /// The one writer of the widget's data.
    data: DataWriter,
    loader: StoredValue<Option<Loader>>,
    /// A link named a place that has not arrived yet: opened when it does.
    wanted_place: StoredValue<Option<String>>,
    /// The wanted place is to be brought into sight when it comes (a link that names no view).
    wanted_in_sight: StoredValue<bool>,
    explicit_lang: bool,
    /// Called once, when the first places can be searched (or loading ended without any).
    ready: StoredValue<Option<Box<dyn FnOnce() + Send + Sync>>>,
    /// "Try again" was pressed while a run was still going (another file's second try): the
    /// next run starts when that one ends.
    again: StoredValue<bool>,
}

struct Page {
    ctx: Ctx,
    loading: Loading,
    base: web_sys::Url,
    /// The first run may widen the view as files arrive; trying again never moves it.
    first_run: bool,
}

impl Host for Page {
    type Body = io::Download;

    fn resolve(&self, path: &str) -> Result<String, Failure> {
        io::resolve(path, &self.base)
    }

    async fn open(&self, url: &str) -> Result<io::Download, Failure> {
        io::open(url).await
    }

    async fn sleep(&self, ms: u32) {
        io::sleep(ms).await
    }

    async fn pause(&self) {
        io::sleep(0).await
    }

    fn emit(&self, event: Event) {
        self.loading.apply(self.ctx, event, self.first_run);
    }

    fn mark(&self, name: &str) {
        super::mark(name);
    }

    fn now_ms(&self) -> Option<f64> {
        Some(js_sys::Date::now())
    }
}

impl Loading {
    /// `explicit_lang`: the host or a link chose the language, so the config's does not apply.
    /// `ready` is called once, when the first places can be searched (or loading ended without).
    pub fn new(data: DataWriter, explicit_lang: bool, ready: impl FnOnce() + Send + Sync + 'static) -> Self {
        Loading {
            data,
            loader: StoredValue::new(None),
            wanted_place: StoredValue::new(None),
            wanted_in_sight: StoredValue::new(false),
            explicit_lang,
            ready: StoredValue::new(Some(Box::new(ready))),
            again: StoredValue::new(false),
        }
    }

    /// Starts loading the config (the host element's, the page's `?config=`, or `config.json`).
    pub fn start(self, ctx: Ctx, data_config: Option<String>) {
        let url = match io::config_url(data_config) {
            Ok(u) => u,
            Err(failure) => {
                let name = failure_path(&failure);
                let problems = vec![Problem::error(Kind::Unreachable { failure })];
                return self.apply(
                    ctx,
                    Event::ConfigFailed { file: name, problems, retry: false, retrying: false },
                    true,
                );
            }
        };
        let loader = Loader::new(&url.href(), &url.pathname(), Options::default());
        self.loader.set_value(Some(loader));
        self.run(ctx, url, true);
    }

    /// Teaches the search index the words of each language the visitor chooses: a language that
    /// arrives after the index was built brings its words for audiences and stages, and so does
    /// an index built before the language arrived. Called by the side panel (a later part), so
    /// this code is not in the first download.
    pub fn learn_languages(self, ctx: Ctx) {
        let index = self.data.index;
        Effect::new(move |_| {
            let lang = ctx.lang.get();
            if !ctx.data.index.with(|i| i.knows_language(lang)) {
                index.update(|i| Arc::make_mut(i).learn_language(lang));
            }
        });
    }

    /// Asks again for every file that did not arrive (the config, if it was that); while a run
    /// is still going, as soon as it ends.
    pub fn retry(self, ctx: Ctx) {
        let Some(url) = self.loader.with_value(|l| l.as_ref().and_then(|l| web_sys::Url::new(l.config_url()).ok()))
        else {
            self.again.set_value(true);
            return;
        };
        self.data.fatal.set(None);
        self.data.loading.set(true);
        self.run(ctx, url, false);
    }

    fn run(self, ctx: Ctx, base: web_sys::Url, first_run: bool) {
        let Some(mut loader) = self.loader.try_update_value(Option::take).flatten() else { return };
        leptos::task::spawn_local(async move {
            let page = Page { ctx, loading: self, base, first_run };
            loader.run(&page).await;
            self.loader.set_value(Some(loader));
            if self.again.try_update_value(std::mem::take).unwrap_or(false) {
                self.retry(ctx);
            }
        });
    }

    fn apply(self, ctx: Ctx, event: Event, first_run: bool) {
        match event {
            Event::Config(config) => {
                // It arrived at its second try: the notice that named it goes.
                self.data.fatal.set(None);
                if !config.languages.is_empty() {
                    ctx.offer_langs(config.languages.clone());
                }
                if !self.explicit_lang {
                    if let Some(l) = config.lang.as_deref().and_then(Lang::from_tag) {
                        ctx.default_lang(l);
                    }
                }
                ctx.screen.consent(!config.basemap.needs_consent());
                if config.basemap.is_third_party(&dom::page_origin()) && !config.basemap.needs_consent() {
                    leptos::logging::log!(
                        "Bildungskarte: tiles come from another server without a consent step (basemap.consent)"
                    );
                }
                let now = ctx.screen.viewport.get_untracked();
                ctx.screen.start_view(Viewport::new(config.center, config.zoom, now.width, now.height));
                self.data.config.set(Some(config));
            }
            Event::ConfigFailed { file, problems, retry, retrying } => {
                self.data.fatal.set(Some(ConfigFailure { file, problems, retry, retrying }));
                if !retrying {
                    self.settled();
                }
            }
            Event::Reading => self.data.basemap_may_load(),
            Event::Places { places, index } => {
                let first = index.is_none();
                super::timed("bk-show", || self.show(ctx, places, index, first_run));
                if first {
                    // The side panel (search, filters, list) in a task of its own, after the markers.
                    let data = self.data;
                    set_timeout(move || data.markers_drawn(), std::time::Duration::ZERO);
                }
            }
            Event::Index(index) => {
                // The side panel was asked for a task after the markers (`Places` above).
                self.data.index.set(index);
                self.call_ready();
            }
            Event::Reports(reports) => self.data.reports.set(reports),
            Event::Outline(rings) => self.data.outline.set(rings),
            Event::Areas(areas) => self.data.areas.set(areas),
            Event::Settled { .. } => self.settled(),
        }
    }

    fn settled(self) {
        self.data.loading.set(false);
        // Every file read and the link's place not among them: said, not silently left out.
        let missing = self.wanted_place.get_value();
        if self.data.read_link_missing() != missing {
            self.data.link_missing.set(missing);
        }
        self.data.markers_drawn();
        self.call_ready();
    }

    fn call_ready(self) {
        if let Some(ready) = self.ready.try_update_value(Option::take).flatten() {
            ready();
        }
    }

    /// A link's place that is not there yet is opened when its file arrives.
    pub fn want_place(self, id: Option<String>) {
        self.wanted_place.set_value(id);
        self.wanted_in_sight.set_value(false);
    }

    /// As `want_place`, and the place is brought into sight when it comes (`Ctx::show_linked`).
    pub fn want_place_in_sight(self, id: Option<String>) {
        self.wanted_place.set_value(id);
        self.wanted_in_sight.set_value(true);
    }

    /// New places: the open place stays open (found again by its id), filters stay, and the view
    /// widens to show them all only while the visitor has not moved it.
    fn show(self, ctx: Ctx, places: Arc<Vec<Place>>, index: Option<Arc<SearchIndex>>, first_run: bool) {
        let open = ctx
            .selection
            .selected
            .get_untracked()
            .and_then(|i| ctx.data.places.with_untracked(|ps| ps.get(i).map(|p| p.id.clone())));
        let arriving = open.is_none();
        let wanted = open.or_else(|| self.wanted_place.get_value());
        let selected = wanted.as_ref().and_then(|id| crate::model::index_of(&places, id));
        let in_sight = arriving && selected.is_some() && self.wanted_in_sight.get_value();
        if selected.is_some() {
            self.wanted_place.set_value(None);
            self.wanted_in_sight.set_value(false);
            if self.data.read_link_missing().is_some() {
                self.data.link_missing.set(None);
            }
        }
        let Some(config) = ctx.data.config.get_untracked() else { return };
        let limits = config.limits(places.iter().filter_map(|p| p.position));
        self.data.limits.set(limits);
        let now = ctx.screen.viewport.get_untracked();
        if first_run && ctx.screen.view_is_own() {
            // A small screen may not show every place at the configured zoom: then start zoomed out.
            // Without strays: one swapped coordinate would take the view away from all the others.
            if let Some(bounds) = crate::geo::Bounds::of_most(places.iter().filter_map(|p| p.position)) {
                let start = Viewport::new(config.center, config.zoom, now.width, now.height);
                ctx.screen.choose_view(start.showing(&bounds, 24.0, limits.min_zoom));
            }
        }
        self.data.places(places);
        if let Some(index) = index {
            self.data.index.set(index);
        }
        ctx.selection.follow(selected);
        if let (true, Some(i)) = (in_sight, selected) {
            ctx.show_linked(i);
        }
    }
}

fn failure_path(f: &Failure) -> String {
    match f {
        Failure::Address { path, .. } => path.clone(),
        _ => "config.json".into(),
    }
}
