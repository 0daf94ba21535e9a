#!/bin/bash
# The to-do list on the screens, in Thai at 80x24 with real key bytes: the main menu's first
# entry counts what is due; Y (or ํ, the same key with the Thai layout on) opens the list;
# Enter on the overdue round opens the measure's editor, Enter on an OIT item a reviewer
# returned opens the checklist of its year at that item (a Space there ticks that very
# item, as the command line shows). Then the calendar: an admin changes a date in Thai.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"
db="$WORK/itadesk.db"
cli() { ITADESK_TODAY=2025-05-01 "$ITADESK" --db "$db" "$@" >/dev/null; }
cli init --demo && cli measure set 1 --rounds "6;12" &&
    cli oit set --agency 1 --year 2568 O3 --state done --url https://example.org/o3 &&
    cli oit return --agency 1 --year 2568 O3 --comment "ลิงก์เปิดไม่ได้" && ok ||
    fail "setting up the demo"
state_of() { # state_of CODE: the item's state in 2568 from the command line
    LANGUAGE=en "$ITADESK" --db "$db" oit list --agency 1 --year 2568 --format csv |
        sed -En "s/^[^,]*,[^,]*,$1,.*,(done|not-done|in-progress),.*/\1/p"
}

start_th() { # like start (tmux_lib.sh), in Thai at 80x24
    rm -f "$WORK/$1.exit"
    TM kill-session -t itadesk 2>/dev/null
    local try
    for try in 1 2 3 4 5; do
        TM new-session -d -s itadesk -x 80 -y 24 \
            "env LC_ALL=C.UTF-8 LANGUAGE=th ITADESK_TODAY=2025-05-01 HOME='$HOME' \
             XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$WORK/state' \
             $ITADESK --db '$db' --agency 1 --year 2567 2>'$WORK/$1.err'; echo \$? >'$WORK/$1.exit'" \
            2>/dev/null && break
        sleep 0.2
    done
}

start_th todo
wait_for "เมนูหลัก"
wait_for "งานที่ต้องทำ"
wait_for "2 งาน เลยกำหนด 2" # the round (due 31 March) and O3 (the window closed 30 April)
raw 'Y'
wait_for "รอบการติดตามที่เลยกำหนด (1)"
wait_for "ข้อ OIT ที่ผู้ตรวจส่งกลับ (1)"
wait_for "31 มีนาคม 2568 (เลยกำหนด)"
raw '\r' # Enter on the first line: the overdue round
wait_for "มาตรการ 1 ปีแผน 2568"
wait_for "จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่"
raw '\e' # back to the list
wait_for "รอบการติดตามที่เลยกำหนด (1)"
raw '\eOB' # Down (application cursor mode, as PuTTY sends it): over the heading to O3
raw '\r'
wait_for "ปีงบฯ 2568" # the checklist of O3's year
wait_for "รายการตรวจ OIT"
[ "$(state_of O3)" = "done" ] && ok || fail "O3 was not done before the tick"
raw ' '
for i in $(seq 50); do [ "$(state_of O3)" = "not-done" ] && break; sleep 0.1; done
[ "$(state_of O3)" = "not-done" ] && ok ||
    { OUT=$(screen); fail "Space after the jump did not tick O3 (it is $(state_of O3))"; }
# Back on the main menu, the Thai ํ (Shift-Y with the Thai layout on) opens the list again;
# O3 is no longer returned (the officer's change cleared the verdict) but is open work.
raw 'H'
wait_for "เมนูหลัก"
type_text 'ํ'
wait_for "รอบการติดตามที่เลยกำหนด (1)"
screen | grep -qF "ข้อ OIT ที่ผู้ตรวจส่งกลับ" && { OUT=$(screen); fail "O3 still listed as returned"; } || ok

# The calendar of 2568: the admin sets the result date typed in Thai. The prompt's example
# is a date of the year shown (1 March 2568), not a fixed one.
raw 'Z'
wait_for "ปฏิทิน ITA ปีงบประมาณ พ.ศ. 2568"
wait_for "1 มีนาคม 2568"
raw '\e[4~' # End (PuTTY's bytes): the last line, the results
raw '\r'
wait_for "วันที่ (1 มี.ค. 2568, 1/3/2568"
type_text '15 ส.ค. 2568'
wait_for "15 ส.ค. 2568"
# Ctrl-C with typed text asks first, and the text is already kept as a draft.
raw '\003'
wait_for "ข้อความที่พิมพ์ยังไม่ได้บันทึก"
drafts() { sqlite3 "$db" "SELECT count(*) FROM draft WHERE entity = 'calendar' AND key = '2568:result' AND body LIKE '%15 ส.ค. 2568%'"; }
[ "$(drafts)" = 1 ] && ok || fail "Ctrl-C on the calendar date kept no draft of the typed date"
raw '\e' # keep editing: the text is still there
wait_for "15 ส.ค. 2568"
# A dropped link (SIGHUP) in the middle: the next start offers the draft, Enter restores it.
kill -HUP "$(app_pid)"
wait_file "$WORK/todo.exit" 15 || fail "SIGHUP did not stop itadesk"
start_th todo2
wait_for "ฉบับร่างที่ยังไม่ได้บันทึก"
wait_for "ปฏิทิน ITA 2568: ประกาศผลการประเมิน"
raw '\r'
wait_for "วันที่ (1 มี.ค. 2568"
wait_for "15 ส.ค. 2568"
raw '\r'
wait_for "15 สิงหาคม 2568"
LANGUAGE=en "$ITADESK" --db "$db" calendar show 2568 | grep -Eq "^Results announced +2025-08-15 .* result$" &&
    ok || fail "the calendar did not keep the date typed on the screen"
[ "$(drafts)" = 0 ] && ok || fail "the saved date's draft was not dropped"
# A date of the wrong year is refused on the screen, naming the date in Thai words.
raw '\r'
wait_for "วันที่ (1 มี.ค. 2568"
raw '\177\177\177\177\177\177\177\177\177\177\177\177' # Backspace (PuTTY's DEL) x12
type_text '1/1/2569'
raw '\r'
wait_for "ประกาศผลการประเมิน: 1 มกราคม 2569"
raw '\e' # typed text: asks first; D twice discards it
wait_for "มีการแก้ไขที่ยังไม่ได้บันทึก"
raw 'D'
raw 'D'
wait_for "15 สิงหาคม 2568"
raw 'Q'
wait_file "$WORK/todo2.exit" || fail "Q did not quit"
finish
