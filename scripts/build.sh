#!/usr/bin/env bash
# Release build of the widget into dist/ (a static folder for any web server).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release "$@"
