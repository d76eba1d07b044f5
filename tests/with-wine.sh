#!/usr/bin/env bash
# The Windows twin of with-home.sh (make test-windows, scripts/windows-test.sh): runs one test
# executable built for Windows under Wine, in the shared prefix $WINEPREFIX, with its profile
# emptied first: the app's folders under %LOCALAPPDATA% and %APPDATA%, and Qt Test's own.
# Qt Test's output does not come through a pipe under Wine, so it writes to a file, printed here.
# Usage: with-wine.sh <name> <test.exe> [args...]
set -euo pipefail
name=$1 exe=$2
shift 2
WINE=${ARIA_WINE:-/usr/lib/wine/wine64}
: "${WINEPREFIX:?with-wine.sh runs under scripts/windows-test.sh, which sets WINEPREFIX}"
user_dir=$WINEPREFIX/drive_c/users/${USER:-$(id -un)}
for d in AppData/Local AppData/Roaming; do
    rm -rf "$user_dir/$d/aria-integrations" "$user_dir/$d/$name" "$user_dir/$d/qttest" \
        "$user_dir/$d/ARIA" "$user_dir/$d/ARIA Integrations"
done
# A keychain of its own, as with-keyring.sh gives each Linux test: Wine keeps the Credential
# Manager in the prefix's registry.
"$WINE" reg delete 'HKCU\Software\Wine\Credential Manager' /f >/dev/null 2>&1 || true
# The SDK's Qt has no offscreen platform plugin (it needs FreeType): widgets tests use the
# Windows platform, which Wine draws on the private Xvfb display windows-test.sh started.
[[ "${QT_QPA_PLATFORM:-}" == offscreen ]] && export QT_QPA_PLATFORM=windows
# Kept where ctest's own log is, so a test that timed out can still be read.
out=${ARIA_WINE_RESULTS:-${TMPDIR:-/tmp}}/$name.txt
mkdir -p "$(dirname "$out")"
rm -f "$out"
# Wine's own output goes to a file too: a Windows process left running (or Wine's server, which
# keeps the handles) would otherwise hold ctest's pipe open, and ctest would wait for it.
set +e
"$WINE" "$exe" -o "$out,txt" "$@" >"$out.wine" 2>&1 </dev/null
status=$?
set -e
# Whatever the test left running (a killed app's children, say) goes with the server; the next
# test starts a fresh one.
"${WINE%/*}/wineserver" -k 2>/dev/null || true
"${WINE%/*}/wineserver" -w 2>/dev/null || true
cat "$out" 2>/dev/null || true
grep -v '^$' "$out.wine" 2>/dev/null || true
exit $status
