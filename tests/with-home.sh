#!/usr/bin/env bash
# Runs a test in a private profile: a fresh HOME under the build tree (<root>/<name>.XXXXXX, removed
# when the test ends), the XDG folders inside it, a private 0700 XDG_RUNTIME_DIR (short, in TMPDIR:
# socket paths must fit 108 bytes), and a D-Bus session address that leads nowhere, so nothing a
# test starts can reach the developer's session bus, keyring, settings or single-instance socket.
# Tests that need a bus run inside tests/with-keyring.sh, which starts a private one.
# Usage: with-home.sh <root> <name> <command...>
set -euo pipefail
root=$1 name=$2
shift 2
mkdir -p "$root"
home=$(mktemp -d "$root/$name.XXXXXX")
runtime=$(mktemp -d "${TMPDIR:-/tmp}/aria-run.XXXXXX")
cleanup() { rm -rf "$home" "$runtime"; }
trap cleanup EXIT
mkdir -p "$home/.config" "$home/.local/share" "$home/.local/state" "$home/.cache"
# What the test would otherwise have used: tst_isolation checks that it differs.
export ARIA_TEST_OUTER_HOME=${HOME:-} ARIA_TEST_OUTER_BUS=${DBUS_SESSION_BUS_ADDRESS:-}
export ARIA_TEST_HOME=$home
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    XDG_STATE_HOME=$home/.local/state XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$runtime
export DBUS_SESSION_BUS_ADDRESS="unix:path=$runtime/no-session-bus"
set +e
"$@"
status=$?
set -e
exit $status
