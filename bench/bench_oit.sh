#!/bin/sh
# OIT checklist benchmark (issue 5): on a migrated private copy of a national-scale database
# (bench/bench_lib.sh: BENCH_DB, BENCH_DIR; the demo only with BENCH_DEMO=1), prints
#  - the time of one tick, from the screen's action to the committed row (target <= 10 ms),
#    beside db_oit_save alone and the time to pick up another user's change;
#  - the throughput of the 8-process `itadesk oit set` workload (tests/e2e/oit_workload.sh,
#    8 x 200 sets), in sets per second, with the errors it printed.
# Figures only, never pass/fail. Usage: bench/bench_oit.sh [BUILD_DIR]
#   BENCH_AGENCY=ID BENCH_YEAR=YEAR BENCH_TICKS=N BENCH_PROCS=8 BENCH_SETS=200
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
bin="$build/bench/bench_oit"
itadesk="$build/cli/itadesk"
[ -x "$bin" ] && [ -x "$itadesk" ] ||
    { echo "build first: cmake --build $build --target bench_oit itadesk" >&2; exit 1; }
. "$(dirname "$0")/bench_lib.sh"
work=$(mktemp -d /tmp/itadesk-bench-oit-XXXXXX)
trap 'rm -rf "$work"' EXIT
agency=${BENCH_AGENCY:-4123}
year=${BENCH_YEAR:-2567}
bench_pick_db "$itadesk" "$work"
if [ "$db_kind" = national ]; then
    bench_private_copy "$itadesk" "$work" oit.db # the benchmark writes
    [ "$(sqlite3 "$db" "SELECT count(*) FROM agency WHERE id = $agency")" = 1 ] ||
        agency=$(sqlite3 "$db" "SELECT min(id) FROM agency")
else
    agency=${BENCH_AGENCY:-1}
fi
export LC_ALL=C.UTF-8 LANGUAGE=en TZ=Asia/Bangkok
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(df -T "$work" | awk 'NR==2 {print $2}') file system"
echo
"$bin" "$db" "$agency" "$year" "${BENCH_TICKS:-200}"

procs=${BENCH_PROCS:-8}
sets=${BENCH_SETS:-200}
errdir="$work/errors"
mkdir -p "$errdir"
audit() { sqlite3 "$db" "SELECT count(*) FROM audit WHERE entity = 'oit_status'"; }
before=$(audit)
t0=$(date +%s%N)
"$root/tests/e2e/oit_workload.sh" "$itadesk" "$db" "$agency" "$year" "$procs" "$sets" "$errdir"
t1=$(date +%s%N)
after=$(audit)
errors=$(cat "$errdir"/*.err 2>/dev/null | wc -l)
echo
awk -v ns=$((t1 - t0)) -v n=$((procs * sets)) -v p="$procs" -v s="$sets" -v a=$((after - before)) \
    -v e="$errors" 'BEGIN {
    printf "%d-process oit set workload (%d x %d sets): %.2f s, %.1f sets/second\n", p, p, s,
        ns / 1e9, n / (ns / 1e9)
    printf "  audit rows added: %d (one per changed field; notes are unique, so >= %d)\n", a, n
    printf "  error lines printed by the processes: %d\n", e }'
[ "$errors" -eq 0 ] || head -5 "$errdir"/*.err
