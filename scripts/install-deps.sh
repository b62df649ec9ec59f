#!/usr/bin/env bash
# Installs what OSPO Planner needs on a Debian/Ubuntu machine, skipping what is already there:
# the system libraries Tauri builds against, the e2e and PDF tools, Node.js 20.19+ (scripts/install-node.sh),
# and the npm packages of ui/ and of the root (the Tauri CLI).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential pkg-config libssl-dev
  libwebkit2gtk-4.1-dev libsoup-3.0-dev librsvg2-dev libayatana-appindicator3-dev libxdo-dev
  webkit2gtk-driver xvfb xauth x11-utils xdotool poppler-utils fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi

scripts/install-node.sh

# `npm ci` installs exactly what the committed lockfiles say and never rewrites them (they list every
# platform's optional packages, as `npm install` writes them). It runs again only when a lockfile is
# newer than what is installed. ui/ holds the front end; the root holds only the Tauri CLI.
for dir in ui .; do
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    npm --prefix "$dir" ci --no-audit --no-fund
  fi
done
