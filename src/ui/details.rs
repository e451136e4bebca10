//! The details of the selected place: every property that is present, links only where safe.

use super::ctx::Ctx;
use crate::i18n::tr;
use crate::model::{Place, email_href, phone_href, website_href, website_label};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

#[component]
pub fn DetailsPanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let place =
        Memo::new(move |_| ctx.selection.selected.get().and_then(|i| ctx.data.places.with(|ps| ps.get(i).cloned())));
    // A place a shared link opened has no focus in it (the page keeps its own): Escape on the page
    // closes it too, where the widget keeps the page's address (one widget on the page).
    if use_context::<super::url_sync::Synced>().is_some_and(|s| s.0) {
        let escape = window_event_listener(leptos::ev::keydown, move |ev| {
            let doc = web_sys::window().and_then(|w| w.document());
            let on_page = doc.and_then(|d| d.active_element()).is_none_or(|a| a.tag_name() == "BODY");
            if ev.key() == "Escape" && on_page && ctx.selection.selected.get_untracked().is_some() {
                ev.prevent_default();
                ctx.close_place();
            }
        });
        on_cleanup(move || escape.remove());
    }
    // Redrawn when the language changes, so every label follows the switch.
    move || {
        let _ = ctx.lang.get();
        match (place.get(), ctx.selection.cluster_leaves.get()) {
            (Some(p), _) => Some(view! { <Details place=p/> }.into_any()),
            (None, Some(leaves)) => Some(view! { <SpotList leaves=leaves/> }.into_any()),
            _ => None,
        }
    }
}

/// The places of a cluster that stays together at the deepest zoom (same address).
#[component]
fn SpotList(leaves: Vec<usize>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    let title_id = ctx.id("spot-title");
    let labelled = title_id.clone();
    let close = tr(lang, "close", None);
    let items = leaves
        .into_iter()
        .map(|i| {
            let name = ctx.data.places.with_untracked(|ps| ps[i].name.get(lang).to_string());
            view! {
                <li><button type="button" class="bk-result-button" on:click=move |_| ctx.open_place(i, None, None)><span dir="auto">{name}</span></button></li>
            }
        })
        .collect_view();
    let full = RwSignal::new(false);
    view! {
        <section class="bk-details" class:bk-details--full=move || full.get() id=ctx.id("details") role="dialog" aria-modal="false" aria-labelledby=labelled>
            <super::grip::Grip full=full/>
            <div class="bk-details-head">
                {super::heading::heading(ctx.heading, 1, "bk-details-title", Some(title_id), Some("-1"), tr(lang, "cluster-list", None))}
                <button type="button" class="bk-close" aria-label=close.clone() title=close on:click=move |_| ctx.selection.show_leaves(None)>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            <div class="bk-details-body" tabindex="0"><ul class="bk-result-list">{items}</ul></div>
        </section>
    }
}

/// Text from the data: always a text node, and `dir="auto"` so right-to-left text lays out right.
pub fn data_text(text: String) -> AnyView {
    view! { <span dir="auto">{text}</span> }.into_any()
}

/// A phone number from the data: a `tel:` link where it is one, else its text.
pub fn phone_link(phone: &str) -> AnyView {
    match phone_href(phone) {
        Some(href) => view! { <a href=href>{phone.to_string()}</a> }.into_any(),
        None => data_text(phone.to_string()),
    }
}

/// A place's website as a link that opens a new tab (and says so), where it is a web address.
pub fn website_link(place: &Place, lang: crate::model::Lang) -> Option<AnyView> {
    let site = place.website.as_deref().and_then(website_href)?;
    let text = website_label(&site);
    Some(
        view! {
            <a href=site target="_blank" rel="noopener noreferrer">
                {text}<span class="bk-sr-only">" " {tr(lang, "new-tab", None)}</span>
            </a>
        }
        .into_any(),
    )
}

/// An e-mail address from the data: a `mailto:` link where it is one, else its text.
pub fn email_link(email: &str) -> AnyView {
    match email_href(email) {
        Some(href) => view! { <a href=href>{email.to_string()}</a> }.into_any(),
        None => data_text(email.to_string()),
    }
}

