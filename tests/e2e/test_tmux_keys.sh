#!/bin/bash
# Keys as the officers' terminals send them, byte for byte (send-keys -l), on an 80x24
# screen: PuTTY's Ctrl-Left, F1 and F2 (ESC [ D, ESC [ 11~, ESC [ 12~ while the program has
# application cursor mode on) and Ctrl-Down (ESC [ B) on a list, Esc then a digit, Ctrl-S,
# Ctrl-Z, Ctrl-C, the Thai Kedmanee layout left on (also its shifted row), an unknown
# sequence, and the note dialog's draft surviving kill -9.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"
TM_COLS=80 TM_ROWS=24

db="$WORK/keys.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
TITLE='จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่'

stopped() { # stopped NAME: the process ended
    wait_file "$WORK/$1.exit" 15 && ok || { OUT=$(screen); fail "itadesk did not stop ($1)"; }
}
absent() { # absent TEXT: the screen does not show TEXT
    screen | grep -qF -- "$1" && { OUT=$(screen); fail "the screen shows: $1"; } || ok
}
gone() { # gone TEXT: polls until the screen no longer shows TEXT
    for _ in $(seq 100); do screen | grep -qF -- "$1" || { ok; return; }; sleep 0.1; done
    OUT=$(screen)
    fail "the screen still shows: $1"
}
title_is() { # title_is TEXT: measure 1's stored title
    run "$ITADESK" --db "$db" measure show 1
    expect_out "title: $1"
}
# running_in_foreground PID: not stopped, and in the foreground process group of its tty
running_in_foreground() {
    local stat
    stat=$(ps -o stat= -p "$1")
    case "$stat" in
    *T*) fail "itadesk is stopped (state $stat)" ;;
    *+*) ok ;;
    *) fail "itadesk is not in the foreground (state $stat)" ;;
    esac
}

# start_job ARGS...: itadesk as a job of an interactive shell with job control, as over SSH
# (there Ctrl-Z would suspend it if the terminal's signals were on, and a SIGTSTP does).
start_job() {
    TM kill-session -t itadesk 2>/dev/null
    TM new-session -d -s itadesk -x 80 -y 24 "env PS1='job\$ ' bash --norc --noprofile -i"
    wait_for 'job$'
    type_text "LANGUAGE=en ITADESK_TODAY=2025-05-01 XDG_STATE_HOME='$WORK/state' $ITADESK --db '$db' $*"
    keys Enter
}

open_measure1() { # the editor of measure 1 (its title focused)
    start_job --agency 1 --year 2567 --screen plans
    wait_for "Measures 8"
    keys Enter
    wait_for "Measure 1, plan year 2568"
}

# 1. PuTTY's Ctrl-Left in application cursor mode (ESC [ D) moves by a Thai word: the form
#    stays open with all its text (it used to be Esc, [, D = discard).
open_measure1
raw '\e[D'
type_text 'X'
wait_for "ปฏิบัติงานของXเจ้าหน้าที่"
absent "Unsaved changes"
raw '\e[D\e[D'
type_text 'Y'
wait_for "ปฏิบัติงานYของXเจ้าหน้าที่"
wait_for "Measure 1, plan year 2568"

# 2. PuTTY's F2 (ESC [ 12~) saves; so do Esc then 2, and Ctrl-S (flow control is off).
raw '\e[12~'
wait_for "Measure 1 saved."
title_is "จัดทำคู่มือหรือแนวทางการปฏิบัติงานYของXเจ้าหน้าที่"
type_text 'ก'
wait_for "51/1000" # (the counter shows every key read)
raw '\e2'
wait_for "Measure 1 saved."
title_is "จัดทำคู่มือหรือแนวทางการปฏิบัติงานYของXเจ้าหน้าที่ก"
type_text 'ข'
wait_for "52/1000"
raw '\x13'
wait_for "Measure 1 saved."
title_is "จัดทำคู่มือหรือแนวทางการปฏิบัติงานYของXเจ้าหน้าที่กข"

# 3. Ctrl-Z undoes the typing, and the program is still running in the foreground (it used
#    to suspend).
type_text ' ทดสอบ'
wait_for "ที่กข ทดสอบ"
wait_for "58/1000"
raw '\x1a'
wait_for "53/1000"
absent "ทดสอบ"
raw '\x1a'
wait_for "52/1000"
wait_for "Measure 1, plan year 2568"
running_in_foreground "$(app_pid)"
#    A SIGTSTP from outside still suspends, giving the terminal back to the shell; fg
#    brings the screen back, in raw mode again.
pid=$(app_pid)
kill -TSTP "$pid"
wait_for "Stopped"
case "$(ps -o stat= -p "$pid")" in *T*) ok ;; *) fail "SIGTSTP did not suspend" ;; esac
wait_for 'job$'
type_text 'fg'
keys Enter
wait_for "Measure 1, plan year 2568"
running_in_foreground "$pid"
type_text 'ค'
wait_for "ที่กขค"

