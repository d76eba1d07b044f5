#!/usr/bin/env bash
# Runs the pinned Deno (npm package `deno`, installed by scripts/install-deps.sh) the way the
# tests need it: npm: imports through npm's configured registry, DENO_DIR from the caller (the
# build folder) or next to the installed Deno, and from a folder without a package.json (or
# Deno would switch to node_modules resolution). Usage: deno.sh <deno arguments...>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export DENO_DIR="${DENO_DIR:-$here/node_modules/.deno-dir}"
export NPM_CONFIG_REGISTRY="${NPM_CONFIG_REGISTRY:-$(npm config get registry)}"
export NO_COLOR=1 DENO_NO_UPDATE_CHECK=1
mkdir -p "$DENO_DIR"
cd "$DENO_DIR"
exec "$here/node_modules/.bin/deno" "$@"
