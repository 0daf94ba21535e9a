#!/bin/sh
# Screens benchmark: time to first frame, bytes per cursor move, picker scrolling, peak
# memory. Uses the national-scale database /tmp/itadesk-bench/national.db when present
# (bench/national.sh makes it), else a fresh demo database. Figures only, never pass/fail.
# Usage: bench/bench_ui.sh [BUILD_DIR]
set -eu
build=${1:-build}
bin="$build/bench/bench_ui"
[ -x "$bin" ] || { echo "build first: cmake --build $build --target bench_ui itadesk" >&2; exit 1; }
national=/tmp/itadesk-bench/national.db
db=$(mktemp -u /tmp/itadesk-bench-ui-XXXXXX.db)
trap 'rm -f "$db" "$db-wal" "$db-shm"' EXIT
if [ -f "$national" ]; then
    # A private copy, brought to this build's schema (the bench opens it read-only).
    sqlite3 "$national" ".backup '$db'" 2>/dev/null || cp "$national" "$db"
    "$build/cli/itadesk" --db "$db" init >/dev/null
    echo "database: $national (copied and upgraded)"
else
    echo "note: $national not found (run bench/national.sh); using the demo database"
    "$build/cli/itadesk" --db "$db" init --demo >/dev/null
fi
export LC_ALL=C.UTF-8 LANGUAGE=en
# Agency and year for the result screens: the first agency with results.
"$bin" "$db" ${ITADESK_BENCH_AGENCY:-1} ${ITADESK_BENCH_YEAR:-2567}
if command -v /usr/bin/time >/dev/null; then
    /usr/bin/time -f "peak memory of a whole process (/usr/bin/time): %M KiB" "$bin" "$db" \
        ${ITADESK_BENCH_AGENCY:-1} ${ITADESK_BENCH_YEAR:-2567} >/dev/null
fi
