//! The only place that talks to the network: finding the config and fetching text files.

use crate::model::Lang;
use crate::tr;
use wasm_bindgen::JsCast;
use web_sys::Url;

/// Why a file could not be fetched, in words for the notice.
pub type FetchError = String;

/// Fetches a same-origin text file. HTTP errors are errors (a 404 page is not data).
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let bytes = match early_fetch(url) {
        Some(started) => match take_over(started).await {
            Some(result) => result?,
            // The early download got no answer at all: ask again, bypassing the HTTP cache (whose
            // lock would make the new request wait for the stuck one).
            None => fetch_bytes(url, web_sys::RequestCache::NoStore).await?,
        },
        None => fetch_bytes(url, web_sys::RequestCache::Default).await?,
    };
    // Decoded as text() would: UTF-8, byte order mark dropped, bad bytes → U+FFFD.
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

async fn fetch_bytes(url: &str, cache: web_sys::RequestCache) -> Result<Vec<u8>, FetchError> {
    let response = gloo_net::http::Request::get(url).cache(cache).send().await.map_err(|e| network_reason(&e))?;
    if !response.ok() {
        return Err(http_error(response.status(), &response.status_text()));
    }
    // Bytes, not text(): a 35 MB file then crosses into Rust as one copy, without a detour
    // through a JavaScript string.
    response.binary().await.map_err(|e| network_reason(&e))
}

fn http_error(status: u16, text: &str) -> FetchError {
    if text.is_empty() { format!("HTTP {status}") } else { format!("HTTP {status} {text}") }
}

/// How long (ms) an early download may go without any answer from the server before the widget
/// asks again itself. Slow bodies are fine: this is only about no response at all.
const NO_ANSWER_MS: i32 = 4000;

/// The bytes of a download the loader started: `{ok, status, statusText, body}` (src/js/prefetch.js),
/// or `None` when the server has not answered it within `NO_ANSWER_MS`.
async fn take_over(started: js_sys::Promise) -> Option<Result<Vec<u8>, FetchError>> {
    use futures::future::{Either, select};
    let answered = {
        let p = started.clone();
        move || js_sys::Reflect::get(&p, &"responded".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false)
    };
    let mut download = wasm_bindgen_futures::JsFuture::from(started);
    let timer = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, NO_ANSWER_MS);
        }
    }));
    let done = match select(&mut download, timer).await {
        Either::Left((done, _)) => done,
        Either::Right(_) if answered() => download.await,
        Either::Right(_) => return None,
    };
    Some(read_taken_over(done))
}

fn read_taken_over(done: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>) -> Result<Vec<u8>, FetchError> {
    let done =
        done.map_err(|e| e.dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default())?;
    let field = |name: &str| js_sys::Reflect::get(&done, &name.into()).unwrap_or_default();
    if field("ok").as_bool() != Some(true) {
        let status = field("status").as_f64().unwrap_or(0.0) as u16;
        return Err(http_error(status, &field("statusText").as_string().unwrap_or_default()));
    }
    Ok(js_sys::Uint8Array::new(&field("body")).to_vec())
}

/// A download of `url` that the page's loader started before the wasm was ready
/// (src/js/prefetch.js), taken over once: a later fetch of the same file goes to the network.
fn early_fetch(url: &str) -> Option<js_sys::Promise> {
    let store = js_sys::Reflect::get(&web_sys::window()?.into(), &"__bildungskarteFetch".into()).ok()?;
    let store = store.dyn_into::<js_sys::Map>().ok()?;
    let started = store.get(&url.into()).dyn_into::<js_sys::Promise>().ok()?;
    store.delete(&url.into());
    Some(started)
}

fn network_reason(e: &gloo_net::Error) -> String {
    match e {
        gloo_net::Error::JsError(js) => js.message.clone(),
        other => other.to_string(),
    }
}

/// The config to load: the host element's `data-config`, else the page's `?config=`, else
/// `config.json` next to the page. Only same-origin configs are accepted, so a link cannot make the
/// district's page show somebody else's data.
pub fn config_url(data_config: Option<String>, lang: Lang) -> Result<Url, String> {
    let location = web_sys::window().ok_or("no window")?.location();
    let page = location.href().map_err(|_| "no location".to_string())?;
    let from_query =
        Url::new(&page).ok().and_then(|u| u.search_params().get("config")).filter(|s| !s.trim().is_empty());
    let wanted = data_config.filter(|s| !s.trim().is_empty()).or(from_query).unwrap_or_else(|| "config.json".into());
    let url = Url::new_with_base(wanted.trim(), &page).map_err(|_| tr!(lang, "bad-address", path = wanted.as_str()))?;
    let origin = location.origin().unwrap_or_default();
    if url.origin() != origin {
        return Err(tr!(lang, "config-foreign", path = wanted.as_str(), origin = origin.as_str()));
    }
    Ok(url)
}

/// A source path from the config, resolved against the config's own URL.
pub fn resolve(path: &str, base: &Url, lang: Lang) -> Result<String, String> {
    let url = Url::new_with_base(path.trim(), &base.href()).map_err(|_| tr!(lang, "bad-address", path = path))?;
    if url.origin() != base.origin() {
        return Err(tr!(lang, "config-foreign", path = path, origin = base.origin()));
    }
    Ok(url.href())
}
