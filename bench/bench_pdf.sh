#!/bin/sh
# The documents as whole `itadesk report` processes on a national-scale database
# (bench/bench_lib.sh: BENCH_DB, BENCH_DIR, BENCH_COPY; the demo only with BENCH_DEMO=1), for
# the agency with the most findings: the analysis as PDF (target: 150 ms or less), as Word
# and, for comparison, as HTML; then the progress report and the memo as PDF. Each figure is
# the median and p99 of RUNS runs (bench_run), in milliseconds: the wall-clock time and the
# CPU time (user + system, which a loaded machine does not inflate). Figures only.
# Usage: bench/bench_pdf.sh [BUILD_DIR]     (RUNS=30 YEAR=2567 AGENCY=ID)
set -eu
build=${1:-build}
itadesk="$build/cli/itadesk"
run="$build/bench/bench_run"
[ -x "$itadesk" ] && [ -x "$run" ] ||
    { echo "build first: cmake --build $build --target itadesk bench_run" >&2; exit 1; }
. "$(dirname "$0")/bench_lib.sh"
work=$(mktemp -d /tmp/itadesk-bench-pdf-XXXXXX)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 LANGUAGE=th
bench_pick_db "$itadesk" "$work"
[ "$db_kind" = demo ] || bench_current_schema "$itadesk" "$work"
year=${YEAR:-2567}
runs=${RUNS:-30}
agency=${AGENCY:-$(sqlite3 "$db" "SELECT coalesce((SELECT agency_id FROM finding WHERE year = $year
    GROUP BY agency_id ORDER BY count(*) DESC LIMIT 1), (SELECT min(id) FROM agency))")}
echo "database: $db; agency $agency; $runs runs each; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "figures: wall median / p99, CPU median / p99 (ms), whole processes"

# time LABEL ARGS...: `itadesk --db DB report ARGS -o FILE --force`, RUNS times.
time_report() {
    label=$1
    shift
    "$run" "$runs" "$itadesk" --db "$db" report "$@" -o "$work/out" --force |
        { read -r wm wp cm cp; printf '%-46s %8s / %-8s %8s / %s\n' "$label" "$wm" "$wp" "$cm" "$cp"; }
}
time_report "analysis, pdf (target 150 ms)" analysis --agency "$agency" --year "$year" --format pdf
time_report "analysis, docx" analysis --agency "$agency" --year "$year" --format docx
time_report "analysis, html" analysis --agency "$agency" --year "$year" --format html
time_report "progress $((year + 1)), pdf" progress --agency "$agency" --year $((year + 1)) --format pdf
time_report "memo, pdf" memo --agency "$agency" --year "$year" --format pdf
