#!/bin/bash
# itadesk report: every report in every format on the demo data compared with
# tests/golden/reports/ (regenerate with ITADESK_UPDATE_GOLDEN=1, then read the diff), in
# Thai as agencies print them; then the options: Thai digits, CP874 (and the position of a
# character it lacks), the BOM, -o without and with --force, --printer through a fake lp,
# and usage errors.
set -u
. "$(dirname "$0")/lib.sh"

GOLDEN="$ITADESK_SOURCE_DIR/tests/golden/reports"
db="$WORK/report.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }

# golden NAME ARGS...: the report's bytes (stdout) against GOLDEN/NAME.
golden() {
    local name=$1
    shift
    CMD="itadesk report $*"
    LANGUAGE=th "$ITADESK" --db "$db" report "$@" >"$WORK/$name" 2>"$WORK/stderr"
    STATUS=$?
    ERR=$(cat "$WORK/stderr")
    OUT=""
    [ "$STATUS" -eq 0 ] || { fail "exit status $STATUS"; return; }
    if [ -n "${ITADESK_UPDATE_GOLDEN:-}" ]; then
        mkdir -p "$GOLDEN"
        cp "$WORK/$name" "$GOLDEN/$name"
        ok
    elif cmp -s "$WORK/$name" "$GOLDEN/$name"; then
        ok
    else
        OUT=$(diff -u "$GOLDEN/$name" "$WORK/$name" | head -40)
        fail "$name differs from its golden file"
    fi
}

for fmt in text html csv; do
    ext=$fmt
    [ "$fmt" = text ] && ext=txt
    golden "summary-1-2567.$ext" summary --agency 1 --year 2567 --format "$fmt"
    golden "indicators-1-2567.$ext" indicators --agency 1 --year 2567 --format "$fmt"
    golden "oit-2-2566.$ext" oit --agency 2 --year 2566 --format "$fmt"
    golden "analysis-1-2567.$ext" analysis --agency 1 --year 2567 --format "$fmt"
    golden "progress-2-2566.$ext" progress --agency 2 --year 2566 --format "$fmt"
    golden "progress-3-2563.$ext" progress --agency 3 --year 2563 --format "$fmt"
done
golden "analysis-3-2562.txt" analysis --agency 3 --year 2562
golden "analysis-1-2567-arabic-digits.txt" analysis --agency 1 --year 2567 --arabic-digits
golden "progress-1-2568.txt" progress --agency 1 --year 2568
ITADESK_TODAY=2025-01-15 golden "memo-1-2567.txt" memo --agency 1 --year 2567
ITADESK_TODAY=2025-01-15 golden "memo-2-2566-progress.txt" memo --agency 2 --year 2566 --about progress
golden "oit-1-2567-thai-digits.html" oit --agency 1 --year 2567 --format html --thai-digits
golden "oit-2-2566-cp874.txt" oit --agency 2 --year 2566 --encoding cp874
golden "oit-2-2566-bom.csv" oit --agency 2 --year 2566 --format csv --bom
golden "oit-2-2566-cp874.csv" oit --agency 2 --year 2566 --format csv --encoding cp874

# The same report in English labels: the summary as an English dashboard shows it.
CMD="report summary (English)"
OUT=$(LANGUAGE=en "$ITADESK" --db "$db" report summary --agency 1 --year 2567)
expect_out "Tool means"
expect_out "90.49"

# Thai digits reach numbers and dates, not typed codes' letters.
run env LANGUAGE=th "$ITADESK" --db "$db" report indicators --agency 1 --year 2567 --thai-digits
expect_status 0
expect_out "๙๐.๔๙"

# CP874: the checkboxes become [x] / [ ]; a character CP874 lacks is an error with its place.
run "$ITADESK" --db "$db" report oit --agency 2 --year 2566 --encoding cp874
expect_status 0
expect_out "[x]"
"$ITADESK" --db "$db" oit set --agency 2 --year 2566 O1 --note "ดี 😀" >/dev/null
run "$ITADESK" --db "$db" report oit --agency 2 --year 2566 --encoding cp874
expect_status 1
expect_err "U+1F600"
expect_err "column"
run "$ITADESK" --db "$db" report oit --agency 2 --year 2566 --encoding cp874 -o "$WORK/bad.txt"
expect_status 1
[ ! -e "$WORK/bad.txt" ] && ok || fail "a failed conversion left a file"
run "$ITADESK" --db "$db" report oit --agency 2 --year 2566
expect_status 0
expect_out "😀"

