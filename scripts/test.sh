#!/usr/bin/env bash
# Installs what is missing, builds the release site and runs every test: native unit tests of the
# core and end-to-end tests in headless Chromium against dist/, the core set of them (`e2e!(…, core)`)
# also in Firefox ESR and WebKitGTK (`firefox::…`, `webkit::…`). Prints the totals at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/setup-test.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/build.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
cargo test --offline --lib --bins --test checker --test calc --test reactive --test style 2>&1 | tee -a "$log" || status=$?
cargo test --offline --test e2e 2>&1 | tee -a "$log" || status=$?

passed=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^passed/) s += $i } END { print s + 0 }' "$log")
failed=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^failed/) s += $i } END { print s + 0 }' "$log")
echo
if [[ $status -eq 0 ]]; then
  echo "test result: ok. ${passed} passed; ${failed} failed (all suites)"
else
  echo "test result: FAILED. ${passed} passed; ${failed} failed (all suites)"
fi
exit $status
