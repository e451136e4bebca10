//! The details of the selected place: every property that is present, links only where safe.

use super::app::close_details;
use super::i18n::{audience, opening_hours, stage, texts, wheelchair};
use super::state::Ctx;
use super::symbol::{Look, Symbol};
use crate::model::{Place, email_href, phone_href, website_href, website_label};
use leptos::prelude::*;

#[component]
pub fn DetailsPanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let place = Memo::new(move |_| {
        ctx.selected
            .get()
            .and_then(|i| ctx.places.with(|ps| ps.get(i).cloned()))
    });
    move || place.get().map(|p| view! { <Details place=p/> })
}

#[component]
fn Details(place: Place) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    let t = texts(lang);
    let title_id = ctx.id("details-title");
    let labelled_by = title_id.clone();
    let category = ctx.config.with_untracked(|c| {
        c.as_ref().and_then(|c| {
            c.categories
                .iter()
                .position(|k| k.id == place.category)
                .map(|i| {
                    (
                        Look::of(&c.categories[i], i, lang),
                        c.categories[i].label.get(lang).to_string(),
                    )
                })
        })
    });
    let row = |label: &'static str, value: AnyView| {
        view! {
            <div class="bk-row">
                <dt>{label}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let mut rows: Vec<AnyView> = Vec::new();
    if let Some((look, label)) = category {
        rows.push(
            row(
                t.category,
                view! { <span class="bk-cat"><Symbol look=look size=20/>{label}</span> }.into_any(),
            )
            .into_any(),
        );
    }
    if let Some(a) = place.address() {
        rows.push(row(t.address, view! { <span>{a}</span> }.into_any()).into_any());
    }
    if let Some(phone) = &place.phone {
        let v = match phone_href(phone) {
            Some(href) => view! { <a href=href>{phone.clone()}</a> }.into_any(),
            None => view! { <span>{phone.clone()}</span> }.into_any(),
        };
        rows.push(row(t.phone, v).into_any());
    }
    if let Some(email) = &place.email {
        let v = match email_href(email) {
            Some(href) => view! { <a href=href>{email.clone()}</a> }.into_any(),
            None => view! { <span>{email.clone()}</span> }.into_any(),
        };
        rows.push(row(t.email, v).into_any());
    }
    if let Some(site) = place.website.as_deref().and_then(website_href) {
        let label = website_label(&site);
        let v = view! {
            <a href=site target="_blank" rel="noopener noreferrer">
                {label}
                <span class="bk-sr-only">" " {t.new_tab}</span>
            </a>
        };
        rows.push(row(t.website, v.into_any()).into_any());
    }
    if !place.offers.is_empty() {
        let items = place
            .offers
            .iter()
            .map(|o| view! { <li>{o.clone()}</li> })
            .collect_view();
        rows.push(
            row(
                t.offers,
                view! { <ul class="bk-list">{items}</ul> }.into_any(),
            )
            .into_any(),
        );
    }
    if !place.audiences.is_empty() {
        let items = place
            .audiences
            .iter()
            .map(|a| view! { <li>{audience(lang, a)}</li> })
            .collect_view();
        rows.push(
            row(
                t.audiences,
                view! { <ul class="bk-list">{items}</ul> }.into_any(),
            )
            .into_any(),
        );
    }
    if !place.stages.is_empty() {
        let items = place
            .stages
            .iter()
            .map(|a| view! { <li>{stage(lang, a)}</li> })
            .collect_view();
        rows.push(
            row(
                t.stages,
                view! { <ul class="bk-list">{items}</ul> }.into_any(),
            )
            .into_any(),
        );
    }
    if let Some(oh) = &place.opening_hours {
        rows.push(
            row(
                t.opening_hours,
                view! { <span>{opening_hours(lang, oh)}</span> }.into_any(),
            )
            .into_any(),
        );
    }
    if let Some(w) = place.wheelchair {
        rows.push(
            row(
                t.wheelchair,
                view! { <span>{wheelchair(lang, w)}</span> }.into_any(),
            )
            .into_any(),
        );
    }
    if let Some(d) = place.updated {
        let iso = d.to_string();
        rows.push(
            row(
                t.updated,
                view! { <time datetime=iso>{d.format(lang)}</time> }.into_any(),
            )
            .into_any(),
        );
    }
    if let Some(s) = &place.source {
        rows.push(row(t.source, view! { <span>{s.clone()}</span> }.into_any()).into_any());
    }
    let description = place
        .description
        .clone()
        .map(|d| view! { <p class="bk-description">{d}</p> });

    view! {
        <section class="bk-details" role="dialog" aria-modal="false" aria-labelledby=labelled_by>
            <div class="bk-details-head">
                <h2 id=title_id tabindex="-1">{place.name.clone()}</h2>
                <button type="button" class="bk-close" aria-label=t.close title=t.close on:click=move |_| close_details(ctx)>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            <div class="bk-details-body">
                {description}
                <dl>{rows}</dl>
            </div>
        </section>
    }
}
