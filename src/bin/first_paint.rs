//! The first paint's entry point (crate::first): a small wasm without Leptos that draws the first
//! markers and then loads the widget. Built by scripts/build-wasm.sh.

#[cfg(target_arch = "wasm32")]
fn main() {
    bildungskarte::first::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The first paint runs in the browser: build it with scripts/build.sh.");
    std::process::exit(2);
}
