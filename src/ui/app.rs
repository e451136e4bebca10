use super::consent::ConsentBar;
use super::ctx::{Ctx, PanelView};
use super::details::DetailsPanel;
use super::dom;
use super::finder::Finder;
use super::legend::Legend;
use super::map::MapView;
use super::notices::Notices;
use super::results::Results;
use super::searchbar::SearchBar;
use crate::geo::Viewport;
use crate::i18n::tr;
use crate::io;
use crate::model::{Dataset, Lang, SourceParser, parse_areas, parse_config, parse_outline};

/// Features read per task while loading; small enough that one task stays well under 50 ms.
const PARSE_CHUNK: usize = 5000;
/// Bytes above which a source file is received and read in separate tasks.
const BIG_FILE: usize = 4_000_000;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct HostOptions {
    pub prefix: String,
    pub config: Option<String>,
    pub lang: Option<String>,
    pub heading_level: u8,
    /// Mirror view, filters and the open place in the page URL (the standalone page does).
    pub url_state: bool,
    /// Gestures shared with the host page (see `Ctx::cooperative`).
    pub cooperative: bool,
    /// The host gave the element no height: the widget takes a documented default.
    pub auto_height: bool,
    /// The title the page showed before the wasm ran (index.html's placeholder), kept until the
    /// config names one, so the heading does not blink.
    pub boot_title: Option<String>,
}

#[component]
pub fn App(options: HostOptions) -> impl IntoView {
    let ctx = Ctx::new(options.prefix.clone(), options.heading_level, options.cooperative);
    provide_context(ctx);
    // The host element's data-lang (or ?lang= in the URL) wins over the config, the config over
    // the browser's languages, those over the page's <html lang> (model::negotiate). The config
    // comes later: `load` applies its choice when the host made none.
    let explicit_tag = options.lang.clone().or_else(dom::query_lang);
    let explicit = explicit_tag.as_deref().and_then(Lang::from_tag);
    ctx.lang.set(crate::model::negotiate(
        explicit_tag.as_deref(),
        None,
        &dom::browser_langs(),
        dom::page_lang().as_deref(),
    ));
    let data_config = options.config.clone();
    let url_state = options.url_state;
    // Effects made after the load must belong to this widget's owner, or they would never run.
    let owner = Owner::current();
    leptos::task::spawn_local(async move {
        load(ctx, data_config, explicit.is_some()).await;
        ctx.markers_drawn();
        if let (true, Some(owner)) = (url_state, owner) {
            owner.with(|| super::url_sync::start(ctx));
        }
    });

    let lang = move || ctx.lang.get();
    let title_id = ctx.id("title");
    let side_id = ctx.id("side");
    let boot_title = options.boot_title.clone().unwrap_or_default();
    let title = move || ctx.config.get().map(|c| c.title.get(lang()).to_string()).unwrap_or_else(|| boot_title.clone());
    let note = move || ctx.config.get().and_then(|c| c.note.as_ref().map(|n| n.get(lang()).to_string()));
    let heading = super::heading::heading(ctx.heading, 0, "bk-title", Some(title_id.clone()), None, title);
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && ctx.selected.get_untracked().is_some() {
            ev.prevent_default();
            close_details(ctx);
        } else if ev.key() == "Escape" && ctx.cluster_leaves.get_untracked().is_some() {
            ev.prevent_default();
            ctx.cluster_leaves.set(None);
        }
    };
    let skip_target = side_id.clone();
    let skip = move |ev: web_sys::MouseEvent| {
        // Focus the target ourselves: a hash change would scroll or route the host page.
        ev.prevent_default();
        ctx.view.set(PanelView::List);
        let target = skip_target.clone();
        request_animation_frame(move || {
            if let Some(el) = dom::element_by_id(&target) {
                dom::focus_quietly(&el);
            }
        });
    };
    let other_lang = move || match lang() {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };

    view! {
        <section class="bk-root" class:bk-root--auto-height=options.auto_height
            class:bk-root--cooperative=ctx.cooperative data-view=move || ctx.view.get().as_str()
            lang=move || lang().code() aria-labelledby=title_id on:keydown=on_keydown>
          <div class="bk-frame">
            <a class="bk-skip" href=format!("#{side_id}") on:click=skip>{move || tr(lang(), "skip-map", None)}</a>
            <header class="bk-header">
                {heading}
                <button type="button" class="bk-lang" lang=move || other_lang().code()
                    on:click=move |_| { ctx.lang_chosen.set_value(true); ctx.lang.set(other_lang()) }>
                    {move || tr(lang(), "lang-switch", None)}
                </button>
            </header>
            <Notices/>
            <SearchBar/>
            <div class="bk-body">
                <div class="bk-stage">
                    <ConsentBar/>
                    <div class="bk-stage-map">
                        <MapView/>
                        <DetailsPanel/>
                    </div>
                </div>
                <aside class="bk-side" id=side_id tabindex="-1" aria-label=move || tr(lang(), "filters", None)>
                    <Show when=move || ctx.side_ready.get()>
                        <Finder/>
                        <Legend/>
                        <Results/>
                    </Show>
                </aside>
            </div>
            {move || note().map(|n| view! { <footer class="bk-footer"><span class="bk-note">{n}</span></footer> })}
          </div>
        </section>
    }
}

