#!/usr/bin/env bash
# Runs every check and test: formatting, lints, Rust unit/integration tests (core, CLI, app),
# front-end checks and unit tests, a fuzz smoke run, the end-to-end tests of the built app
# in real WebKit under Xvfb, the README's launch command (`scripts/launch.sh --smoke`), and the
# .deb built, extracted and started (scripts/package.sh; nothing is installed into the system).
# Ends with one line counting every test that ran: "total: N passed, N failed" (Rust tests,
# Vitest and end-to-end together).
#   scripts/test.sh                 everything (what CI runs)
#   scripts/test.sh --quick         formatting, lints, Rust tests and Vitest only (daily work)
#   scripts/test.sh --screenshots   everything, and the end-to-end screenshots replace docs/screenshots/
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
e2e_args=()
case "${1:-}" in
  --quick) quick=1 ;;
  --screenshots) e2e_args=(--screenshots) ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--quick | --screenshots]" >&2; exit 2 ;;
esac
scripts/install-deps.sh
# The run must leave the tree as it found it (no rewritten lockfile, screenshot or generated file).
tree_state() { git status --porcelain 2>/dev/null && git diff 2>/dev/null | sha256sum; }
tree_before=$(tree_state)

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
step "front end: formatting (Prettier)" npm --prefix ui run format:check
step "front end: unit tests (Vitest)" env NO_COLOR=1 npm --prefix ui test
step "format" cargo fmt --all -- --check
step "lints" cargo clippy --workspace --all-targets -- -D warnings
step "Rust tests" cargo test --workspace --exclude ospo-e2e
# Every cited section must be a heading of its seed document; the seeds live beside the repository.
seeds=${OSPO_SEEDS:-}
for candidate in "$PWD/../shared/seeds" /work/shared/seeds; do
  if [ -z "$seeds" ] && [ -d "$candidate" ]; then seeds=$candidate; fi
done
if [ -n "$seeds" ] && [ -d "$seeds" ]; then
  step "facts: every cited section is a heading of its seed document" env OSPO_SEEDS="$seeds" \
    cargo test -p ospo-core --lib -- --ignored listed_sections_are_headings_of_their_seed_files
else
  echo "== NOT RUN: the citation check against the seed documents (not found; set OSPO_SEEDS)"
fi
if ((!quick)); then
  step "fuzz smoke: the plan file reader on 100,000 mutated files" \
    cargo run --quiet -p ospo-core --example fuzz_reader -- 100000
  step "end-to-end tests in real WebKit" env E2E_SKIP_UI_BUILD=1 scripts/e2e.sh "${e2e_args[@]}"
  step "launch: the README's first command builds and opens the app (scripts/launch.sh --smoke)" \
    scripts/launch.sh --smoke
  step "package: the .deb builds, and the extracted package starts" scripts/package.sh
fi

tree_after=$(tree_state)
if [ "$tree_before" != "$tree_after" ]; then
  echo "== the run changed the working tree:" >&2
  diff <(echo "$tree_before") <(echo "$tree_after") >&2 || true
  failed_steps+=("the tree was left as found")
fi

awk '/^test result:/ { passed += $4; failed += $6 }
     /^ *Tests +[0-9]/ { for (i = 2; i <= NF; i++) {
       if ($i == "passed") passed += $(i - 1); if ($i == "failed") failed += $(i - 1) } }
     END { printf "total: %d passed, %d failed\n", passed, failed }' "$log"
if ((${#failed_steps[@]})); then
  echo "failed steps: ${failed_steps[*]}" >&2
  exit 1
fi
