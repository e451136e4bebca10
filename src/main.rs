//! The widget's entry point (wasm32, built by Trunk).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    bildungskarte::ui::mark("bk-start");
    bildungskarte::ui::mount_all();
    bildungskarte::ui::mark("bk-mounted");
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The Bildungskarte widget runs in the browser: build it with `trunk build --release`.");
    std::process::exit(2);
}
