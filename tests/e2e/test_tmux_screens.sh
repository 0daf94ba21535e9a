#!/bin/bash
# Smoke test of the real binary in tmux: open the demo database, go to an indicator's
# detail, resize to 40x12 and 10x4 and back, quit; then stop a session with SIGTERM and
# check that the terminal and the database were left clean. Polls the screen with a
# timeout (never a fixed sleep) and prints the screen on failure. Uses a private tmux
# server (-L) with no configuration (-f /dev/null), never the user's.
set -u
. "$(dirname "$0")/lib.sh"

if ! command -v tmux >/dev/null; then
    echo "SKIP: tmux is not installed"
    exit 0
fi
SOCK="itadesk-test-$$"
TM() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'TM kill-server 2>/dev/null; rm -rf "$WORK"' EXIT

db="$WORK/tmux.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }

screen() { TM capture-pane -p -t itadesk 2>/dev/null; }

# wait_for TEXT [SECONDS]: polls the pane until it shows TEXT.
wait_for() {
    local deadline=$((SECONDS + ${2:-10}))
    while [ "$SECONDS" -lt "$deadline" ]; do
        if screen | grep -qF -- "$1"; then
            ok
            return 0
        fi
        sleep 0.1
    done
    OUT=$(screen)
    CMD="wait_for '$1'"
    fail "the screen never showed: $1"
    return 1
}

# wait_file PATH [SECONDS]
wait_file() {
    local deadline=$((SECONDS + ${2:-10}))
    while [ "$SECONDS" -lt "$deadline" ]; do
        [ -s "$1" ] && return 0
        sleep 0.1
    done
    return 1
}

# A session that outlives the itadesk ones: the server never stops between two of them
# (a new-session racing a server still shutting down leaves an empty pane).
TM new-session -d -s keep -x 20 -y 5 "sleep 100000"

start() { # start NAME ARGS...: runs itadesk in a fresh 80x24 session
    local name=$1
    shift
    rm -f "$WORK/$name.exit"
    TM kill-session -t itadesk 2>/dev/null
    TM new-session -d -s itadesk -x 80 -y 24 \
        "env LC_ALL=C.UTF-8 LANGUAGE=en HOME='$HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' \
         XDG_STATE_HOME='$WORK/state' $ITADESK --db '$db' $* 2>'$WORK/$name.err';
         echo \$? >'$WORK/$name.exit'"
    TM set-option -t itadesk remain-on-exit on >/dev/null
}

# 1. Navigate, resize, quit.
start nav --agency 1 --year 2567 --screen dashboard
wait_for "Tool means"
TM send-keys -t itadesk i
wait_for "Corruption prevention"
TM send-keys -t itadesk End Enter
wait_for "O26"
TM resize-window -t itadesk -x 40 -y 12
wait_for "Indicator detail"
TM resize-window -t itadesk -x 10 -y 4
wait_for "Too small"
TM resize-window -t itadesk -x 80 -y 24
wait_for "O26"
wait_for "Corruption prevention"
TM send-keys -t itadesk q q q q # detail, indicators, dashboard, main menu
if wait_file "$WORK/nav.exit"; then
    [ "$(cat "$WORK/nav.exit")" = 0 ] && ok || fail "exit status $(cat "$WORK/nav.exit"), expected 0"
else
    OUT=$(screen)
    fail "itadesk did not quit after q q q q"
fi

# 2. The remembered choice: the picker opens on agency 1 and its year.
start picker
wait_for "3 agencies"
TM send-keys -t itadesk Enter
wait_for "Fiscal year"
TM send-keys -t itadesk Enter
wait_for "Main menu"
TM send-keys -t itadesk F10
wait_file "$WORK/picker.exit" || fail "F10 did not quit"

# 3. SIGTERM: the terminal is restored (alternate screen left) and the database is intact.
start signal --agency 1 --year 2567 --screen indicators
wait_for "Corruption prevention"
pane_pid=$(TM display -p -t itadesk '#{pane_pid}')
app_pid=$(pgrep -P "$pane_pid" -f itadesk | head -1)
[ -n "$app_pid" ] && kill -TERM "$app_pid"
if wait_file "$WORK/signal.exit"; then
    [ "$(cat "$WORK/signal.exit")" = 1 ] && ok || fail "exit status after SIGTERM: $(cat "$WORK/signal.exit")"
    ERR=$(cat "$WORK/signal.err")
    expect_err "closed cleanly"
    [ "$(TM display -p -t itadesk '#{alternate_on}')" = 0 ] && ok ||
        fail "the terminal was left in the alternate screen"
else
    OUT=$(screen)
    fail "itadesk did not stop on SIGTERM"
fi
run "$ITADESK" --db "$db" check
expect_status 0

finish
