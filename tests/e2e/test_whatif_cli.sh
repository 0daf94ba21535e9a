#!/bin/bash
# `itadesk whatif` on seed 000's FY 2567: the published indicators and OIT item scores
# entered from tests/data, then O12, O13, O14, O17 and O19 "if done".
set -u
. "$(dirname "$0")/lib.sh"

db="$WORK/whatif.db"
agency="เทศบาลตำบลคำเขื่อนแก้ว"
run "$ITADESK" --db "$db" init
expect_status 0
run "$ITADESK" --db "$db" agency add "$agency"
expect_status 0
run "$ITADESK" --db "$db" import scores "$ITADESK_TEST_DATA_DIR/ita-seed000-2567-indicator-scores.csv" \
    --agency "$agency" --year 2567
expect_status 0
expect_out "Imported 12 scores."
# The acceptance file is year,agency,id,score: its id and score columns as item,score.
tr -d '\r' <"$ITADESK_TEST_DATA_DIR/ita-acceptance-seed000-2567-oit-scores.csv" |
    awk -F, 'NR == 1 { print "item,score"; next } { print $3 "," $4 }' >"$WORK/oit.csv"
run "$ITADESK" --db "$db" import scores "$WORK/oit.csv" --agency "$agency" --year 2567
expect_status 0
expect_out "Imported 34 scores."

run "$ITADESK" --db "$db" whatif --agency "$agency" --year 2567 \
    --set O12=100 --set O13=100 --set O14=100 --set O17=100 --set o19=100
expect_status 0
expect_out "What-if (nothing is saved): O12=100 O13=100 O14=100 O17=100 O19=100"
# current, then predicted (test_whatif works the same figures out by hand)
expect_out_re "^indicator 9 +76\.79 +97\.50$"
expect_out_re "^indicator 10 +85\.00 +85\.00$"
expect_out_re "^OIT mean +80\.90 +91\.25$"
expect_out_re "^total +90\.49 +94\.63$"
expect_out_re "^level +pass +pass$"
expect_out "what it takes: pass is the highest level of the 2567 rule"
expect_out "note: indicator 10 is published as 85.00; its item scores give 90.00."
# Nothing was saved: the scores are as imported.
run "$ITADESK" --db "$db" score --agency "$agency" --year 2567
expect_out_re "^ +9  การเปิดเผยข้อมูล +OIT +20 +76\.79 +76\.79"
# A published value moves by what a mark changes: O34 half done takes indicator 10's items
# from 90 to 95, so the published 85 becomes 90.
run "$ITADESK" --db "$db" whatif --agency "$agency" --year 2567 --set O34=50
expect_status 0
expect_out_re "^indicator 10 +85\.00 +90\.00$"

# Bad --set values name the argument; nothing runs.
for bad in "O12=abc" "O12=101" "O12=-5" "O12" "X12=100"; do
    run "$ITADESK" --db "$db" whatif --agency "$agency" --year 2567 --set "$bad"
    expect_status 2
    expect_err "itadesk whatif: --set '$bad': "
    [ -z "$OUT" ] && ok || fail "printed a prediction for --set $bad"
done
run "$ITADESK" --db "$db" whatif --agency "$agency" --year 2567 --set O99=100
expect_status 2
expect_err "--set 'O99=100': there is no item O99 in the 2567 catalog"
# The same item twice (in any spelling of its code): which score was meant cannot be told.
run "$ITADESK" --db "$db" whatif --agency "$agency" --year 2567 --set O12=100 --set O13=50 --set o๑๒=0
expect_status 2
expect_err "itadesk whatif: --set 'o๑๒=0': item O12 is already set by --set 'O12=100'; give each item once"
[ -z "$OUT" ] && ok || fail "printed a prediction with O12 set twice"
OUT=$(LANGUAGE=th "$ITADESK" --db "$db" whatif --agency "$agency" --year 2567 --set O12=100 --set O12=0 2>"$WORK/dup.err")
[ $? -eq 2 ] && [ -z "$OUT" ] && ok || fail "the Thai run did not refuse O12 twice"
ERR=$(cat "$WORK/dup.err")
expect_err "itadesk whatif: --set 'O12=0': ข้อ O12 กำหนดไว้แล้วด้วย --set 'O12=100' ให้กำหนดแต่ละข้อเพียงครั้งเดียว"
run "$ITADESK" --db "$db" whatif --agency "$agency" --year 2567 --target "pass, great"
expect_status 2
expect_err "--target 'pass, great': the 2567 rule has no such level"

# FY 2568 (ผ่านดี needs every tool at 85): the same IIT/EIT, OIT items with five at 0 and two
# at 50. The fewest items for ผ่านดี, and a level the EIT keeps out of reach.
{
    echo "item,score"
    tr -d '\r' <"$ITADESK_TEST_DATA_DIR/ita-seed000-2567-indicator-scores.csv" | grep -E '^[1-8],'
    for i in $(seq 1 28); do
        case $i in 3 | 7 | 12 | 22 | 25) s=0 ;; 9 | 15) s=50 ;; *) s=100 ;; esac
        echo "O$i,$s"
    done
} >"$WORK/2568.csv"
run "$ITADESK" --db "$db" import scores "$WORK/2568.csv" --agency "$agency" --year 2568
expect_status 0
run "$ITADESK" --db "$db" whatif --agency "$agency" --year 2568
expect_status 0
expect_out_re "^OIT mean +79\.17 +79\.17$"
expect_out "what it takes to reach pass, good: 1 item at 100: O22 (total 92.30, OIT mean 85.42)"
run "$ITADESK" --db "$db" whatif --agency "$agency" --year 2568 --target "pass, excellent"
expect_status 0
expect_out "not reachable by OIT items alone: the EIT mean 94.65 is under 95.00"
run "$ITADESK" --db "$db" whatif --agency "$agency" --year 2568 --set O22=100 --target "ผ่านดี"
expect_status 0
expect_out_re "^level +pass +pass, good$"
expect_out "nothing more, the year with these marks is there"

# In Thai: the same figures, the level and the labels in Thai (test_thai_words checks that no
# English word is left).
OUT=$(LANGUAGE=th "$ITADESK" --db "$db" whatif --agency "$agency" --year 2567 --set O12=100 \
    --set O13=100 --set O14=100 --set O17=100 --set O19=100 2>&1)
CMD="whatif in Thai"
expect_out "สมมุติ (ไม่บันทึกสิ่งใด): O12=100 O13=100 O14=100 O17=100 O19=100"
expect_out_re "^ตัวชี้วัดที่ 9 +76\.79 +97\.50$"
expect_out_re "^ค่าเฉลี่ย OIT +80\.90 +91\.25$"
expect_out_re "^คะแนนรวม +90\.49 +94\.63$"
expect_out_re "^ระดับผลการประเมิน +ผ่าน +ผ่าน$"
expect_out "สิ่งที่ต้องทำ: ผ่าน เป็นระดับสูงสุดของเกณฑ์ปี 2567 แล้ว"

finish
