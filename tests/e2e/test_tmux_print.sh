#!/bin/bash
# Printing from the screens, in tmux: on the dashboard the print action opens the dialog,
# Enter shows the preview, Enter writes ~/itadesk-1-2567-summary.txt, which must equal
# `itadesk report summary` byte for byte. Printing again asks before replacing the file.
# Then the indicators screen to the printer: a fake lp on PATH receives the job (a PDF), with
# the printer named by print.printer in the config file. Then the action plan's P writes the
# progress report as a PDF. Polls the screen (no fixed sleeps).
set -u
. "$(dirname "$0")/lib.sh"

if ! command -v tmux >/dev/null; then
    echo "SKIP: tmux is not installed"
    exit 0
fi
SOCK="itadesk-print-$$"
TM() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'TM kill-server 2>/dev/null; rm -rf "$WORK"' EXIT

db="$WORK/print.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
mkdir -p "$WORK/bin" "$XDG_CONFIG_HOME/itadesk"
cat >"$WORK/bin/lp" <<EOF
#!/bin/sh
printf '%s\n' "\$@" >"$WORK/lp.args"
cat >"$WORK/lp.job"
EOF
chmod +x "$WORK/bin/lp"
echo "print.printer = office-laser" >"$XDG_CONFIG_HOME/itadesk/config"

screen() { TM capture-pane -p -t itadesk 2>/dev/null; }
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
wait_file() {
    local deadline=$((SECONDS + ${2:-10}))
    while [ "$SECONDS" -lt "$deadline" ]; do
        [ -s "$1" ] && return 0
        sleep 0.1
    done
    return 1
}

XDG_STATE_HOME_UI="$WORK/state"
TM new-session -d -s itadesk -x 100 -y 30 \
    "env LC_ALL=C.UTF-8 LANGUAGE=en HOME='$HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' \
     XDG_STATE_HOME='$WORK/state' PATH='$WORK/bin:$PATH' $ITADESK --db '$db' --agency 1 --year 2567 \
     --screen dashboard 2>'$WORK/ui.err'; echo \$? >'$WORK/ui.exit'"
TM set-option -t itadesk remain-on-exit on >/dev/null

# 1. Dashboard -> file.
wait_for "Tool means"
TM send-keys -t itadesk P
wait_for "Print: Summary"
# The default folder is ~/itadesk-reports (made on first use), never the bare home folder.
wait_for "~/itadesk-reports/itadesk-1-2567-summary.txt"
TM send-keys -t itadesk Enter
wait_for "Preview: to ~/itadesk-reports/itadesk-1-2567-summary.txt"
wait_for "ITA summary, fiscal year 2567"
TM send-keys -t itadesk Enter
wait_for "Written to $HOME/itadesk-reports/itadesk-1-2567-summary.txt"
file="$HOME/itadesk-reports/itadesk-1-2567-summary.txt"
[ -z "$(find "$HOME" -maxdepth 1 -type f)" ] && ok || fail "a file was written into the home folder"
CMD="compare with itadesk report summary"
LANGUAGE=en "$ITADESK" --db "$db" report summary --agency 1 --year 2567 >"$WORK/cli.txt"
if cmp -s "$file" "$WORK/cli.txt"; then ok; else
    OUT=$(diff -u "$WORK/cli.txt" "$file" | head -30)
    fail "the printed dashboard differs from the command-line report"
fi

# 2. Again: the file exists, so Enter asks first; Esc keeps it.
echo keep >"$file"
TM send-keys -t itadesk P
wait_for "Print: Summary"
TM send-keys -t itadesk Enter
wait_for "Preview: to"
TM send-keys -t itadesk Enter
wait_for "press Enter again to replace it"
[ "$(cat "$file")" = keep ] && ok || fail "the file was replaced without asking"
TM send-keys -t itadesk Enter
wait_for "Written to"
cmp -s "$file" "$WORK/cli.txt" && ok || fail "the second Enter did not replace the file"

# 3. Indicators -> the printer of print.printer, through lp.
TM send-keys -t itadesk i
wait_for "Corruption prevention"
TM send-keys -t itadesk P
wait_for "Print: Indicators"
TM send-keys -t itadesk Down Down Down Right
wait_for "printer: office-laser"
TM send-keys -t itadesk Enter
wait_for "Preview: to the printer office-laser"
TM send-keys -t itadesk Enter
wait_for "Sent to the printer."
wait_file "$WORK/lp.job" && ok || fail "lp got no job"
grep -qx -- "office-laser" "$WORK/lp.args" && ok || fail "lp was not given -d office-laser"
[ "$(head -c 5 "$WORK/lp.job")" = "%PDF-" ] && ok || fail "lp did not get a PDF"
if command -v pdftotext >/dev/null; then
    pdftotext "$WORK/lp.job" - | grep -q "ITA indicators, fiscal year 2567" && ok ||
        fail "the job is not the indicators report"
fi

# 4. The dialog remembers the last choices (the printer, CSV) for the next time.
TM send-keys -t itadesk P
wait_for "Print: Indicators"
wait_for "printer: office-laser"
TM send-keys -t itadesk Down Down Down Right # destination: back to a file
wait_for "< file >"
TM send-keys -t itadesk Up Up Up Right Right # format: text -> HTML -> CSV
wait_for "< table (CSV) >"
TM send-keys -t itadesk Enter
wait_for "Preview: to ~/itadesk-reports/itadesk-1-2567-indicators.csv"
TM send-keys -t itadesk Enter
wait_for "Written to"
grep -qx "format = csv" "$XDG_STATE_HOME_UI/itadesk/print" && ok || fail "the format was not remembered"
TM send-keys -t itadesk P
wait_for "< table (CSV) >"
wait_for "~/itadesk-reports/itadesk-1-2567-indicators.csv"
TM send-keys -t itadesk Escape

# 5. The action plan prints its documents: the measures' progress report, as a PDF.
TM send-keys -t itadesk p
wait_for "Measures"
TM send-keys -t itadesk P
wait_for "Print: Progress of the measures"
wait_for "~/itadesk-reports/itadesk-1-2568-progress.pdf"
TM send-keys -t itadesk Enter
wait_for "Preview: to ~/itadesk-reports/itadesk-1-2568-progress.pdf (pdf)"
TM send-keys -t itadesk Enter
wait_for "Written to $HOME/itadesk-reports/itadesk-1-2568-progress.pdf"
pdf="$HOME/itadesk-reports/itadesk-1-2568-progress.pdf"
CMD="pdfinfo $pdf"
if command -v pdfinfo >/dev/null; then
    pdfinfo "$pdf" 2>/dev/null | grep -q "A4" && ok || fail "the plan's progress report is not an A4 PDF"
    pdftotext "$pdf" - | grep -q "๙๐.๔๙" && ok || fail "the PDF lacks the total in Thai digits"
fi

TM send-keys -t itadesk F10
wait_file "$WORK/ui.exit" || fail "itadesk did not quit"
[ "$(cat "$WORK/ui.exit" 2>/dev/null)" = 0 ] && ok || { ERR=$(cat "$WORK/ui.err"); fail "exit status $(cat "$WORK/ui.exit" 2>/dev/null)"; }

finish
