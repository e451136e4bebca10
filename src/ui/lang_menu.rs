//! The language menu: every language named in itself (never a flag), a native select that phones
//! show as their own picker. Its name carries "Language" too (`lang-label`), so a visitor who
//! cannot read the widget's current language still finds it.

use super::ctx::Ctx;
use crate::i18n::tr;
use crate::model::Lang;
use leptos::prelude::*;

#[component]
pub fn LangMenu() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let id = ctx.id("lang");
    let lang = move || ctx.lang.get();
    let name = move || tr(lang(), "lang-label", None);
    // The language asked for is the one selected, also while its file is on its way.
    let wanted = move || ctx.lang_arriving.get().unwrap_or_else(lang);
    let on_change = move |ev: web_sys::Event| {
        if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
            ctx.choose_lang(l);
        }
    };
    let status = move || match (ctx.lang_arriving.get(), ctx.lang_failed.get()) {
        (Some(_), _) => tr(lang(), "part-loading", None),
        (None, Some(_)) => tr(lang(), "lang-failed", None),
        (None, None) => String::new(),
    };
    view! {
        <div class="bk-lang" hidden=move || ctx.langs.with(|l| l.len() < 2)>
            <label class="bk-lang-label" for=id.clone()>
                <svg class="bk-lang-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8"/>
                    <path d="M3 12h18M12 3c2.6 2.7 3.8 5.7 3.8 9s-1.2 6.3-3.8 9c-2.6-2.7-3.8-5.7-3.8-9S9.4 5.7 12 3z"
                        fill="none" stroke="currentColor" stroke-width="1.6"/>
                </svg>
                <span class="bk-sr-only">{name}</span>
            </label>
            <select id=id class="bk-lang-select" on:change=on_change
                aria-busy=move || ctx.lang_arriving.with(Option::is_some).then_some("true")>
                <For each=move || ctx.langs.get() key=|l| *l let:l>
                    <option value=l.code() lang=l.code() dir=if l.is_rtl() { "rtl" } else { "ltr" }
                        prop:selected=move || wanted() == l>
                        {l.own_name()}
                    </option>
                </For>
            </select>
            <span class="bk-lang-status" role="status">{status}</span>
        </div>
    }
}