# 4. Ctrl-C in a form asks like Esc; "keep editing" (Esc, or the arrows and Enter) keeps
#    every character; one D (or ฏ, D with the Thai layout on) never discards.
raw '\x03'
wait_for "Unsaved changes"
raw '\e'
gone "Unsaved changes"
wait_for "ที่กขค"
raw '\x03'
wait_for "[ Keep editing ]"
raw '\eOC' # Right: from Save to Keep editing
raw '\r'
gone "Unsaved changes"
wait_for "ที่กขค"
type_text 'ง'
wait_for "ที่กขคง"
raw '\x03'
wait_for "Unsaved changes"
type_text 'ฏ'
wait_for "Press D again"
raw '\e'
gone "Press D again"
wait_for "ที่กขคง"
raw '\x03'
wait_for "Unsaved changes"
type_text 'ฏ'
wait_for "Press D again"
type_text 'ฏ'
wait_for "Measures 8"
title_is "จัดทำคู่มือหรือแนวทางการปฏิบัติงานYของXเจ้าหน้าที่กข"
keys F10
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "F10 did not quit" || ok

# 5. PuTTY's F1 (ESC [ 11~) on the indicators opens the help; the year stays 2567 (the
#    stray [ used to switch it).
start ind --agency 1 --year 2567 --screen indicators
wait_for "FY 2567"
raw '\e[11~'
wait_for "Keys can be changed"
wait_for "FY 2567"
absent "FY 2566"
raw '\e'
gone "Keys can be changed"
wait_for "Indicators"
wait_for "FY 2567"
#    An unknown sequence is one key, named on the status line; nothing else happens.
raw '\e[99~'
wait_for "Unknown key ESC [ 9 9 ~"
wait_for "FY 2567"
#    PuTTY's Ctrl-Down in application cursor mode (ESC [ B) moves the list like Down: twice,
#    then Enter, opens the third indicator (it used to do nothing).
raw '\e[B'
raw '\e[B'
keys Enter
wait_for "IIT, weight 6: entered 99.17"
raw '\e'
wait_for "FY 2567"
#    Ctrl-C on a list asks before quitting; Esc stays, y quits.
raw '\x03'
wait_for "Quit itadesk?"
raw '\e'
gone "Quit itadesk?"
wait_for "Indicators"
raw '\x03'
wait_for "Quit itadesk?"
type_text 'y'
stopped ind
[ "$(cat "$WORK/ind.exit")" = 0 ] && ok || fail "exit status $(cat "$WORK/ind.exit") after quitting"

# 6. The Thai layout left on: on the dashboard น (the o key) opens the OIT checklist.
start dash --agency 1 --year 2567 --screen dashboard
wait_for "OIT checklist (done/items)"
#    Shift-Z with the Thai layout types "(": the calendar (Z), and Esc comes back.
type_text '('
wait_for "itadesk │ ITA calendar"
raw '\e'
wait_for "OIT checklist (done/items)"
type_text 'น'
wait_for "itadesk │ OIT checklist"

# 7. The note dialog: Esc asks (the typed lines are not thrown away); kill -9 while typing
#    leaves a draft that the next start offers back intact.
keys Home
type_text 'n'
wait_for "Note on O1"
type_text 'บันทึกแรก'
keys Enter
type_text 'ส่งเอกสารแล้ว ๑๒'
wait_for "ส่งเอกสารแล้ว ๑๒"
raw '\e'
wait_for "Unsaved changes"
raw '\e'
gone "Unsaved changes"
wait_for "ส่งเอกสารแล้ว ๑๒"
type_text 'ฯ'
wait_for "๑๒ฯ"
note=$'บันทึกแรก\nส่งเอกสารแล้ว ๑๒ฯ'
# the draft is written within a second of the last key: poll the database for it
for _ in $(seq 50); do
    [ "$(sqlite3 "$db" "SELECT body FROM draft WHERE entity = 'oit-note'")" = "$note" ] && break
    sleep 0.1
done
kill -KILL "$(app_pid)"
stopped dash
start again --agency 1 --year 2567
wait_for "Unsaved drafts"
wait_for "note on OIT item O1"
keys Enter
wait_for "Note on O1"
wait_for "บันทึกแรก"
wait_for "ส่งเอกสารแล้ว ๑๒ฯ"
wait_for "Your unsaved draft was restored"
raw '\x13'
wait_for "O1 saved."
keys F10
stopped again
run "$ITADESK" --db "$db" oit list --agency 1 --year 2567 --format csv
expect_out "ส่งเอกสารแล้ว ๑๒ฯ"
[ -z "$(sqlite3 "$db" "SELECT body FROM draft WHERE entity = 'oit-note'")" ] && ok ||
    fail "the saved note's draft was kept"

# 8. itadesk keys: the bytes and the key they decode to.
rm -f "$WORK/keytest.exit"
TM kill-session -t itadesk 2>/dev/null
TM new-session -d -s itadesk -x 80 -y 24 \
    "env LC_ALL=C.UTF-8 LANGUAGE=en $ITADESK keys; echo \$? >'$WORK/keytest.exit'"
TM set-option -t itadesk remain-on-exit on >/dev/null
wait_for "Key test"
raw '\e[11~'
wait_for "1b 5b 31 31 7e"
wait_for "F1  (help)"
type_text 'น'
wait_for "e0 b8 99"
wait_for "(o: oit)"
raw '\e[D'
wait_for "C-Left"
raw '\x03\x03'
stopped keytest

finish
