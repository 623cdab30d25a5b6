#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets (scripts/setup.sh --fuzz) and runs each of them for RUNS
# executions (default 1,000,000), starting from its seed corpus; new inputs that widen
# coverage go to build-fuzz/corpus/NAME, a crash to build-fuzz/crashes/NAME. Prints the
# executions and crashes of each target and their sum.
#
#   scripts/fuzz.sh [RUNS] [TARGET…]      e.g. scripts/fuzz.sh 2000000 fuzz_csv
#   FUZZ_SECONDS=600 scripts/fuzz.sh 0 fuzz_import_results    ten minutes instead of a number of runs
#   FUZZ_MAX_LEN=1024 scripts/fuzz.sh …                        inputs up to 1 KiB (default 64 KiB)
#
# An input that crashed a target, once fixed, is kept in fuzz/regressions/NAME: ctest
# feeds those and the seed corpus to every target on each run.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1000000}
shift || true
BUILD_DIR=${BUILD_DIR:-build-fuzz}
BUILD_DIR=$BUILD_DIR ./scripts/setup.sh --fuzz
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(fuzz_csv fuzz_import_students fuzz_import_courses fuzz_import_results fuzz_import_equivalencies
             fuzz_import_milestones fuzz_import_exceptions fuzz_elmo_import)
fi
export QT_QPA_PLATFORM=offscreen
total=0
crashed=0
for t in "${TARGETS[@]}"; do
    corpus="$BUILD_DIR/corpus/$t"
    crashes="$BUILD_DIR/crashes/$t"
    mkdir -p "$corpus" "$crashes"
    log="$BUILD_DIR/$t.log"
    status=0
    limit=(-runs="$RUNS")
    if [ -n "${FUZZ_SECONDS:-}" ]; then
        limit=(-max_total_time="$FUZZ_SECONDS")
    fi
    inputs=("$corpus" "fuzz/corpus/$t")
    if [ -d "fuzz/regressions/$t" ]; then
        inputs+=("fuzz/regressions/$t")
    fi
    "$BUILD_DIR/fuzz/$t" "${limit[@]}" -max_len="${FUZZ_MAX_LEN:-65536}" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$crashes/" "${inputs[@]}" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    execs=${execs:-0}
    found=$(find "$crashes" -type f | wc -l)
    total=$((total + execs))
    crashed=$((crashed + found))
    printf '%-28s %12s executions  %3s crash(es)  exit %s  (%s)\n' "$t" "$execs" "$found" "$status" "$log"
done
printf '%-28s %12s executions  %3s crash(es)\n' "all targets" "$total" "$crashed"
[ "$crashed" -eq 0 ]
