//! The only place that talks to the network: finding the config and downloading files, piece
//! by piece, so the loader (`crate::load`) can tell a slow file from one that stopped.

use crate::load::Body;
use crate::model::Failure;
use wasm_bindgen::JsCast;
use web_sys::Url;

/// Gives a download up when dropped (a timeout, the page moving on), so a server that hangs does
/// not keep one of the browser's few connections to the host.
enum Abort {
    Ours(web_sys::AbortController),
    /// The early download's own `abort` (src/js/prefetch.js).
    Early(js_sys::Function),
    Nothing,
}

impl Drop for Abort {
    fn drop(&mut self) {
        match self {
            Abort::Ours(c) => c.abort(),
            Abort::Early(f) => {
                let _ = f.call0(&wasm_bindgen::JsValue::NULL);
            }
            Abort::Nothing => {}
        }
    }
}

/// A download in progress: either our own (read through the body's stream) or one the page
/// started early (src/js/prefetch.js), whose bytes come at its end.
pub struct Download {
    kind: Source,
    _abort: Abort,
}

enum Source {
    Stream(web_sys::ReadableStreamDefaultReader),
    Early { promise: js_sys::Promise, seen: f64, done: bool },
}

/// Asks for `url`: takes over a download the page started early, or starts one. Ready when the
/// server has answered; an error status is an error (a 404 page is not data).
pub async fn open(url: &str) -> Result<Download, Failure> {
    if let Some(early) = early_fetch(url) {
        if let Some(answered) = answer_of(&early).await {
            return answered;
        }
        // The early download got no answer at all: ask again, bypassing the HTTP cache (whose
        // lock would make the new request wait for the stuck one).
        return start(url, web_sys::RequestCache::NoStore).await;
    }
    start(url, web_sys::RequestCache::Default).await
}

async fn start(url: &str, cache: web_sys::RequestCache) -> Result<Download, Failure> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let abort = controller.map_or(Abort::Nothing, Abort::Ours);
    let request = gloo_net::http::Request::get(url).cache(cache).abort_signal(signal.as_ref());
    let response = request.send().await.map_err(|e| Failure::Network(network_reason(&e)))?;
    if !response.ok() {
        return Err(Failure::Status { code: response.status(), text: response.status_text() });
    }
    let reader = response
        .body()
        .and_then(|b| b.get_reader().dyn_into::<web_sys::ReadableStreamDefaultReader>().ok())
        .ok_or_else(|| Failure::Network("no body".into()))?;
    Ok(Download { kind: Source::Stream(reader), _abort: abort })
}

