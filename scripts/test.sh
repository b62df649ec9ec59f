#!/usr/bin/env bash
# Runs every check and test: formatting, lints, Rust unit/integration tests (core, CLI, app),
# front-end checks and unit tests, a fuzz smoke run, the end-to-end tests of the built app
# in real WebKit under Xvfb, and the .deb built, installed and started (scripts/package.sh).
# Ends with one line counting every test that ran: "total: N passed, N failed" (Rust tests,
# Vitest and end-to-end together).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
failed_steps=()
# Runs a step, keeping its output for the count; a failing step fails the run at the end.
step() {
  local name=$1
  shift
  echo "== $name"
  if ! "$@" 2>&1 | tee -a "$log"; then
    failed_steps+=("$name")
  fi
}

step "front end: type check and build" npm --prefix ui run build
step "front end: unit tests (Vitest)" env NO_COLOR=1 npm --prefix ui test
step "format" cargo fmt --all -- --check
step "lints" cargo clippy --workspace --all-targets -- -D warnings
step "Rust tests" cargo test --workspace --exclude ospo-e2e
step "fuzz smoke: the plan file reader on 100,000 mutated files" \
  cargo run --quiet -p ospo-core --example fuzz_reader -- 100000
step "end-to-end tests in real WebKit" env E2E_SKIP_UI_BUILD=1 scripts/e2e.sh
step "package: the .deb builds, installs and starts" scripts/package.sh

awk '/^test result:/ { passed += $4; failed += $6 }
     /^ *Tests +[0-9]/ { for (i = 2; i <= NF; i++) {
       if ($i == "passed") passed += $(i - 1); if ($i == "failed") failed += $(i - 1) } }
     END { printf "total: %d passed, %d failed\n", passed, failed }' "$log"
if ((${#failed_steps[@]})); then
  echo "failed steps: ${failed_steps[*]}" >&2
  exit 1
fi
