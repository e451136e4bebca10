//! The editors' check page (`pruefen.html`): its own wasm, built by Trunk beside the widget's, so
//! visitors never download the checker. The editors' page has its own (src/bin/bearbeiten.rs).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    bildungskarte::ui::checker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The check page runs in the browser (pruefen.html); on the command line use bildungskarte-data.");
    std::process::exit(2);
}
