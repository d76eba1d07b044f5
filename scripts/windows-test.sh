#!/usr/bin/env bash
# `make test-windows`: the test suite built for 64-bit Windows against the SDK of
# scripts/windows-sdk.sh (in build/windows, beside the app of `make windows`) and run under
# Wine, one test at a time, in a Wine prefix of its own (build/windows/wine-tests). The node
# peers of tests/peers run on the Linux side: node.exe there is tests/wine/node-shim.cpp,
# which hands each `node ...` to tests/wine/node-bridge.mjs. Tests that cannot run under Wine are not built; the list and
# the reasons are printed at the end (and in docs/WINDOWS.md). Extra arguments go to ctest.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
SDK=${ARIA_WINDOWS_SDK:-$HOME/.cache/aria-windows-sdk}
[[ -f "$SDK/stamps/qttranslations" ]] || { "$repo/scripts/windows-build.sh"; exit 1; }  # prints how to get the SDK
export ARIA_WINDOWS_SDK=$SDK
out=$repo/build/windows
step() { printf '[test-windows %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

step "building the tests for Windows in $out"
"$repo/scripts/windows-build.sh" --configure-only
nice -n 5 cmake --build "$out" -j "${ARIA_JOBS:-2}"

WINE=${ARIA_WINE:-/usr/lib/wine/wine64}
export ARIA_WINE=$WINE WINEPREFIX=$out/wine-tests WINEDEBUG=${WINEDEBUG:--all} WINEDLLOVERRIDES="mscoree,mshtml="
winpath() { "$WINE" winepath -w "$1" 2>/dev/null | tr -d '\r'; }
if [[ ! -f "$WINEPREFIX/system.reg" ]]; then
    step "new Wine prefix $WINEPREFIX"
    "$WINE" wineboot -i >/dev/null 2>&1
fi
# A private X display: Wine draws the tests' windows there (with-wine.sh).
display=:$((190 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
bridge_log=$out/node-bridge.log
node tests/wine/node-bridge.mjs >"$out/node-bridge.port" 2>"$bridge_log" &
bridge=$!
cleanup() {
    kill "$bridge" "$xvfb" 2>/dev/null || true
    "${WINE%/*}/wineserver" -k 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 50); do grep -q listening "$out/node-bridge.port" && break; sleep 0.1; done
ARIA_NODE_BRIDGE=$(awk '/listening/{print $2}' "$out/node-bridge.port")
[[ -n "$ARIA_NODE_BRIDGE" ]] || { cat "$bridge_log" >&2; echo "test-windows: the node bridge did not start" >&2; exit 1; }
export ARIA_NODE_BRIDGE

# The DLLs: the SDK's Qt and QtKeychain, the mingw runtime; node.exe first on PATH.
gcc_dir=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
export WINEPATH="$(winpath "$out/tests/wine");$(winpath "$SDK/prefix/bin");$(winpath "$gcc_dir");$(winpath /usr/x86_64-w64-mingw32/lib)"
export ARIA_WINE_RESULTS=$out/Testing/wine-results  # each test's Qt Test output (with-wine.sh)
export QT_PLUGIN_PATH=$(winpath "$SDK/prefix/plugins")

step "running the tests under $("$WINE" --version)"
set +e
ctest --test-dir "$out" --output-on-failure --no-tests=error "$@"
status=$?
set -e
echo
echo "Not built for Windows (NOWINE in the tests' CMakeLists.txt):"
sed 's/^/  /' "$out/tests/nowine.txt"
exit $status
