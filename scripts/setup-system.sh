#!/usr/bin/env bash
# Installs what KamReports needs from the system package manager when it is missing:
# a Chromium-based browser for printing PDFs, fonts (Latin and CJK) and, for the tests, poppler-utils.
# Debian/Ubuntu only; on other systems install the equivalents and set KAM_BROWSER.
set -euo pipefail

need=()
browser=""
for b in "${KAM_BROWSER:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable /usr/bin/microsoft-edge; do
  if [ -n "$b" ] && [ -x "$b" ]; then browser="$b"; break; fi
done
[ -n "$browser" ] || need+=(chromium)
# Read the font list once: grep -q on a pipe would end fc-list early and fail under pipefail.
fonts="$(fc-list : family 2>/dev/null || true)"
# TrueType fonts only (a CFF font such as Noto Sans CJK is embedded as Type 3: slow to print, bad to extract).
grep -qi "WenQuanYi Zen Hei" <<<"$fonts" || need+=(fonts-wqy-zenhei)
grep -qi "Lato" <<<"$fonts" || need+=(fonts-lato)
grep -qi "DejaVu Sans" <<<"$fonts" || need+=(fonts-dejavu-core)
if [ "${1:-}" = "--tests" ]; then
  # The delivery tests send through a real SMTP server: smtp4dev, a dotnet tool from the NuGet registry, into .tools/.
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  if [ ! -x "$root/.tools/smtp4dev/smtp4dev" ]; then
    dotnet tool install Rnwood.Smtp4dev --version 3.15.0 --tool-path "$root/.tools/smtp4dev" >/dev/null \
      || { echo "could not install the smtp4dev dotnet tool (the delivery tests need it)" >&2; exit 1; }
  fi
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  # The SQL-source tests start a throw-away PostgreSQL server (initdb, pg_ctl) on a free local port.
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
fi

if [ ${#need[@]} -eq 0 ]; then exit 0; fi
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
if ! command -v apt-get >/dev/null 2>&1; then
  echo "KamReports needs: ${need[*]} (no apt-get here: install them with your package manager, and set KAM_BROWSER to the browser)" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
echo "Installing system packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null
$sudo apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
