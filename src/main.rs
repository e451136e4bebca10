//! The widget's entry point (wasm32, built in parts by scripts/build-wasm.sh). One program: it
//! starts with the first paint (crate::first, no Leptos), which draws the first markers and then
//! fetches the rest of the program, the Leptos app (`ui::start_app`, a part of its own).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    bildungskarte::ui::mark("bk-start");
    bildungskarte::first::start(Box::new(|| Box::pin(async { bildungskarte::ui::start_app().await.is_ok() })));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The Bildungskarte widget runs in the browser: build it with scripts/build.sh.");
    std::process::exit(2);
}
