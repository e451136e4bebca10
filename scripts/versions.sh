# Pinned tool versions (see ../shared/TOOLCHAIN.md). Sourced by the other scripts.
TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version in Cargo.lock (Cargo.toml pins it with "=").
WASM_BINDGEN_VERSION=0.2.130
# Firefox's WebDriver (Debian has no package); the core e2e tests run in Firefox ESR through it.
GECKODRIVER_VERSION=0.37.1
# Splits the widget's wasm into parts (scripts/build-wasm.sh); its `wasm-split-cli` must read what
# the wasm_split_helpers in Cargo.lock (via Leptos) write.
WASM_SPLIT_VERSION=0.2.4
