#!/bin/bash
# `itadesk measure …` on the real binary: Thai text in, the same text out, validation.
set -u
. "$(dirname "$0")/lib.sh"
export ITADESK_TODAY=2025-03-20

db="$WORK/plan.db"
run "$ITADESK" --db "$db" init --demo
expect_status 0

title="จัดทำรายงานผลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน"
steps=$'๑.จัดทำรายงานผลการจัดซื้อจัดจ้างประจำเดือน\n๒.เผยแพร่รายงานบนเว็บไซต์หน่วยงาน'
run "$ITADESK" --db "$db" measure add --agency 1 --year ๒๕๖๘ --title "$title" --unit "กองคลัง" \
    --start "๑ ตุลาคม ๒๕๖๗" --end "๓๐ กันยายน ๒๕๖๘" --budget - --steps "$steps" --rounds "6;12"
expect_status 0
id=$OUT
[ "$id" -gt 22 ] && ok || fail "unexpected id $id"

run "$ITADESK" --db "$db" measure show "$id"
expect_status 0
expect_out "title: $title"
expect_out "steps:
$steps"
expect_out "period: ๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘"
expect_out "budget: -"
expect_out "round 6 months: not done"

run "$ITADESK" --db "$db" measure list --agency 1 --year 2568
expect_status 0
expect_out_re "$id +\[ \] +จัดทำรายงานผลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน +กองคลัง +6 months, 2025-03-31 due"

run "$ITADESK" --db "$db" measure set "$id" --status in-progress --result "ดำเนินการแล้ว ๓ เดือน"
expect_status 0
expect_out "saved"
run "$ITADESK" --db "$db" measure set "$id" --end "1 ก.ย. 2567"
expect_status 1
expect_err "end: the end date is before the start date"
run "$ITADESK" --db "$db" measure set "$id" --budget "ห้าหมื่น"
expect_status 1
expect_err "budget:"
run "$ITADESK" --db "$db" measure add --agency 1 --year 2568 --title "x" --start "31 ก.พ. 2568"
expect_status 1
expect_err "start:"
run "$ITADESK" --db "$db" measure add --agency 1 --year 2568
expect_status 2

run "$ITADESK" --db "$db" measure list --agency 1 --year 2568 --format csv
expect_status 0
expect_out ",in-progress,"

run "$ITADESK" --db "$db" measure carry-over --agency 2 --year 2566
expect_status 0
expect_out "4 unfinished measures carried over to 2567."

run "$ITADESK" --db "$db" check
expect_status 0
finish