impl Body for Download {
    async fn next(&mut self) -> Result<Option<Vec<u8>>, Failure> {
        match &mut self.kind {
            Source::Stream(reader) => {
                let read = wasm_bindgen_futures::JsFuture::from(reader.read()).await.map_err(js_reason)?;
                let field = |name: &str| js_sys::Reflect::get(&read, &name.into()).unwrap_or_default();
                if field("done").as_bool() == Some(true) {
                    return Ok(None);
                }
                Ok(Some(js_sys::Uint8Array::new(&field("value")).to_vec()))
            }
            Source::Early { done: true, .. } => Ok(None),
            Source::Early { promise, seen, done } => {
                // Its bytes come at its end; meanwhile an empty piece each time more arrived.
                loop {
                    if let Some(result) = within(promise, 500).await {
                        *done = true;
                        return read_taken_over(result).map(Some);
                    }
                    let now = number(promise, "received");
                    if now > *seen {
                        *seen = now;
                        return Ok(Some(Vec::new()));
                    }
                }
            }
        }
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type ImportMeta;
    #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
    static META: ImportMeta;
    #[wasm_bindgen(method, getter)]
    fn url(this: &ImportMeta) -> String;
}

/// The address of this program's script (wasm-bindgen's glue): the language files lie beside it.
pub fn script_url() -> String {
    META.with(ImportMeta::url)
}

/// Ready after `ms` milliseconds.
pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The outcome of `promise` if it settles within `ms` milliseconds.
async fn within(promise: &js_sys::Promise, ms: u32) -> Option<Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>> {
    let settled = wasm_bindgen_futures::JsFuture::from(promise.clone());
    match futures::future::select(std::pin::pin!(settled), std::pin::pin!(sleep(ms))).await {
        futures::future::Either::Left((result, _)) => Some(result),
        futures::future::Either::Right(_) => None,
    }
}

/// How long (ms) an early download may go without any answer from the server before the widget
/// asks again itself. Slow bodies are fine: this is only about no response at all.
const NO_ANSWER_MS: u32 = 4000;

/// The early download once its server answered: `None` when it has not within `NO_ANSWER_MS`.
/// Given up (aborted) when this future is dropped before (a timeout) or the answer never came.
async fn answer_of(started: &js_sys::Promise) -> Option<Result<Download, Failure>> {
    let guard = match js_sys::Reflect::get(started, &"abort".into()).map(|f| f.dyn_into::<js_sys::Function>()) {
        Ok(Ok(f)) => Abort::Early(f),
        _ => Abort::Nothing,
    };
    let mut waited = 0;
    while waited < NO_ANSWER_MS {
        let answered = js_sys::Reflect::get(started, &"responded".into()).ok().and_then(|v| v.as_bool()) == Some(true);
        // Done or failed counts as answered: `next` reads the outcome.
        if !answered && within(started, 100).await.is_none() {
            waited += 100;
            continue;
        }
        let early = Source::Early { promise: started.clone(), seen: 0.0, done: false };
        return Some(Ok(Download { kind: early, _abort: guard }));
    }
    // Give the silent one up (dropping the guard), so it does not hold a connection.
    None
}

fn number(target: &js_sys::Promise, name: &str) -> f64 {
    js_sys::Reflect::get(target, &name.into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
}

fn js_reason(e: wasm_bindgen::JsValue) -> Failure {
    Failure::Network(e.dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default())
}

/// The bytes of a download the page started: `{ok, status, statusText, body}` (src/js/prefetch.js).
fn read_taken_over(done: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>) -> Result<Vec<u8>, Failure> {
    let done = done.map_err(js_reason)?;
    let field = |name: &str| js_sys::Reflect::get(&done, &name.into()).unwrap_or_default();
    if field("ok").as_bool() != Some(true) {
        let code = field("status").as_f64().unwrap_or(0.0) as u16;
        return Err(Failure::Status { code, text: field("statusText").as_string().unwrap_or_default() });
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
pub fn config_url(data_config: Option<String>) -> Result<Url, Failure> {
    let location = web_sys::window().ok_or_else(|| Failure::Network("no window".into()))?.location();
    let page = location.href().map_err(|_| Failure::Network("no location".into()))?;
    let from_query =
        Url::new(&page).ok().and_then(|u| u.search_params().get("config")).filter(|s| !s.trim().is_empty());
    let wanted = data_config.filter(|s| !s.trim().is_empty()).or(from_query).unwrap_or_else(|| "config.json".into());
    let bad = |foreign| Failure::Address { path: wanted.clone(), foreign };
    let url = Url::new_with_base(wanted.trim(), &page).map_err(|_| bad(None))?;
    if url.origin() != location.origin().unwrap_or_default() {
        return Err(bad(Some(url.origin())));
    }
    Ok(url)
}

/// A file named in the config, resolved against the config's own URL; only the same server.
pub fn resolve(path: &str, base: &Url) -> Result<String, Failure> {
    let bad = |foreign| Failure::Address { path: path.to_string(), foreign };
    let url = Url::new_with_base(path.trim(), &base.href()).map_err(|_| bad(None))?;
    if url.origin() != base.origin() {
        return Err(bad(Some(url.origin())));
    }
    Ok(url.href())
}
