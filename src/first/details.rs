//! A place's details on the first paint: a press on a marker shows them at once, before the
//! widget has arrived, with the sheet the widget shows too (crate::map::details). The place is read
//! from the feature the browser parsed, through the same model the widget reads it with; that
//! reading and the sheet are a part of their own (`place`), fetched right after the first markers,
//! before the widget. The widget, when it comes, opens the same place (`data-want-place`).

use crate::map::details::{Sheet, Shown};
use crate::model::Lang;
use leptos::wasm_split::SplitLoaderError;
use std::collections::HashMap;
use wasm_bindgen::JsValue;

/// What the first paint keeps to show a place's details.
pub struct Source {
    /// Each place's feature as the browser parsed it, by id (the first of an id, as the widget).
    pub features: HashMap<String, JsValue>,
    pub config: JsValue,
    /// The sentences of a language other than German, as fetched for the first paint's words.
    pub ftl: Option<String>,
    pub lang: Lang,
    /// The level of the widget's title.
    pub level: u8,
    pub prefix: String,
}

/// Fetches the details' part; true once it is there.
pub async fn ready() -> bool {
    fetch_place().await.is_ok()
}

/// The sheet of the place `id`; `Err` where the part did not arrive, `Ok(None)` where the place
/// cannot be read (the widget shows it then).
pub async fn sheet(src: &Source, id: &str) -> Result<Option<Sheet>, ()> {
    let json = |v: &JsValue| js_sys::JSON::stringify(v).ok().and_then(|s| s.as_string());
    let (Some(feature), Some(config), Some(doc)) =
        (src.features.get(id).and_then(json), json(&src.config), web_sys::window().and_then(|w| w.document()))
    else {
        return Ok(None);
    };
    let made =
        Made { config, feature, lang: src.lang, ftl: src.ftl.clone(), level: src.level, prefix: src.prefix.clone() };
    place_sheet(doc, made).await.map_err(|_| ())
}

/// What the part needs to make a sheet.
pub struct Made {
    config: String,
    feature: String,
    lang: Lang,
    ftl: Option<String>,
    level: u8,
    prefix: String,
}

fn make(doc: web_sys::Document, m: Made) -> Option<Sheet> {
    if let (false, Some(ftl)) = (crate::i18n::has(m.lang), &m.ftl) {
        // Installed once for the whole program: the widget finds the language there.
        crate::i18n::install(m.lang, ftl);
    }
    let config = crate::model::parse_config(&m.config).ok()?;
    let place = crate::model::place_of(serde_json::from_str(&m.feature).ok()?, &config.categories)?;
    let shown = Shown {
        place: &place,
        config: &config,
        lang: m.lang,
        now_ms: js_sys::Date::now(),
        title_level: m.level,
        prefix: &m.prefix,
    };
    let sheet = crate::map::details::sheet(&doc, &shown);
    // Merken's room, kept unseen until the widget brings the button: nothing moves then.
    let room = crate::map::dom::text_el(
        &doc,
        "span",
        "bk-action bk-mark bk-reserved",
        &format!("☆ {}", crate::i18n::tr(m.lang, "mark", None)),
    );
    let _ = room.set_attribute("aria-hidden", "true");
    let _ = sheet.actions.append_child(&room);
    Some(sheet)
}

// Split off only in the widget's program, the one that calls it (see ui::parts::boundary!).
#[cfg(all(feature = "split", not(feature = "editor")))]
#[leptos::wasm_split::wasm_split(place, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch_place))]
fn place_sheet(doc: web_sys::Document, made: Made) -> Result<Option<Sheet>, SplitLoaderError> {
    Ok(make(doc, made))
}

#[cfg(not(all(feature = "split", not(feature = "editor"))))]
async fn place_sheet(doc: web_sys::Document, made: Made) -> Result<Option<Sheet>, SplitLoaderError> {
    Ok(make(doc, made))
}

#[cfg(not(all(feature = "split", not(feature = "editor"))))]
async fn fetch_place() -> Result<(), SplitLoaderError> {
    Ok(())
}
