#!/bin/bash
# Correcting a year THROUGH THE SCREENS (issue 13), at 80x24 with the raw bytes PuTTY sends
# with its default settings, on the demo agencies: an agency's place edited; units added,
# merged (the measure naming the duplicate moves), renamed (its measures follow), a used one
# refused and an unused one deleted; a published score cleared; findings moved, edited and
# deleted; measures moved, and one with recorded progress deleted only after the second
# question; an agency with data deleted only once its name is typed. Each change is then
# checked from the command line and in the audit.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

db="$WORK/edit.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
I() { run "$ITADESK" --db "$db" "$@"; }
export TM_COLS=80 TM_ROWS=24

# 1. The picker: e edits the selected agency (1, the first in Thai order).
start picker
wait_for "3 agencies"
pk e
wait_for "Agency 1"
pk Tab Tab
type_text 'คำเขื่อนแก้ว'
pk Tab
type_text 'ยโสธร'
pk F2
wait_for "Agency 1 saved."
pk Escape
wait_for "ยโสธร"
pk F10
wait_file "$WORK/picker.exit" || fail "F10 did not quit"
I agency show 1
expect_out_re '^district +คำเขื่อนแก้ว$'
expect_out_re '^province +ยโสธร$'

# 2. Units of agency 2. A measure names 'กองการคลัง', a second spelling of กองคลัง: it is on
# the list (first in Thai order), and = merges it into กองคลัง.
I measure add --agency 2 --year 2566 --title 'ประกาศผลการจัดซื้อจัดจ้าง' --unit 'กองการคลัง'
mid=$OUT
start units --agency 2 --year 2566 --screen units
wait_for "Responsible units of"
screen | grep -F 'กองการคลัง' | grep -qE '│ +1$' && ok ||
    { OUT=$(screen); fail "the measure's unit is not listed with its use"; }
pk =
wait_for "Merge 'กองการคลัง' into:"
pk Enter
wait_for "Merged: 1 references moved to 'กองคลัง'."
pk Enter # rename the selected one (now กองคลัง, first)
wait_for "Rename the unit"
type_text ' (การเงิน)'
pk Enter
wait_for "กองคลัง (การเงิน)"
pk DC
wait_for "Delete the unit 'กองคลัง (การเงิน)'?"
pk y
wait_for "is still named by 6 items and measures: not deleted"
pk +
wait_for "New unit"
type_text 'งานทดสอบ'
pk Enter
wait_for "งานทดสอบ"
pk DC
wait_for "Delete the unit 'งานทดสอบ'?"
pk y
wait_for "Unit deleted." 5 || true # the message, if any; the list is what counts
for ((i = 0; i < 50; i++)); do screen | grep -qF 'งานทดสอบ' || break; sleep 0.1; done
screen | grep -qF 'งานทดสอบ' && { OUT=$(screen); fail "the unused unit is still listed"; } || ok

pk F10
wait_file "$WORK/units.exit" || fail "F10 did not quit"
I unit list --agency 2
expect_out_re ' 6  กองคลัง \(การเงิน\)$'
case "$OUT" in *'กองการคลัง'* | *'งานทดสอบ'*) fail "a merged or deleted unit is listed" ;; *) ok ;; esac
I measure show "$mid"
expect_out 'responsible: กองคลัง (การเงิน)'

# 3. The published scores of agency 1, 2567: Delete clears the selected one after asking.
start scores --agency 1 --year 2567 --screen scores
wait_for "Published scores of"
pk DC
wait_for "Clear the value"
pk y
wait_for "Saved: 1."
pk F10
wait_file "$WORK/scores.exit" || fail "F10 did not quit"
I score --agency 1 --year 2567
expect_out_re '^  1  .* -  +99\.79 *$'

# 4. Findings of agency 3, 2562: J moves the first down, Enter edits, Delete deletes.
start findings --agency 3 --year 2562 --screen analysis
wait_for "[Findings 14]"
pk J # finding 8 goes below 9, and stays selected
for ((i = 0; i < 50; i++)); do
    order=$(screen | grep -oE '^ +(8|9)│' | tr -d ' │' | tr '\n' ' ')
    [ "$order" = "9 8 " ] && break
    sleep 0.1
done
[ "$order" = "9 8 " ] && ok || { OUT=$(screen); fail "J did not move finding 8 below 9"; }
pk Enter
wait_for "Finding: issue 3.1 of 2562"
pk Tab
type_text 'ต้องเผยแพร่ข้อมูลให้ครบถ้วน'
pk F2
wait_for "Saved."
pk Escape
wait_for "[Findings 14]"
I finding list --agency 3 --year 2562 --format csv
expect_out '8,3.1,weakness,ต้องเผยแพร่ข้อมูลให้ครบถ้วน'
pk DC
wait_for "Delete finding 8:"
pk y
wait_for "[Findings 13]"
pk F10
wait_file "$WORK/findings.exit" || fail "F10 did not quit"
I finding list --agency 3 --year 2562 --format csv
case "$OUT" in *'ต้องเผยแพร่ข้อมูลให้ครบถ้วน'*) fail "the deleted finding is listed" ;; *) ok ;; esac

# 5. Measures of agency 2, plan year 2566: J moves the first one down; measure 12 has
# recorded progress, so its delete asks a second time, and Esc there keeps it.
start plans --agency 2 --year 2565 --screen plans
wait_for "[Measures 12]"
pk J
sleep 0.3
I measure list --agency 2 --year 2566
first=$(printf '%s\n' "$OUT" | sed -n 2p)
second=$(printf '%s\n' "$OUT" | sed -n 3p)
[ "$(echo $first | cut -d' ' -f1)" = 12 ] && [ "$(echo $second | cut -d' ' -f1)" = 9 ] && ok ||
    fail "J did not move measure 9 below 12"
pk Home DC # the first line is the heading of measure 12's issue
wait_for "This line is an issue's heading: select a measure."
pk Down
pk DC
wait_for "Delete measure 12:"
pk y
wait_for "Measure 12 has recorded progress"
pk Escape
wait_for "[Measures 12]"
pk DC
wait_for "Delete measure 12:"
pk y
wait_for "Measure 12 has recorded progress"
pk y
wait_for "[Measures 11]"
pk F10
wait_file "$WORK/plans.exit" || fail "F10 did not quit"
I measure show 12
expect_status 1

# 6. Deleting agency 1 with its data: asked, then its name must be typed whole.
start delete --screen picker
wait_for "3 agencies"
pk Home DC
wait_for "Delete the agency"
wait_for "records: results, checklist"
pk y
wait_for "Type the agency's name to delete it:"
type_text 'เทศบาลตำบลคำเขื่อน'
pk Enter
wait_for "That is not the agency's name: nothing was deleted."
type_text 'แก้ว'
pk Enter
wait_for "Agency 1 'เทศบาลตำบลคำเขื่อนแก้ว' deleted."
wait_for "2 agencies"
pk F10
wait_file "$WORK/delete.exit" || fail "F10 did not quit"
I agency list
case "$OUT" in *'คำเขื่อนแก้ว'*) fail "the deleted agency is listed" ;; *) ok ;; esac

# Every change above is in the audit, under the login that made it.
I audit
for what in 'district' 'merged into' 'removed' 'order'; do
    expect_out "$what"
done
finish
