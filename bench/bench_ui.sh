#!/bin/sh
# Screens benchmark: time to first frame, bytes per cursor move, picker scrolling, peak
# memory (bench_ui), on a national-scale database (see bench/bench_lib.sh: BENCH_DB,
# BENCH_DIR, BENCH_COPY, BENCH_DEMO). Figures only, never pass/fail; the per-key medians and
# p99 at several scales are bench/scale.sh's.
# Usage: bench/bench_ui.sh [BUILD_DIR]     (ITADESK_BENCH_AGENCY=ID ITADESK_BENCH_YEAR=YEAR)
set -eu
build=${1:-build}
bin="$build/bench/bench_ui"
[ -x "$bin" ] || { echo "build first: cmake --build $build --target bench_ui itadesk" >&2; exit 1; }
. "$(dirname "$0")/bench_lib.sh"
work=$(mktemp -d /tmp/itadesk-bench-ui-XXXXXX)
trap 'rm -rf "$work"' EXIT
bench_pick_db "$build/cli/itadesk" "$work"
[ "$db_kind" = demo ] || bench_current_schema "$build/cli/itadesk" "$work"
echo "database: $db ($(sqlite3 "$db" "SELECT count(*) FROM agency") agencies)"
export LC_ALL=C.UTF-8 LANGUAGE=en
"$bin" "$db" ${ITADESK_BENCH_AGENCY:-1} ${ITADESK_BENCH_YEAR:-2567}
if command -v /usr/bin/time >/dev/null; then
    /usr/bin/time -f "peak memory of a whole process (/usr/bin/time): %M KiB" "$bin" "$db" \
        ${ITADESK_BENCH_AGENCY:-1} ${ITADESK_BENCH_YEAR:-2567} >/dev/null
fi
