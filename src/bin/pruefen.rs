//! The editors' check page (`pruefen.html`): its own wasm, built by Trunk beside the widget's, so
//! visitors never download the checker.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // The same wasm serves the editing page (bearbeiten.html), which shares the checker.
    #[cfg(feature = "editor")]
    if bildungskarte::ui::editor::start() {
        return;
    }
    bildungskarte::ui::checker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The check page runs in the browser (pruefen.html); on the command line use bildungskarte-data.");
    std::process::exit(2);
}
