#!/usr/bin/env bash
# Runs a command on a private Xvfb display with `trayer` as the system tray host, so
# QSystemTrayIcon::isSystemTrayAvailable() is true (bare Xvfb and offscreen have no tray).
# Xvfb picks a free display itself (-displayfd); both are stopped when the command ends.
set -euo pipefail
dir=$(mktemp -d)
xvfb_pid=
trayer_pid=
cleanup() {
    [ -n "$trayer_pid" ] && kill "$trayer_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT
mkfifo "$dir/displayfd"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dir/displayfd" 2>"$dir/xvfb.log" &
xvfb_pid=$!
read -r -t 20 display <"$dir/displayfd" || { echo "with-xvfb-tray: Xvfb did not start" >&2; cat "$dir/xvfb.log" >&2; exit 1; }
export DISPLAY=":$display"
env -u DBUS_SESSION_BUS_ADDRESS trayer --edge top --align right --widthtype request --height 24 \
    --SetDockType true --expand true >"$dir/trayer.log" 2>&1 &
trayer_pid=$!
export ARIA_TEST_TRAYER_PID=$trayer_pid  # a test may stop it to see a tray come later
export QT_QPA_PLATFORM=xcb
# The test waits for the tray itself (QTRY on isSystemTrayAvailable()): trayer needs a moment.
set +e
"$@"
status=$?
set -e
exit $status
