#!/bin/sh
# Reports benchmark on the national-scale database (bench/national.sh makes
# /tmp/itadesk-bench/national.db; a private copy is upgraded to this build's schema): the
# analysis document of one agency (in one process, and as a whole `itadesk report`
# process, as HTML and as PDF), and the OIT checklist CSV of the first 100 agencies of the largest province,
# beside the time the sqlite3 shell takes to select the same rows as CSV. Figures only.
# Usage: bench/bench_report.sh [BUILD_DIR]     (YEAR=2567 AGENCY=ID to choose)
set -eu
build=${1:-build}
bin="$build/bench/bench_report"
itadesk="$build/cli/itadesk"
[ -x "$bin" ] && [ -x "$itadesk" ] ||
    { echo "build first: cmake --build $build --target bench_report itadesk" >&2; exit 1; }
national=/tmp/itadesk-bench/national.db
[ -f "$national" ] || { echo "no $national: run bench/national.sh first" >&2; exit 1; }
work=$(mktemp -d /tmp/itadesk-bench-report-XXXXXX)
trap 'rm -rf "$work"' EXIT
db="$work/national.db"
sqlite3 "$national" ".backup '$db'"
"$itadesk" --db "$db" init >/dev/null
year=${YEAR:-2567}
export LC_ALL=C.UTF-8 LANGUAGE=th

province=$(sqlite3 "$db" "SELECT province FROM agency GROUP BY province ORDER BY count(*) DESC LIMIT 1")
ids=$(sqlite3 "$db" "SELECT id FROM agency WHERE province = '$province' ORDER BY id LIMIT 100")
# The agency of the analysis: one with findings of the year if any, else the first.
agency=${AGENCY:-$(sqlite3 "$db" "SELECT coalesce((SELECT agency_id FROM finding WHERE year = $year
    GROUP BY agency_id ORDER BY count(*) DESC LIMIT 1), (SELECT min(id) FROM agency))")}
echo "database: $national (copied and upgraded); year $year; province $province"

# shellcheck disable=SC2086
"$bin" "$db" "$year" "$agency" "$work" $ids

ms() { date +%s%N; }
t0=$(ms)
for i in 1 2 3 4 5 6 7 8 9 10; do
    "$itadesk" --db "$db" report analysis --agency "$agency" --year "$year" --format html \
        -o "$work/a.html" --force
done
echo "itadesk report analysis (whole process, html, mean of 10): $(( ($(ms) - t0) / 10000000 )) ms"
t0=$(ms)
for i in 1 2 3 4 5 6 7 8 9 10; do
    "$itadesk" --db "$db" report analysis --agency "$agency" --year "$year" --format pdf \
        -o "$work/a.pdf" --force
done
echo "itadesk report analysis (whole process, pdf, mean of 10; target 150 ms): $(( ($(ms) - t0) / 10000000 )) ms"

t0=$(ms)
for id in $ids; do
    "$itadesk" --db "$db" report oit --agency "$id" --year "$year" --format csv
done >"$work/cli-oit.csv"
echo "itadesk report oit --format csv, one process per agency, 100 agencies: $(( ($(ms) - t0) / 1000000 )) ms"

list=$(echo $ids | tr ' ' ',')
# The same rows as the shell selects them, five times; the median is the figure.
shell_ms=""
for i in 1 2 3 4 5; do
    t0=$(ms)
    sqlite3 -csv "$db" "SELECT a.id, o.group_key, o.code, o.title_th, o.components_th, u.name,
        coalesce(s.state, 'not-done'), s.note
        FROM agency a JOIN oit_item o ON o.year = $year
        LEFT JOIN oit_status s ON s.agency_id = a.id AND s.year = o.year AND s.code = o.code
        LEFT JOIN unit u ON u.id = s.unit_id
        WHERE a.id IN ($list) ORDER BY a.id, o.seq" >"$work/sqlite.csv"
    shell_ms="$shell_ms $(( ($(ms) - t0) / 1000000 ))"
done
median=$(printf '%s\n' $shell_ms | sort -n | sed -n 3p)
echo "sqlite3 shell selecting the same rows as CSV: median $median ms of 5 ($shell_ms )" \
    "($(wc -l <"$work/sqlite.csv") rows; target: itadesk <= 2x)"
