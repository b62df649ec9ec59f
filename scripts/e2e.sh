#!/usr/bin/env bash
# End-to-end tests of the desktop app in real WebKit: builds the front end and the app (debug, or
# release with E2E_RELEASE=1), installs tauri-driver if missing, and runs the tests/e2e crate
# (package ospo-e2e) under xvfb-run, one test at a time. Extra arguments go to the test binary,
# e.g. `scripts/e2e.sh flows::` to run some tests only. The tests fail (never skip) when a tool
# is missing (E2E_SKIP_UI_BUILD=1 reuses an existing ui/dist). Screenshots of the main screens land
# in target/screenshots/; with --screenshots (first argument) they replace docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = --screenshots ]; then
  shift
  export OSPO_SCREENSHOTS_DIR="$PWD/docs/screenshots"
fi

for tool in xvfb-run WebKitWebDriver pdftotext; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    scripts/install-deps.sh
    break
  fi
done
if ! command -v tauri-driver >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  echo "== installing tauri-driver"
  cargo install tauri-driver --locked --version 2.1.0
fi
export PATH="$HOME/.cargo/bin:$PATH"

target_dir="${CARGO_TARGET_DIR:-target}"
profile=debug
build_flags=()
if [ "${E2E_RELEASE:-0}" = 1 ]; then
  profile=release
  build_flags=(--release)
fi

if [ "${E2E_SKIP_UI_BUILD:-0}" = 1 ] && [ -f ui/dist/index.html ]; then
  echo "== front end: using the existing ui/dist (E2E_SKIP_UI_BUILD=1)"
else
  echo "== front end: build"
  npm --prefix ui run build
fi
echo "== app: build ($profile)"
cargo build -p ospo-planner --bin ospo-planner "${build_flags[@]}"
export OSPO_APP="$PWD/$target_dir/$profile/ospo-planner"
case "$target_dir" in /*) export OSPO_APP="$target_dir/$profile/ospo-planner" ;; esac

echo "== end-to-end tests ($OSPO_APP)"
cargo build -p ospo-e2e --tests
# A WebDriver call that never answers must not hold the whole run: the suite takes ~1 min.
timeout --kill-after=30s 20m xvfb-run -a -s "-screen 0 1440x960x24" \
  cargo test -p ospo-e2e -- --test-threads=1 "$@"
