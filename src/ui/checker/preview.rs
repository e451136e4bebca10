//! The preview: the visitors' widget itself, on the picked files before they are published. The
//! widget takes over downloads a page started early (src/js/prefetch.js, `io::open`); here the
//! "downloads" are the picked files, handed over from memory under the addresses the widget asks
//! for. Files the editor did not pick come from the server as on the published map.

use crate::check::picked::{self, FileKind, Picked, Table};
use crate::model::Lang;
use leptos::html::Div;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone, Copy)]
pub struct Preview {
    pub container: NodeRef<Div>,
    mounted: StoredValue<Option<Box<dyn std::any::Any>>, LocalStorage>,
    /// The language of a preview whose part did not arrive.
    failed: RwSignal<Option<Lang>>,
}

impl Preview {
    pub fn new() -> Self {
        Self { container: NodeRef::new(), mounted: StoredValue::new_local(None), failed: RwSignal::new(None) }
    }

    /// Shows the widget on `files` (and the tables as GeoJSON), in `lang`.
    pub async fn show(&self, files: &[Picked], tables: &[Table], lang: Lang) {
        let Some(page) = web_sys::window().and_then(|w| w.location().href().ok()) else { return };
        let Ok(config_url) = web_sys::Url::new_with_base("config.json", &page) else { return };
        let mut served: Vec<(String, Vec<u8>)> =
            files.iter().filter(|p| p.kind() == FileKind::GeoJson).map(|p| (p.name.clone(), p.bytes.clone())).collect();
        for t in tables {
            let stem = t.name.rsplit_once('.').map_or(t.name.as_str(), |(s, _)| s);
            served.push((format!("{stem}.geojson"), t.geojson.clone().into_bytes()));
        }
        let picked_config = files.iter().find(|p| p.kind() == FileKind::Config);
        let config: Option<Value> = match picked_config {
            Some(c) => c.json(),
            None => published_config(&config_url.href()).await,
        };
        let config_bytes = match config {
            Some(mut c) => {
                let mut sources: Vec<Value> = c["sources"].as_array().cloned().unwrap_or_default();
                let named: Vec<String> = sources.iter().filter_map(|s| s.as_str().map(picked::file_name)).collect();
                for (name, _) in &served {
                    if !named.contains(name) {
                        sources.push(Value::String(name.clone()));
                    }
                }
                // Each source the editor picked, under the address the widget will ask for.
                for s in sources.iter().filter_map(Value::as_str) {
                    if let Some((_, bytes)) = served.iter().find(|(n, _)| *n == picked::file_name(s)) {
                        if let Ok(u) = web_sys::Url::new_with_base(s.trim(), &config_url.href()) {
                            hand_over(&u.href(), bytes);
                        }
                    }
                }
                c["sources"] = Value::Array(sources);
                serde_json::to_vec(&c).unwrap_or_default()
            }
            // A picked config that does not read: the widget says so, as it would to visitors.
            None => match picked_config {
                Some(c) => c.bytes.clone(),
                None => return,
            },
        };
        hand_over(&config_url.href(), &config_bytes);
        self.mount(lang);
    }

    fn mount(&self, lang: Lang) {
        // The previous preview goes (dropping its handle unmounts it).
        self.mounted.set_value(None);
        let Some(container) = self.container.get_untracked() else { return };
        container.set_inner_html("");
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(host) = doc.create_element("div").ok().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
            return;
        };
        host.set_class_name("ck-preview-map");
        let _ = host.set_attribute("data-config", "config.json");
        let _ = host.set_attribute("data-lang", lang.code());
        let _ = host.set_attribute("data-heading-level", "3");
        let _ = container.append_child(&host);
        let preview = *self;
        let on_page = host.clone();
        leptos::task::spawn_local(async move {
            match widget_in(host).await {
                // A preview shown again meanwhile took the host off the page: this one goes.
                Ok(widget) if on_page.is_connected() => {
                    let _ = preview.mounted.try_set_value(Some(widget));
                }
                Ok(_) => {}
                // The editors' page says so where the map would be (`ui::editor::parts`), and
                // shows the files again when the part arrives after all.
                Err(_) => {
                    let _ = preview.failed.try_set(Some(lang));
                }
            }
        });
    }

    /// Shows the widget again after its part failed to arrive (the editors' page, split build).
    #[cfg(feature = "editor")]
    pub fn retry(&self) {
        if let Some(lang) = self.failed.try_get_untracked().flatten() {
            self.failed.set(None);
            self.mount(lang);
        }
    }
}

crate::ui::parts::boundary! {
    split_when(all(feature = "split", feature = "editor"))
    /// The visitors' widget as the preview: on the editors' page in the map's part (awaited, so
    /// the part's `fetch_map` need not ready it), after the files are open and listed.
    ed_map, fetch_map_part, fn widget_in(host: web_sys::HtmlElement) -> Box<dyn std::any::Any> {
        Ok(crate::ui::mount_preview(host))
    }
}

/// The published config next to the page, for a preview without a picked one.
pub(crate) async fn published_config(url: &str) -> Option<Value> {
    let response = gloo_net::http::Request::get(url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    serde_json::from_str(&response.text().await.ok()?).ok()
}

/// Puts `bytes` where the widget looks for a download started early (src/js/prefetch.js's store,
/// `io::open`): an answered download, complete.
fn hand_over(href: &str, bytes: &[u8]) {
    let Some(window) = web_sys::window() else { return };
    let key = JsValue::from_str("__bildungskarteFetch");
    let store = match js_sys::Reflect::get(&window, &key).ok().and_then(|s| s.dyn_into::<js_sys::Map>().ok()) {
        Some(s) => s,
        None => {
            let s = js_sys::Map::new();
            let _ = js_sys::Reflect::set(&window, &key, &s);
            s
        }
    };
    let answer = js_sys::Object::new();
    let set = |o: &js_sys::Object, k: &str, v: &JsValue| {
        let _ = js_sys::Reflect::set(o, &JsValue::from_str(k), v);
    };
    set(&answer, "ok", &JsValue::TRUE);
    set(&answer, "status", &JsValue::from(200));
    set(&answer, "statusText", &JsValue::from_str("OK"));
    set(&answer, "body", &js_sys::Uint8Array::from(bytes).into());
    let promise = js_sys::Promise::resolve(&answer);
    set(&promise, "responded", &JsValue::TRUE);
    set(&promise, "received", &JsValue::from(bytes.len() as f64));
    store.set(&JsValue::from_str(href), &promise);
}