/// A place's details: the map's sheet (crate::map::details, the first paint shows the same), with
/// what belongs to the app added to it: Merken in its actions, the link to copy at its end.
#[component]
fn Details(place: Place) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    let label = |key: &str| tr(lang, key, None);
    let host = NodeRef::<leptos::html::Div>::new();
    let (mark_slot, copy_slot) = (NodeRef::<leptos::html::Span>::new(), NodeRef::<leptos::html::Span>::new());
    // The sheet's handlers live as long as this view.
    let sheet = StoredValue::new_local(None::<crate::map::details::Sheet>);
    let shown = place.clone();
    host.on_load(move |div| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let prefix = ctx.id("");
        let made = ctx.data.config.with_untracked(|c| {
            let shown = crate::map::details::Shown {
                place: &shown,
                config: c.as_ref()?,
                lang,
                now_ms: ctx.finding.now_ms.get_untracked(),
                title_level: ctx.heading,
                prefix: prefix.trim_end_matches('-'),
            };
            Some(crate::map::details::sheet(&doc, &shown))
        });
        let Some(made) = made else { return };
        let close = Closure::<dyn Fn()>::new(move || ctx.close_place());
        let _ = made.close.add_event_listener_with_callback("click", close.as_ref().unchecked_ref());
        // Goes with the sheet's button (the widget opens and closes many places in a visit).
        let mut made = made;
        made.keep(close);
        // Leptos keeps its nodes where they are moved: Merken and the link stay live in the sheet.
        if let (Some(m), Some(c)) = (mark_slot.get_untracked(), copy_slot.get_untracked()) {
            let _ = made.actions.append_child(&m);
            let _ = made.directions.append_child(&c);
        }
        // Drawn again (another language), Leptos keeps this host and its slots and calls this
        // anew: the sheet of before goes.
        if let Ok(old) = div.query_selector_all(":scope > .bk-details") {
            for i in 0..old.length() {
                if let Some(e) = old.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    e.remove();
                }
            }
        }
        let _ = div.append_child(&made.root);
        sheet.set_value(Some(made));
    });
    let copied = RwSignal::new(false);
    let shared = use_context::<super::url_sync::Synced>().is_some_and(|s| s.0);
    let place_id = place.id.clone();
    let copy_link = move |_| {
        let Some(w) = web_sys::window() else { return };
        let url = super::url_sync::place_link(ctx, &place_id);
        let _ = w.navigator().clipboard().write_text(&url);
        copied.set(true);
    };
    // The Merkliste: a toggle (its name stays; aria-pressed says whether the place is on it).
    let mark_id = place.id.clone();
    let marked = {
        let id = StoredValue::new(place.id.clone());
        move || ctx.keep.marks.with(|m| id.with_value(|id| m.contains(id)))
    };
    let full = RwSignal::new(false);
    let on_mark = move |_| {
        full.set(ctx.keep.toggle(&mark_id) == crate::state::marks::Toggled::Full);
    };
    view! {
        <div class="bk-details-host" node_ref=host>
            <span class="bk-slot" node_ref=mark_slot>
                <button type="button" class="bk-action bk-mark" aria-pressed=move || marked().to_string() on:click=on_mark>
                    <span class="bk-mark-star" aria-hidden="true">{move || if marked() { "★" } else { "☆" }}</span>
                    {label("mark")}
                </button>
                <span class="bk-mark-full" role="status">{move || full.get().then(|| crate::tr!(lang, "marks-full", max = crate::state::marks::MAX_MARKS))}</span>
            </span>
            // A host page whose address the widget does not keep (a direct embed without
            // `data-url-state`) would get a link that opens nothing.
            <span class="bk-slot" node_ref=copy_slot>
                {shared.then(|| view! {
                    <button type="button" class="bk-copy" on:click=copy_link>{label("copy-link")}</button>
                    <span class="bk-copied" role="status">{move || copied.get().then(|| tr(lang, "link-copied", None))}</span>
                })}
            </span>
        </div>
    }
}

/// One event: when, what kind, its title and link, and its calendar file. `at` names the place
/// (in the list of all dates, where it opens the place).
pub fn event_item(
    place: &Place,
    e: &crate::model::Event,
    lang: crate::model::Lang,
    now_ms: f64,
    at: Option<AnyView>,
) -> AnyView {
    let when = super::words::event_when(lang, e);
    let iso = e.start.date.to_string();
    let title = e.title.get(lang).to_string();
    // The kind only where the title does not say it already ("Tag der offenen Tür …").
    let kind = e.kind.as_deref().map(|k| super::words::event_kind(lang, k)).filter(|k| !title.starts_with(k.as_str()));
    let (ics, file) = super::words::ics_href(place, e, lang, now_ms);
    // Each calendar link says which date it saves (a screen reader lists links out of context).
    let (sr_when, sr_title) = (when.clone(), title.clone());
    let more = e.url.clone().map(|u| {
        view! {
            " "
            <a href=u target="_blank" rel="noopener noreferrer">
                {tr(lang, "event-more", None)}<span class="bk-sr-only">" " {tr(lang, "new-tab", None)}</span>
            </a>
        }
    });
    view! {
        <li class="bk-event">
            <time class="bk-event-when" datetime=iso>{when}</time>
            {kind.map(|k| view! { <span class="bk-event-kind">{k}</span> })}
            <span class="bk-event-title" dir="auto">{title}</span>
            {at}
            <span class="bk-event-links">
                {more}
                " "
                <a class="bk-event-ics" href=ics download=file>
                    {tr(lang, "event-ics", None)}<span class="bk-sr-only">": " {sr_when} ", " <span dir="auto">{sr_title}</span></span>
                </a>
            </span>
        </li>
    }
    .into_any()
}
