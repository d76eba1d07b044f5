#!/usr/bin/env bash
# `make windows-check`: the Windows installer of `make windows`, tried under Wine (Debian's
# wine64) in a Wine prefix of its own (build/windows/wine):
#   1. a silent install (/S) into the user's %LOCALAPPDATA%\Programs\ARIA Integrations;
#   2. the console twin prints `--version` and `list --json` through a pipe;
#   3. the installed app opens its window on a private Xvfb display: screenshot in
#      build/windows/screenshot.png;
#   4. the silent uninstall removes the folder.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/windows
installer=$(ls -1t $out/aria-integrations-*-win64.exe 2>/dev/null | head -n1)
[[ -n "$installer" ]] || { echo "windows-check: no installer; run make windows first" >&2; exit 1; }

WINE=${ARIA_WINE:-/usr/lib/wine/wine64}
export WINEPREFIX=$PWD/$out/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
step() { printf '[windows-check %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { echo "windows-check: FAILED: $*" >&2; exit 1; }

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() { "${WINE%/*}/wineserver" -k 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; }
trap cleanup EXIT
export DISPLAY=$display

if [[ ! -f "$WINEPREFIX/system.reg" ]]; then
    step "new Wine prefix $WINEPREFIX"
    "$WINE" wineboot -i >/dev/null 2>&1
fi
appdata=$("$WINE" cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')
dir_win="$appdata\\Programs\\ARIA Integrations"
dir_unix=$("${WINE%/*}/wine64" winepath -u "$dir_win" 2>/dev/null | tr -d '\r')

step "silent install of $(basename "$installer")"
"$WINE" "$installer" /S
"${WINE%/*}/wineserver" -w
[[ -f "$dir_unix/aria-integrations.exe" && -f "$dir_unix/aria-integrations.com" ]] ||
    fail "nothing installed in $dir_unix"
for f in platforms/qwindows.dll sqldrivers/qsqlite.dll tls/qschannelbackend.dll imageformats/qsvg.dll \
         iconengines/qsvgicon.dll Qt6Core.dll libstdc++-6.dll libwinpthread-1.dll Uninstall.exe; do
    [[ -f "$dir_unix/$f" ]] || fail "the install lacks $f"
done
step "installed in $dir_win"

version=$("$WINE" "$dir_unix/aria-integrations.com" --version 2>/dev/null | tr -d '\r')
[[ "$version" == "aria-integrations "* ]] || fail "--version printed '$version'"
step "--version: $version"
json=$("$WINE" "$dir_unix/aria-integrations.com" list --json 2>/dev/null | tr -d '\r')
python3 -c 'import json,sys; json.loads(sys.argv[1])' "$json" || fail "list --json printed '$json'"
step "list --json: $(printf '%s' "$json" | head -c 120)"

step "starting the window"
"$WINE" "$dir_unix/aria-integrations.exe" >/dev/null 2>&1 &
for _ in $(seq 1 60); do
    sleep 1
    xwininfo -root -tree -display "$display" 2>/dev/null | grep -q '"ARIA Integrations"' && break
done
sleep 3 # the first frames
xwd -root -silent -display "$display" | convert xwd:- "$out/screenshot.png"
step "screenshot: $out/screenshot.png"
"${WINE%/*}/wineserver" -k 2>/dev/null || true
sleep 1

step "silent uninstall"
"$WINE" "$dir_unix/Uninstall.exe" /S
"${WINE%/*}/wineserver" -w
sleep 2
[[ ! -f "$dir_unix/aria-integrations.exe" ]] || fail "the uninstaller left aria-integrations.exe"
step "all good"
