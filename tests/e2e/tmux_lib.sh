# Helpers for the tmux tests of the action plan screens (sourced after lib.sh): a private
# tmux server (-L, no configuration), polling the pane with a timeout, printing the screen
# on failure. Not a test itself (no test_ prefix).
if ! command -v tmux >/dev/null; then
    echo "SKIP: tmux is not installed"
    exit 0
fi
SOCK="itadesk-test-$$"
TM() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'TM kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
# A session that lives as long as the test: killing the itadesk session then never stops the
# server, so the next new-session cannot race a server that is still shutting down (seen on
# a loaded machine as an empty pane and "no server running").
TM new-session -d -s keep -x 20 -y 5 "sleep 100000"

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

# start NAME ARGS...: runs itadesk on $db in a fresh session of TM_COLS x TM_ROWS (default
# 120x40; English screens, a fixed today for the due labels).
start() {
    local name=$1
    shift
    rm -f "$WORK/$name.exit"
    TM kill-session -t itadesk 2>/dev/null
    # Killing the last session stops the server; a new session started while it is still
    # going away fails ("server exited unexpectedly"): try again.
    local try
    for try in 1 2 3 4 5; do
        TM new-session -d -s itadesk -x "${TM_COLS:-120}" -y "${TM_ROWS:-40}" \
            "env LC_ALL=C.UTF-8 LANGUAGE=en ITADESK_TODAY=2025-05-01 HOME='$HOME' \
             XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$WORK/state' \
             $ITADESK --db '$db' $* 2>'$WORK/$name.err'; echo \$? >'$WORK/$name.exit'" \
            2>/dev/null && break
        sleep 0.2
    done
    TM set-option -t itadesk remain-on-exit on >/dev/null
}

# The pid of the itadesk running in the session.
app_pid() {
    local pane_pid
    pane_pid=$(TM display -p -t itadesk '#{pane_pid}')
    pgrep -P "$pane_pid" -f itadesk | head -1
}

# type TEXT: literal UTF-8, one code point after another as a keyboard sends them.
type_text() { TM send-keys -t itadesk -l -- "$1"; }
# raw BYTES: bytes exactly as a terminal sends them for one key (printf escapes: '\e[11~').
raw() { TM send-keys -t itadesk -l -- "$(printf "$1")"; }
keys() { TM send-keys -t itadesk "$@"; }

# pk KEY...: keys as PuTTY sends them with its default settings (application cursor keys
# once the program asks for them, ESC [ n ~ function keys); a word that is no key name is
# typed as it is.
pk() {
    local key
    for key in "$@"; do
        case $key in
        Enter) raw '\r' ;;
        Tab) raw '\t' ;;
        Escape) raw '\e' ;;
        Up) raw '\eOA' ;;
        Down) raw '\eOB' ;;
        Right) raw '\eOC' ;;
        Left) raw '\eOD' ;;
        Home) raw '\e[1~' ;;
        End) raw '\e[4~' ;;
        DC) raw '\e[3~' ;;
        F2) raw '\e[12~' ;;
        F10) raw '\e[21~' ;;
        *) type_text "$key" ;;
        esac
    done
}
