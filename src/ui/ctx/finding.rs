//! What the visitor asked for: search text, filters, their position, how the list is ordered.

use super::Data;
use crate::geo::LonLat;
use crate::search::{FacetCounts, Filters};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Finding {
    /// What the search box shows (the filters follow it, debounced for large data).
    pub query: ReadSignal<String>,
    set_query: WriteSignal<String>,
    /// Text, categories, facets.
    pub filters: ReadSignal<Filters>,
    set_filters: WriteSignal<Filters>,
    /// Indices of the places that match the filters, in reading order.
    pub matching: Memo<Arc<Vec<usize>>>,
    /// The same without "open now" (for the dates to come).
    pub any_time: Memo<Arc<Vec<usize>>>,
    /// How many places each filter choice would leave.
    pub counts: Memo<Arc<FacetCounts>>,
    /// The point distances are measured from: the visitor's position, only after they asked for it
    /// ("In meiner Nähe"; never sent anywhere, never in the URL), or a place they typed.
    pub position: ReadSignal<Option<LonLat>>,
    set_position: WriteSignal<Option<LonLat>>,
    /// The typed place ("PLZ oder Ort") the point is, as its label; None for the visitor's position.
    pub place_name: ReadSignal<Option<String>>,
    set_place_name: WriteSignal<Option<String>>,
    /// Only places within this many kilometres of the point ("Umkreis"), when set.
    pub radius_km: ReadSignal<Option<u32>>,
    set_radius_km: WriteSignal<Option<u32>>,
    /// A place a link names ("near"), until the gazetteer (which needs the data) has looked it up.
    pub wanted_near: RwSignal<Option<String>>,
    /// Only places open now ("Nur jetzt geöffnete Orte").
    pub open_now: RwSignal<bool>,
    /// Only places reached these ways ("Kontaktweg": phone, video, online, mobile, on_site).
    pub modes: RwSignal<std::collections::BTreeSet<String>>,
    /// The time "now" is, in ms since 1970 (UTC); moves on every minute.
    pub now_ms: RwSignal<f64>,
    /// The last word about the visitor's position (asking, granted, refused).
    pub geo_message: ReadSignal<Option<String>>,
    set_geo_message: WriteSignal<Option<String>>,
    pub sort_by_distance: ReadSignal<bool>,
    set_sort_by_distance: WriteSignal<bool>,
    pub list_in_view: ReadSignal<bool>,
    set_list_in_view: WriteSignal<bool>,
}

impl Finding {
    pub(super) fn new(data: Data) -> Self {
        let (query, set_query) = signal(String::new());
        let (filters, set_filters) = signal(Filters::default());
        let (position, set_position) = signal(None::<LonLat>);
        let (place_name, set_place_name) = signal(None);
        let (radius_km, set_radius_km) = signal(None::<u32>);
        let open_now = RwSignal::new(false);
        let modes = RwSignal::new(std::collections::BTreeSet::<String>::new());
        let now_ms = RwSignal::new(js_sys::Date::now());
        // "Open now" is checked again every minute (the clock is read, never the device's zone).
        let _ = set_interval_with_handle(move || now_ms.set(js_sys::Date::now()), std::time::Duration::from_secs(60));
        let (geo_message, set_geo_message) = signal(None);
        let (sort_by_distance, set_sort_by_distance) = signal(false);
        let (list_in_view, set_list_in_view) = signal(false);
        // The places are drawn as soon as they are read; the search index follows a few tasks later.
        // Until then nothing is filtered yet (the URL's filters are applied after loading), so every
        // place matches, and the legend counts come straight from the places.
        // Everything but "open now": the dates list ("Termine") is about days to come, not this hour.
        let any_time = Memo::new(move |_| {
            crate::ui::timed("bk-match", || {
                if !data.index_ready() {
                    return Arc::new((0..data.places.with(|p| p.len())).collect::<Vec<_>>());
                }
                let mut found = data.index.with(|i| filters.with(|f| i.search(f)));
                modes.with(|wanted| {
                    if !wanted.is_empty() {
                        data.places
                            .with(|ps| found.retain(|&i| ps[i].contact_modes().iter().any(|m| wanted.contains(*m))))
                    }
                });
                match (position.get(), radius_km.get()) {
                    (Some(at), Some(km)) => {
                        Arc::new(data.places.with(|ps| crate::search::within(&found, ps, at, f64::from(km) * 1000.0)))
                    }
                    _ => Arc::new(found),
                }
            })
        });
        // Every place's opening hours read once per list of places, and only once "open now" is
        // first asked for (a memo is not computed before it is read); then each minute only checks.
        let hours = Memo::new(move |_| {
            data.places.with(|ps| {
                Arc::new(
                    ps.iter()
                        .map(|p| p.opening_hours.as_deref().and_then(crate::model::Hours::parse))
                        .collect::<Vec<_>>(),
                )
            })
        });
        let matching = Memo::new(move |_| {
            if !open_now.get() {
                return any_time.get();
            }
            let now = crate::model::berlin(now_ms.get());
            let mut found = any_time.with(|f| f.to_vec());
            data.config.with(|c| {
                let Some(c) = c else { return };
                let school = c.known_school_holidays();
                hours.with(|hs| found.retain(|&i| is_open(&hs[i], now, school)))
            });
            Arc::new(found)
        });
        let counts = Memo::new(move |_| {
            crate::ui::timed("bk-counts", || {
                if !data.index_ready() {
                    let categories = data.places.with(|ps| {
                        let mut tally: std::collections::HashMap<&str, usize> = Default::default();
                        ps.iter().for_each(|p| *tally.entry(p.category.as_str()).or_default() += 1);
                        crate::sort::map_from(tally.into_iter().map(|(k, n)| (k.to_string(), n)))
                    });
                    return Arc::new(FacetCounts { categories, ..Default::default() });
                }
                // The radius, the ways of contact and "open now" narrow the counts as they do the list.
                let wanted = modes.get();
                let around = position.get().zip(radius_km.get()).map(|(at, km)| (at, f64::from(km) * 1000.0));
                let open = open_now.get().then(|| crate::model::berlin(now_ms.get()));
                if wanted.is_empty() && around.is_none() && open.is_none() {
                    return Arc::new(data.index.with(|i| filters.with(|f| i.counts(f))));
                }
                let school =
                    data.config.with(|c| c.as_ref().and_then(|c| c.known_school_holidays().map(<[_]>::to_vec)));
                let hours = open.map(|_| hours.get());
                data.places.with(|ps| {
                    let keep = |k: usize| {
                        let p = &ps[k];
                        (wanted.is_empty() || p.contact_modes().iter().any(|m| wanted.contains(*m)))
                            && around.is_none_or(|(at, m)| crate::search::is_within(p, at, m))
                            && open.is_none_or(|now| {
                                hours.as_ref().is_some_and(|hs| is_open(&hs[k], now, school.as_deref()))
                            })
                    };
                    Arc::new(data.index.with(|i| filters.with(|f| i.counts_within(f, &keep))))
                })
            })
        });
        Self {
            query,
            set_query,
            filters,
            set_filters,
            matching,
            any_time,
            counts,
            position,
            set_position,
            place_name,
            set_place_name,
            radius_km,
            set_radius_km,
            wanted_near: RwSignal::new(None),
            open_now,
            modes,
            now_ms,
            geo_message,
            set_geo_message,
            sort_by_distance,
            set_sort_by_distance,
            list_in_view,
            set_list_in_view,
        }
    }

