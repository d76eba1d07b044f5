#!/usr/bin/env bash
# Installs the system packages the project needs, and only those missing.
# Package lists live in scripts/deps/*.apt (one package per line, '#' comments),
# so each area of the project (build, GUI tests, keychain, peers) declares its own.
# Node test peers with a package-lock.json under tests/peers/ get `npm ci`.
# Idempotent; works as root or through sudo. Set ARIA_SKIP_DEPS=1 to skip.
# Extra areas that plain `make test` does not need live in scripts/deps/<area>/*.apt and are read
# only when named: `scripts/install-deps.sh windows` (the cross build and the Wine check).
set -euo pipefail
cd "$(dirname "$0")/.."

[[ "${ARIA_SKIP_DEPS:-0}" == 1 ]] && exit 0

lists=(scripts/deps/*.apt)
for area in "$@"; do
    [[ -d "scripts/deps/$area" ]] || { echo "install-deps: no scripts/deps/$area" >&2; exit 2; }
    lists+=("scripts/deps/$area"/*.apt)
done
mapfile -t wanted < <(cat "${lists[@]}" | sed -e 's/#.*//' -e 's/[[:space:]]//g' | grep -v '^$' | sort -u)

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "install-deps: need root or sudo to run: $*" >&2
        exit 1
    fi
}

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]})); then
    echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "${missing[@]}"
else
    echo "install-deps: all ${#wanted[@]} system packages present"
fi

# Debian's npm conflicts with a nodejs that bundles its own npm: add it only when missing.
if [[ -n "$(ls tests/peers/*/package-lock.json 2>/dev/null)" ]] && ! command -v npm >/dev/null; then
    echo "install-deps: installing npm"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends npm
fi

# Node peers: reinstall when the lockfile changed since the last install.
for lock in tests/peers/*/package-lock.json; do
    [[ -e "$lock" ]] || continue
    dir=$(dirname "$lock")
    stamp="$dir/node_modules/.aria-lock-stamp"
    if [[ ! -f "$stamp" ]] || ! cmp -s "$lock" "$stamp"; then
        echo "install-deps: npm ci in $dir"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
        mkdir -p "$dir/node_modules"  # a peer without dependencies gets none from npm ci
        cp "$lock" "$stamp"
    fi
done
