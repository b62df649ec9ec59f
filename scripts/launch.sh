#!/usr/bin/env bash
# Sets up what is missing, builds the front end, the app and the `ospo` command (release), and
# opens OSPO Planner. The plan database is created on first start in the platform data folder (or
# at $OSPO_DB).
#   scripts/launch.sh            open the app (extra arguments go to the app)
#   scripts/launch.sh --smoke    the same build, then start it under Xvfb with a scratch database,
#                                wait until the plan library is drawn, and exit 0 (the test command
#                                runs this, so the newcomer's path cannot break unseen)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
npm --prefix ui run build
cargo build --release -p ospo-planner -p ospo-cli
app="${CARGO_TARGET_DIR:-target}/release/ospo-planner"
if [ "${1:-}" = --smoke ]; then
  exec scripts/smoke-app.sh "$(realpath "$app")" "launch --smoke"
fi
exec "$app" "$@"
