#!/usr/bin/env bash
# Release build of the widget into dist/ (a static folder for any web server).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release "$@"
# Precompressed copies (.gz, .br) beside each asset, for servers that send them as they are.
node scripts/precompress.mjs dist
