#!/bin/bash
# Nothing typed is lost: SIGHUP (a dropped SSH link) in the middle of typing, then
# `tmux kill-session` (the terminal goes away), then kill -9 (a crash, after the autosave
# second): each time the next start offers the draft, and restoring it gives back exactly
# what was typed. Restoring and saving turns the draft into the record.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

db="$WORK/draft.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
TITLE='จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่'

# open_measure1 NAME: starts on the plan and opens measure 1 (the first line).
open_measure1() {
    start "$1" --agency 1 --year 2567 --screen plans
    wait_for "Measures 8"
}

# restore NAME TEXT: a fresh start offers the draft; Enter opens it, y restores it (TEXT:
# a part of the restored text that the wrapped field shows on one line).
restore() {
    start "$1" --agency 1 --year 2567 --screen plans
    wait_for "Unsaved drafts"
    wait_for "measure 1 ("
    keys Enter
    wait_for "You have an unsaved draft of this measure"
    keys y
    wait_for "The draft was restored"
    wait_for "$2"
}

stopped() { # stopped NAME: the process ended
    wait_file "$WORK/$1.exit" 15 && ok || { OUT=$(screen); fail "itadesk did not stop ($1)"; }
}

# 1. SIGHUP right after the last keys: the draft is written on the way out.
open_measure1 hup
keys Enter
wait_for "Measure 1, plan year 2568"
type_text ' ร่างแรก: น้ำใจ ผู้ใหญ่บ้าน ๑๒๓'
wait_for "79/1000" # every key read (the text wraps: count it rather than match it)
pid=$(app_pid)
kill -HUP "$pid"
stopped hup
ERR=$(cat "$WORK/hup.err")
expect_err "closed cleanly"
restore hup2 "ร่างแรก: น้ำใจ"
wait_for "๑๒๓"

# 2. The terminal goes away (tmux kill-session sends SIGHUP): more typing is kept.
type_text ' ต่อ'
wait_for "๑๒๓ ต่อ"
TM kill-session -t itadesk
for _ in $(seq 50); do pgrep -f "itadesk --db $db" >/dev/null || break; sleep 0.1; done
restore kill "๑๒๓ ต่อ"

# 3. A crash (kill -9) a second and a half after typing: the autosave has the text.
type_text ' สาม'
wait_for "๑๒๓ ต่อ สาม"
sleep 1.6
kill -KILL "$(app_pid)"
stopped kill
restore crash "๑๒๓ ต่อ สาม"

# 4. Saving the restored draft makes it the record, and the draft goes.
keys F2
wait_for "Measure 1 saved."
keys F10
stopped crash
run "$ITADESK" --db "$db" measure show 1
expect_out "title: $TITLE ร่างแรก: น้ำใจ ผู้ใหญ่บ้าน ๑๒๓ ต่อ สาม"
start again --agency 1 --year 2567 --screen plans
wait_for "Measures 8"
screen | grep -qF "Unsaved drafts" && { OUT=$(screen); fail "a saved draft was offered again"; } || ok
keys F10
stopped again

# 5. A prompt's text too: a new unit's name typed on the units screen, then kill -9 once the
#    draft is in the database; the next start offers it back intact and Enter saves it.
start units --agency 1 --year 2567 --screen units
wait_for "Responsible units of"
type_text '+'
wait_for "Unit name"
type_text 'กองร่างใหม่ ๑'
wait_for "กองร่างใหม่ ๑"
for _ in $(seq 50); do
    [ "$(sqlite3 "$db" "SELECT body FROM draft WHERE entity = 'unit'")" = "กองร่างใหม่ ๑" ] && break
    sleep 0.1
done
kill -KILL "$(app_pid)"
stopped units
start units2 --agency 1 --year 2567 --screen units
wait_for "Unsaved drafts"
wait_for "a new responsible unit"
keys Enter
wait_for "Your unsaved draft was restored"
wait_for "กองร่างใหม่ ๑"
keys Enter
wait_for "กองร่างใหม่ ๑"
keys F10
stopped units2
[ "$(sqlite3 "$db" "SELECT count(*) FROM unit WHERE name = 'กองร่างใหม่ ๑'")" = 1 ] && ok ||
    fail "the restored unit name was not saved"
[ -z "$(sqlite3 "$db" "SELECT body FROM draft WHERE entity = 'unit'")" ] && ok ||
    fail "the saved unit's draft was kept"

finish
