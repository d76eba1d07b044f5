#!/usr/bin/env bash
# Runs one libFuzzer harness for a bounded time: first over the seed corpus (read only), then
# mutating into a working corpus kept in the build tree between runs. Any crash, sanitizer
# finding, leak, timeout or broken invariant fails the test; the input is kept under
# <work>/artifacts/ for `<fuzzer> <artifact>` to reproduce.
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3 seconds=$4
rm -rf "$work/artifacts"
mkdir -p "$work/corpus" "$work/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds"
