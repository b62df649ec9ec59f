#!/usr/bin/env bash
# Starts a built OSPO Planner binary under Xvfb with a scratch database and scratch data/config
# folders, waits until its window is mapped and its plan library is listed, then stops it.
# Usage: scripts/smoke-app.sh BINARY [LABEL]. Exits non-zero (with the app's log) when the library
# is not drawn within 60 s. Touches nothing outside its scratch folder.
set -euo pipefail
bin=$1
label=${2:-app}
scratch=$(mktemp -d)
log="$scratch/app.log"
cleanup() {
  [ -n "${runner:-}" ] && kill "$runner" 2>/dev/null
  pkill -f "^$bin" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

# xvfb-run gives the app its own display; the inner shell also reports the window's state on it.
OSPO_DB="$scratch/ospo.db" OSPO_TIMING=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 \
  XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
  timeout 90 xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
    "$1" >"$2" 2>&1 &
    app=$!
    for _ in $(seq 600); do
      grep -q "listed" "$2" && break
      kill -0 "$app" 2>/dev/null || break
      sleep 0.1
    done
    xwininfo -name "OSPO Planner" 2>/dev/null | grep "Map State" >>"$2"
    kill "$app" 2>/dev/null
    wait "$app" 2>/dev/null
    true' smoke "$bin" "$log" &
runner=$!
wait "$runner" || true
runner=""

if ! grep -q "listed" "$log" || ! grep -q "IsViewable" "$log"; then
  echo "$label: the window did not show its plan library within 60 s:" >&2
  cat "$log" >&2
  exit 1
fi
test -f "$scratch/ospo.db" || { echo "$label: the app created no database" >&2; exit 1; }
echo "$label: $(grep -o 'library of .* after start' "$log"); window $(grep -o 'IsViewable' "$log")"
