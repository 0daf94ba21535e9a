#!/bin/bash
# Stored text that tries to drive the terminal (OSC 52 clipboard write, OSC 0 title, CSI 2J,
# C1 CSI as U+009B and as a bare 0x9B byte, BEL, the bidi override U+202E) never reaches
# standard output or error unchanged, whatever command prints it: lists in text and CSV,
# measure show, scores, reports in every format (PDF and Word files too), messages, and
# every command added since (finding, audit, user, unit, framework, oit map/carry, remind,
# whatif, calendar). (Issue 11, item 3.)
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
UPDATE app_user SET display_name = $P;
UPDATE oit_item SET title_th = title_th || $P, group_title = group_title || $P,
    components_th = $P;
UPDATE indicator SET name_th = name_th || $P;
UPDATE question SET text_th = text_th || $P;
UPDATE framework SET note = $P;
" || { echo "FAIL: storing the payload"; exit 1; }
# The same bytes typed on the command line land in the audit trail, a reviewer's comment
# and the stored OIT mapping.
B=$(printf '\033]52;c;aGFjaw==\007\033]0;pwn\007\033[2J\302\23331m\233\342\200\256')
"$ITADESK" --db "$db" oit set --agency 1 --year 2567 O2 --note "n$B" >/dev/null &&
    "$ITADESK" --db "$db" oit set --agency 1 --year 2567 O2 --state done >/dev/null &&
    "$ITADESK" --db "$db" oit return --agency 1 --year 2567 O2 --comment "c$B" >/dev/null &&
    "$ITADESK" --db "$db" oit map set O9=O9 --from 2567 --to 2568 >/dev/null &&
    sqlite3 "$db" "UPDATE oit_map SET updated_by = $P" ||
    { echo "FAIL: storing the payload through the command line"; exit 1; }

# inert FILE [FF]: FILE is valid UTF-8 without an escape sequence, C0/C1 control or bidi
# override (FF = 1: a form feed between pages is allowed).
inert() {
    FF=${2:-0} perl -0777 -MEncode -ne 'my $s = eval { decode("UTF-8", $_, Encode::FB_CROAK) };
        exit 1 unless defined $s;
        $s =~ s/\f//g if $ENV{FF};
        exit 1 if $s =~ /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\x{202a}-\x{202e}\x{2066}-\x{2069}]/;' "$1"
}

# clean [-s STATUS] ARGS...: runs itadesk and checks that neither output holds a raw escape
# byte (and that it exited with STATUS, 0 unless given, and printed something).
clean() {
    local want=0
    [ "$1" = -s ] && { want=$2; shift 2; }
    CMD="itadesk $*"
    "$ITADESK" --db "$db" "$@" >"$WORK/out" 2>"$WORK/err"
    STATUS=$?
    OUT=$(head -c 2000 "$WORK/out" | od -c | head -20)
    ERR=$(head -c 500 "$WORK/err")
    [ "$STATUS" -eq "$want" ] || { fail "exit status $STATUS"; return; }
    [ -s "$WORK/out" ] || [ -s "$WORK/err" ] || { fail "printed nothing"; return; }
    local f
    for f in "$WORK/out" "$WORK/err"; do
        if ! inert "$f" 1; then
            fail "$(basename "$f"): invalid UTF-8, an escape sequence, C0/C1 control or bidi override got through"
            return
        fi
    done
    ok
}

# document KIND FORMAT: a PDF or Word file of the report is written and its text is clean.
document() {
    local file="$WORK/doc.$2" about=
    [ "$1" = memo ] && about="--about analysis"
    rm -f "$file"
    run "$ITADESK" --db "$db" report "$1" --agency 1 --year 2567 $about --format "$2" -o "$file"
    expect_status 0
    [ -s "$file" ] || return
    if [ "$2" = pdf ]; then
        pdftotext "$file" "$WORK/doc.txt"
        pdfinfo "$file" >>"$WORK/doc.txt" # the title a viewer shows
    else
        unzip -p "$file" word/document.xml docProps/core.xml >"$WORK/doc.txt"
        xmllint --noout "$WORK/doc.txt" 2>/dev/null ||
            unzip -p "$file" word/document.xml | xmllint --noout - || fail "report $1 docx: not XML"
    fi
    inert "$WORK/doc.txt" 1 && ok || fail "report $1 $2: an escape sequence or control got into the file"
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
clean report memo --agency 1 --year 2567 --about analysis --format text
clean report summary --agency 1 --agency 2 --year 2567 --format text
clean report oit --agency 1 --agency 2 --year 2567 --format csv

# The commands added since: each prints stored text through the sanitiser too.
clean agency show 1
clean unit list --agency 1
clean user list
for fmt in text csv; do
    clean finding list --agency 1 --year 2567 --format "$fmt"
    clean audit --format "$fmt"
    clean audit --agency 1 --format "$fmt"
done
clean finding propose --agency 1 --year 2567
clean constraint list --agency 1 --year 2567
clean oit map list --from 2567 --to 2568
clean oit carry --agency 1 --from 2567 --to 2568
clean framework list
clean framework show 2567
clean framework export 2567
clean calendar show 2568
# A monitoring round of the hostile measure overdue on 10 May 2025, inside the OIT window.
"$ITADESK" --db "$db" measure set "$measure" --rounds "6;12" >/dev/null || fail "measure set --rounds"
ITADESK_TODAY=2025-05-10 clean -s 3 remind
ITADESK_TODAY=2025-05-10 clean -s 3 remind --agency 1 --days 366
clean whatif --agency 1 --year 2567
clean whatif --agency 1 --year 2567 --set O1=100
clean -s 2 "$(printf 'x\033]0;pwn\007')"
# A catalog file is for import: what import would refuse is cleaned, the rest kept exactly.
run "$ITADESK" --db "$db" framework export 2567 -o "$WORK/fw.csv"
expect_status 0
inert "$WORK/fw.csv" && ok || fail "framework export -o: an escape sequence got into the file"
grep -q "^band,1,ผ่าน,pass,,,,,,,,,,85,,1,1,,,,,"$'\r'"\$" "$WORK/fw.csv" && ok ||
    fail "framework export -o: a row without hostile text was not written exactly"

# The documents: the text in the PDF (and its title) and in the Word file is clean, and a
# byte that is not UTF-8 in the agency's name does not stop the PDF.
if command -v pdftotext >/dev/null && command -v unzip >/dev/null && command -v xmllint >/dev/null; then
    for kind in summary oit analysis progress memo; do
        document "$kind" pdf
        document "$kind" docx
    done
fi

# A note starting with blanks then a formula is written as text for a spreadsheet.
sqlite3 "$db" "UPDATE oit_status SET note = '  =1+1' WHERE agency_id = 2 AND code = 'O1'"
run "$ITADESK" --db "$db" oit list --agency 2 --year 2566 --format csv
expect_status 0
expect_out "\"'  =1+1\""
sqlite3 "$db" "UPDATE measure SET title = ' @SUM(A1)' WHERE id = $measure"
run "$ITADESK" --db "$db" measure list --agency 1 --year 2568 --format csv
expect_out "\"' @SUM(A1)\""
finish
