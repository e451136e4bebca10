#!/usr/bin/env bash
# Builds the release site and runs the benchmark harness (prints a table; see BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/setup-test.sh
scripts/build.sh
cargo run --offline --release --example bench
