#!/usr/bin/env bash
# `make windows`: cross-builds the app for 64-bit Windows against the SDK of
# scripts/windows-sdk.sh and packs the per-user NSIS installer:
#   build/windows/aria-integrations-<version>-win64.exe
# `make test-windows` (scripts/windows-test.sh) builds its tests in the same folder.
# With --configure-only it stops after configuring (the test script's first step).
set -euo pipefail
cd "$(dirname "$0")/.."
SDK=${ARIA_WINDOWS_SDK:-$HOME/.cache/aria-windows-sdk}
if [[ ! -f "$SDK/stamps/qttranslations" ]]; then
    cat >&2 <<MSG
make windows: no Windows SDK in $SDK.
  Build it once with:  make windows-sdk   (scripts/windows-sdk.sh; about an hour on 2 cores,
  most of it Qt's qtbase; set ARIA_WINDOWS_SDK to keep it elsewhere)
MSG
    exit 1
fi
export ARIA_WINDOWS_SDK=$SDK
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# The tests are configured too, so that make test-windows reuses this folder's libraries;
# installing (cpack) builds only what it installs (CMAKE_SKIP_INSTALL_ALL_DEPENDENCY).
cmake -S . -B build/windows -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$SDK/prefix/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_PREFIX_PATH="$SDK/prefix" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON "${launcher[@]}" \
    -DARIA_BUILD_TESTS=ON -DARIA_BUILD_BENCH=OFF >/dev/null
[[ "${1:-}" == --configure-only ]] && exit 0
nice -n 5 cmake --build build/windows -j "${ARIA_JOBS:-2}" --target aria-integrations aria-integrations-console
(cd build/windows && cpack -G NSIS >/dev/null)
ls -1 build/windows/aria-integrations-*-win64.exe
