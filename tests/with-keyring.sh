#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring and a
# throwaway HOME, so keychain tests use the real libsecret backend without a desktop.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
exec env -u DBUS_SESSION_BUS_ADDRESS HOME="$home" XDG_DATA_HOME="$home/.local/share" \
    dbus-run-session -- sh -c '
        echo aria-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        # The daemon may not own its bus name yet when it returns. A test calling the keychain
        # then makes D-Bus activate a second, locked daemon ("access denied"). Wait for the
        # name without calling it (NameHasOwner never activates anything).
        for _ in $(seq 100); do
            dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
                | grep -q "boolean true" && break
            sleep 0.05
        done
        exec "$@"' sh "$@"
