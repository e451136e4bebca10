use super::details::DetailsPanel;
use super::i18n::{count_places, texts};
use super::legend::Legend;
use super::map::MapView;
use super::notices::Notices;
use super::state::{Ctx, limits_for};
use crate::geo::Viewport;
use crate::io;
use crate::model::{Dataset, Lang, parse_config, parse_source};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct HostOptions {
    pub prefix: String,
    pub config: Option<String>,
    pub lang: Option<String>,
    pub heading_level: u8,
}

#[component]
pub fn App(options: HostOptions) -> impl IntoView {
    let ctx = Ctx::new(options.prefix.clone());
    provide_context(ctx);
    let initial_lang = options
        .lang
        .clone()
        .or_else(io::page_lang)
        .and_then(|l| Lang::from_tag(&l))
        .unwrap_or_default();
    ctx.lang.set(initial_lang);
    let data_config = options.config.clone();
    let explicit_lang = options.lang.is_some();
    leptos::task::spawn_local(async move {
        load(ctx, data_config, explicit_lang).await;
    });

    let t = move || texts(ctx.lang.get());
    let title = move || {
        ctx.config
            .get()
            .map(|c| c.title.get(ctx.lang.get()).to_string())
            .unwrap_or_default()
    };
    let note = move || {
        ctx.config
            .get()
            .and_then(|c| c.note.as_ref().map(|n| n.get(ctx.lang.get()).to_string()))
    };
    let heading = match options.heading_level {
        1 => view! { <h1 class="bk-title">{title}</h1> }.into_any(),
        _ => view! { <h2 class="bk-title">{title}</h2> }.into_any(),
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && ctx.selected.get_untracked().is_some() {
            ev.prevent_default();
            close_details(ctx);
        }
    };
    let count = move || count_places(ctx.lang.get(), ctx.places.with(|p| p.len()));

    view! {
        <div class="bk-root" lang=move || ctx.lang.get().code() on:keydown=on_keydown>
          <div class="bk-frame">
            <header class="bk-header">{heading}</header>
            <Notices/>
            <Show when=move || ctx.loading.get()>
                <p class="bk-loading" role="status">{move || t().loading}</p>
            </Show>
            <div class="bk-body">
                <div class="bk-stage">
                    <MapView/>
                    <DetailsPanel/>
                </div>
                <aside class="bk-side" aria-label=move || t().legend>
                    <Legend/>
                </aside>
            </div>
            <footer class="bk-footer">
                <span class="bk-count">{count}</span>
                {move || note().map(|n| view! { <span class="bk-note">{n}</span> })}
            </footer>
          </div>
        </div>
    }
}

async fn load(ctx: Ctx, data_config: Option<String>, explicit_lang: bool) {
    let fail = |msg: String| {
        ctx.fatal.set(Some(msg));
        ctx.loading.set(false);
    };
    let config_url = match io::config_url(data_config) {
        Ok(u) => u,
        Err(e) => return fail(e),
    };
    let config_name = config_url.pathname();
    let text = match io::fetch_text(&config_url.href()).await {
        Ok(t) => t,
        Err(e) => return fail(format!("{config_name}: {e}")),
    };
    let config = match parse_config(&text) {
        Ok(c) => Arc::new(c),
        Err(problems) => {
            let lang = ctx.lang.get_untracked();
            let msgs: Vec<String> = problems.iter().map(|p| p.describe(lang)).collect();
            return fail(format!("{config_name}: {}", msgs.join("; ")));
        }
    };
    if !explicit_lang {
        if let Some(l) = config.lang.as_deref().and_then(Lang::from_tag) {
            ctx.lang.set(l);
        }
    }
    ctx.viewport
        .update(|vp| *vp = Viewport::new(config.center, config.zoom, vp.width, vp.height));
    ctx.config.set(Some(config.clone()));

    let fetches = config.sources.iter().map(|file| {
        let url = io::resolve(file, &config_url);
        async move {
            match url {
                Ok(u) => (file.clone(), io::fetch_text(&u).await),
                Err(e) => (file.clone(), Err(e)),
            }
        }
    });
    let results = futures::future::join_all(fetches).await;
    let mut dataset = Dataset::default();
    for (file, result) in results {
        match result {
            Ok(text) => dataset.add(&file, parse_source(&text, &config.categories)),
            Err(reason) => dataset.add_unreachable(&file, reason),
        }
    }
    let mut places = dataset.places;
    places.sort_by(|a, b| {
        b.position
            .lat
            .total_cmp(&a.position.lat)
            .then(a.position.lon.total_cmp(&b.position.lon))
    });
    let limits = limits_for(&config, &places);
    ctx.limits.set(limits);
    // A small screen may not show every place at the configured zoom: then start zoomed out.
    if let Some(bounds) = crate::geo::Bounds::of(places.iter().map(|p| p.position)) {
        ctx.viewport
            .update(|vp| *vp = vp.showing(&bounds, 24.0, limits.min_zoom));
    }
    ctx.places.set(Arc::new(places));
    ctx.reports.set(dataset.reports);
    ctx.loading.set(false);
}

/// Closes the details and gives focus back to the marker that opened them.
pub fn close_details(ctx: Ctx) {
    let Some(i) = ctx.selected.get_untracked() else {
        return;
    };
    ctx.selected.set(None);
    let target = io::element_by_id(&ctx.marker_id(i)).or_else(|| io::element_by_id(&ctx.id("map")));
    if let Some(el) = target {
        let _ = el.focus();
    }
}

/// Opens a place's details and moves focus into them once they are drawn.
pub fn open_details(ctx: Ctx, index: usize) {
    ctx.selected.set(Some(index));
    let heading = ctx.id("details-title");
    request_animation_frame(move || {
        if let Some(el) = io::element_by_id(&heading) {
            let _ = el.focus();
        }
    });
}
