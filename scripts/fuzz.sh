#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/) with clang in build-fuzz and runs each for SECONDS
# seconds (default 60) on a corpus seeded from tests/data/seeds/*.txt. Exits non-zero if any
# harness finds a crash, a sanitizer report, a timeout or a broken invariant; the input that
# did it is left in build-fuzz/fuzz-artifacts/.
set -euo pipefail

secs=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-fuzz
seeds=$root/tests/data/seeds
harnesses=(fuzz_text fuzz_wrap fuzz_date fuzz_field fuzz_area fuzz_csv_scores fuzz_csv_oit fuzz_decode
    fuzz_framework_csv)

CC=clang cmake -S "$root" -B "$build" -DITADESK_FUZZ=ON -DITADESK_TESTS=OFF \
    -DITADESK_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${harnesses[@]}" >/dev/null

# Seed corpora: the seed texts cut into 5-line pieces, dates for the date parser, and CSV
# files for the importers (the acceptance files, small good ones, each kind of bad one).
corpus=$build/fuzz-corpus
mkdir -p "$corpus/text" "$corpus/date" "$corpus/scores" "$corpus/oit" "$build/fuzz-artifacts"
if [ -z "$(ls -A "$corpus/scores")" ]; then
    data=$root/tests/data
    cp "$data/ita-acceptance-seed001-2566-oit-status.csv" "$corpus/oit/seed001"
    cp "$data/ita-acceptance-seed000-2567-oit-scores.csv" "$corpus/oit/seed000"
    head -12 "$data/ita-acceptance-seed001-2566-oit-status.csv" >"$corpus/oit/seed001-head"
    printf 'id,responsible_unit,status,progress_note,year,agency\r\nO1,"กอง ""คลัง""",done,"บรรทัด\nสอง",๒๕๖๗,องค์การบริหารส่วนตำบลศรีคำ\r\n' \
        >"$corpus/oit/quoted"
    printf 'id,status\nO1,done\nO1,ดำเนินการแล้ว\n' >"$corpus/oit/twice"
    printf '\xef\xbb\xbfitem,score\r\n๗,๙๖.๐๐\r\ni5,"90.5"\r\no12,100\r\n' >"$corpus/scores/good"
    printf 'item,score\n1,99.79\n2,100\n3,99.17\n4,96.67\n9,50\ne3,75.5\n' >"$corpus/scores/ten"
    printf 'item,score\n1,9\0000\n' >"$corpus/scores/nul"
    printf 'item,score\n1,1e1\n2,0x10\n' >"$corpus/scores/lenient"
    printf 'item,score\n1,"99\n' >"$corpus/scores/unterminated"
    printf 'item,score\n0,99.17\nการใช้งบประมาณ,84.2\n' >"$corpus/scores/named"
fi
if [ -z "$(ls -A "$corpus/text")" ]; then
    for f in "$seeds"/*.txt; do
        split -l 5 -a 4 "$f" "$corpus/text/$(basename "$f" .txt)-"
    done
    i=0
    for d in "1 ต.ค. 2567" "๑ ตุลาคม ๒๕๖๗" "1/10/2567" "1 ต.ค. 67" "2024-10-01" \
        "31 ก.พ. 2567" "29/2/2567" "1 ตุลาคม พ.ศ. 2567" "1/13/2567" ""; do
        printf '%s' "$d" >"$corpus/date/d$((i++))"
    done
fi

status=0
for h in "${harnesses[@]}"; do
    # The text area re-wraps its whole text on every edit: short inputs keep it at
    # thousands of runs a second instead of a handful.
    max_len=4096
    case $h in
    fuzz_date) dir=$corpus/date ;;
    fuzz_csv_scores) dir=$corpus/scores ;;
    fuzz_csv_oit) dir=$corpus/oit max_len=16384 ;;
    fuzz_area) dir=$root/fuzz/regressions/fuzz_area max_len=600 ;;
    fuzz_decode) dir=$root/fuzz/regressions/fuzz_decode max_len=512 ;;
    fuzz_framework_csv) dir=$root/fuzz/regressions/fuzz_framework_csv max_len=16384 ;;
    *) dir=$corpus/text ;;
    esac
    work=$corpus/$h
    mkdir -p "$work"
    # Inputs that once found a bug are always part of the corpus, so they run first.
    if [ -d "$root/fuzz/regressions/$h" ]; then cp "$root/fuzz/regressions/$h"/* "$work"/; fi
    echo "== $h for ${secs}s"
    if ! "$build/fuzz/$h" -max_total_time="$secs" -seed="${ITADESK_FUZZ_SEED:-1}" -max_len="$max_len" -timeout=20 \
        -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/fuzz-artifacts/$h-" "$work" "$dir" 2>"$build/$h.log"; then
        echo "!! $h found a problem; see $build/$h.log and $build/fuzz-artifacts/"
        tail -30 "$build/$h.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$build/$h.log" | tail -2
    fi
done
exit $status
