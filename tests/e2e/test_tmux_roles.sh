#!/bin/bash
# Roles on the screens, under distinct Unix accounts: a viewer opens every screen, every
# write key is refused on the status line saying why, and the database dump is unchanged; a
# reviewer sends an item back from the checklist; the officer sees it counted on the
# dashboard and listed by the "sent back" filter, and the officer's next change clears it.
# 80x24, a private tmux server, the screen polled with a timeout.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/accounts_lib.sh"
command -v tmux >/dev/null || {
    echo "FAIL: tmux is not installed" >&2
    exit 1
}
SOCK="itadesk-roles-$$"
TM() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'TM kill-server 2>/dev/null; remove_accounts; rm -rf "$WORK"' EXIT

mkdir -m 1777 "$WORK/shared"
db="$WORK/shared/itadesk.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
viewer=$(account itv)
officer=$(account ito)
reviewer=$(account itr)
"$ITADESK" --db "$db" user add "$viewer" --role viewer >/dev/null &&
    "$ITADESK" --db "$db" user add "$officer" --role officer --agency 1 >/dev/null &&
    "$ITADESK" --db "$db" user add "$reviewer" --role reviewer --agency 1 >/dev/null ||
    { echo "FAIL: adding people"; exit 1; }
"$ITADESK" --db "$db" unit add "กองคลัง" --agency 1 >/dev/null &&
    "$ITADESK" --db "$db" unit add "กองช่าง" --agency 1 >/dev/null || { echo "FAIL: units"; exit 1; }
chmod 0666 "$db"*

screen() { TM capture-pane -p -t "$1" 2>/dev/null; }
wait_for() { # wait_for SESSION TEXT [SECONDS]
    local deadline=$((SECONDS + ${3:-15}))
    while [ "$SECONDS" -lt "$deadline" ]; do
        screen "$1" | grep -qF -- "$2" && { ok; return 0; }
        sleep 0.1
    done
    OUT=$(screen "$1")
    CMD="wait_for $1 '$2'"
    fail "session $1 never showed: $2"
    return 1
}
lacks() { # lacks SESSION TEXT: the screen does not show TEXT now
    screen "$1" | grep -qF -- "$2" && { OUT=$(screen "$1"); fail "$1 shows: $2"; } || ok
}
key() { TM send-keys -t "$1" "${@:2}"; }
text() { TM send-keys -t "$1" -l -- "$2"; }

start() { # start LOGIN: itadesk as LOGIN on agency 1, 2567, the dashboard, 80x24
    TM new-session -d -s "$1" -x 80 -y 24 \
        "setpriv --reuid=$1 --regid=$1 --init-groups -- env LC_ALL=C.UTF-8 LANGUAGE=en \
         HOME='$WORK' XDG_CONFIG_HOME='$WORK/cfg-$1' XDG_STATE_HOME='$WORK/state-$1' \
         EDITOR=true $ITADESK --db '$db' --agency 1 --year 2567 --screen dashboard \
         2>'$WORK/$1.err'; echo \$? >'$WORK/$1.exit'"
    TM set-option -t "$1" remain-on-exit on >/dev/null
}
# refused_now SESSION TEXT KEY: with the status line cleared first (a key that moves), KEY
# alone brings TEXT: the refusal is KEY's, not one left from before.
refused_now() {
    local s=$1 want=$2 deadline=$((SECONDS + 10))
    key "$s" Down
    while screen "$s" | grep -qF "not allowed" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
    key "$s" "$3"
    wait_for "$s" "$want"
}
# refused SESSION KEYS...: the keys end in a refusal on the status line
refused() {
    local s=$1
    shift
    key "$s" "$@"
    wait_for "$s" "not allowed: $s is viewer"
}

