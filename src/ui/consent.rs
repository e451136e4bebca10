//! The offer to load the third-party background map: a compact bar above the map, never over it,
//! so it hides no marker and catches no tap. "Ohne Hintergrundkarte weiter" puts it aside; the
//! map's layer button brings it back. The choice lasts for this page view only (nothing stored).

use super::ctx::Ctx;
use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn ConsentBar() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = move || ctx.lang.get();
    let basemap = move || ctx.data.config.get().map(|c| c.basemap.clone());
    let offered = move || !ctx.screen.consented.get() && !ctx.screen.consent_dismissed.get() && basemap().is_some();
    let bar_id = ctx.id("consent");
    // Either answer takes the bar, and the focus in it, away: it goes on to the map, where the
    // visitor goes next, not to the page's start.
    let focus_map = move || {
        if let Some(el) = crate::ui::dom::element_by_id(&ctx.id("map")) {
            super::dom::focus_quietly(&el);
        }
    };
    let dismiss = move |_| {
        ctx.screen.dismiss_consent(true);
        focus_map();
    };
    let load = move |_| {
        ctx.screen.consent(true);
        focus_map();
    };
    view! {
        <Show when=offered>
            {let bar_id = bar_id.clone(); move || {
                basemap().map(|b| {
                    let note = crate::tr!(lang(), "consent-note", provider = b.provider_name());
                    let privacy = b.privacy_url.clone().map(|href| {
                        view! {
                            " "
                            <a href=href target="_blank" rel="noopener noreferrer">
                                {tr(lang(), "privacy-link", None)}
                                <span class="bk-sr-only">" " {tr(lang(), "new-tab", None)}</span>
                            </a>
                        }
                    });
                    view! {
                        <div class="bk-consent" id=bar_id.clone() role="group" aria-label=tr(lang(), "consent-title", None)>
                            <p class="bk-consent-text">{note} {privacy}</p>
                            <div class="bk-consent-actions">
                                <button type="button" class="bk-consent-load" on:click=load>
                                    {tr(lang(), "consent-load", None)}
                                </button>
                                <button type="button" class="bk-consent-skip" on:click=dismiss>
                                    {tr(lang(), "consent-skip", None)}
                                </button>
                            </div>
                        </div>
                    }
                })
            }}
        </Show>
    }
}
