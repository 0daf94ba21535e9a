#!/bin/bash
# An officer who knows no keys: from bare `itadesk` on the demo database, only through the
# menu bar (F9 as PuTTY sends it, or Esc 9, or ป; arrows, Enter) — reach the OIT checklist, tick an item,
# reach the action plan and open a measure. Then the same with the mouse alone (mouse = on
# in the config; clicks and a double click sent as the terminal's mouse reports). Thai
# screens at 80x24 for the keys, English for the mouse; the pane is polled, never slept on.
# Then the main menu's two-digit numbers and figures, and --screen of a screen that cannot
# open for this agency.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

db="$WORK/menu.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }

# start_ui NAME LANG ARGS...: itadesk in a fresh 80x24 session.
start_ui() {
    local name=$1 lang=$2
    shift 2
    TM kill-session -t itadesk 2>/dev/null
    TM new-session -d -s itadesk -x 80 -y 24 \
        "env LC_ALL=C.UTF-8 LANGUAGE=$lang ITADESK_TODAY=2025-05-01 HOME='$HOME' \
         XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$WORK/state-$name' \
         $ITADESK --db '$db' $* 2>'$WORK/$name.err'; echo \$? >'$WORK/$name.exit'"
    TM set-option -t itadesk remain-on-exit on >/dev/null
}

gone() { # gone TEXT: polls until the screen no longer shows TEXT
    for _ in $(seq 100); do screen | grep -qF -- "$1" || { ok; return; }; sleep 0.1; done
    OUT=$(screen)
    fail "the screen still shows: $1"
}

F9=$'\e[20~' # PuTTY's (and xterm's) F9, as raw bytes
bytes() { TM send-keys -t itadesk -l -- "$1"; }
# Arrows and Enter by name: tmux sends them as the terminal would in the mode the
# application asked for (ESC O B in keypad mode).
down() { for _ in $(seq "$1"); do keys Down; done; }
right() { keys Right; }
enter() { keys Enter; }

state_of() { # state_of CODE: the item's state from the command line
    LANGUAGE=en "$ITADESK" --db "$db" oit list --agency 1 --year 2567 --format csv |
        sed -En "s/^[^,]*,[^,]*,$1,.*,(done|not-done|in-progress),.*/\1/p"
}

# 1. Keys. Three agencies: the picker, then the year, then the main menu.
start_ui keys th
wait_for "3 หน่วยงาน"
enter
wait_for "ปีงบประมาณ"
enter
wait_for "เมนูหลัก"
wait_for "ดำเนินการแล้ว 27/35"
wait_for "F9 เมนู"
# The other ways to the bar: Esc 9 (a terminal without F-keys) and x typed with the Thai
# layout on (ป); Esc closes it.
bytes $'\e9'
wait_for "หน้านี้    ไปที่"
keys Escape
gone "หน้านี้    ไปที่"
type_text 'ป'
wait_for "หน้านี้    ไปที่"
keys Escape
gone "หน้านี้    ไปที่"
bytes "$F9"
wait_for "หน้านี้    ไปที่"
right # the places
wait_for "│ ภาพรวม"
down 3 # to do, dashboard, indicators, the OIT checklist
enter
wait_for "ดำเนินการแล้ว 27 จาก 35"
[ "$(state_of O5)" = "not-done" ] && ok || fail "O5 was already done"
down 4 # O1 .. O5
bytes "$F9"
wait_for "ติ๊กว่าดำเนินการแล้ว"
down 2 # open, filter, tick
enter
wait_for "ดำเนินการแล้ว 28 จาก 35"
[ "$(state_of O5)" = "done" ] && ok || { OUT=$(screen); fail "O5 is $(state_of O5) after the tick"; }
bytes "$F9"
wait_for "หน้านี้"
right
wait_for "│ เมนูหลัก"
down 5 # main menu, to do, dashboard, indicators, analysis, the action plan
enter
wait_for "มาตรการ 8"
bytes "$F9"
wait_for "เปิดบรรทัดที่เลือก"
enter # the first entry: open the selected measure
wait_for "มาตรการ 1 ปีแผน 2568"
wait_for "ชื่อมาตรการ"
TM send-keys -t itadesk F10
wait_file "$WORK/keys.exit" || fail "F10 did not quit"

# 2. The mouse. X10 reports, as tmux's default terminal (screen) has them: ESC [ M, the
# button + 32, column + 33, row + 33 (press 0, release 3).
mkdir -p "$XDG_CONFIG_HOME/itadesk"
echo "mouse = on" >"$XDG_CONFIG_HOME/itadesk/config"
press() { printf '\e[M%b%b%b\e[M#%b%b' ' ' "\\x$(printf %x $(($2 + 33)))" "\\x$(printf %x $(($1 + 33)))" \
    "\\x$(printf %x $(($2 + 33)))" "\\x$(printf %x $(($1 + 33)))"; }
