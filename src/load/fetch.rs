//! Getting one file's bytes through the host, given up after a time without a byte (the loader
//! tries a failure that may pass once more).

use crate::model::Failure;
use futures::future::{Either, select};
use std::future::Future;
use std::pin::pin;

/// What loading needs from the outside world. The browser's host fetches over the network and
/// yields to the page between tasks; a test's host serves files from memory.
pub trait Host {
    type Body: Body;
    /// The address of a file the config names, relative to the config's own address.
    fn resolve(&self, path: &str) -> Result<String, Failure>;
    /// Asks for `url`; ready once the server has answered (status and headers). Dropping the
    /// future or the body gives the download up.
    fn open(&self, url: &str) -> impl Future<Output = Result<Self::Body, Failure>>;
    /// Ready after `ms` milliseconds.
    fn sleep(&self, ms: u32) -> impl Future<Output = ()>;
    /// Lets the page draw and take input before the next piece of work (a new task).
    fn pause(&self) -> impl Future<Output = ()>;
    /// Tells the widget what loading has produced.
    fn emit(&self, event: super::Event);
    /// A named point in time, for the benchmarks (User Timing in the browser).
    fn mark(&self, _name: &str) {}
    /// Milliseconds on the page's clock, so that reading pauses when a task has run long enough
    /// rather than after a fixed count (a phone reads a quarter as much in the same time). A host
    /// without a clock says None: reading then pauses after every chunk.
    fn now_ms(&self) -> Option<f64> {
        None
    }
}

/// A body arriving in pieces.
pub trait Body {
    /// The next piece, `None` at the end. An empty piece only says that bytes are arriving (a
    /// download the page started before the widget, whose bytes come all at once at its end).
    fn next(&mut self) -> impl Future<Output = Result<Option<Vec<u8>>, Failure>>;
}

/// `Some(output)` of `work`, or `None` when `timer` is ready first. Work that is ready when both
/// are wins: time spent elsewhere (reading another file) never counts against a download.
async fn before<T>(work: impl Future<Output = T>, timer: impl Future<Output = ()>) -> Option<T> {
    match select(pin!(work), pin!(timer)).await {
        Either::Left((out, _)) => Some(out),
        Either::Right(_) => None,
    }
}

/// One download: given up when the server sends nothing (no answer, no new byte) for
/// `timeout_ms`. A slow file that keeps arriving is never cut off.
pub async fn download<H: Host>(host: &H, url: &str, timeout_ms: u32) -> Result<Vec<u8>, Failure> {
    let no_answer = || Failure::NoAnswer { secs: timeout_ms.div_ceil(1000) };
    let mut body = before(host.open(url), host.sleep(timeout_ms)).await.ok_or_else(no_answer)??;
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        match before(body.next(), host.sleep(timeout_ms)).await.ok_or_else(no_answer)?? {
            None => return Ok(bytes),
            Some(piece) if bytes.is_empty() => bytes = piece,
            Some(piece) => bytes.extend_from_slice(&piece),
        }
    }
}

/// Bytes as text, as a browser's `text()` reads them: UTF-8, a byte-order mark dropped, bad
/// bytes replaced (U+FFFD) rather than losing the file.
pub fn text_of(bytes: Vec<u8>) -> String {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    }
}
