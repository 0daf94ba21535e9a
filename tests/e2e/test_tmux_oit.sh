#!/bin/bash
# Two itadesk sessions on one database file, as two officers over SSH: one ticks an OIT item
# and the other sees it without a restart (the screen picks up other users' changes while it
# waits for a key); then the second unticks it and the first sees that. Both run in one
# private tmux server (-L, no configuration); the screen is polled with a timeout, never a
# fixed sleep, and printed on failure.
set -u
. "$(dirname "$0")/lib.sh"

if ! command -v tmux >/dev/null; then
    echo "SKIP: tmux is not installed"
    exit 0
fi
SOCK="itadesk-oit-$$"
TM() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'TM kill-server 2>/dev/null; rm -rf "$WORK"' EXIT

db="$WORK/shared.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }

screen() { TM capture-pane -p -t "$1" 2>/dev/null; }

# wait_for SESSION TEXT [SECONDS]: polls the pane until it shows TEXT.
wait_for() {
    local deadline=$((SECONDS + ${3:-10}))
    while [ "$SECONDS" -lt "$deadline" ]; do
        if screen "$1" | grep -qF -- "$2"; then
            ok
            return 0
        fi
        sleep 0.1
    done
    OUT=$(screen "$1")
    CMD="wait_for $1 '$2'"
    fail "session $1 never showed: $2"
    return 1
}

wait_file() {
    local deadline=$((SECONDS + ${2:-10}))
    while [ "$SECONDS" -lt "$deadline" ]; do
        [ -s "$1" ] && return 0
        sleep 0.1
    done
    return 1
}

start() { # start NAME: itadesk on the checklist of agency 1, 2567, in an 80x24 session
    TM new-session -d -s "$1" -x 80 -y 24 \
        "env LC_ALL=C.UTF-8 LANGUAGE=en HOME='$HOME' \
         XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$WORK/state-$1' \
         $ITADESK --db '$db' --agency 1 --year 2567 --screen oit 2>'$WORK/$1.err';
         echo \$? >'$WORK/$1.exit'"
    TM set-option -t "$1" remain-on-exit on >/dev/null
}

start alice
start bob
wait_for alice "Done 27 of 35"
wait_for bob "Done 27 of 35"
wait_for bob " [ ] │O12 "

# Alice jumps to O12 (typing its number) and ticks it: saved at once.
TM send-keys -t alice 1 2 Space
wait_for alice "O12: done (saved)"
wait_for alice " [x] │O12 "
# Bob, who has not pressed a key, sees it.
wait_for bob " [x] │O12 "
wait_for bob "Done 28 of 35"

# Bob unticks it from the version he picked up (no conflict), and Alice sees that.
TM send-keys -t bob 1 2 Space
wait_for bob "O12: not done (saved)"
wait_for alice " [ ] │O12 "
wait_for alice "Done 27 of 35"

# The history shows both changes.
TM send-keys -t alice h
wait_for alice "History of O12"
wait_for alice "not done -> done"
wait_for alice "done -> not done"
TM send-keys -t alice Escape

for s in alice bob; do
    TM send-keys -t "$s" F10
    if wait_file "$WORK/$s.exit"; then
        [ "$(cat "$WORK/$s.exit")" = 0 ] && ok || fail "$s: exit status $(cat "$WORK/$s.exit")"
        ERR=$(cat "$WORK/$s.err")
        [ -z "$ERR" ] && ok || fail "$s printed errors"
    else
        OUT=$(screen "$s")
        fail "$s did not quit on F10"
    fi
done

run "$ITADESK" --db "$db" oit list --agency 1 --year 2567 --state not-done
expect_status 0
expect_out "O12"
run "$ITADESK" --db "$db" check
expect_status 0
finish
