#!/usr/bin/env bash
# Issue 17's figures at 1,000 / 8,000 / 30,000 agencies, as one table:
#   picker first frame, one filter key, End, PgDn      (in-session: bench_scale)
#   the largest province's OIT CSV, itadesk beside the sqlite3 shell doing the same join
#                                                       (whole processes: bench_run)
#   the overview's first frame for that province        (in-session)
#   memory a session holds (heap, SQLite's cache included) for the picker and the overview
# Every timing is the median and the 99th percentile of RUNS samples, CPU time first (what a
# session costs the shared server), wall-clock time after it (what the user waited, on this
# machine's load at the time). Figures and verdicts; a missed target never fails the script.
#
#   bench/scale.sh              BENCH_DIR (default /tmp/itadesk-bench) holds national-N.db
#   BENCH_SCALES="1000 8000 30000" BENCH_BUILD=build RUNS=100 YEAR=2567 bench/scale.sh
# A missing national-N.db is generated once (gen_national --agencies N: about 3.6 GB and a
# few minutes at 30,000) and shared with bench/national.sh and the other scripts; an older
# one is upgraded in place (bench/bench_lib.sh: bench_national). RUNS below 100 makes every
# "p99" the maximum. Not run by ctest or CI: it takes minutes and the machine's attention.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BENCH_BUILD:-$root/build}
scales=${BENCH_SCALES:-1000 8000 30000}
runs=${RUNS:-100}
year=${YEAR:-2567}
itadesk=$build/cli/itadesk
for b in "$itadesk" "$build/bench/gen_national" "$build/bench/bench_scale" "$build/bench/bench_run"; do
    [ -x "$b" ] || { echo "scale.sh: build first: cmake --build $build (missing $b)" >&2; exit 1; }
done
. "$root/bench/bench_lib.sh"
export LC_ALL=C.UTF-8 LANGUAGE=th TZ=Asia/Bangkok

ensure_db() { bench_national "$itadesk" "$build/bench/gen_national" "$1"; }

declare -A fig
measure() { # measure N: fills fig[N,...]
    local n=$1 db=$BENCH_DIR/national-$1.db province count agency line name
    province=$(sqlite3 "$db" "SELECT province FROM agency GROUP BY province ORDER BY count(*) DESC LIMIT 1")
    count=$(sqlite3 "$db" "SELECT count(*) FROM agency WHERE province = '$province'")
    agency=$(sqlite3 "$db" "SELECT min(id) FROM agency WHERE province = '$province'")
    fig[$n,province]="$province ($count)"
    fig[$n,count]=$count
    while read -r name a b c d _; do
        case "$name" in
        memory_*) fig[$n,$name]=$a ;;
        *) fig[$n,$name]="$a $b $c $d" ;;
        esac
    done < <("$build/bench/bench_scale" "$db" "$agency" "$year" "$runs")
    fig[$n,csv]=$("$build/bench/bench_run" "$runs" "$itadesk" --db "$db" report oit \
        --province "$province" --year "$year" --format csv)
    fig[$n,sqlite]=$("$build/bench/bench_run" "$runs" sqlite3 -csv "$db" "SELECT a.id,
        o.group_key, o.code, o.title_th, o.components_th, u.name, coalesce(s.state, 'not-done'),
        s.note FROM agency a JOIN oit_item o ON o.year = $year
        LEFT JOIN oit_status s ON s.agency_id = a.id AND s.year = o.year AND s.code = o.code
        LEFT JOIN unit u ON u.id = s.unit_id
        WHERE a.province = '$province' ORDER BY a.sort_key, a.id, o.seq")
}

cell() { # cell "cm cp wm wp" -> "cpu m/p99 (wall m/p99)"
    awk -v s="$1" 'BEGIN { split(s, v, " "); printf "%.2f/%.2f (%.1f/%.1f)", v[1], v[2], v[3], v[4] }'
}

for n in $scales; do ensure_db "$n"; done
echo "itadesk scale benchmark: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), year $year," \
    "$runs samples per figure, SQLite $(sqlite3 --version | cut -d' ' -f1)"