click() { bytes "$(press "$1" "$2")"; }           # click ROW COL
dclick() { bytes "$(press "$1" "$2")$(press "$1" "$2")"; }
row_of() { screen | grep -nF -- "$1" | head -1 | cut -d: -f1 | awk '{ print $1 - 1 }'; }

start_ui mouse en --agency 1 --year 2567
wait_for "Main menu"
click 0 2 # the menu button
wait_for "This screen    Go to"
click 0 18 # "Go to"
wait_for "│ Dashboard"
click "$(row_of "│ OIT checklist")" 20
wait_for "Done 28 of 35"
r=$(row_of "│O12 ")
[ -n "$r" ] && ok || { OUT=$(screen); fail "O12 is not on the screen"; }
# Both clicks in one write, as a slow link delivers a quick pair: the row is selected
# before the menu opens (curses hands the queued reports out newest first).
bytes "$(press "$r" 10)$(press 0 2)"
wait_for "Tick the item done"
click "$(row_of "Tick the item done")" 10
wait_for "Done 29 of 35"
[ "$(state_of O12)" = "done" ] && ok || { OUT=$(screen); fail "O12 is $(state_of O12) after the click"; }
bytes $'\e[M`!)' # the wheel (up) over the list: nothing breaks
click 0 2
wait_for "This screen    Go to"
click 0 18
wait_for "│ Action plan and monitoring"
click "$(row_of "│ Action plan and monitoring")" 20
wait_for "Measures 8"
r=$(row_of "│กองคลัง")
[ -n "$r" ] && ok || { OUT=$(screen); fail "measure 6 is not listed"; }
dclick "$r" 10
wait_for "Measure 6, plan year 2568"
TM send-keys -t itadesk F10
wait_file "$WORK/mouse.exit" || fail "F10 did not quit"

# The list screens select by click and open by double click too: units (Enter renames).
start_ui mouseunits en --agency 2 --year 2567 --screen units
wait_for "Responsible units"
r=$(row_of "สำนักปลัด, กองช่าง")
[ -n "$r" ] && ok || { OUT=$(screen); fail "the unit is not listed"; }
dclick "$r" 12
wait_for "Rename the unit"
wait_for "สำนักปลัด, กองช่าง, กองคลัง"
keys Escape
gone "Rename the unit"
TM send-keys -t itadesk F10
wait_file "$WORK/mouseunits.exit" || fail "F10 did not quit"

# 3. The numbers: fourteen entries, so 1 waits for a second digit (1 2 opens entry 12,
# Thai digits and the Thai layout's number row too) and 1 then Enter opens entry 1. Every entry has a live figure.
start_ui numbers th --agency 2 --year 2567
wait_for "เมนูหลัก"
wait_for "บันทึกคะแนนแล้ว 0/10 ตัวชี้วัด"
wait_for "หน่วยงานย่อย 4 แห่ง"
type_text '1'
wait_for "รายการที่ 1: กด Enter เพื่อเปิด"
type_text '2'
wait_for "itadesk │ ภาพรวมจังหวัด"
wait_for "เชียงราย"
keys Escape
wait_for "itadesk │ เมนูหลัก"
type_text '๑๓'
wait_for "itadesk │ จัดการกรอบการประเมิน"
keys Escape
wait_for "itadesk │ เมนูหลัก"
# The Thai layout on: its number row types ๅ / - for 1 2 3 (ๅ then / is entry 12).
type_text 'ๅ/'
wait_for "itadesk │ ภาพรวมจังหวัด"
keys Escape
wait_for "itadesk │ เมนูหลัก"
type_text 'ๅ-'
wait_for "itadesk │ จัดการกรอบการประเมิน"
keys Escape
wait_for "itadesk │ เมนูหลัก"
type_text '1'
enter
wait_for "itadesk │ งานที่ต้องทำ"
keys Escape
keys End
wait_for "1 หน่วยงานในเชียงราย"
TM send-keys -t itadesk F10
wait_file "$WORK/numbers.exit" || fail "F10 did not quit"

# One agency: bare `itadesk` opens its main menu, on its newest year with data.
one="$WORK/one.db"
"$ITADESK" --db "$one" init >/dev/null && "$ITADESK" --db "$one" agency add 'เทศบาลตำบลทดสอบ' >/dev/null &&
    "$ITADESK" --db "$one" oit set --agency 1 --year 2566 O1 --state done >/dev/null || fail "one agency"
db_all=$db
db=$one
start_ui one en
wait_for "itadesk │ Main menu"
wait_for "เทศบาลตำบลทดสอบ  FY 2566"
TM send-keys -t itadesk F10
wait_file "$WORK/one.exit" || fail "F10 did not quit"
db=$db_all

# 4. --screen of a screen that exists but cannot open here says why, not "no screen".
start_ui noprovince en --agency 1 --year 2567 --screen overview
wait_for "No province is stored for this agency"
screen | grep -qF "There is no screen" && fail "--screen overview: 'There is no screen'" || ok
TM send-keys -t itadesk F10
wait_file "$WORK/noprovince.exit" || fail "F10 did not quit"

finish