# --- the viewer: every screen opens, every write is refused ---
sqlite3 "$db" .dump >"$WORK/before.sql"
start "$viewer"
wait_for "$viewer" "OIT checklist (done/items)"
key "$viewer" i
wait_for "$viewer" "Indicators"
key "$viewer" Enter
wait_for "$viewer" "Indicator detail"
key "$viewer" d
wait_for "$viewer" "OIT checklist (done/items)"
key "$viewer" o
wait_for "$viewer" "Done 27 of 35"
refused "$viewer" Space
refused "$viewer" u
refused "$viewer" l
refused "$viewer" n
refused "$viewer" S
refused "$viewer" '~'
key "$viewer" c
wait_for "$viewer" "only reviewers and admins"
key "$viewer" h
wait_for "$viewer" "History of"
key "$viewer" Escape
key "$viewer" Escape
wait_for "$viewer" "OIT checklist (done/items)"
key "$viewer" p
wait_for "$viewer" "Action plan"
refused "$viewer" +
refused "$viewer" C
key "$viewer" Enter # the measure editor opens for reading; saving is refused
wait_for "$viewer" "Measure title"
text "$viewer" "x"
key "$viewer" F2
wait_for "$viewer" "not allowed: $viewer is viewer"
key "$viewer" Escape
wait_for "$viewer" "Unsaved changes"
key "$viewer" D
wait_for "$viewer" "Press D again"
key "$viewer" D
wait_for "$viewer" "Action plan"
key "$viewer" W
wait_for "$viewer" "$viewer"
wait_for "$viewer" "every agency"
key "$viewer" +
wait_for "$viewer" "only admins manage people"
key "$viewer" Enter
wait_for "$viewer" "only admins manage people"
key "$viewer" X
wait_for "$viewer" "only admins manage people"
key "$viewer" L
wait_for "$viewer" "Showing: every change"
key "$viewer" Escape Escape Escape
wait_for "$viewer" "OIT checklist (done/items)"
key "$viewer" P
wait_for "$viewer" "Print"
key "$viewer" Escape
# The screens added after roles refuse before they ask: renaming a unit, typing a score,
# deleting, merging, moving, a new framework year, a calendar date, a new agency.
edit_refusal="not allowed: $viewer is viewer here; only officers and admins"
admin_refusal="not allowed: $viewer is viewer here; only admins manage"
key "$viewer" b
wait_for "$viewer" "Responsible units of"
wait_for "$viewer" "กองช่าง"
for k in Enter DC = +; do refused_now "$viewer" "$edit_refusal" "$k"; done
key "$viewer" E
wait_for "$viewer" "Published scores of"
for k in Enter DC +; do refused_now "$viewer" "$edit_refusal" "$k"; done
key "$viewer" A
wait_for "$viewer" "Analysis results"
for k in DC J +; do refused_now "$viewer" "$edit_refusal" "$k"; done
key "$viewer" F
wait_for "$viewer" "Framework administration"
refused_now "$viewer" "$admin_refusal" +
key "$viewer" Z
wait_for "$viewer" "ITA calendar of"
for k in Enter DC; do refused_now "$viewer" "$admin_refusal" "$k"; done
key "$viewer" a
wait_for "$viewer" "Agency and year"
for k in + DC; do refused_now "$viewer" "$admin_refusal" "$k"; done
key "$viewer" Q
sleep 0.2
sqlite3 "$db" .dump >"$WORK/after.sql"
cmp -s "$WORK/before.sql" "$WORK/after.sql" && ok || {
    OUT=$(diff "$WORK/before.sql" "$WORK/after.sql" | head -20)
    CMD="dump"
    fail "the viewer's session changed the database"
}

# --- the reviewer sends O1 back from the checklist ---
start "$reviewer"
wait_for "$reviewer" "OIT checklist (done/items)"
key "$reviewer" o
wait_for "$reviewer" "Done 27 of 35"
text "$reviewer" "1"
key "$reviewer" Enter
key "$reviewer" B
wait_for "$reviewer" "What to fix:"
key "$reviewer" Enter
wait_for "$reviewer" "Say what to fix"
text "$reviewer" "ลิงก์เปิดไม่ได้"
key "$reviewer" Enter
wait_for "$reviewer" "O1: returned (saved)"
wait_for "$reviewer" "1 sent back"
key "$reviewer" Space
wait_for "$reviewer" "only officers and admins"
key "$reviewer" Q

# --- the officer: counted on the dashboard, listed by the filter, cleared by a change ---
start "$officer"
wait_for "$officer" "Sent back by a reviewer: 1 OIT item"
# A new agency or framework year is an admin's: said before any form opens.
key "$officer" F
wait_for "$officer" "Framework administration"
refused_now "$officer" "only an admin of every agency may do this" +
key "$officer" a
wait_for "$officer" "Agency and year"
refused_now "$officer" "only an admin of every agency may do this" +
key "$officer" Escape
wait_for "$officer" "Read only: only an admin may change the framework"
key "$officer" d
wait_for "$officer" "Sent back by a reviewer: 1 OIT item"
key "$officer" o
wait_for "$officer" "1 sent back"
key "$officer" f
wait_for "$officer" "Items sent back by a reviewer"
key "$officer" Down Down Down Down Down Enter
wait_for "$officer" "Showing: items sent back by a reviewer"
wait_for "$officer" "O1 "
lacks "$officer" "O2 "
key "$officer" n
wait_for "$officer" "Note on O1"
text "$officer" "แก้ลิงก์แล้ว"
key "$officer" F2
wait_for "$officer" "O1 saved."
wait_for "$officer" "No item matches the filter"
key "$officer" Escape
wait_for "$officer" "OIT checklist (done/items)"
lacks "$officer" "Sent back by a reviewer"
key "$officer" Q
"$ITADESK" --db "$db" check >/dev/null && ok || fail "check after the sessions"
finish
