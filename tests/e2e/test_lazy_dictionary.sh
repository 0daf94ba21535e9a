#!/bin/bash
# libthai's word-break dictionary is read only by a process that wraps text, and once:
# CSV and HTML reports and a session that shows no wrapped text never open it; a text
# report (which wraps) opens it exactly once; so does a session (tmux) that shows wrapped
# text, and one that shows none never does. Seen with strace (openat of thbrk.tri).
set -u
. "$(dirname "$0")/lib.sh"
export ASAN_OPTIONS=detect_leaks=0 # LeakSanitizer cannot run under ptrace (the ASan build)
command -v strace >/dev/null || { echo "FAIL: strace is needed (scripts/setup-debian.sh)"; exit 1; }

db="$WORK/lazy.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }

# opens ARGS...: sets n to how many times the command opened the dictionary file.
opens() {
    CMD="strace -f -e trace=openat,open itadesk $*"
    strace -f -qq -e trace=openat,open -o "$WORK/trace" "$ITADESK" --db "$db" "$@" \
        >"$WORK/out" 2>"$WORK/stderr"
    STATUS=$?
    ERR=$(cat "$WORK/stderr")
    n=$(grep -c 'thbrk\.tri' "$WORK/trace")
}

for fmt in csv html; do
    opens report oit --agency 1 --year 2567 --format "$fmt"
    [ "$STATUS" -eq 0 ] && [ "$n" -eq 0 ] && ok || fail "report oit --format $fmt opened the dictionary $n times"
done
opens report summary --province สกลนคร --year 2567 --format csv
[ "$STATUS" -eq 0 ] && [ "$n" -eq 0 ] && ok || fail "a province CSV opened the dictionary $n times"
opens report analysis --agency 1 --year 2567 --format text
[ "$STATUS" -eq 0 ] && [ "$n" -eq 1 ] && ok || fail "a text report opened the dictionary $n times, not once"
opens report oit --province สกลนคร --year 2567 --format text
[ "$STATUS" -eq 0 ] && [ "$n" -eq 1 ] && ok || fail "a province text report opened the dictionary $n times, not once"

# Screens: the dashboard wraps nothing; the OIT checklist's side pane (from 110 columns)
# wraps the required components.
. "$(dirname "$0")/tmux_lib.sh"
session() { # session NAME COLS KEYS...: runs itadesk under strace in tmux, types, quits
    local name=$1 cols=$2
    shift 2
    TM kill-session -t itadesk 2>/dev/null
    TM new-session -d -s itadesk -x "$cols" -y 24 \
        "env LC_ALL=C.UTF-8 LANGUAGE=th HOME='$HOME' XDG_STATE_HOME='$WORK/state' \
         strace -f -qq -e trace=openat,open -o '$WORK/$name.trace' \
         $ITADESK --db '$db' --agency 3 --year 2567; echo \$? >'$WORK/$name.exit'"
    TM set-option -t itadesk remain-on-exit on >/dev/null
    wait_for "เทศบาลตำบลพอกน้อย"
    local k
    for k in "$@"; do
        type_text "$k"
        [ "$k" = o ] && wait_for "รายการตรวจ OIT"
    done
    type_text "Q"
    wait_file "$WORK/$name.exit" 10 || fail "$name: itadesk did not quit"
    n=$(grep -c 'thbrk\.tri' "$WORK/$name.trace")
}
session dashboard 80
[ "$n" -eq 0 ] && ok || fail "a session on the dashboard opened the dictionary $n times"
session checklist 120 o
[ "$n" -eq 1 ] && ok || fail "a session showing the checklist's pane opened it $n times, not once"
finish
