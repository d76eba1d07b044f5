#!/usr/bin/env bash
# The sandbox: ARIA Integrations against the local peers the tests use, in throwaway profiles.
#
#   scripts/demo.sh [--app PATH] [--instances 1|2] [--browser standin|real]
#       starts the Composio simulator, the OAuth server and the Supabase-compatible endpoint
#       (with ARIA's composio Edge Function under Deno: the profiles connect in cloud mode and
#       hold no Composio key) on 127.0.0.1, one profile per instance (temporary HOME, private D-Bus session with an
#       unlocked gnome-keyring), then the window(s) with ARIA_SANDBOX=1. Everything stops and
#       is deleted when the app(s) exit or on Ctrl-C. `make demo` runs this after building.
#   scripts/demo.sh --check [--app PATH]
#       the same set-up without a window: connects through the CLI, checks the results and
#       the sync to a second profile, tears down; exit 0 when everything worked.
#   scripts/demo.sh expire <integration>
#       in another terminal while a demo runs: Composio marks that connection EXPIRED (its own
#       refresh failed), for the "expiry and reconnect" walkthrough.
#   scripts/demo.sh cli 1|2 COMMAND...
#       runs aria-integrations COMMAND in that profile of the running demo (e.g. account sync).
#   scripts/demo.sh sync
#       syncs every profile with the local Supabase now (push and pull, both directions).
#   scripts/demo.sh env [1|2]
#       prints the exports that point a shell at a running demo's profile (for the CLI).
#
# Environment: ARIA_DEMO_INSTANCES, ARIA_DEMO_BROWSER (what `make demo INSTANCES=2 BROWSER=real`
# sets). Only throwaway demo credentials exist here; the simulator's API key is random per run
# and is kept only by the function (its secret) and in the private state folder.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
self="$root/scripts/demo.sh"
peers="$root/tests/peers"
pointer="${TMPDIR:-/tmp}/aria-demo-$(id -u).current"
demo_password="sandbox-demo-password"
demo_user="demo@example.test"
other_user="other@example.test"

say() { printf '%s\n' "$*" >&2; }
die() { say "demo: $*"; exit 1; }

# integration id -> Composio toolkit slug
toolkit_of() {
    case "$1" in
        google_calendar) echo googlecalendar ;;
        gmail | outlook | salesforce | hubspot) echo "$1" ;;
        *) return 1 ;;
    esac
}

# A small HTTP client on node (already required by the peers): http METHOD URL [JSON] [HEADER:VALUE...]
http() {
    node -e '
        const [method, url, body, ...headers] = process.argv.slice(1);
        const h = { "content-type": "application/json" };
        for (const x of headers) { const i = x.indexOf(":"); h[x.slice(0, i)] = x.slice(i + 1); }
        fetch(url, { method, headers: h, body: body || undefined, signal: AbortSignal.timeout(15000) })
            .then(async (r) => { process.stdout.write(await r.text()); process.exit(r.ok ? 0 : 1); })
            .catch((e) => { console.error(String(e)); process.exit(1); });' "$@"
}

# Evaluates a JavaScript expression on the JSON read from stdin (bound to d); prints the result.
json() {
    node -e '
        const d = JSON.parse(require("fs").readFileSync(0, "utf8") || "null");
        const v = new Function("d", "return (" + process.argv[1] + ")")(d);
        process.stdout.write(v === undefined || v === null ? "" : String(v));' "$1"
}

load_state() {
    state_dir=${ARIA_DEMO_DIR:-}
    if [ -z "$state_dir" ]; then
        [ -f "$pointer" ] || die "no sandbox is running (start one with: make demo)"
        state_dir=$(cat "$pointer")
    fi
    [ -f "$state_dir/state" ] || die "the sandbox in $state_dir is gone"
    # shellcheck source=/dev/null
    . "$state_dir/state"  # composio_api, composio_admin, composio_key, app_path
}

