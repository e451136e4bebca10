//! The language menu: a disclosure button that shows the current language, and a list of every
//! language named in itself (never a flag). A choice takes effect on a press, never while the
//! visitor merely moves through the list (WCAG 3.2.2). The button's name carries "Language" too
//! (`lang-label`), so a visitor who cannot read the widget's current language still finds it.

use super::ctx::Ctx;
use crate::i18n::tr;
use crate::model::{LANGS, Lang};
use leptos::html::{Details, Ul};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn LangMenu() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let details = NodeRef::<Details>::new();
    let lang = move || ctx.lang.get();
    // The language asked for is the one marked, also while its file is on its way.
    let wanted = move || ctx.lang_arriving.get().unwrap_or_else(lang);
    let status = move || match (ctx.lang_arriving.get(), ctx.lang_failed.get()) {
        (Some(_), _) => tr(lang(), "part-loading", None),
        (None, Some(_)) => tr(lang(), "lang-failed", None),
        (None, None) => String::new(),
    };
    // The list is the same text in every widget and language (each language's name in itself):
    // written once as markup, with one listener, where eight views would weigh on the first
    // download. The markup holds no data, only the constant names.
    let list = NodeRef::<Ul>::new();
    let markup: String = LANGS
        .iter()
        .map(|l| {
            let dir = if l.is_rtl() { "rtl" } else { "ltr" };
            format!(
                r#"<li><button type="button" class="bk-lang-option" lang="{0}" dir="{dir}" data-lang="{0}">{1}</button></li>"#,
                l.code(),
                l.own_name()
            )
        })
        .collect();
    // Marks the language asked for and hides what the config does not offer.
    Effect::new(move |_| {
        let (wanted, offered) = (wanted(), ctx.langs.get());
        let Some(ul) = list.get() else { return };
        let buttons = ul.query_selector_all("button").ok();
        for b in buttons.iter().flat_map(|n| (0..n.length()).filter_map(move |i| n.item(i))) {
            let b: web_sys::Element = b.unchecked_into();
            let code = b.get_attribute("data-lang").unwrap_or_default();
            let l = Lang::from_tag(&code).unwrap_or_default();
            let _ =
                if l == wanted { b.set_attribute("aria-current", "true") } else { b.remove_attribute("aria-current") };
            if let Some(li) = b.parent_element() {
                let _ = li.toggle_attribute_with_force("hidden", !offered.contains(&l));
            }
        }
    });
    let close = move || {
        if let Some(d) = details.get_untracked() {
            d.set_open(false);
        }
    };
    // A choice or Escape: the list closes and the focus goes back to the menu's button.
    let close_to_button = move || {
        close();
        if let Some(s) = details.get_untracked().and_then(|d| d.query_selector("summary").ok().flatten()) {
            let _ = s.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    let choose = move |ev: web_sys::MouseEvent| {
        let picked = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-lang]").ok().flatten())
            .and_then(|e| e.get_attribute("data-lang"))
            .and_then(|c| Lang::from_tag(&c));
        let Some(l) = picked else { return };
        ctx.choose_lang(l);
        close_to_button();
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        // Up and down (Home, End) move through the languages, as in any list of choices.
        let moves = matches!(key.as_str(), "ArrowDown" | "ArrowUp" | "Home" | "End");
        if moves && details.get_untracked().is_some_and(|d| d.open()) {
            ev.prevent_default();
            let Some(ul) = list.get_untracked() else { return };
            let Ok(buttons) = ul.query_selector_all("li:not([hidden]) button") else { return };
            let all: Vec<web_sys::HtmlElement> =
                (0..buttons.length()).filter_map(|i| buttons.item(i)).map(|n| n.unchecked_into()).collect();
            let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
            let at = all.iter().position(|b| active.as_ref().is_some_and(|a| a == b.as_ref() as &web_sys::Element));
            let last = all.len().saturating_sub(1);
            let next = match (key.as_str(), at) {
                ("Home", _) | ("ArrowDown", None) => 0,
                ("End", _) | ("ArrowUp", None) => last,
                ("ArrowDown", Some(i)) => (i + 1) % all.len().max(1),
                (_, Some(i)) => (i + last) % all.len().max(1),
                _ => 0,
            };
            if let Some(b) = all.get(next) {
                let _ = b.focus();
            }
            return;
        }
        if key == "Escape" && details.get_untracked().is_some_and(|d| d.open()) {
            ev.stop_propagation();
            close_to_button();
        }
    };
    // Leaving the menu (Tab past it, a click elsewhere) closes it, as a menu does.
    let on_focusout = move |ev: web_sys::FocusEvent| {
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(details.get_untracked())
            .is_some_and(|(t, d)| d.contains(Some(&t)));
        if !inside {
            close();
        }
    };
    view! {
      <div class="bk-lang-wrap" hidden=move || ctx.langs.with(|l| l.len() < 2)>
        <details class="bk-lang" node_ref=details on:keydown=on_keydown on:focusout=on_focusout
            aria-busy=move || ctx.lang_arriving.with(Option::is_some).then_some("true")>
            <summary class="bk-lang-button">
                <svg class="bk-lang-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8"/>
                    <path d="M3 12h18M12 3c2.6 2.7 3.8 5.7 3.8 9s-1.2 6.3-3.8 9c-2.6-2.7-3.8-5.7-3.8-9S9.4 5.7 12 3z"
                        fill="none" stroke="currentColor" stroke-width="1.6"/>
                </svg>
                <span lang=move || lang().code()>{move || lang().own_name()}</span>
                <span class="bk-sr-only">" – " {move || tr(lang(), "lang-label", None)}</span>
            </summary>
            <ul class="bk-lang-list" node_ref=list inner_html=markup on:click=choose></ul>
        </details>
        // A live region that is always there (one that appears with its text may go unannounced).
        <span class="bk-lang-status" role="status" class:bk-lang-status--failed=move || ctx.lang_failed.with(Option::is_some)>
            {status}
        </span>
      </div>
    }
}