async fn load(ctx: Ctx, data_config: Option<String>, explicit_lang: bool) {
    let lang = ctx.lang.get_untracked();
    let fail = |msg: String| {
        ctx.fatal.set(Some(msg));
        ctx.loading.set(false);
    };
    let config_url = match io::config_url(data_config, lang) {
        Ok(u) => u,
        Err(e) => return fail(e),
    };
    let config_name = config_url.pathname();
    super::mark("bk-load");
    let text = match io::fetch_text(&config_url.href()).await {
        Ok(t) => t,
        Err(e) => return fail(format!("{config_name}: {e}")),
    };
    super::mark("bk-config-fetched");
    let config = match parse_config(&text) {
        Ok(c) => Arc::new(c),
        Err(problems) => {
            let msgs: Vec<String> = problems.iter().map(|p| p.describe(lang)).collect();
            return fail(format!("{config_name}: {}", msgs.join("; ")));
        }
    };
    if !explicit_lang {
        if let Some(l) = config.lang.as_deref().and_then(Lang::from_tag) {
            ctx.lang.set(l);
        }
    }
    ctx.consented.set(!config.basemap.needs_consent());
    if config.basemap.is_third_party(&dom::page_origin()) && !config.basemap.needs_consent() {
        leptos::logging::log!("Bildungskarte: tiles come from another server without a consent step (basemap.consent)");
    }
    ctx.viewport.update(|vp| *vp = Viewport::new(config.center, config.zoom, vp.width, vp.height));
    ctx.config.set(Some(config.clone()));

    let fetches = config.sources.iter().map(|file| {
        let url = io::resolve(file, &config_url, lang);
        async move {
            match url {
                Ok(u) => (file.clone(), io::fetch_text(&u).await),
                Err(e) => (file.clone(), Err(e)),
            }
        }
    });
    // The first-party base layer (outline, municipalities) comes with the sources.
    let base_files: Vec<String> = config.base.files().map(str::to_string).collect();
    let base_fetches = base_files.into_iter().map(|file| {
        let url = io::resolve(&file, &config_url, lang);
        async move {
            match url {
                Ok(u) => (file, io::fetch_text(&u).await),
                Err(e) => (file, Err(e)),
            }
        }
    });
    let (results, base) =
        futures::future::join(futures::future::join_all(fetches), futures::future::join_all(base_fetches)).await;
    super::mark("bk-sources-fetched");
    let mut dataset = Dataset::default();
    for (file, result) in results {
        let text = match result {
            Ok(t) => t,
            Err(reason) => {
                dataset.add_unreachable(&file, reason);
                continue;
            }
        };
        // Receiving a file of many megabytes is a task of its own; reading it through is the next.
        if text.len() > BIG_FILE {
            dom::next_task().await;
        }
        match super::timed("bk-read-source", || SourceParser::new(&text)) {
            Ok(mut parser) => {
                // A few thousand features per task, then let the page breathe (input, paint).
                while !super::timed("bk-parse", || parser.step(PARSE_CHUNK, &config.categories)) {
                    if !ctx.basemap_ready.get_untracked() {
                        ctx.basemap_ready.set(true);
                    }
                    dom::next_task().await;
                }
                let outcome = parser.finish();
                // Large files: checking ids and sorting get tasks of their own, after the last chunk.
                if outcome.places.len() > PARSE_CHUNK {
                    dom::next_task().await;
                }
                dataset.add(&file, outcome);
            }
            Err(fatal) => dataset.add(&file, fatal),
        }
    }
    for (file, result) in base {
        let is_outline = config.base.outline.as_deref() == Some(file.as_str());
        let read = result.and_then(|t| {
            if is_outline {
                parse_outline(&t).map(|rings| ctx.outline.set(Arc::new(rings)))
            } else {
                parse_areas(&t).map(|areas| ctx.areas.set(Arc::new(areas)))
            }
        });
        if let Err(reason) = read {
            dataset.add_unreachable(&file, reason);
        }
    }
    let mut places = dataset.places;
    places.sort_by(|a, b| b.position.lat.total_cmp(&a.position.lat).then(a.position.lon.total_cmp(&b.position.lon)));
    let limits = config.limits(places.iter().map(|p| p.position));
    ctx.limits.set(limits);
    // A small screen may not show every place at the configured zoom: then start zoomed out.
    if let Some(bounds) = crate::geo::Bounds::of(places.iter().map(|p| p.position)) {
        ctx.viewport.update(|vp| *vp = vp.showing(&bounds, 24.0, limits.min_zoom));
    }
    if places.len() > PARSE_CHUNK {
        dom::next_task().await;
    }
    // Markers first; the search index and the list follow once the page has drawn them.
    let places = Arc::new(places);
    ctx.places.set(places.clone());
    ctx.reports.set(dataset.reports);
    dom::next_task().await;
    ctx.markers_drawn();
    dom::next_task().await;
    // Audiences, stages and categories are found by their words in both languages.
    let mut index = crate::search::IndexBuilder::new(crate::search::Glossary::from_locales(&config.categories));
    for chunk in places.chunks(PARSE_CHUNK) {
        index.add(chunk);
        if places.len() > PARSE_CHUNK {
            dom::next_task().await;
        }
    }
    ctx.index.set(Arc::new(super::timed("bk-index-finish", || index.finish())));
    ctx.loading.set(false);
}