for n in $scales; do measure "$n"; done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "ms: CPU median/p99 (wall median/p99)"
printf '%-30s' "agencies"
for n in $scales; do printf ' | %-28s' "$n"; done
echo
row() { # row LABEL KEY
    printf '%-30s' "$1"
    for n in $scales; do printf ' | %-28s' "$(cell "${fig[$n,$2]}")"; done
    echo
}
row "picker first frame" picker_first_frame
row "picker filter key" filter_key
row "picker End" end_key
row "picker PgDn" pgdn_key
row "year switch (dashboard)" year_switch
row "overview first frame" overview_first_frame
printf '%-30s' "  (agencies in the province)"
for n in $scales; do printf ' | %-28s' "${fig[$n,count]}"; done
echo
for key in csv sqlite; do
    printf '%-30s' "$([ $key = csv ] && echo "province OIT CSV, itadesk" || echo "  sqlite3 shell, same join")"
    for n in $scales; do
        read -r wm wp cm cp <<<"${fig[$n,$key]}"
        printf ' | %-28s' "$(cell "$cm $cp $wm $wp")"
    done
    echo
done
printf '%-30s' "  itadesk/sqlite3 (wall, CPU)"
for n in $scales; do
    read -r iw _ ic _ <<<"${fig[$n,csv]}"
    read -r sw _ sc _ <<<"${fig[$n,sqlite]}"
    printf ' | %-28s' "$(awk -v a="$iw" -v b="$sw" -v c="$ic" -v d="$sc" \
        'BEGIN { printf "%.2fx, %.2fx", a / b, (d > 0 ? c / d : 0) }')"
done
echo
printf '%-30s' "memory/session KiB (picker)"
for n in $scales; do printf ' | %-28s' "${fig[$n,memory_picker_kib]}"; done
echo
printf '%-30s' "  (after the overview)"
for n in $scales; do printf ' | %-28s' "${fig[$n,memory_overview_kib]}"; done
echo

# Verdicts against issue 17's targets, on CPU time (medians and p99): what a session or a
# process costs the shared server. Wall-clock time, what a user waited, depends on everyone
# else's load and is printed beside it.
echo
first=${scales%% *}
last=${scales##* }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v + 0 <= t + 0 ? "met" : "MISSED") }'; }
for key in filter_key end_key pgdn_key; do
    read -r cm cp _ _ <<<"${fig[$last,$key]}"
    read -r bm _ _ _ <<<"${fig[$first,$key]}"
    echo "$key at $last: median $cm, p99 $cp ms CPU (<= 5): $(verdict "$cp" 5);" \
        "$(awk -v a="$cm" -v b="$bm" 'BEGIN { printf "%.2f", a / b }')x the cost at $first" \
        "(<= 1.5): $(verdict "$(awk -v a="$cm" -v b="$bm" 'BEGIN { print a / b }')" 1.5)"
done
read -r cm cp _ _ <<<"${fig[$last,year_switch]}"
read -r bm _ _ _ <<<"${fig[$first,year_switch]}"
echo "year_switch at $last: median $cm, p99 $cp ms CPU;" \
    "$(awk -v a="$cm" -v b="$bm" 'BEGIN { printf "%.2f", a / b }')x the cost at $first" \
    "(the picker under the dashboard is only marked stale, not read again)"
read -r cm cp wm wp <<<"${fig[$last,overview_first_frame]}"
echo "overview first frame at $last (${fig[$last,province]}): CPU median $cm, p99 $cp ms" \
    "(<= 50): $(verdict "$cp" 50); wall median $wm ms on this machine's load"
for n in $scales; do
    read -r iw _ ic _ <<<"${fig[$n,csv]}"
    read -r sw _ sc _ <<<"${fig[$n,sqlite]}"
    r=$(awk -v a="$ic" -v b="$sc" 'BEGIN { print (b > 0 ? a / b : 0) }')
    echo "province CSV at $n: $(printf '%.2f' "$r")x the sqlite3 shell's CPU time, whole processes" \
        "(<= 2): $(verdict "$r" 2); wall $(awk -v a="$iw" -v b="$sw" 'BEGIN { printf "%.2f", a / b }')x"
done