# --- subcommands that talk to a running demo -------------------------------------------------
if [ "${1:-}" = expire ]; then
    id=${2:-}
    slug=$(toolkit_of "$id") || die "expire works on Composio integrations: google_calendar, gmail, outlook, salesforce, hubspot"
    load_state
    accounts=$(http GET "$composio_api/connected_accounts?toolkit_slugs=$slug&statuses=ACTIVE" "" "x-api-key:$composio_key") \
        || die "the Composio simulator did not answer"
    ids=$(printf '%s' "$accounts" | json 'd.items.map((a) => a.id).join(" ")')
    [ -n "$ids" ] || die "$id has no active connection at Composio: connect it first"
    for account in $ids; do
        http PATCH "$composio_admin/_admin/accounts/$account" \
            '{"status":"EXPIRED","status_reason":"Sandbox: the provider refused the refresh token"}' >/dev/null
        say "demo: $id ($account) is now EXPIRED at Composio."
    done
    say "demo: the app notices at its next sync: press Sync now on the card (or wait), then Reconnect."
    exit 0
fi
if [ "${1:-}" = env ]; then
    load_state
    cat "$state_dir/profile${2:-1}.env"
    exit 0
fi
if [ "${1:-}" = cli ]; then
    load_state
    n=${2:-}
    [ -f "$state_dir/profile$n.env" ] || die "usage: scripts/demo.sh cli 1|2 COMMAND... (profile $n does not exist)"
    shift 2
    # shellcheck source=/dev/null
    . "$state_dir/profile$n.env"
    exec "${app_path:?}" "$@"
fi
if [ "${1:-}" = sync ]; then
    # Push and pull every profile (1, 2, then 1 again), so a change made in either window
    # reaches the other now instead of at the next periodic sync.
    load_state
    order=1
    [ -f "$state_dir/profile2.env" ] && order="1 2 1"
    for n in $order; do
        ARIA_DEMO_DIR="$state_dir" "$self" cli "$n" account sync >/dev/null || die "account sync failed in profile $n"
    done
    say "demo: synced profile(s) $order through the local Supabase."
    exit 0
fi
if [ "${1:-}" = browse ]; then
    # ARIA_BROWSER of the sandbox: the OAuth peer's browser stand-in (cookies, redirects), which
    # also walks Composio's hosted page; the consent is automatic. Logged, not shown.
    shift
    exec node "$peers/oauth/browser.mjs" "$@" 2>>"${ARIA_DEMO_BROWSER_LOG:-/dev/null}"
fi

# --- options -----------------------------------------------------------------------------------
check=0
app="$root/build/dev/app/aria-integrations"
instances=${ARIA_DEMO_INSTANCES:-1}
browser=${ARIA_DEMO_BROWSER:-standin}
while [ $# -gt 0 ]; do
    case "$1" in
        --check) check=1 ;;
        --app) app=$2; shift ;;
        --instances) instances=$2; shift ;;
        --browser) browser=$2; shift ;;
        -h | --help) sed -n '2,/^[^#]/p' "$self" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument $1 (see scripts/demo.sh --help)" ;;
    esac
    shift
done
[ "$check" = 1 ] && instances=2  # the check proves the sync between two profiles
case "$instances" in 1 | 2) ;; *) die "INSTANCES must be 1 or 2" ;; esac
case "$browser" in standin | real) ;; *) die "BROWSER must be real or left out" ;; esac

[ -x "$app" ] || die "no app at $app: run make build (or make demo)"
for tool in node dbus-daemon gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || die "$tool is missing: run make deps"
done
for peer in composio oauth supabase deno; do
    [ -d "$peers/$peer/node_modules" ] || die "the $peer peer is not installed: run make deps"
