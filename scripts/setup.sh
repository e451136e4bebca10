#!/usr/bin/env bash
# Installs everything needed to build the widget: the wasm target, Trunk, wasm-bindgen-cli and
# wasm-split-cli at the pinned versions, and wasm-opt (binaryen from npm; Debian's wasm-opt breaks the output).
# Idempotent: a tool that is already there at the right version is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/versions.sh
export PATH="$HOME/.cargo/bin:$PATH"

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# The tools are compiled from source once per machine: that is most of a fresh machine's first
# run. They share one target folder (the crates they have in common compile once), and they are
# built for speed of building, not of running (they only run during builds): no LTO, more codegen
# units, opt-level 1, no debug info.
tools_env=(
  CARGO_TARGET_DIR="${BK_TOOLS_TARGET:-$HOME/.cache/bildungskarte-tools}"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=false CARGO_PROFILE_RELEASE_STRIP=true
)

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  echo "setup: installing trunk $TRUNK_VERSION (takes ~6 min)"
  env "${tools_env[@]}" cargo install trunk --locked --version "$TRUNK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  echo "setup: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes ~2 min)"
  # No --locked: its lock file wants a webpki-roots release the registry does not serve.
  env "${tools_env[@]}" cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
# wasm-split-cli has no --version: cargo's list of installed packages says which one is there.
if ! command -v wasm-split-cli >/dev/null || ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  echo "setup: installing wasm-split-cli $WASM_SPLIT_VERSION (takes ~1 min)"
  env "${tools_env[@]}" cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi
if ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version 132" || [[ ! -f node_modules/axe-core/axe.min.js ]]; then
  echo "setup: installing npm tools (binaryen for wasm-opt, axe-core for the accessibility tests)"
  npm ci --no-audit --no-fund
fi
cargo fetch
echo "setup: done"
