#!/bin/bash
# itadesk report over several agencies in one process: --province [--district] [--kind] and
# --agency repeated, in text (a page per agency), CSV, HTML, PDF and Word (one document, a
# page per agency); what the filters keep, and the option errors.
set -u
. "$(dirname "$0")/lib.sh"

db="$WORK/many.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
add() { "$ITADESK" --db "$db" agency add "$1" --kind "$2" --district "$3" --province "$4" >/dev/null ||
    echo "FAIL: agency add $1"; }
add "เทศบาลตำบลนาแก" "เทศบาลตำบล" "พรรณานิคม" "สกลนคร"
add "องค์การบริหารส่วนตำบลไร่" "องค์การบริหารส่วนตำบล" "พรรณานิคม" "สกลนคร"
add "เทศบาลเมืองสกลนคร" "เทศบาลเมือง" "เมืองสกลนคร" "สกลนคร"

export LANGUAGE=th
count() { printf '%s' "$OUT" | grep -o "$1" | wc -l; }

run "$ITADESK" --db "$db" report oit --province สกลนคร --year 2567 --format csv
expect_status 0
for name in เทศบาลตำบลพอกน้อย เทศบาลตำบลนาแก องค์การบริหารส่วนตำบลไร่ เทศบาลเมืองสกลนคร; do
    expect_out "$name"
done
case "$OUT" in *ศรีคำ* | *คำเขื่อนแก้ว*) fail "another province's agency in the CSV" ;; *) ok ;; esac
[ "$(count 'ข้อ,ข้อมูล,')" -eq 4 ] && ok || fail "a table per agency"

run "$ITADESK" --db "$db" report summary --province สกลนคร --district พรรณานิคม --kind เทศบาลตำบล \
    --year 2567 --format text
expect_status 0
expect_out เทศบาลตำบลนาแก
expect_out เทศบาลตำบลพอกน้อย
case "$OUT" in *ไร่* | *เทศบาลเมืองสกลนคร*) fail "--district/--kind did not narrow" ;; *) ok ;; esac
[ "$(printf '%s' "$OUT" | tr -cd '\f' | wc -c)" -eq 1 ] && ok || fail "two agencies, one page break"

run "$ITADESK" --db "$db" report indicators --agency 1 --agency องค์การบริหารส่วนตำบลศรีคำ \
    --year 2567 --format html
expect_status 0
expect_out เทศบาลตำบลคำเขื่อนแก้ว
expect_out องค์การบริหารส่วนตำบลศรีคำ
[ "$(count '<html')" -eq 1 ] && ok || fail "one HTML document for both agencies"
expect_out '<hr class="next"'

run "$ITADESK" --db "$db" report progress --province สกลนคร --year 2568 -o "$WORK/p.txt"
expect_status 0
grep -q เทศบาลตำบลพอกน้อย "$WORK/p.txt" && ok || fail "-o file lacks the agency"

# PDF and Word: one document, each agency from a new page (the demo's agency 3 alone is one).
run "$ITADESK" --db "$db" report progress --province สกลนคร --district พรรณานิคม --year 2568 \
    --format pdf -o "$WORK/p.pdf"
expect_status 0
run "$ITADESK" --db "$db" report progress --agency 3 --year 2568 --format pdf -o "$WORK/one.pdf"
expect_status 0
one=$(pdfinfo "$WORK/one.pdf" | awk '/^Pages:/ { print $2 }')
three=$(pdfinfo "$WORK/p.pdf" | awk '/^Pages:/ { print $2 }')
[ "$three" -ge $((3 * one)) ] && ok || fail "3 agencies in $three PDF pages, one alone takes $one"
run "$ITADESK" --db "$db" report oit --agency 1 --agency 2 --year 2567 --format docx -o "$WORK/o.docx"
expect_status 0
[ "$(unzip -p "$WORK/o.docx" word/document.xml | grep -o 'w:type="page"' | wc -l)" -eq 1 ] && ok ||
    fail "two agencies in Word: one page break expected"

# Errors: nothing matches, mixed or missing options, the analysis.
run "$ITADESK" --db "$db" report oit --province ภูเก็ต --year 2567
expect_status 1
expect_err ภูเก็ต
run "$ITADESK" --db "$db" report oit --province สกลนคร --agency 1 --year 2567
expect_status 2
run "$ITADESK" --db "$db" report oit --district พรรณานิคม --year 2567
expect_status 2
run "$ITADESK" --db "$db" report analysis --province สกลนคร --year 2567
expect_status 2
run "$ITADESK" --db "$db" report memo --agency 1 --agency 2 --year 2567
expect_status 2
run "$ITADESK" --db "$db" report oit --agency 1 --agency 999 --year 2567
expect_status 1
expect_err 999
finish
