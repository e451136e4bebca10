//! Keeps the page URL in step with what the visitor sees, so a link can be shared and back/forward
//! work: opening a place or changing filters is a history step; panning only updates the URL.

use super::ctx::Ctx;
use super::loading::Loading;
use crate::state::UrlState;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// Whether this widget keeps the page's address (`data-url-state`, the standalone page): only
/// then does a link to the page open what the widget shows, so only then is one offered.
#[derive(Clone, Copy)]
pub struct Synced(pub bool);

fn location_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The page's URL state with `place` open: the link the details share.
pub fn place_link(ctx: Ctx, place: &str) -> String {
    let mut s = UrlState::parse(&location_search());
    s.place = Some(place.to_string());
    keep_lang(ctx, &mut s);
    page_url(&s, true)
}

/// The language only once chosen (by the switch or a link): otherwise each recipient gets theirs.
fn keep_lang(ctx: Ctx, s: &mut UrlState) {
    if ctx.lang_chosen() || s.lang.is_some() {
        s.lang = Some(ctx.lang.get_untracked());
    }
}

/// The state the URL should have now.
fn current(ctx: Ctx) -> UrlState {
    let mut s = UrlState::parse(&location_search());
    s.filters = ctx.finding.filters.get_untracked();
    s.near = ctx.finding.place_name.get_untracked();
    s.km = s.near.as_ref().and(ctx.finding.radius_km.get_untracked());
    s.place = ctx
        .selection
        .selected
        .get_untracked()
        .and_then(|i| ctx.data.places.with_untracked(|ps| ps.get(i).map(|p| p.id.clone())));
    s.marked = ctx.keep.marks.get_untracked();
    s.open_now = ctx.finding.open_now.get_untracked();
    s.modes = ctx.finding.modes.get_untracked();
    keep_lang(ctx, &mut s);
    let vp = ctx.screen.viewport.get_untracked();
    s.zoom = Some(vp.zoom);
    s.center = Some(vp.center);
    s
}

/// The page's address with `state` as its query: absolute for sharing (no fragment), relative
/// with the page's fragment for history entries. The one place the page URL is built.
fn page_url(state: &UrlState, absolute: bool) -> String {
    let Some(w) = web_sys::window() else { return String::new() };
    let loc = w.location();
    let path = loc.pathname().unwrap_or_default();
    if absolute {
        format!("{}{path}{}", loc.origin().unwrap_or_default(), state.to_query())
    } else {
        format!("{path}{}{}", state.to_query(), loc.hash().unwrap_or_default())
    }
}

fn write(state: &UrlState, push: bool) {
    let Some(w) = web_sys::window() else { return };
    let Ok(history) = w.history() else { return };
    let url = page_url(state, false);
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Applies a URL's state to the widget (on load and on back/forward). `loading` opens a linked
/// place whose file is still on its way when it arrives.
fn apply(ctx: Ctx, loading: Option<Loading>, state: &UrlState) {
    ctx.finding.apply(state.filters.clone());
    ctx.finding.apply_near(state.near.clone(), state.km);
    ctx.keep.apply(state.marked.clone());
    ctx.finding.open_now.set(state.open_now);
    ctx.finding.modes.set(state.modes.clone());
    let selected =
        state.place.as_ref().and_then(|id| ctx.data.places.with_untracked(|ps| crate::model::index_of(ps, id)));
    ctx.open_linked(selected);
    if let Some(loading) = loading {
        let later = if selected.is_none() { state.place.clone() } else { None };
        // A link without a view brings its place into sight, also when its file comes later.
        match state.zoom.is_none() && state.center.is_none() {
            true => loading.want_place_in_sight(later),
            false => loading.want_place(later),
        }
    }
    if state.zoom.is_some() || state.center.is_some() {
        ctx.screen.update_view(|vp| crate::geo::Viewport {
            center: state.center.unwrap_or(vp.center),
            zoom: state.zoom.unwrap_or(vp.zoom),
            ..*vp
        });
    } else if let Some(i) = selected {
        ctx.show_linked(i);
    }
}

/// Starts syncing once the data is there.
pub fn start(ctx: Ctx) {
    // Read here, under the widget's owner: the back/forward handler below runs outside it.
    let loading = use_context::<Loading>();
    let applying = StoredValue::new(true);
    apply(ctx, loading, &UrlState::parse(&location_search()));
    applying.set_value(false);
    // The entry the visitor arrived by, written as the widget writes links: coming back to it
    // later must not look like a change (which would push a step and cut off "forward").
    write(&current(ctx), false);

    // Filters and the open place: one history entry per change; a search is one entry however
    // many letters it takes (the letters after the first replace it), so Back leaves it at once.
    let typing = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        ctx.finding.filters.track();
        ctx.finding.place_name.track();
        ctx.finding.radius_km.track();
        ctx.selection.selected.track();
        ctx.keep.marks.track();
        ctx.finding.open_now.track();
        ctx.finding.modes.track();
        ctx.lang.track();
        if first.is_none() || applying.get_value() {
            return;
        }
        let next = current(ctx);
        if next.to_query() != location_search() {
            let words_only = UrlState::parse(&location_search()).only_words_differ(&next);
            write(&next, !(words_only && typing.get_value()));
            typing.set_value(words_only);
        }
    });

    // The view: replace the entry, at most a few times a second (browsers limit history calls).
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    // Its first run writes too: the view may have changed between the arrival's entry and this
    // effect's first run (the first paint's view taken over; seen with an Arabic phone's link
    // keeping the config's zoom). Writing the same address again changes nothing.
    Effect::new(move |_| {
        ctx.screen.viewport.track();
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        // The entry this view belongs to: if back/forward moved to another entry meanwhile, this
        // late write must not overwrite that one (it lost its open place under load, seen in CI).
        let entry = location_search();
        let h = set_timeout_with_handle(
            move || {
                if !applying.get_value() && location_search() == entry {
                    write(&current(ctx), false);
                }
            },
            Duration::from_millis(400),
        );
        pending.set_value(h.ok());
    });

    let on_pop = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        applying.set_value(true);
        apply(ctx, loading, &UrlState::parse(&location_search()));
        applying.set_value(false);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    }
    on_pop.forget();
}
