#!/bin/bash
# What-if in a real terminal (tmux, 80x24, Thai screens, keys as raw bytes, some typed with
# the Thai Kedmanee layout on): on the OIT checklist of seed 000's FY 2567, O12, O13, O14,
# O17 and O19 "if done" give the panel the figures of e2e_test_whatif_cli; O34 "if half"
# moves indicator 10; the dashboard shows the same marks and marks one more through its
# chooser; N takes them all off; and nothing reaches the database.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

db="$WORK/whatif.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
checklist() { sqlite3 "$db" "SELECT code, state, score, version FROM oit_status ORDER BY code"; }
before=$(checklist)
audit_before=$(sqlite3 "$db" "SELECT count(*) FROM audit")

TM new-session -d -s itadesk -x 80 -y 24 \
    "env LC_ALL=C.UTF-8 LANGUAGE=th ITADESK_TODAY=2025-05-01 HOME='$HOME' \
     XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$WORK/state' \
     $ITADESK --db '$db' --agency 1 --year 2567 --screen oit 2>'$WORK/wi.err'; echo \$? >'$WORK/wi.exit'"
TM set-option -t itadesk remain-on-exit on >/dev/null

wait_for "รายการตรวจ OIT"
raw '12'    # jumps to O12
raw 'z'     # if done
wait_for "(สมมุติ 100) ข้อมูลสถิติการให้บริการ"
wait_for "สมมุติ เฉพาะครั้งนี้ ไม่บันทึก: O12=100"
raw '13z14z17z'
wait_for "O12=100 O13=100 O14=100 O17=100"
raw '19'
type_text "ผ" # z with the Thai layout on
wait_for "O12=100 O13=100 O14=100 O17=100 O19=100"
wait_for "ตัวชี้วัดที่ 9: 76.79 → 97.50"
wait_for "ค่าเฉลี่ย OIT: 80.90 → 91.25"
wait_for "คะแนนรวม: 90.49 → 94.63"
wait_for "ผ่าน เป็นระดับสูงสุดของเกณฑ์ปี 2567 แล้ว"
# Again on a marked item takes the mark off; V marks "if half".
raw '19z'
wait_for "O19: เอาเครื่องหมายสมมุติออกแล้ว"
wait_for "ตัวชี้วัดที่ 9: 76.79 → 92.50"
raw '19z34'
type_text "ฮ" # V with the Thai layout on (shifted)
wait_for "O34: สมมุติว่าได้ 50"
wait_for "ตัวชี้วัดที่ 10: 85.00 → 90.00"
wait_for "คะแนนรวม: 90.49 → 95.63"

# The dashboard shows the same marks (they belong to the session, not to the screen).
raw 'd'
wait_for "ค่าเฉลี่ยทั้งประเทศ"
raw '\e[4~' # End (PuTTY's bytes; xterm's are \e[F)
wait_for "คะแนนรวม: 90.49 → 95.63"
raw 'N'
wait_for "เอาเครื่องหมายสมมุติออก 6 ข้อ"
wait_for "ยังไม่มีข้อที่สมมุติ"
raw 'z'
wait_for "สมมุติ: ข้อใดถ้าทำเสร็จ (100)"
raw '\r' # the first item under 100: O12
wait_for "O12: สมมุติว่าได้ 100"
raw '\e[F' # End (xterm)
wait_for "ตัวชี้วัดที่ 9: 76.79 → 79.64" # 9.2: six of seven items at 100

raw '\e[21~' # F10 quits
wait_file "$WORK/wi.exit" && [ "$(cat "$WORK/wi.exit")" = 0 ] && ok || {
    OUT=$(screen); fail "itadesk did not quit with status 0"; }

# Marks are never saved: the checklist and the audit trail are as they were.
[ "$(checklist)" = "$before" ] && ok || fail "the checklist changed"
[ "$(sqlite3 "$db" "SELECT count(*) FROM audit")" = "$audit_before" ] && ok ||
    fail "audit rows were written"
finish