done
if [ "$check" = 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    cat >&2 <<'EOF'
demo: no display here (DISPLAY and WAYLAND_DISPLAY are empty), so the window cannot open.
  - On a desktop, run make demo in a terminal of that desktop (or over ssh -X).
  - On a server, run it on a virtual X display:   xvfb-run -a make demo
    (nothing is visible there by itself; add a VNC server such as x11vnc to look at it).
  - To check the sandbox without a window:        scripts/demo.sh --check
EOF
    exit 1
fi

# --- state, teardown -----------------------------------------------------------------------------
dir=$(mktemp -d "${TMPDIR:-/tmp}/aria-demo.XXXXXX")
chmod 700 "$dir"
pids=()        # peers and keyrings, stopped in reverse order
bus_pids=()    # the private D-Bus daemons
app_pids=()
supabase_pid=
cleaning=0
cleanup() {
    [ "$cleaning" = 1 ] && return
    cleaning=1
    for pid in "${app_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    exec 7>&-  # the Supabase peer stops when its stdin closes (even if we are killed)
    if [ -n "$supabase_pid" ]; then kill "$supabase_pid" 2>/dev/null || true; fi
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
    if [ -n "$supabase_pid" ]; then
        for _ in $(seq 100); do kill -0 "$supabase_pid" 2>/dev/null || break; sleep 0.1; done
        kill "$supabase_pid" 2>/dev/null || true
    fi
    for pid in "${bus_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ "$(cat "$pointer" 2>/dev/null)" = "$dir" ] && rm -f "$pointer"
    rm -rf "$dir"
    [ "$check" = 1 ] || say "demo: stopped; the sandbox profile(s) and peers are gone."
}
trap cleanup EXIT
trap 'say "demo: a step failed (line $LINENO); stopping."' ERR
trap 'exit 130' INT TERM

# Waits until file contains a line matching pattern (the peers print their port when ready).
wait_for_line() {
    local file=$1 pattern=$2 pid=$3 seconds=$4 name=$5
    for _ in $(seq $((seconds * 10))); do
        grep -q "$pattern" "$file" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    say "demo: the $name peer did not start:"
    cat "$file" "$dir/$name.log" >&2 2>/dev/null || true
    exit 1
}

# --- the peers ---------------------------------------------------------------------------------
composio_key="sim-demo-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
node "$peers/composio/server.js" --api-key "$composio_key" >"$dir/composio.out" 2>"$dir/composio.log" &
composio_pid=$!
pids+=("$composio_pid")
node "$peers/oauth/server.mjs" >"$dir/oauth.out" 2>"$dir/oauth.log" &
oauth_pid=$!
pids+=("$oauth_pid")
wait_for_line "$dir/composio.out" '^[0-9]' "$composio_pid" 15 composio
composio_port=$(head -1 "$dir/composio.out")
mkfifo "$dir/supabase.in"
# ARIA's cloud: the Supabase peer runs the composio Edge Function (under the pinned Deno),
# which alone holds the simulator's key; the profiles below have none (cloud mode).
mkdir -p "$root/build/deno"
(cd "$peers/supabase" && COMPOSIO_API_KEY="$composio_key" COMPOSIO_BASE_URL="http://127.0.0.1:$composio_port" \
    DENO_DIR="$root/build/deno" exec node server.js --function composio \
    <"$dir/supabase.in" >"$dir/supabase.out" 2>"$dir/supabase.log") &
supabase_pid=$!
exec 7>"$dir/supabase.in"

wait_for_line "$dir/oauth.out" '^PORT ' "$oauth_pid" 20 oauth
wait_for_line "$dir/supabase.out" '"event":"ready"' "$supabase_pid" 180 supabase
composio_admin="http://127.0.0.1:$composio_port"
composio_api="$composio_admin/api/v3.1"
oauth_issuer="http://127.0.0.1:$(sed -n 's/^PORT //p' "$dir/oauth.out")"
ready=$(grep '"event":"ready"' "$dir/supabase.out" | head -1)
supabase_url=$(printf '%s' "$ready" | json d.url)
supabase_anon=$(printf '%s' "$ready" | json d.anonKey)

for email in "$demo_user" "$other_user"; do
    http POST "$supabase_url/auth/v1/signup" "{\"email\":\"$email\",\"password\":\"$demo_password\"}" \
        "apikey:$supabase_anon" >/dev/null || die "could not create the demo user $email"
done

cat >"$dir/state" <<EOF
composio_api='$composio_api'
composio_admin='$composio_admin'
composio_key='$composio_key'
app_path='$app'
EOF
chmod 600 "$dir/state"
[ "$check" = 1 ] || echo "$dir" >"$pointer"

# --- the profiles --------------------------------------------------------------------------------
# Each profile has its own HOME/XDG folders and its own D-Bus session with an unlocked
# gnome-keyring (the recipe of tests/with-keyring.sh), alive as long as the demo: two instances
# must not share a keychain, or they would share one Supabase session.
make_profile() {
    local n=$1 home="$dir/profile$1"
    mkdir -p "$home/.local/share" "$home/.config" "$home/.cache" "$home/.local/state" "$home/run"
    chmod 700 "$home" "$home/run"
    # Not --fork: as our child it is reaped when it stops.
    : >"$dir/bus$n.address"
    env -u DBUS_SESSION_BUS_ADDRESS dbus-daemon --session --nofork --nopidfile --print-address=3 \
        3>"$dir/bus$n.address" >/dev/null 2>&1 7>&- &
    local pid=$! address=
    bus_pids+=("$pid")
    for _ in $(seq 100); do
        address=$(head -1 "$dir/bus$n.address" 2>/dev/null || true)
        [ -n "$address" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    [ -n "$address" ] || die "could not start a D-Bus session"
    local browser_line="unset ARIA_BROWSER"  # BROWSER=real: the desktop's own (xdg-open)
    if [ "$browser" = standin ]; then
        browser_line="export ARIA_BROWSER='\"$self\" browse'
export ARIA_DEMO_BROWSER_LOG='$dir/browser.log'"
    fi
    cat >"$dir/profile$n.env" <<EOF
export HOME='$home'
export XDG_DATA_HOME='$home/.local/share' XDG_CONFIG_HOME='$home/.config'
export XDG_CACHE_HOME='$home/.cache' XDG_STATE_HOME='$home/.local/state'
export XDG_RUNTIME_DIR='$home/run'
export DBUS_SESSION_BUS_ADDRESS='$address'
export ARIA_SANDBOX=1
unset ARIA_COMPOSIO_BASE_URL
$browser_line
EOF
    (
        # shellcheck source=/dev/null
        . "$dir/profile$n.env"
        exec gnome-keyring-daemon --foreground --unlock --components=secrets <<<"sandbox" >"$dir/keyring$n.log" 2>&1
    ) 7>&- &
    pids+=($!)
}

# Runs the CLI in profile n: cli n ARGS...
cli() {
    local n=$1
    shift
    (
        # shellcheck source=/dev/null
        . "$dir/profile$n.env"
        exec "$app" "$@"
    )
}

configure_profile() {
    local n=$1
    # Cloud mode (the default once supabase.url is set): no Composio key on this profile.
    # The keychain may take a moment to come up on the new bus.
    for attempt in $(seq 30); do
        cli "$n" secret unset composio-api-key >/dev/null 2>"$dir/secret.err" && break
        [ "$attempt" = 30 ] && { cat "$dir/secret.err" >&2; die "the keychain of profile $n did not work"; }
        sleep 0.2
    done
    cli "$n" config set supabase.url "$supabase_url" >/dev/null
    cli "$n" config set supabase.anon_key "$supabase_anon" >/dev/null
    cli "$n" provider add demo_oidc --discovery "$oauth_issuer/.well-known/openid-configuration" \
        --client-id aria-native --name "Demo OIDC" >/dev/null
    printf '%s\n' "$demo_password" | cli "$n" account login --email "$demo_user" >/dev/null
}

for n in $(seq "$instances"); do make_profile "$n"; done
for n in $(seq "$instances"); do configure_profile "$n"; done

# --- the non-interactive check ---------------------------------------------------------------
fail() { say "demo --check: FAILED: $*"; exit 1; }
expect() {  # expect WHAT ACTUAL WANTED
    [ "$2" = "$3" ] || fail "$1 is '$2', expected '$3'"
    say "demo --check: ok: $1 = $3"
}
row() {  # row PROFILE ID FIELD
    cli "$1" list --json | json "(d.find((r) => r.id === '$2') || {}).$3"
}
if [ "$check" = 1 ]; then
    start=$SECONDS
    cli 1 connect gmail >"$dir/connect.out" 2>&1 || { cat "$dir/connect.out" >&2; fail "connect gmail"; }
    expect "gmail status" "$(row 1 gmail status)" active
    expect "gmail account" "$(row 1 gmail display_name)" person@example.com
    expect "gmail mode" "$(row 1 gmail mode)" composio
    cli 1 connect demo_oidc >"$dir/connect.out" 2>&1 || { cat "$dir/connect.out" >&2; fail "connect demo_oidc"; }
    expect "demo_oidc status" "$(row 1 demo_oidc status)" active
    expect "demo_oidc mode" "$(row 1 demo_oidc mode)" direct
    status=$(cli 1 account status --json)
    expect "signed in" "$(printf '%s' "$status" | json d.signed_in)" true
    expect "account" "$(printf '%s' "$status" | json d.email)" "$demo_user"
    # The second profile, signed in as the same user, sees the connection after a sync.
    ARIA_DEMO_DIR="$dir" "$self" sync 2>/dev/null || fail "scripts/demo.sh sync"
    expect "gmail in profile 2" "$(row 2 gmail status)" active
    # Expiry: the walkthrough's `expire` against this sandbox, then a health check notices.
    ARIA_DEMO_DIR="$dir" "$self" expire gmail 2>/dev/null || fail "expire gmail"
    rc=0; cli 1 sync gmail >/dev/null 2>&1 || rc=$?
    expect "sync gmail exit code when expired (3: reconnect needed)" "$rc" 3
    expect "gmail after expiry" "$(row 1 gmail status)" expired
    cli 1 disconnect demo_oidc >/dev/null 2>&1 || fail "disconnect demo_oidc"
    expect "demo_oidc after disconnect" "$(row 1 demo_oidc status)" disconnected
    ARIA_DEMO_DIR="$dir" "$self" sync 2>/dev/null || fail "scripts/demo.sh sync"
    expect "demo_oidc in profile 2" "$(row 2 demo_oidc status)" disconnected
    say "demo --check: passed in $((SECONDS - start)) s after start-up."
    exit 0
fi

# --- the window(s) -------------------------------------------------------------------------------
cat >&2 <<EOF

ARIA Integrations — Sandbox. Nothing here is real: local peers on 127.0.0.1, throwaway profile(s).
  Composio simulator $composio_api   OAuth server $oauth_issuer   Supabase $supabase_url
  Signed in as $demo_user (password $demo_password); a second user: $other_user.
  Browser: $([ "$browser" = standin ] && echo "a stand-in that consents by itself (make demo BROWSER=real for yours)" || echo "your own (the peers' pages consent at once)")

Walkthrough
  1. Connect: press Connect on Gmail (Composio mode) and on Demo OIDC (direct OAuth with PKCE).
  2. Expiry and reconnect: in another terminal run   scripts/demo.sh expire gmail
     then press Sync now on the Gmail card (or: scripts/demo.sh cli 1 sync gmail); it shows
     Expired with Composio's reason; press Reconnect.
  3. Disconnect: Disconnect on a card (the tokens are revoked, then the account is deleted).
  4. Sync between instances (make demo INSTANCES=2: two windows, two profiles, one user):
     connect or disconnect in one window; the other follows live (Supabase Realtime: the
     account chip says Live), within a second. A change from the CLI (scripts/demo.sh cli 1 ...)
     too. Without the live connection: at the next sync (every 5 minutes), or scripts/demo.sh sync
  5. Row-level security: Sign out, then sign in as $other_user (same password): that user
     sees none of $demo_user's connections.
  The CLI on a profile, from another terminal:   scripts/demo.sh cli 1 list
  Quit the window(s) (tray menu → Quit if a tray keeps them) or press Ctrl-C here to stop.

EOF
for n in $(seq "$instances"); do
    (
        # shellcheck source=/dev/null
        . "$dir/profile$n.env"
        exec "$app"
    ) 7>&- &
    app_pids+=($!)
done
for pid in "${app_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
