//! The editors' page (`bearbeiten.html`): a wasm of its own, split at the page's lazy boundaries
//! (src/ui/editor/parts.rs, scripts/build-wasm.sh), so what opens the files and lists the places
//! comes first and the map, the form and the table reader follow in parts.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    bildungskarte::ui::editor::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The editors' page runs in the browser (bearbeiten.html).");
    std::process::exit(2);
}
