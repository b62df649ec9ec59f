#!/usr/bin/env bash
# Builds the .deb with the Tauri CLI (`npm run tauri build`), installs it, starts the installed app
# under Xvfb with a scratch database and waits until its plan library is drawn, then removes the
# package again. Prints the package's path and size, and the installed binary's size.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

echo "== package: npm run tauri build"
npm run tauri build
deb=$(ls -t "${CARGO_TARGET_DIR:-target}"/release/bundle/deb/*.deb | head -1)
name=$(dpkg-deb -f "$deb" Package)
echo "== package: $deb ($(du -k "$deb" | cut -f1) KiB, package $name)"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get install -y -qq "$(realpath "$deb")" >/dev/null
trap '$sudo dpkg -r "$name" >/dev/null' EXIT
bin=$(dpkg -L "$name" | grep -m1 '^/usr/bin/')
echo "== package: installed $bin ($(du -k "$bin" | cut -f1) KiB)"

scratch=$(mktemp -d)
log="$scratch/app.log"
OSPO_DB="$scratch/ospo.db" OSPO_TIMING=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 \
  XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" \
  timeout 60 xvfb-run -a "$bin" >"$log" 2>&1 &
runner=$!
for _ in $(seq 600); do
  grep -q "listed" "$log" && break
  sleep 0.1
done
kill "$runner" 2>/dev/null || true
pkill -f "^$bin" 2>/dev/null || true
wait "$runner" 2>/dev/null || true
if ! grep "listed" "$log"; then
  echo "the installed app did not draw its plan library within 60 s:" >&2
  cat "$log" >&2
  exit 1
fi
test -f "$scratch/ospo.db" || { echo "the installed app created no database" >&2; exit 1; }
rm -rf "$scratch"
echo "== package: the installed app starts and lists its plans"
