#!/bin/bash
# Stored text that tries to drive the terminal (OSC 52 clipboard write, OSC 0 title, CSI 2J,
# C1 CSI as U+009B and as a bare 0x9B byte, BEL, the bidi override U+202E) never reaches
# standard output or error unchanged, whatever command prints it: lists in text and CSV,
# measure show, scores, reports in every format, and messages. (Issue 11, item 3.)
set -u
. "$(dirname "$0")/lib.sh"

db="$WORK/hostile.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }

# The payload as SQL: stored by another program (or an older itadesk), not typed here.
P="CAST(X'1b5d35323b633b6147466a61773d3d07' || X'1b5d303b70776e07' || X'1b5b324a'"
P="$P || X'c29b33316d' || X'9b' || X'e280ae' AS TEXT)"
sqlite3 "$db" "
UPDATE agency SET name = name || $P, kind = $P, district = $P, province = $P;
UPDATE unit SET name = name || $P;
UPDATE oit_status SET note = $P || ' =1+1', evidence_url = 'https://x.go.th/' || $P,
    updated_by = $P;
UPDATE measure SET title = title || $P, approach = $P, steps = $P, responsible = $P,
    result = $P, outcome = $P, issue_label = $P, period_text = $P, updated_by = $P;
UPDATE progress SET text = $P, reported_by = $P;
UPDATE finding SET issue_title = $P, weakness = $P, to_develop = $P, keep_level = $P;
UPDATE constraint_note SET text = $P;
" || { echo "FAIL: storing the payload"; exit 1; }

# clean ARGS...: runs itadesk and checks that neither output holds a raw escape byte.
clean() {
    CMD="itadesk $*"
    "$ITADESK" --db "$db" "$@" >"$WORK/out" 2>"$WORK/err"
    STATUS=$?
    OUT=$(head -c 2000 "$WORK/out" | od -c | head -20)
    ERR=$(head -c 500 "$WORK/err")
    [ "$STATUS" -eq 0 ] || { fail "exit status $STATUS"; return; }
    [ -s "$WORK/out" ] || { fail "printed nothing"; return; }
    local f
    for f in "$WORK/out" "$WORK/err"; do
        if ! perl -0777 -MEncode -ne 'my $s = eval { decode("UTF-8", $_, Encode::FB_CROAK) };
            exit 1 unless defined $s;
            exit 1 if $s =~ /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\x{202a}-\x{202e}\x{2066}-\x{2069}]/;' "$f"; then
            fail "$(basename "$f"): invalid UTF-8, an escape sequence, C0/C1 control or bidi override got through"
            return
        fi
    done
    ok
}

measure=$(sqlite3 "$db" "SELECT id FROM measure WHERE agency_id = 1 ORDER BY id LIMIT 1")
clean agency list
clean score --agency 1 --year 2567
for fmt in text csv; do
    clean oit list --agency 1 --year 2567 --format "$fmt"
    clean oit list --agency 2 --year 2566 --format "$fmt"
    clean measure list --agency 1 --year 2568 --format "$fmt"
done
clean measure show "$measure"
clean check
for kind in summary indicators oit analysis progress; do
    for fmt in text csv html; do
        clean report "$kind" --agency 1 --year 2567 --format "$fmt"
    done
done
clean report progress --agency 1 --year 2568 --format csv

# A note starting with blanks then a formula is written as text for a spreadsheet.
sqlite3 "$db" "UPDATE oit_status SET note = '  =1+1' WHERE agency_id = 2 AND code = 'O1'"
run "$ITADESK" --db "$db" oit list --agency 2 --year 2566 --format csv
expect_status 0
expect_out "\"'  =1+1\""
sqlite3 "$db" "UPDATE measure SET title = ' @SUM(A1)' WHERE id = $measure"
run "$ITADESK" --db "$db" measure list --agency 1 --year 2568 --format csv
expect_out "\"' @SUM(A1)\""
finish
