#!/usr/bin/env bash
# Sets up what is missing, builds the front end and the app (release), and opens OSPO Planner.
# The plan database is created on first start in the platform data folder (or at $OSPO_DB).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
npm --prefix ui run build
cargo build --release --bin ospo-planner --bin ospo
exec target/release/ospo-planner "$@"
