#!/usr/bin/env bash
# Builds the .deb with the Tauri CLI (`npm run tauri build`) and proves it without touching the
# system: the package is extracted into a scratch root (dpkg-deb -x), its Depends are resolved by a
# simulated install (apt-get -s), and the extracted binary is started under Xvfb with a scratch
# database until its plan library is drawn. Prints the package's path and size, and the binary's.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

echo "== package: npm run tauri build"
npm run tauri build
deb=$(ls -t "${CARGO_TARGET_DIR:-target}"/release/bundle/deb/*.deb | head -1)
deb=$(realpath "$deb")
name=$(dpkg-deb -f "$deb" Package)
echo "== package: $deb ($(du -k "$deb" | cut -f1) KiB, package $name)"

echo "== package: its dependencies resolve (simulated install: nothing is installed)"
if ! simulated=$(apt-get install -s -qq "$deb" 2>&1); then
  echo "$simulated" >&2
  echo "the package's Depends ($(dpkg-deb -f "$deb" Depends)) do not resolve" >&2
  exit 1
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
bin=$(find "$root/usr/bin" -maxdepth 1 -type f -perm -u+x -print -quit)
[ -n "$bin" ] || { echo "the package holds no program in /usr/bin" >&2; exit 1; }
echo "== package: extracted ${bin#"$root"} ($(du -k "$bin" | cut -f1) KiB)"
scripts/smoke-app.sh "$bin" "package"
echo "== package: the packaged app starts and lists its plans"
