use super::details::DetailsPanel;
use super::finder::Finder;
use super::legend::Legend;
use super::map::MapView;
use super::notices::Notices;
use super::results::Results;
use super::state::Ctx;
use crate::geo::Viewport;
use crate::i18n::{count_args, places, tr};
use crate::io;
use crate::model::{Dataset, Lang, SourceParser, parse_config, parse_outline};

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
}

#[component]
pub fn App(options: HostOptions) -> impl IntoView {
    let ctx = Ctx::new(options.prefix.clone());
    provide_context(ctx);
    // The host element's data-lang (or ?lang= for an iframe) wins over the config; the config wins
    // over the page's <html lang>.
    let explicit = options.lang.clone().or_else(io::query_lang).and_then(|l| Lang::from_tag(&l));
    ctx.lang.set(explicit.or_else(|| io::page_lang().and_then(|l| Lang::from_tag(&l))).unwrap_or_default());
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
    let title = move || ctx.config.get().map(|c| c.title.get(lang()).to_string()).unwrap_or_default();
    let note = move || ctx.config.get().and_then(|c| c.note.as_ref().map(|n| n.get(lang()).to_string()));
    let heading = {
        let id = title_id.clone();
        match options.heading_level {
            1 => view! { <h1 class="bk-title" id=id>{title}</h1> }.into_any(),
            _ => view! { <h2 class="bk-title" id=id>{title}</h2> }.into_any(),
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && ctx.selected.get_untracked().is_some() {
            ev.prevent_default();
            close_details(ctx);
        } else if ev.key() == "Escape" && ctx.cluster_leaves.get_untracked().is_some() {
            ev.prevent_default();
            ctx.cluster_leaves.set(None);
        }
    };
    let shown = move || ctx.matching.with(|m| m.len());
    // One polite live region: loading, then how many places are shown after every change.
    let status = move || {
        if ctx.loading.get() {
            tr(lang(), "loading", None)
        } else {
            tr(lang(), "places-found", Some(&count_args(lang(), shown())))
        }
    };
    let skip_target = side_id.clone();
    let skip = move |ev: web_sys::MouseEvent| {
        // Focus the target ourselves: a hash change would scroll or route the host page.
        ev.prevent_default();
        if let Some(el) = io::element_by_id(&skip_target) {
            let _ = el.focus();
        }
    };
    let other_lang = move || match lang() {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };

    view! {
        <section class="bk-root" lang=move || lang().code() aria-labelledby=title_id on:keydown=on_keydown>
          <div class="bk-frame">
            <a class="bk-skip" href=format!("#{side_id}") on:click=skip>{move || tr(lang(), "skip-map", None)}</a>
            <header class="bk-header">
                {heading}
                <button type="button" class="bk-lang" lang=move || other_lang().code()
                    on:click=move |_| ctx.lang.set(other_lang())>
                    {move || tr(lang(), "lang-switch", None)}
                </button>
            </header>
            <Notices/>
            <p class="bk-status" role="status">
                <span class:bk-sr-only=move || !ctx.loading.get()>{status}</span>
            </p>
            <div class="bk-body">
                <div class="bk-stage">
                    <MapView/>
                    <DetailsPanel/>
                </div>
                <aside class="bk-side" id=side_id tabindex="-1" aria-label=move || tr(lang(), "filters", None)>
                    <Show when=move || ctx.side_ready.get()>
                        <Finder/>
                        <Legend/>
                        <Results/>
                    </Show>
                </aside>
            </div>
            <footer class="bk-footer">
                <span class="bk-count">{move || places(lang(), ctx.places.with(|p| p.len()))}</span>
                {move || note().map(|n| view! { <span class="bk-note">{n}</span> })}
            </footer>
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
    if config.basemap.is_third_party(&io::page_origin()) && !config.basemap.needs_consent() {
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
    let outline = config.outline.clone().map(|file| {
        let url = io::resolve(&file, &config_url, lang);
        async move {
            match url {
                Ok(u) => (file, io::fetch_text(&u).await),
                Err(e) => (file, Err(e)),
            }
        }
    });
    let (results, outline) = futures::future::join(futures::future::join_all(fetches), async move {
        match outline {
            Some(f) => Some(f.await),
            None => None,
        }
    })
    .await;
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
            io::next_task().await;
        }
        match super::timed("bk-read-source", || SourceParser::new(&text)) {
            Ok(mut parser) => {
                // A few thousand features per task, then let the page breathe (input, paint).
                while !super::timed("bk-parse", || parser.step(PARSE_CHUNK, &config.categories)) {
                    if !ctx.basemap_ready.get_untracked() {
                        ctx.basemap_ready.set(true);
                    }
                    io::next_task().await;
                }
                let outcome = parser.finish();
                // Large files: checking ids and sorting get tasks of their own, after the last chunk.
                if outcome.places.len() > PARSE_CHUNK {
                    io::next_task().await;
                }
                dataset.add(&file, outcome);
            }
            Err(fatal) => dataset.add(&file, fatal),
        }
    }
    match outline.map(|(file, r)| (file, r.and_then(|t| parse_outline(&t)))) {
        Some((_, Ok(rings))) => ctx.outline.set(Arc::new(rings)),
        Some((file, Err(reason))) => dataset.add_unreachable(&file, reason),
        None => {}
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
        io::next_task().await;
    }
    // Markers first; the search index and the list follow once the page has drawn them.
    let places = Arc::new(places);
    ctx.places.set(places.clone());
    ctx.reports.set(dataset.reports);
    io::next_task().await;
    ctx.markers_drawn();
    io::next_task().await;
    let mut index = crate::search::IndexBuilder::default();
    for chunk in places.chunks(PARSE_CHUNK) {
        index.add(chunk);
        if places.len() > PARSE_CHUNK {
            io::next_task().await;
        }
    }
    ctx.index.set(Arc::new(super::timed("bk-index-finish", || index.finish())));
    ctx.loading.set(false);
}

/// Closes the details and gives focus back to what opened them (list item or marker).
pub fn close_details(ctx: Ctx) {
    let Some(i) = ctx.selected.get_untracked() else { return };
    ctx.selected.set(None);
    let target = ctx
        .opener
        .get_untracked()
        .and_then(|id| io::element_by_id(&id))
        .or_else(|| io::element_by_id(&ctx.marker_id(i)))
        .or_else(|| io::element_by_id(&ctx.id("map")));
    if let Some(el) = target {
        let _ = el.focus();
    }
}

/// Opens a place's details and moves focus into them once they are drawn.
pub fn open_details(ctx: Ctx, index: usize, opener: Option<String>) {
    ctx.opener.set(opener);
    ctx.selected.set(Some(index));
    let heading = ctx.id("details-title");
    request_animation_frame(move || {
        if let Some(el) = io::element_by_id(&heading) {
            let _ = el.focus();
        }
    });
}