    /// What the search box shows now; the filters follow with `update_filters`.
    pub fn type_query(&self, text: String) {
        self.set_query.set(text);
    }

    pub fn update_filters(&self, f: impl FnOnce(&mut Filters)) {
        self.set_filters.update(f);
    }

    /// Search text and filters as a link gives them.
    pub fn apply(&self, filters: Filters) {
        self.set_query.set(filters.text.clone());
        self.set_filters.set(filters);
    }

    /// Search text and every filter back to the start (categories too when `all`).
    pub fn reset(&self, all: bool) {
        self.set_query.set(String::new());
        self.set_filters.update(|f| {
            let hidden = if all { Default::default() } else { std::mem::take(&mut f.hidden_categories) };
            *f = Filters { hidden_categories: hidden, ..Default::default() };
        });
        // The filters the index does not hold go too, or "reset" would leave the list narrowed.
        self.modes.set(Default::default());
        self.open_now.set(false);
    }

    /// The visitor's position arrived: the list sorts by distance from it (a typed place gives way).
    pub fn located(&self, at: LonLat) {
        self.set_place_name.set(None);
        self.set_position.set(Some(at));
        self.set_sort_by_distance.set(true);
    }

    /// The visitor chose a place to search around: the list sorts by distance from it, within the
    /// radius chosen (if any).
    pub fn search_around(&self, label: String, at: LonLat) {
        self.set_place_name.set(Some(label));
        self.set_position.set(Some(at));
        self.set_sort_by_distance.set(true);
    }

    /// No point to measure from any more: no radius, the list by name.
    pub fn forget_point(&self) {
        self.set_place_name.set(None);
        self.set_position.set(None);
        self.set_radius_km.set(None);
        self.set_sort_by_distance.set(false);
    }

    /// A link's place and radius: looked up once the gazetteer can (the typed place is dropped when
    /// the link has none; the visitor's own position stays, as it is never in a link).
    pub fn apply_near(&self, near: Option<String>, km: Option<u32>) {
        match near {
            Some(n) => {
                if self.place_name.get_untracked().as_deref() != Some(n.as_str()) {
                    self.wanted_near.set(Some(n));
                }
                self.set_radius_km.set(km);
            }
            None if self.place_name.get_untracked().is_some() => self.forget_point(),
            None => {}
        }
    }

    pub fn set_radius(&self, km: Option<u32>) {
        self.set_radius_km.set(km);
    }

    pub fn say_position(&self, message: Option<String>) {
        self.set_geo_message.set(message);
    }

    pub fn sort_by_distance(&self, yes: bool) {
        self.set_sort_by_distance.set(yes);
    }

    pub fn list_in_view(&self, yes: bool) {
        self.set_list_in_view.set(yes);
    }
}

/// Whether opening hours say open at `now` (unknown hours are not open).
fn is_open(
    hours: &Option<crate::model::Hours>,
    now: crate::model::LocalTime,
    school: Option<&[(crate::model::Date, crate::model::Date)]>,
) -> bool {
    matches!(hours.as_ref().map(|h| h.status(now, school)), Some(crate::model::Status::Open { .. }))
}
