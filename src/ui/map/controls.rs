//! What sits on the map above its layers: the zoom buttons, the button that offers the background
//! map again, messages (loading, nothing found, gesture hints) and the attribution.

use super::MapCtx;
use crate::geo::gesture::zoom_step;
use crate::i18n::tr;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub(super) fn Controls(m: MapCtx) -> impl IntoView {
    let ctx = m.ctx;
    let lang = move || ctx.lang.get();
    // The zoom alone (a memo), so a pan does not re-run these.
    let zoom_now = expect_context::<super::Pane>().zoom;
    let at_max = move || zoom_now.get() >= ctx.data.limits.with(|l| l.max_zoom) - 1e-9;
    let at_min = move || zoom_now.get() <= ctx.data.limits.with(|l| l.min_zoom) + 1e-9;
    let zoom = move |step: f64| ctx.screen.update_view(|vp| zoom_step(vp, step, None));
    let offer_again = move |_| {
        ctx.screen.dismiss_consent(false);
        let bar = ctx.id("consent");
        request_animation_frame(move || {
            let button = crate::ui::dom::element_by_id(&bar)
                .and_then(|el| el.query_selector("button").ok().flatten())
                .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(b) = button {
                crate::ui::dom::focus_quietly(&b);
            }
        });
    };
    view! {
        <div class="bk-controls">
            <button type="button" class="bk-zoom bk-zoom-in"
                aria-label=move || tr(lang(), "zoom-in", None) title=move || tr(lang(), "zoom-in", None)
                aria-disabled=move || at_max().to_string() on:click=move |_| zoom(1.0)>
                <span aria-hidden="true">"+"</span>
            </button>
            <button type="button" class="bk-zoom bk-zoom-out"
                aria-label=move || tr(lang(), "zoom-out", None) title=move || tr(lang(), "zoom-out", None)
                aria-disabled=move || at_min().to_string() on:click=move |_| zoom(-1.0)>
                <span aria-hidden="true">"−"</span>
            </button>
        </div>
        // After consent the background map can be switched off and on again (for this page view).
        <Show when=move || ctx.screen.consented.get() && ctx.data.config.with(|c| c.as_ref().is_some_and(|c| c.basemap.needs_consent()))>
            <button type="button" class="bk-zoom bk-layers"
                aria-pressed=move || (!ctx.screen.basemap_hidden.get()).to_string()
                aria-label=move || tr(lang(), "basemap-toggle", None)
                title=move || tr(lang(), "basemap-toggle", None)
                on:click=move |_| ctx.screen.toggle_basemap()>
                <svg class="bk-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                    <path d="M12 3 2 8l10 5 10-5-10-5Zm-7.6 8.2L2 12.4l10 5 10-5-2.4-1.2L12 15l-7.6-3.8Zm0 4L2 16.4l10 5 10-5-2.4-1.2L12 19l-7.6-3.8Z"/>
                </svg>
            </button>
        </Show>
        <Show when=move || ctx.screen.consent_dismissed.get() && !ctx.screen.consented.get()>
            <button type="button" class="bk-zoom bk-layers"
                aria-label=move || tr(lang(), "consent-again", None)
                title=move || tr(lang(), "consent-again", None)
                aria-controls=ctx.id("consent") on:click=offer_again>
                <svg class="bk-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                    <path d="M12 3 2 8l10 5 10-5-10-5Zm-7.6 8.2L2 12.4l10 5 10-5-2.4-1.2L12 15l-7.6-3.8Zm0 4L2 16.4l10 5 10-5-2.4-1.2L12 19l-7.6-3.8Z"/>
                </svg>
            </button>
        </Show>
    }
}

/// Loading, nothing found (with a way back), and the short gesture hint.
#[component]
pub(super) fn Notes(m: MapCtx) -> impl IntoView {
    let ctx = m.ctx;
    let lang = move || ctx.lang.get();
    let none_found = move || {
        ctx.data.side_ready.get()
            && ctx.data.places.with(|p| !p.is_empty())
            && ctx.finding.matching.with(|m| m.is_empty())
    };
    view! {
        <Show when=move || !ctx.data.side_ready.get()>
            <p class="bk-map-loading" aria-hidden="true">{move || tr(lang(), "loading-map", None)}</p>
        </Show>
        <Show when=none_found>
            <div class="bk-map-note">
                <p>{move || tr(lang(), "no-results-map", None)}</p>
                <button type="button" class="bk-reset" on:click=move |_| ctx.finding.reset(true)>
                    {move || tr(lang(), "filter-reset", None)}
                </button>
            </div>
        </Show>
        {move || m.hint.get().map(|key| view! { <p class="bk-gesture-hint" aria-hidden="true">{tr(lang(), key, None)}</p> })}
    }
}

/// The base layer's attribution wherever it is drawn (its licence asks for it), the basemap's once
/// its tiles are shown, and, said once and quietly, that no tile arrived.
#[component]
pub(super) fn Attribution(m: MapCtx) -> impl IntoView {
    let ctx = m.ctx;
    let text = move || {
        let lang = ctx.lang.get();
        let Some(c) = ctx.data.config.get() else { return String::new() };
        let drawn = ctx.data.outline.with(|o| !o.is_empty()) || ctx.data.areas.with(|a| !a.is_empty());
        let base = c.base.attribution.as_ref().filter(|_| drawn).map(|a| a.get(lang).to_string());
        let tiles =
            (ctx.screen.basemap_on() && !c.basemap.attribution.is_empty()).then(|| c.basemap.attribution.clone());
        base.into_iter().chain(tiles).collect::<Vec<_>>().join(" · ")
    };
    // Switched off again, the background map is neither credited nor missed.
    let unreachable =
        move || ctx.screen.basemap_on() && ctx.screen.tiles_failed.get() != 0 && ctx.screen.tiles_loaded.get() == 0;
    view! {
        <div class="bk-attribution" class:bk-attribution--empty=move || text().is_empty() && !unreachable()>
            // The credits are German and English names: their own direction, also in Arabic.
            <span dir="auto">{move || text()}</span>
            <Show when=unreachable>
                <span class="bk-tiles-failed">" · " {move || tr(ctx.lang.get(), "tiles-failed", None)}</span>
            </Show>
        </div>
    }
}
