#!/usr/bin/env bash
# Builds the Windows SDK the cross build links against, once, from Debian's own source packages:
#   Qt 6.4.2 (qtbase, qtsvg, qtwebsockets, qthttpserver, qtnetworkauth) for x86_64-w64-mingw32,
#   SQLite (Debian's sqlite3 source; Debian's Qt tarball drops Qt's bundled copy),
#   QtKeychain 0.13.2 (Windows Credential Manager backend).
# Into ARIA_WINDOWS_SDK (default ~/.cache/aria-windows-sdk): src/ (sources), build/, prefix/
# (what the app links against), stamps/ (one per finished component, so a rerun skips it).
# Takes about an hour on 2 cores, most of it qtbase (~1,300 ninja steps). Log: $SDK/build.log
# when started by `make windows-sdk`; stdout otherwise.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
SDK=${ARIA_WINDOWS_SDK:-$HOME/.cache/aria-windows-sdk}
JOBS=${ARIA_WINDOWS_SDK_JOBS:-2}
PREFIX=$SDK/prefix
mkdir -p "$SDK"/{src,build,stamps} "$PREFIX"

say() { printf '[windows-sdk %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
done_() { [[ -f "$SDK/stamps/$1" ]]; }
stamp() { date -u +%FT%TZ >"$SDK/stamps/$1"; say "$1 done"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
build() { nice -n 5 ninja -C "$1" -j"$JOBS"; ninja -C "$1" install >/dev/null; }
# ccache when there is one: a rebuild from a clean SDK folder then takes minutes.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

# 1. Tools: mingw-w64 (posix threads), wine, nsis, tclsh ...
"$repo/scripts/install-deps.sh" windows

# 2. Debian's sources: a deb-src entry for bookworm with the mirror and keyring of the deb entry.
if ! done_ deb-src; then
    if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
        src=/etc/apt/sources.list.d/debian.sources
        uri=$(awk '/^URIs:/{print $2; exit}' "$src")
        key=$(awk '/^Signed-By:/{print $2; exit}' "$src")
        say "adding deb-src for bookworm ($uri)"
        printf 'Types: deb-src\nURIs: %s\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: %s\n' \
            "${uri:-http://deb.debian.org/debian}" "${key:-/usr/share/keyrings/debian-archive-keyring.gpg}" |
            as_root tee /etc/apt/sources.list.d/aria-deb-src.sources >/dev/null
    fi
    as_root apt-get -o DPkg::Lock::Timeout=300 update -q
    stamp deb-src
fi

# Sources: Debian's source package; where the mirror has only the .dsc (some mirrors carry the
# sources of a few packages only), the same upstream release from git. ARIA_WINDOWS_GIT says
# where: a pattern with %s for owner+name (default https://github.com/%s.git, with + as /).
from_git() { # from_git <owner+name> <tag> <folder>
    local url
    if [[ -n "${ARIA_WINDOWS_GIT:-}" ]]; then url=$(printf "$ARIA_WINDOWS_GIT" "$1"); else url="https://github.com/${1/+//}.git"; fi
    say "taking $1 $2 from $url"
    rm -rf "$SDK/src/$3"; mkdir -p "$SDK/src/$3"
    if [[ -d "$url" ]]; then
        git -C "$url" archive "$2" | tar x -C "$SDK/src/$3"
    else
        git clone -q --depth 1 --branch "$2" "$url" "$SDK/src/$3"
    fi
}
fetch() { # fetch <source package> [<owner+name> <tag>] -> unpacked in $SDK/src
    local pkg=$1
    done_ "src-$pkg" && return
    say "apt-get source $pkg"
    if ! (cd "$SDK/src" && apt-get source -q "$pkg" >/dev/null); then
        [[ -n "${2:-}" ]] || { say "apt-get source $pkg failed"; exit 1; }
        from_git "$2" "$3" "$pkg-${3#v}"
    fi
    stamp "src-$pkg"
}
srcdir() { find "$SDK/src" -maxdepth 1 -type d -name "$1-*" | sort | tail -n1; }
# qtbase first, the long part; the smaller modules' sources are fetched when their turn comes.
fetch qt6-base
fetch sqlite3

# The toolchain file is copied into the SDK: Qt's own toolchain file remembers its path.
cp "$repo/cmake/mingw-w64.cmake" "$SDK/mingw-w64.cmake"
export ARIA_WINDOWS_SDK=$SDK

# 3. SQLite: Debian ships the canonical sources; generate the amalgamation with the host tools
# (tclsh), then compile that one file for Windows as a static library Qt's plugin links.
if ! done_ sqlite; then
    s=$(srcdir sqlite3)
    b=$SDK/build/sqlite3; rm -rf "$b"; mkdir -p "$b"
    say "sqlite amalgamation from $s"
    (cd "$b" && "$s/configure" --disable-tcl >/dev/null && make -j"$JOBS" sqlite3.c sqlite3.h >/dev/null)
    mkdir -p "$PREFIX/include" "$PREFIX/lib"
    x86_64-w64-mingw32-gcc-posix -O2 -c "$b/sqlite3.c" -o "$b/sqlite3.o" \
        -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_OMIT_COMPLETE \
        -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE
    x86_64-w64-mingw32-ar rcs "$PREFIX/lib/libsqlite3.a" "$b/sqlite3.o"
    cp "$b/sqlite3.h" "$PREFIX/include/"
    stamp sqlite
fi

host=(-DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake)

# 4. qtbase. Schannel TLS; no D-Bus; no tablet events (Debian strips wintab.h); OpenGL stays on
# (dynamic): 6.4.2's Windows platform plugin does not compile without it. Modules and bundled
# libraries the app does not use are left out (PrintSupport, Concurrent, Xml, JPEG, FreeType:
# Windows draws text with DirectWrite/GDI), a third fewer steps.
if ! done_ qtbase; then
    b=$SDK/build/qtbase
    # Qt 6.4.2's Windows platform plugin uses the DirectWrite font database whenever directwrite3
    # is on, but QtGui compiles that class only with Direct2D too: with Direct2D off the plugin
    # does not link (undefined QWindowsDirectWriteFontDatabase). Guard the plugin's use the same
    # way. (The plugin's default font engine is GDI's either way.)
    sed -i 's/^#if QT_CONFIG(directwrite3)$/#if QT_CONFIG(directwrite3) \&\& QT_CONFIG(direct2d)/' \
        "$(srcdir qt6-base)/src/plugins/platforms/windows/qwindowsintegration.cpp"
    say "configuring qtbase"
    cmake -G Ninja -S "$(srcdir qt6-base)" -B "$b" \
        -DCMAKE_TOOLCHAIN_FILE="$SDK/mingw-w64.cmake" "${host[@]}" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" "${launcher[@]}" -DCMAKE_PREFIX_PATH="$PREFIX" \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF \
        -DINPUT_openssl=no -DFEATURE_schannel=ON -DFEATURE_dbus=OFF -DFEATURE_tabletevent=OFF \
        -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON \
        -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF \
        -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
        -DFEATURE_printsupport=OFF -DFEATURE_concurrent=OFF -DFEATURE_xml=OFF -DFEATURE_jpeg=OFF \
        -DFEATURE_freetype=OFF -DFEATURE_direct2d=OFF -DFEATURE_vulkan=OFF -DFEATURE_gif=OFF \
        >"$SDK/build/qtbase-configure.log"
    say "building qtbase (about 1,300 steps)"
    build "$b"
    stamp qtbase
fi

qtmodule() { # qtmodule <name> <debian source package>
    done_ "$1" && return
    fetch "$2" "qt+$1" v6.4.2
    b=$SDK/build/$1
    say "building $1"
    cmake -G Ninja -S "$(srcdir "$2")" -B "$b" \
        -DCMAKE_TOOLCHAIN_FILE="$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake" "${host[@]}" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" "${launcher[@]}" \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF >"$SDK/build/$1-configure.log"
    build "$b"
    stamp "$1"
}
qtmodule qtsvg qt6-svg
qtmodule qtwebsockets qt6-websockets
qtmodule qthttpserver qt6-httpserver
qtmodule qtnetworkauth qt6-networkauth

# 5. QtKeychain, Windows Credential Manager backend (its default on Windows).
if ! done_ qtkeychain; then
    if ! done_ src-qtkeychain; then
        # Only the orig tarball: the Debian changes are about Linux packaging.
        if ! (cd "$SDK/src" && apt-get source -q --download-only qtkeychain >/dev/null &&
            tar xf qtkeychain_0.13.2.orig.tar.*); then
            from_git frankosterfeld+qtkeychain v0.13.2 qtkeychain-0.13.2
        fi
        stamp src-qtkeychain
    fi
    b=$SDK/build/qtkeychain
    say "building qtkeychain"
    cmake -G Ninja -S "$SDK/src/qtkeychain-0.13.2" -B "$b" \
        -DCMAKE_TOOLCHAIN_FILE="$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake" "${host[@]}" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" "${launcher[@]}" \
        -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF \
        -DUSE_CREDENTIAL_STORE=ON >"$SDK/build/qtkeychain-configure.log"
    build "$b"
    stamp qtkeychain
fi

# 6. Qt's own translations (QCommandLineParser's "Usage:", the standard buttons): .qm files are
# the same on every platform, so Debian's qt6-translations-l10n gives them (installed by
# scripts/deps/i18n.apt). Where Qt looks for them: <prefix>/translations.
if ! done_ qttranslations; then
    mkdir -p "$PREFIX/translations"
    for lang in de es fr; do
        cp /usr/share/qt6/translations/qtbase_$lang.qm "$PREFIX/translations/"
    done
    stamp qttranslations
fi

say "SDK ready in $PREFIX"
