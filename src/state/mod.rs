//! What the visitor sees, as plain data that a URL can carry: view, search, filters, open place,
//! the places they marked.

pub mod marks;
mod url;

pub use url::{UrlState, decode_component, encode_component};