# -o: written once, refused the second time, replaced with --force; no temporary left.
out="$WORK/out/summary.html"
mkdir -p "$WORK/out"
run "$ITADESK" --db "$db" report summary --agency 1 --year 2567 --format html -o "$out"
expect_status 0
[ -s "$out" ] && ok || fail "-o wrote nothing"
echo keep >"$WORK/out/keep.txt"
run "$ITADESK" --db "$db" report summary --agency 1 --year 2567 -o "$WORK/out/keep.txt"
expect_status 1
expect_err "exists"
[ "$(cat "$WORK/out/keep.txt")" = keep ] && ok || fail "an existing file was overwritten"
run "$ITADESK" --db "$db" report summary --agency 1 --year 2567 -o "$WORK/out/keep.txt" --force
expect_status 0
grep -q "90.49" "$WORK/out/keep.txt" && ok || fail "--force did not replace the file"
[ "$(ls "$WORK/out" | wc -l)" -eq 2 ] && ok || fail "temporary files left: $(ls "$WORK/out")"

# --printer: lp is run without a shell and gets the report on its standard input.
mkdir -p "$WORK/bin"
cat >"$WORK/bin/lp" <<EOF
#!/bin/sh
printf '%s\n' "\$@" >"$WORK/lp.args"
cat >"$WORK/lp.job"
echo "request id is fake-1 (1 file(s))"
EOF
chmod +x "$WORK/bin/lp"
run env PATH="$WORK/bin:$PATH" "$ITADESK" --db "$db" report summary --agency 1 --year 2567 \
    --printer 'office; rm -rf /'
expect_status 0
grep -qx -- "office; rm -rf /" "$WORK/lp.args" && ok || fail "lp did not get the printer name as one argument"
# Without --format the printer gets the PDF, laid out as it will be printed.
[ "$(head -c 5 "$WORK/lp.job")" = "%PDF-" ] && ok || fail "lp did not get a PDF"
if command -v pdftotext >/dev/null; then
    pdftotext "$WORK/lp.job" - | grep -q "90.49" && ok || fail "lp did not get the report"
fi
run env PATH="$WORK/bin:$PATH" "$ITADESK" --db "$db" report summary --agency 1 --year 2567 \
    --printer - --format text
expect_status 0
grep -q "90.49" "$WORK/lp.job" && ok || fail "lp did not get the text report"
printf '#!/bin/sh\necho "lp: The printer or class does not exist." >&2\nexit 1\n' >"$WORK/bin/lp"
run env PATH="$WORK/bin:$PATH" "$ITADESK" --db "$db" report summary --agency 1 --year 2567 \
    --printer nosuch
expect_status 1
expect_err "does not exist"

# Usage errors.
run "$ITADESK" --db "$db" report
expect_status 2
run "$ITADESK" --db "$db" report balance --agency 1 --year 2567
expect_status 2
expect_err "unknown report"
run "$ITADESK" --db "$db" report summary --agency 1 --year 2567 --format rtf
expect_status 2
run "$ITADESK" --db "$db" report summary --agency 1 --year 2567 --format html --encoding cp874
expect_status 2
run "$ITADESK" --db "$db" report summary --agency 1 --year 2567 --bom
expect_status 2
run "$ITADESK" --db "$db" report summary --agency 1 --year 2567 --force
expect_status 2
run "$ITADESK" --db "$db" report analysis --agency 1 --year 2567 --format pdf --encoding cp874
expect_status 2
run "$ITADESK" --db "$db" report analysis --agency 1 --year 2567 --about progress
expect_status 2
expect_err "memo"
run "$ITADESK" --db "$db" report memo --agency 1 --year 2567 --about summary
expect_status 2
run "$ITADESK" --db "$db" report analysis --agency 1 --year 2567 --thai-digits --arabic-digits
expect_status 2
run "$ITADESK" --db "$db" report summary --agency 99 --year 2567
expect_status 1
run "$ITADESK" report --help
expect_status 0
expect_out "assessed year"
expect_out "plan year"
# The general help names the documents' formats and the memo too (it offered
# text|html|csv only, so nobody found --format pdf or report memo there).
run "$ITADESK" --help
expect_status 0
expect_out "progress|memo --agency ID"
expect_out "[--format text|html|csv|pdf|docx]"
expect_out "[--thai-digits|--arabic-digits] [--about analysis|progress]"

finish
