#!/bin/sh
# The documents as whole `itadesk report` processes on the demo database: the analysis of
# one agency as PDF (target: 150 ms or less), as Word and, for comparison, as HTML; then
# the progress report and the memo as PDF. Each figure is the median of 11 runs, in
# milliseconds: the wall-clock time and the CPU time (user + system, which a loaded
# machine does not inflate). Figures only, never pass or fail.
# Usage: bench/bench_pdf.sh [BUILD_DIR]
set -eu
build=${1:-build}
itadesk="$build/cli/itadesk"
[ -x "$itadesk" ] || { echo "build first: cmake --build $build --target itadesk" >&2; exit 1; }
work=$(mktemp -d /tmp/itadesk-bench-pdf-XXXXXX)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 LANGUAGE=th
db="$work/demo.db"
"$itadesk" --db "$db" init --demo >/dev/null

ms() { date +%s%N; }
# median NAME ARGS...: runs `itadesk --db DB report ARGS -o FILE --force` 11 times.
median() {
    name=$1
    shift
    times="" cpus=""
    for i in 1 2 3 4 5 6 7 8 9 10 11; do
        t0=$(ms)
        /usr/bin/time -f "%U %S" -o "$work/time" "$itadesk" --db "$db" report "$@" \
            -o "$work/out" --force
        times="$times $(( ($(ms) - t0) / 1000000 ))"
        cpus="$cpus $(awk '{printf "%d", ($1 + $2) * 1000}' "$work/time")"
    done
    m=$(printf '%s\n' $times | sort -n | sed -n 6p)
    c=$(printf '%s\n' $cpus | sort -n | sed -n 6p)
    echo "$name (whole process, median of 11): $m ms wall, $c ms CPU"
}
median "itadesk report analysis --format pdf" analysis --agency 1 --year 2567 --format pdf
median "itadesk report analysis --format docx" analysis --agency 1 --year 2567 --format docx
median "itadesk report analysis --format html" analysis --agency 1 --year 2567 --format html
median "itadesk report progress --format pdf" progress --agency 1 --year 2568 --format pdf
median "itadesk report memo --format pdf" memo --agency 1 --year 2567 --format pdf
