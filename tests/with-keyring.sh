#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring and a
# throwaway HOME, so keychain tests use the real libsecret backend without a desktop.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
exec env -u DBUS_SESSION_BUS_ADDRESS HOME="$home" XDG_DATA_HOME="$home/.local/share" \
    dbus-run-session -- sh -c 'echo aria-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
