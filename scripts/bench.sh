#!/usr/bin/env bash
# `make bench`: builds the Release preset (app, bare Qt baseline, seeder, runner) and runs the
# benchmarks, printing the table and keeping it in bench/RESULTS.md. Extra arguments go to the
# runner (e.g. BENCH_ARGS="--runs 5 --idle-seconds 10 --only start").
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build --preset release -j 2 --target aria-integrations aria-bench-baseline aria-bench-seed aria-bench aria-bench-flows bench_frames
bin=build/release
exec "$bin/bench/aria-bench" --app "$bin/app/aria-integrations" --baseline "$bin/bench/aria-bench-baseline" \
    --seed "$bin/bench/aria-bench-seed" --flows "$bin/bench/aria-bench-flows" --frames "$bin/bench/bench_frames" \
    --results bench/RESULTS.md "$@"
