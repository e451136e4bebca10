#!/usr/bin/env bash
# Installs what the tests need beyond the build tools: Chromium and ChromeDriver, nginx (the
# hosting guide's configuration is tested against it) and pdftotext (the print test), Firefox ESR
# and WebKitGTK's WebDriver with Xvfb (the core e2e tests run in all three engines), LibreOffice
# Calc without its desktop parts (tests/calc.rs opens every table the project writes), all Debian
# packages; and geckodriver, which Debian does not package, from crates.io.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/versions.sh
export PATH="$HOME/.cargo/bin:$PATH"
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need+=(nginx)
# The print test reads the text of Chromium's PDF.
command -v pdftotext >/dev/null || need+=(poppler-utils)
[[ -x /usr/bin/firefox-esr ]] || need+=(firefox-esr)
# WebKitWebDriver needs an X display even for a browser nobody sees: xvfb-run gives it one.
command -v WebKitWebDriver >/dev/null || need+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || need+=(xvfb)
# tests/calc.rs: a real spreadsheet program opens the tables (headless; the GUI is not needed).
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
# WebKitGTK takes navigator.languages from the process's locale (the tests browse in German), and
# a locale that is not generated falls back to en-US: localedef comes with Debian's locales.
command -v localedef >/dev/null && [[ -d /usr/share/i18n/locales ]] || need+=(locales)
if [[ ${#need[@]} -gt 0 ]]; then
  echo "setup-test: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  # nginx must not start as a service here: the tests start their own on a free port.
  $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
  $SUDO sh -c 'command -v systemctl >/dev/null && systemctl disable --now nginx 2>/dev/null; service nginx stop 2>/dev/null; true'
fi
if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf-\?8'; then
  echo "setup-test: generating the de_DE.UTF-8 locale (for WebKitGTK's languages)"
  $SUDO localedef -i de_DE -f UTF-8 de_DE.UTF-8
fi

if ! geckodriver --version 2>/dev/null | grep -q "geckodriver $GECKODRIVER_VERSION"; then
  echo "setup-test: installing geckodriver $GECKODRIVER_VERSION (takes ~4 min)"
  # Built like the build tools in scripts/setup.sh (same light profile and shared target folder):
  # it only drives the browser, so a fast build matters more than a fast binary.
  env CARGO_TARGET_DIR="${BK_TOOLS_TARGET:-$HOME/.cache/bildungskarte-tools}" \
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=false CARGO_PROFILE_RELEASE_STRIP=true \
    cargo install geckodriver --locked --version "$GECKODRIVER_VERSION"
fi
