#!/usr/bin/env bash
# Release build of the widget into dist/ (a static folder for any web server).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The widget's wasm is built by Trunk's hook (scripts/build-wasm.sh), which Trunk does not pass
# its --features to: they go by the environment.
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --features) export BK_CARGO_FEATURES="${args[i + 1]:-}" ;;
    --features=*) export BK_CARGO_FEATURES="${args[i]#--features=}" ;;
  esac
done
trunk build --release "$@"
# Precompressed copies (.gz, .br) beside each asset, for servers that send them as they are.
node scripts/precompress.mjs dist
