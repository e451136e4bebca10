//! The check runs in a Web Worker, so a file with 10,000 places does not freeze the page (it took
//! over a second in one piece). The worker is the page's own wasm again (pruefen-start.js): in a
//! worker it answers messages instead of drawing. Where no module worker starts, the page checks
//! on its own thread, pausing between files.

use crate::check::picked::{Picked, Plan};
use crate::check::{Diagnostic, Report, Severity};
use crate::model::Lang;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

fn set(o: &js_sys::Object, k: &str, v: &JsValue) {
    let _ = js_sys::Reflect::set(o, &JsValue::from_str(k), v);
}

fn get(o: &JsValue, k: &str) -> JsValue {
    js_sys::Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

/// In the worker: each message `{lang, files: [[name, bytes], …]}` is checked; progress
/// `{done, of, file}` and then `{report: [[file, line, column, error, message, excerpt], …], files}`
/// go back.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let data = ev.data();
        let lang = get(&data, "lang").as_string().and_then(|l| Lang::from_tag(&l)).unwrap_or(Lang::De);
        let files: Vec<Picked> = js_sys::Array::from(&get(&data, "files"))
            .iter()
            .map(|pair| {
                let pair = js_sys::Array::from(&pair);
                Picked::new(pair.get(0).as_string().unwrap_or_default(), js_sys::Uint8Array::new(&pair.get(1)).to_vec())
            })
            .collect();
        let plan = Plan::new(&files, lang, crate::check::today());
        let of = plan.len();
        let report = plan.run_now(|done, file| {
            let m = js_sys::Object::new();
            set(&m, "done", &JsValue::from(done as u32));
            set(&m, "of", &JsValue::from(of as u32));
            set(&m, "file", &JsValue::from_str(&file));
            let _ = reply.post_message(&m);
        });
        let rows = js_sys::Array::new();
        for d in &report.diagnostics {
            let row = js_sys::Array::new();
            row.push(&JsValue::from_str(&d.file));
            row.push(&JsValue::from(d.line as u32));
            row.push(&JsValue::from(d.column as u32));
            row.push(&JsValue::from_bool(d.severity == Severity::Error));
            row.push(&JsValue::from_str(&d.message));
            row.push(&JsValue::from_str(&d.excerpt));
            rows.push(&row);
        }
        let m = js_sys::Object::new();
        set(&m, "report", &rows);
        set(&m, "files", &JsValue::from(report.files as u32));
        let _ = reply.post_message(&m);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}

thread_local! {
    /// The page's worker, started on the first check (`None` inside: it could not start).
    static WORKER: RefCell<Option<Option<web_sys::Worker>>> = const { RefCell::new(None) };
}

fn worker() -> Option<web_sys::Worker> {
    WORKER.with(|w| {
        w.borrow_mut()
            .get_or_insert_with(|| {
                let href = web_sys::window()?.location().href().ok()?;
                let url = web_sys::Url::new_with_base("pruefen-start.js", &href).ok()?.href();
                let options = web_sys::WorkerOptions::new();
                options.set_type(web_sys::WorkerType::Module);
                web_sys::Worker::new_with_options(&url, &options).ok()
            })
            .clone()
    })
}

/// Checks `files` in the worker, telling `progress` (done, of, file) on the way; None when no
/// worker runs (the caller then checks itself).
pub async fn check(files: &[Picked], lang: Lang, progress: impl Fn(usize, usize, String) + 'static) -> Option<Report> {
    let worker = worker()?;
    let (done_tx, done_rx) = futures::channel::oneshot::channel::<Option<Report>>();
    let done_tx = RefCell::new(Some(done_tx));
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let data = ev.data();
        let rows = get(&data, "report");
        if rows.is_undefined() {
            let n = |k: &str| get(&data, k).as_f64().unwrap_or(0.0) as usize;
            progress(n("done"), n("of"), get(&data, "file").as_string().unwrap_or_default());
            return;
        }
        let diagnostics = js_sys::Array::from(&rows)
            .iter()
            .map(|row| {
                let r = js_sys::Array::from(&row);
                let text = |i: u32| r.get(i).as_string().unwrap_or_default();
                let number = |i: u32| r.get(i).as_f64().unwrap_or(0.0) as usize;
                Diagnostic {
                    file: text(0),
                    line: number(1),
                    column: number(2),
                    severity: if r.get(3).as_bool() == Some(true) { Severity::Error } else { Severity::Warning },
                    // The page shows messages, not codes.
                    code: "",
                    message: text(4),
                    excerpt: text(5),
                }
            })
            .collect();
        let files = get(&data, "files").as_f64().unwrap_or(0.0) as usize;
        if let Some(tx) = done_tx.borrow_mut().take() {
            let _ = tx.send(Some(Report { diagnostics, files }));
        }
    });
    // A worker that fails (its script or wasm did not load) gives the check back to the page.
    let (fail_tx, fail_rx) = futures::channel::oneshot::channel::<()>();
    let fail_tx = RefCell::new(Some(fail_tx));
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        if let Some(tx) = fail_tx.borrow_mut().take() {
            let _ = tx.send(());
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let message = js_sys::Object::new();
    set(&message, "lang", &JsValue::from_str(lang.code()));
    let list = js_sys::Array::new();
    for f in files {
        let pair = js_sys::Array::new();
        pair.push(&JsValue::from_str(&f.name));
        pair.push(&js_sys::Uint8Array::from(f.bytes.as_slice()));
        list.push(&pair);
    }
    set(&message, "files", &list);
    worker.post_message(&message).ok()?;
    let outcome = match futures::future::select(done_rx, fail_rx).await {
        futures::future::Either::Left((Ok(report), _)) => report,
        _ => {
            WORKER.with(|w| *w.borrow_mut() = Some(None));
            None
        }
    };
    worker.set_onmessage(None);
    worker.set_onerror(None);
    drop((on_message, on_error));
    outcome
}
