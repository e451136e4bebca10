use super::consent::ConsentBar;
use super::ctx::{Ctx, PanelView};
use super::details::DetailsPanel;
use super::dom;
use super::finder::Finder;
use super::legend::Legend;
use super::loading::Loading;
use super::map::MapView;
use super::notices::Notices;
use super::results::Results;
use super::searchbar::SearchBar;
use crate::i18n::tr;
use crate::model::Lang;
use leptos::prelude::*;

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
    let url_state = options.url_state;
    // Effects made once the places are there must belong to this widget's owner, or they would
    // never run.
    let owner = Owner::current();
    let loading = Loading::new(explicit.is_some(), move || {
        if let (true, Some(owner)) = (url_state, owner) {
            owner.with(|| super::url_sync::start(ctx));
        }
    });
    provide_context(loading);
    loading.start(ctx, options.config.clone());

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
