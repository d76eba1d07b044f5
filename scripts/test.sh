#!/usr/bin/env bash
# Runs the whole suite through ctest and prints ctest's summary.
# Tests that need a keychain, a display or a peer start it themselves (see tests/).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
jobs=${ARIA_TEST_JOBS:-$(nproc)}
exec ctest --preset "$preset" -j "$jobs"