/// Closes the details and gives focus back to what opened them (list item or marker). On a phone
/// the list is hidden while the map shows: a place chosen from the list returns to the list.
pub fn close_details(ctx: Ctx) {
    let Some(i) = ctx.selected.get_untracked() else { return };
    ctx.selected.set(None);
    // A list entry zoomed in to its place: back to the overview the visitor came from.
    if let Some(before) = ctx.view_before.get_value() {
        ctx.view_before.set_value(None);
        let now = ctx.viewport.get_untracked();
        ctx.set_view(before.with_size(now.width, now.height));
    }
    let opener = ctx.opener.get_untracked().and_then(|id| dom::element_by_id(&id));
    if let Some(el) = &opener {
        if !dom::is_rendered(el) {
            ctx.view.set(PanelView::List);
        }
    }
    let marker = ctx.marker_id(i);
    let map = ctx.id("map");
    request_animation_frame(move || {
        let target = opener
            .filter(dom::is_rendered)
            .or_else(|| dom::element_by_id(&marker))
            .or_else(|| dom::element_by_id(&map));
        if let Some(el) = target {
            dom::focus_quietly(&el);
        }
    });
}

/// Opens a place's details, moves focus into them once they are drawn, and pans the map so the
/// place is not hidden under them (the bottom sheet on a phone, the side sheet on a desktop).
pub fn open_details(ctx: Ctx, index: usize, opener: Option<String>) {
    if opener.is_none() {
        ctx.view_before.set_value(None);
    }
    ctx.opener.set(opener);
    ctx.cluster_leaves.set(None);
    ctx.view.set(PanelView::Map);
    ctx.selected.set(Some(index));
    let heading = ctx.id("details-title");
    request_animation_frame(move || {
        if let Some(el) = dom::element_by_id(&heading) {
            dom::focus_quietly(&el);
        }
        reveal(ctx, index);
    });
}

/// Keeps the place `index` in the part of the map that the details leave free.
fn reveal(ctx: Ctx, index: usize) {
    let Some(map) = dom::rect_of(&ctx.id("map")) else { return };
    let (w, h) = (map.2 - map.0, map.3 - map.1);
    if w <= 0.0 || h <= 0.0 {
        return;
    }
    let free = match dom::rect_of(&ctx.id("details")) {
        // A bottom sheet: the strip above it.
        Some(d) if d.1 > map.1 + 40.0 && d.0 <= map.0 + 1.0 => (0.0, 0.0, w, d.1 - map.1),
        // A side sheet: the part to its left.
        Some(d) if d.0 > map.0 + 40.0 => (0.0, 0.0, d.0 - map.0, h),
        _ => (0.0, 0.0, w, h),
    };
    let Some(at) = ctx.places.with_untracked(|ps| ps.get(index).map(|p| p.position)) else { return };
    // The map may just have been shown (phone: list → map) and not measured yet.
    ctx.update_view(|vp| vp.with_size(w, h).revealing(at, free, 32.0));
}
