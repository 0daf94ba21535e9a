#!/bin/bash
# Types seed 000's measure for issue ๕ (Thai, Thai digits, the period
# "๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘") into a new measure in the editor through tmux,
# saves it with F2, and checks that `itadesk measure show` returns exactly the typed text;
# then a validation message next to a field, and the question when leaving an edited form.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

db="$WORK/measure.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }

# Seed 000, part 2, row ๖ (issue ๕): shared/domain/demo/measures.csv.
ISSUE='๕.กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง'
TITLE='จัดทำรายงานผลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน'
STEPS='๑.การรายงานผลการจัดซื้อจัดจ้าง หรือจัดหาพัสดุให้ผู้บริหารทราบอย่างสม่ำเสมอ ๒.ประกาศเผยแพร่แผนและผลการจัดซื้อจัดจ้างหรือแผนจัดหาพัสดุ ทางเว็บไซต์หน่วยงาน หรือบอร์ดประชาสัมพันธ์'
UNIT='กองคลัง'
START='๑ ตุลาคม ๒๕๖๗'
END='๓๐ กันยายน ๒๕๖๘'

start add --agency 1 --year 2567 --screen plans
wait_for "Measures 8"
keys +
wait_for "New measure, plan year 2568"
type_text "$TITLE"
keys Tab
type_text "$ISSUE"
keys Tab Tab Tab # indicator, approach: left empty
type_text "$STEPS"
keys Tab
type_text "$UNIT"
keys Tab
type_text "$START"
keys Tab
type_text "$END"
wait_for "$END"
keys F2
wait_for "saved."
id=$(screen | sed -n 's/.*Measure \([0-9][0-9]*\) saved\..*/\1/p' | head -1)
[ -n "$id" ] && ok || { OUT=$(screen); fail "no measure id on the screen"; }
keys Escape
wait_for "Measures 9"
keys F10
wait_file "$WORK/add.exit" || fail "F10 did not quit"

run "$ITADESK" --db "$db" measure show "${id:-0}"
expect_status 0
field() { printf '%s\n' "$OUT" | sed -n "s/^$1: //p"; }
check() { # check FIELD EXPECTED
    local got
    got=$(field "$1")
    [ "$got" = "$2" ] && ok || fail "$1 is '$got', typed '$2'"
}
check title "$TITLE"
check issue "$ISSUE"
check steps "$STEPS"
check responsible "$UNIT"
check period "$START – $END"
check start 2024-10-01
check end 2025-09-30

# A budget that is not a number: the message shows next to the field, nothing is saved.
start edit --agency 1 --year 2567 --screen plans
wait_for "Measures 9"
keys End Enter
wait_for "Measure ${id:-0}, plan year 2568"
for _ in 1 2 3 4 5 6 7 8; do keys Tab; done # title .. budget
type_text 'สองหมื่น'
keys F2
wait_for "is not an amount in baht or -"
wait_for "Not saved: correct the fields marked with !"
# Leaving asks; D only highlights Discard and asks again, a second D discards (and drops
# the draft).
keys Escape
wait_for "Unsaved changes"
keys D
wait_for "Press D again"
screen | grep -qF "Measures 9" && fail "one D discarded" || ok
keys D
wait_for "Measures 9"
keys F10
wait_file "$WORK/edit.exit" || fail "F10 did not quit"
run "$ITADESK" --db "$db" measure show "${id:-0}"
expect_out "budget: -"
run "$ITADESK" --db "$db" check
expect_status 0

finish
