//! What the visitor sees, as plain data that a URL can carry: view, search, filters, open place.

mod url;

pub use url::{UrlState, decode_component, encode_component};
