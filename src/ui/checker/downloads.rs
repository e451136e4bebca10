//! What the check page offers to download for each picked file: a table as GeoJSON, a GeoJSON
//! file repaired or as a table (in the chosen encoding), and the JSON Schema.

use super::{preview, save, t};
use crate::check::picked::{self, Encoding, FileKind, Picked};
use crate::model::Lang;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub(super) fn Downloads(lang: RwSignal<Lang>, picked: RwSignal<Arc<Vec<Picked>>>) -> impl IntoView {
    let l = move || lang.get();
    let encoding = RwSignal::new(Encoding::Utf8);
    // The config beside the page names the categories of a table when none was picked; fetched
    // once here, so the download itself stays in the click (browsers allow it only there).
    let published = RwSignal::new(None::<Arc<serde_json::Value>>);
    leptos::task::spawn_local(async move {
        let page = web_sys::window().and_then(|w| w.location().href().ok());
        let url = page.and_then(|p| web_sys::Url::new_with_base("config.json", &p).ok());
        if let Some(url) = url {
            if let Some(config) = preview::published_config(&url.href()).await {
                published.set(Some(Arc::new(config)));
            }
        }
    });
    let rows = move || {
        let lang = l();
        picked
            .get()
            .iter()
            .cloned()
            .map(|p| {
                let kind = p.kind();
                let name = p.name.clone();
                let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s).to_string();
                let buttons = match kind {
                    FileKind::Config | FileKind::Spreadsheet => Vec::new(),
                    FileKind::GeoJson if !p.is_json() => {
                        vec![view! { <span class="ck-hint">{say!(lang, "ck-fix-json-first")}</span> }.into_any()]
                    }
                    FileKind::Csv => {
                        let p = p.clone();
                        let all = picked.get_untracked();
                        let file = format!("{stem}.geojson");
                        let label = say!(lang, "ck-as-geojson", file = file.clone());
                        vec![view! {
                            <button type="button" on:click=move |_| {
                                if let Some(text) = picked::as_geojson(&p, &all, lang) {
                                    save::save(&file, text.as_bytes(), "application/geo+json");
                                }
                            }>{label}</button>
                        }.into_any()]
                    }
                    FileKind::GeoJson => {
                        let mut v = Vec::new();
                        {
                            // Made when asked for: a large file's repair is not the page's first work.
                            let file = name.clone();
                            let label = say!(lang, "ck-fixed", file = file.clone());
                            let source = p.clone();
                            v.push(view! {
                                <button type="button" on:click=move |_| {
                                    if let Some((text, _)) = picked::repaired(&source, lang) {
                                        save::save(&file, text.as_bytes(), "application/geo+json");
                                    }
                                }>{label}</button>
                            }.into_any());
                            let p = p.clone();
                            let all = picked.get_untracked();
                            let file = format!("{stem}.csv");
                            let label = say!(lang, "ck-as-csv", file = file.clone());
                            v.push(view! {
                                <button type="button" on:click=move |_| {
                                    let config = published.get_untracked();
                                    if let Some(bytes) = picked::as_table(&p, encoding.get_untracked(), &all, config.as_deref()) {
                                        let mime = if encoding.get_untracked() == Encoding::Utf8 { "text/csv;charset=utf-8" } else { "text/csv;charset=windows-1252" };
                                        save::save(&file, &bytes, mime);
                                    }
                                }>{label}</button>
                            }.into_any());
                        }
                        v
                    }
                };
                view! { <li><span class="ck-file">{name}</span><span class="ck-buttons">{buttons}</span></li> }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="ck-section" aria-labelledby="ck-downloads-h">
            <h2 id="ck-downloads-h">{move || say!(l(), "ck-downloads")}</h2>
            <p class="ck-hint">{move || say!(l(), "ck-downloads-hint")}</p>
            <div class="ck-encoding">
                <label for="ck-encoding">{move || say!(l(), "ck-encoding")}</label>
                <select id="ck-encoding" on:change=move |ev| {
                    encoding.set(if event_target_value(&ev) == "windows-1252" { Encoding::Windows1252 } else { Encoding::Utf8 })
                }>
                    <option value="utf-8">{move || say!(l(), "ck-utf8")}</option>
                    <option value="windows-1252">{move || say!(l(), "ck-windows")}</option>
                </select>
            </div>
            <ul class="ck-downloads">{rows}</ul>
            <p><button type="button" on:click=move |_| save::save("schema.json", crate::model::json_schema().as_bytes(), "application/schema+json")>
                {move || say!(l(), "ck-schema")}</button></p>
        </section>
    }
}
