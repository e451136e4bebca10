//! Bildungskarte: the education map of Landkreis Harburg.
//!
//! The core (`model`, `geo`) is plain Rust shared by the browser widget and the editors' tools; it
//! never touches the browser. `io` and `ui` exist only in the wasm build.

pub mod check;
pub mod cluster;
pub mod edit;
pub mod first;
pub mod geo;
pub mod i18n;
pub mod load;
pub mod map;
pub mod model;
pub mod search;
pub mod sort;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod io;
#[cfg(target_arch = "wasm32")]
pub mod ui;
