use super::consent::ConsentBar;
use super::ctx::{Ctx, PanelView};
use super::dom;
use super::lang_menu::LangMenu;
use super::loading::Loading;
use super::map::MapView;
use super::notices::Notices;
use super::parts::{DetailsPart, Parts, SheetPart, SidePart};
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
    /// A first paint (crate::first) shows the map already: a press on its markers is the likeliest
    /// next step, so the details' part is fetched at once.
    pub after_first: bool,
    /// Gestures shared with the host page (see `Ctx::cooperative`).
    pub cooperative: bool,
    /// The host gave the element no height: the widget takes a documented default.
    pub auto_height: bool,
    /// The title the page showed before the wasm ran (index.html's placeholder), kept until the
    /// config names one, so the heading does not blink.
    pub boot_title: Option<String>,
    /// The check page's preview (`pruefen.html`): the page may open places in it.
    pub preview: bool,
    /// The map is the page (`data-standalone`): the page's title is the map's, in its language.
    pub standalone: bool,
    /// Editors' notices (`data-notices="all"` or `?notices=all`): every skipped entry with its
    /// file, entry and field, instead of the visitor's plain lines.
    pub all_notices: bool,
}

#[component]
pub fn App(options: HostOptions) -> impl IntoView {
    // The host element's data-lang (or ?lang= in the URL) wins over the config, the config over
    // the browser's languages, those over the page's <html lang> (model::negotiate). The config
    // comes later: loading applies its choice when the host made none.
    let explicit_tag = options.lang.clone().or_else(dom::query_lang);
    let explicit = explicit_tag.as_deref().and_then(Lang::from_tag);
    let lang =
        crate::model::negotiate(explicit_tag.as_deref(), None, &dom::browser_langs(), dom::page_lang().as_deref());
    // German until another language's sentences arrive (they are fetched: ui::lang_files).
    let (ctx, data) = Ctx::new(options.prefix.clone(), options.heading_level, options.cooperative, Lang::De);
    provide_context(ctx);
    if lang != Lang::De {
        ctx.default_lang(lang);
    }
    if options.preview {
        super::PREVIEW.with(|p| p.set(Some(ctx)));
        // The editors' page changes the places it shows; loading stays their only other writer.
        #[cfg(feature = "editor")]
        super::editor::widget_mounted(ctx, data);
    }
    let url_state = options.url_state;
    provide_context(super::url_sync::Synced(url_state));
    // Effects made once the places are there must belong to this widget's owner, or they would
    // never run.
    let owner = Owner::current();
    let loading = Loading::new(data, explicit.is_some(), move || {
        if let (true, Some(owner)) = (url_state, owner.as_ref()) {
            owner.with(|| super::url_sync::start(ctx));
        }
        // After the link's state: what the visitor did on the first paint comes later than that.
        let loading = owner.as_ref().and_then(|o| o.with(use_context::<Loading>));
        let parts = owner.as_ref().and_then(|o| o.with(use_context::<Parts>));
        super::handoff::take_over(ctx, loading, parts);
    });
    provide_context(loading);
    loading.start(ctx, options.config.clone());
    let parts = Parts::start(ctx, options.after_first);

    let lang = move || ctx.lang.get();
    let title_id = ctx.id("title");
    let side_id = ctx.id("side");
    let boot_title = options.boot_title.clone().unwrap_or_default();
    let title =
        move || ctx.data.config.get().map(|c| c.title.get(lang()).to_string()).unwrap_or_else(|| boot_title.clone());
    if options.standalone {
        // The browser's tab and a screen reader's page name in the visitor's language too.
        Effect::new(move |_| {
            if let (Some(doc), Some(t)) = (
                web_sys::window().and_then(|w| w.document()),
                ctx.data.config.with(|c| c.as_ref().map(|c| c.title.get(lang()).to_string())),
            ) {
                doc.set_title(&t);
            }
        });
    }
    let note = move || ctx.data.config.get().and_then(|c| c.note.as_ref().map(|n| n.get(lang()).to_string()));
    let heading = super::heading::heading(ctx.heading, 0, "bk-title", Some(title_id.clone()), None, title);
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && ctx.selection.selected.get_untracked().is_some() {
            ev.prevent_default();
            ctx.close_place();
        } else if ev.key() == "Escape" && ctx.selection.cluster_leaves.get_untracked().is_some() {
            ev.prevent_default();
            ctx.selection.show_leaves(None);
        }
    };
    let skip_target = side_id.clone();
    let skip = move |ev: web_sys::MouseEvent| {
        // Focus the target ourselves: a hash change would scroll or route the host page.
        ev.prevent_default();
        ctx.screen.show(PanelView::List);
        // At once where the list is already shown (a desktop), so the next Tab starts from it;
        // on a phone it appears with the switch to the list, a frame later.
        let target = skip_target.clone();
        match dom::element_by_id(&target).filter(dom::is_rendered) {
            Some(el) => dom::focus_quietly(&el),
            None => request_animation_frame(move || {
                if let Some(el) = dom::element_by_id(&target) {
                    dom::focus_quietly(&el);
                }
            }),
        }
    };
    let sheet_open = move || ctx.keep.sheet.with(Option::is_some);

    view! {
        <section class="bk-root" class:bk-root--auto-height=options.auto_height class:bk-root--sheet=move || sheet_open()
            class:bk-root--details=move || ctx.selection.selected.with(Option::is_some) || ctx.selection.cluster_leaves.with(Option::is_some)
            class:bk-root--cooperative=ctx.cooperative data-view=move || ctx.screen.panel.get().as_str()
            lang=move || lang().code() dir=move || if lang().is_rtl() { "rtl" } else { "ltr" } aria-labelledby=title_id on:keydown=on_keydown
            data-parts=move || if parts.all_arrived() { "ready" } else { "waiting" }>
          // While the print sheet covers the widget, nothing under it takes focus or clicks.
          <div class="bk-frame" inert=move || sheet_open().then_some("")>
            <a class="bk-skip" href=format!("#{side_id}") on:click=skip>{move || tr(lang(), "skip-map", None)}</a>
            <header class="bk-header">
                {heading}
                <LangMenu/>
            </header>
            <Notices all=options.all_notices/>
            <SearchBar/>
            <div class="bk-body">
                <div class="bk-stage">
                    <ConsentBar/>
                    <div class="bk-stage-map">
                        <MapView/>
                        <DetailsPart/>
                    </div>
                </div>
                <aside class="bk-side" id=side_id tabindex="-1" aria-label=move || tr(lang(), "filters", None)>
                    <Show when=move || ctx.data.side_ready.get()>
                        <SidePart/>
                    </Show>
                </aside>
            </div>
            {move || note().map(|n| view! { <footer class="bk-footer"><span class="bk-note" dir="auto">{n}</span></footer> })}
          </div>
          <SheetPart/>
        </section>
    }
}
