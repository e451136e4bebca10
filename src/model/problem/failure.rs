//! Why a file did not arrive, and what the visitor and the editors are told of it.

use super::*;

/// Why a file did not arrive. Loading decides by it whether trying again by itself can help.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The server answered with an error status (404, 503, …).
    Status { code: u16, text: String },
    /// No connection, or it broke off; the browser's words.
    Network(String),
    /// Nothing arrived for `secs` seconds.
    NoAnswer { secs: u32 },
    /// The config names an address that is malformed, or on another server (`foreign` = that
    /// server's origin, which the widget does not load from).
    Address { path: String, foreign: Option<String> },
}

impl Failure {
    /// Worth one more try after a pause: a broken connection, a timeout, a server error (5xx) or
    /// "too many requests". A 404 or a bad address stays as it is until someone changes it.
    pub fn transient(&self) -> bool {
        match self {
            Failure::Status { code, .. } => *code >= 500 || *code == 408 || *code == 429,
            Failure::Network(_) | Failure::NoAnswer { .. } => true,
            Failure::Address { .. } => false,
        }
    }

    /// Asking again may bring the file: it did not arrive (as opposed to an address the widget
    /// will never load from). Offered to the visitor as "Erneut versuchen".
    pub fn retry_may_help(&self) -> bool {
        !matches!(self, Failure::Address { .. })
    }

    pub fn message_key(&self) -> Message {
        match self {
            // Status phrases ("Service Unavailable") stay out: they are English and say no more.
            Failure::Status { code: 404 | 410, .. } => Message::new("p-not-found", vec![]),
            Failure::Status { code, .. } if *code >= 500 => {
                Message::new("p-server-error", vec![("code", (*code as usize).into())])
            }
            Failure::Status { code, .. } => Message::new("p-http-error", vec![("code", (*code as usize).into())]),
            // The browser's own words ("Failed to fetch") are English and say no more either.
            Failure::Network(_) => Message::new("p-connection", vec![]),
            Failure::NoAnswer { secs } => Message::new("p-no-answer", vec![("secs", (*secs as usize).into())]),
            Failure::Address { path, foreign: None } => Message::new("bad-address", vec![("path", path.into())]),
            Failure::Address { path, foreign: Some(origin) } => {
                Message::new("config-foreign", vec![("path", path.into()), ("origin", origin.into())])
            }
        }
    }
}
