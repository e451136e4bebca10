#!/usr/bin/env bash
# Builds the release site and runs the benchmark harness (prints a table; see BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/setup-test.sh
# With the benchmark hook (ui::bench_cluster), which the shipped build leaves out.
scripts/build.sh --features bench
cargo run --offline --release --example bench
