#!/bin/sh
# To-do list benchmark (issue 16): `itadesk remind` as a whole process on a national-scale
# database (bench/bench_lib.sh: BENCH_DB, BENCH_DIR; the demo only with BENCH_DEMO=1), for
# one agency (what the main menu's figure and the to-do screen read) and for a login that is
# admin over every agency (a national cron job), on a day inside the OIT answering window
# and on one after it. Median and p99 of wall and CPU time; figures only, never pass/fail.
# Usage: bench/bench_remind.sh [BUILD_DIR]    BENCH_AGENCY=ID BENCH_RUNS=N
set -eu
build=${1:-build}
itadesk="$build/cli/itadesk"
runner="$build/bench/bench_run"
[ -x "$itadesk" ] && [ -x "$runner" ] ||
    { echo "build first: cmake --build $build --target itadesk bench_run" >&2; exit 1; }
. "$(dirname "$0")/bench_lib.sh"
work=$(mktemp -d /tmp/itadesk-bench-remind-XXXXXX)
trap 'rm -rf "$work"' EXIT
bench_pick_db "$itadesk" "$work"
if [ "$db_kind" = national ]; then
    # A private copy brought to this build's schema (the calendar comes with it).
    bench_private_copy "$itadesk" "$work" remind.db
fi
agency=${BENCH_AGENCY:-4123}
[ "$(sqlite3 "$db" "SELECT count(*) FROM agency WHERE id = $agency")" = 1 ] ||
    agency=$(sqlite3 "$db" "SELECT min(id) FROM agency")
admin=$(sqlite3 "$db" "SELECT login FROM user_role WHERE agency_id IS NULL AND role = 'admin' LIMIT 1")
runs=${BENCH_RUNS:-20}
export LC_ALL=C.UTF-8 LANGUAGE=en TZ=Asia/Bangkok
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(sqlite3 "$db" "SELECT count(*) FROM agency") agencies, admin $admin"
echo "case                                   lines    wall med   wall p99    cpu med    cpu p99 (ms)"
for today in 2025-04-10 2025-06-10; do
    for scope in "--agency $agency" ""; do
        label="$today ${scope:-every agency}"
        ITADESK_TODAY=$today "$itadesk" --db "$db" remind --user "$admin" $scope >"$work/out" || true
        lines=$(wc -l <"$work/out")
        # remind exits 3 when something is due: through sh, which turns 3 into success (the
        # shell adds about a millisecond).
        set -- $(ITADESK_TODAY=$today "$runner" "$runs" sh -c \
            '"$@"; rc=$?; [ $rc -eq 0 ] || [ $rc -eq 3 ]' sh "$itadesk" --db "$db" remind --user "$admin" $scope)
        printf '%-36s %7d %10s %10s %10s %10s\n' "$label" "$lines" "$1" "$2" "$3" "$4"
    done
done
