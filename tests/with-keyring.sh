#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so keychain tests
# use the real libsecret backend without a desktop and never the user's keyring. Keeps the
# private HOME of tests/with-home.sh (ARIA_TEST_HOME); otherwise makes a throwaway one.
# Fails (exit 3, with the reason) when the keyring does not start: a test must never run against
# a missing or locked keyring and pass or fail for that reason.
set -euo pipefail
if [[ -n "${ARIA_TEST_HOME:-}" && "${HOME:-}" == "$ARIA_TEST_HOME" ]]; then
    home=$HOME
else
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
fi
for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    command -v "$tool" >/dev/null || { echo "with-keyring: $tool not found (scripts/deps/test.apt)" >&2; exit 3; }
done
set +e
env -u DBUS_SESSION_BUS_ADDRESS HOME="$home" XDG_DATA_HOME="$home/.local/share" \
    dbus-run-session -- sh -c '
        if ! out=$(echo aria-test | gnome-keyring-daemon --unlock --components=secrets 2>&1); then
            echo "with-keyring: gnome-keyring-daemon --unlock failed: $out" >&2
            exit 3
        fi
        # The daemon may not own its bus name yet when it returns. A test calling the keychain
        # then makes D-Bus activate a second, locked daemon ("access denied"). Wait for the
        # name without calling it (NameHasOwner never activates anything).
        owned=
        for _ in $(seq $((${ARIA_KEYRING_WAIT_S:-10} * 20))); do
            if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
                | grep -q "boolean true"; then
                owned=1
                break
            fi
            sleep 0.05
        done
        if [ -z "$owned" ]; then
            echo "with-keyring: gnome-keyring did not take org.freedesktop.secrets on the private bus within ${ARIA_KEYRING_WAIT_S:-10} s" >&2
            exit 3
        fi
        exec "$@"' sh "$@"
status=$?
set -e
exit $status
