#!/bin/sh
# Reports benchmark on a national-scale database (bench/bench_lib.sh: BENCH_DB, BENCH_DIR,
# BENCH_COPY; never the demo by accident). Whole processes, as a user runs them, each the
# median and p99 of RUNS runs (bench_run: wall-clock and CPU time):
#  - the analysis document of one agency (itadesk report analysis, HTML and PDF);
#  - the OIT checklist CSV of the largest province in one process
#    (itadesk report oit --province P --format csv), beside the sqlite3 shell selecting the
#    same rows as CSV -- the floor; target: itadesk within 2x of it;
#  - for comparison, the same province one process per agency (what users had to do).
# Then bench_report's in-process figures (one connection, no process start), labelled so.
# Usage: bench/bench_report.sh [BUILD_DIR]     (YEAR=2567 AGENCY=ID RUNS=11)
set -eu
build=${1:-build}
bin="$build/bench/bench_report"
run="$build/bench/bench_run"
itadesk="$build/cli/itadesk"
[ -x "$bin" ] && [ -x "$itadesk" ] && [ -x "$run" ] ||
    { echo "build first: cmake --build $build --target bench_report bench_run itadesk" >&2; exit 1; }
. "$(dirname "$0")/bench_lib.sh"
work=$(mktemp -d /tmp/itadesk-bench-report-XXXXXX)
trap 'rm -rf "$work"' EXIT
bench_pick_db "$itadesk" "$work"
[ "$db_kind" = demo ] || bench_current_schema "$itadesk" "$work"
year=${YEAR:-2567}
runs=${RUNS:-11}
export LC_ALL=C.UTF-8 LANGUAGE=th

province=$(sqlite3 "$db" "SELECT province FROM agency GROUP BY province ORDER BY count(*) DESC LIMIT 1")
count=$(sqlite3 "$db" "SELECT count(*) FROM agency WHERE province = '$province'")
agency=${AGENCY:-$(sqlite3 "$db" "SELECT coalesce((SELECT agency_id FROM finding WHERE year = $year
    GROUP BY agency_id ORDER BY count(*) DESC LIMIT 1), (SELECT min(id) FROM agency))")}
echo "database: $db; year $year; province $province ($count agencies); $runs runs each"
echo "figures: wall median / p99, CPU median / p99 (ms), whole processes"

show() { # show LABEL: reads "wm wp cm cp" from bench_run
    read -r wm wp cm cp
    printf '%-58s %8s / %-8s %8s / %s\n' "$1" "$wm" "$wp" "$cm" "$cp"
}
"$run" "$runs" "$itadesk" --db "$db" report analysis --agency "$agency" --year "$year" \
    --format html | show "report analysis --agency $agency (html)"
"$run" "$runs" "$itadesk" --db "$db" report analysis --agency "$agency" --year "$year" \
    --format pdf | show "report analysis --agency $agency (pdf; target 150 ms)"
it=$("$run" "$runs" -o "$work/itadesk.csv" "$itadesk" --db "$db" report oit \
    --province "$province" --year "$year" --format csv)
echo "$it" | show "report oit --province (csv, one process)"
sq=$("$run" "$runs" -o "$work/sqlite.csv" sqlite3 -csv "$db" "SELECT a.id, o.group_key, o.code,
    o.title_th, o.components_th, u.name, coalesce(s.state, 'not-done'), s.note
    FROM agency a JOIN oit_item o ON o.year = $year
    LEFT JOIN oit_status s ON s.agency_id = a.id AND s.year = o.year AND s.code = o.code
    LEFT JOIN unit u ON u.id = s.unit_id
    WHERE a.province = '$province' ORDER BY a.sort_key, a.id, o.seq")
echo "$sq" | show "sqlite3 -csv, the same join (the floor)"
echo "$it $sq" | awk '{ printf "%-58s %8.2fx wall, %.2fx CPU (target <= 2x)\n",
    "itadesk / sqlite3, medians", $1 / $5, $3 / $7 }'

# One process per agency, as before --province existed (the first 20, scaled up).
ids=$(sqlite3 "$db" "SELECT id FROM agency WHERE province = '$province' ORDER BY id LIMIT 20")
timed=0
t0=$(date +%s%N)
for id in $ids; do
    "$itadesk" --db "$db" report oit --agency "$id" --year "$year" --format csv >/dev/null
    timed=$((timed + 1))
done
awk -v ns=$(($(date +%s%N) - t0)) -v c="$count" -v t="$timed" 'BEGIN {
    printf "%-58s %8.0f ms wall for %d agencies (%d timed)\n",
        "report oit --agency, one process per agency", ns / 1e6 / t * c, c, t }'

echo
echo "in-process (bench_report: one connection, no process start -- not what a user runs):"
ids=$(sqlite3 "$db" "SELECT id FROM agency WHERE province = '$province' ORDER BY id LIMIT 100")
# shellcheck disable=SC2086
"$bin" "$db" "$year" "$agency" "$work" $ids
