#!/bin/sh
# Tick latency with 8 concurrent writers (issue 11, target p99 <= 50 ms): on a private copy
# of a national-scale database (bench/bench_lib.sh: BENCH_DB, BENCH_DIR; the demo only with
# BENCH_DEMO=1), 8 processes run `itadesk oit set` in a loop (as the concurrency test does)
# while bench_busy ticks and prints p50/p99/max for itadesk's busy handler and, for
# comparison, SQLite's default back-off (what itadesk used before). Figures only.
# Usage: bench/bench_busy.sh [BUILD_DIR]   BENCH_WRITERS=8 BENCH_TICKS=300
set -eu
build=${1:-build}
itadesk="$build/cli/itadesk"
[ -x "$build/bench/bench_busy" ] && [ -x "$itadesk" ] ||
    { echo "build first: cmake --build $build --target bench_busy itadesk" >&2; exit 1; }
. "$(dirname "$0")/bench_lib.sh"
work=$(mktemp -d /tmp/itadesk-bench-busy-XXXXXX)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 LANGUAGE=en TZ=Asia/Bangkok
bench_pick_db "$itadesk" "$work"
[ "$db_kind" = demo ] || bench_private_copy "$itadesk" "$work" busy.db # the writers write
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)," \
    "$(df -T "$work" | awk 'NR==2 {print $2}') file system"
"$build/bench/bench_busy" "$db" 1 2567 "${BENCH_TICKS:-300}" alone
writers=${BENCH_WRITERS:-8}
writer() {
    i=0
    while [ ! -e "$work/stop" ]; do
        i=$((i + 1))
        "$itadesk" --db "$db" oit set --agency 1 --year 2567 "O$((($1 * 4 + i) % 35 + 1))" \
            --note "writer $1 change $i" >/dev/null 2>>"$work/errors" ||
            echo "writer $1: exit $?" >>"$work/errors"
    done
}
pids=
for w in $(seq "$writers"); do
    writer "$w" &
    pids="$pids $!"
done
trap 'touch "$work/stop"; wait; rm -rf "$work"' EXIT
echo "$writers writers: \`itadesk oit set\` in a loop"
"$build/bench/bench_busy" "$db" 1 2567 "${BENCH_TICKS:-300}"
touch "$work/stop"
wait
echo "writer errors: $(cat "$work/errors" 2>/dev/null | wc -l)"
