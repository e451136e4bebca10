#!/usr/bin/env bash
# Installs what the tests need beyond the build tools: Chromium and ChromeDriver, nginx (the
# hosting guide's configuration is tested against it) and pdftotext (the print test), all Debian
# packages.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need+=(nginx)
# The print test reads the text of Chromium's PDF.
command -v pdftotext >/dev/null || need+=(poppler-utils)
if [[ ${#need[@]} -eq 0 ]]; then
  exit 0
fi
echo "setup-test: installing ${need[*]}"
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# nginx must not start as a service here: the tests start their own on a free port.
$SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
$SUDO sh -c 'command -v systemctl >/dev/null && systemctl disable --now nginx 2>/dev/null; service nginx stop 2>/dev/null; true'
