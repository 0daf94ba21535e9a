#!/bin/bash
# The analysis document of the demo agency from seed 000, as HTML, printed to PDF by
# headless Chromium: pdftotext of the PDF has the agency's name, the total 90.49 and every
# measure's title (their words: Chromium may break a title across lines and pages). The PDF
# is A4. Skipped when chromium or poppler-utils are not installed (scripts/setup-debian.sh
# installs them).
set -u
. "$(dirname "$0")/lib.sh"

for tool in chromium pdftotext pdfinfo; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (run scripts/setup-debian.sh)"
        exit 0
    fi
done

db="$WORK/pdf.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
html="$WORK/analysis.html"
pdf="$WORK/analysis.pdf"
run env LANGUAGE=th "$ITADESK" --db "$db" report analysis --agency 1 --year 2567 --format html -o "$html"
expect_status 0

profile=$(mktemp -d "$WORK/chromium-XXXXXX")
CMD="chromium --print-to-pdf"
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html" \
    >"$WORK/chromium.out" 2>&1
STATUS=$?
[ "$STATUS" -eq 0 ] && [ -s "$pdf" ] && ok || { ERR=$(tail -5 "$WORK/chromium.out"); fail "chromium made no PDF"; finish; exit 1; }

OUT=$(pdfinfo "$pdf")
expect_out_re "Page size: +59[45](\.[0-9]+)? x 841(\.[0-9]+)? pts \(A4\)"

# pdftotext -raw keeps the text in the order Chromium wrote it (cell by cell); lines may
# break anywhere, so compare without white space.
text=$(pdftotext -raw -enc UTF-8 "$pdf" - | tr -d ' \n\r\t\f')
squeeze() { printf '%s' "$1" | tr -d ' \n\r\t\f'; }
has() {
    CMD="pdftotext contains: $1"
    case "$text" in *"$(squeeze "$1")"*) ok ;; *) OUT=${text:0:400}; fail "the PDF lacks: $1" ;; esac
}
has "เทศบาลตำบลคำเขื่อนแก้ว"
has "90.49"
titles=$(sqlite3 "$db" "SELECT title FROM measure WHERE agency_id = 1 AND plan_year = 2568 ORDER BY seq")
[ "$(printf '%s\n' "$titles" | grep -c .)" -eq 8 ] && ok || fail "expected 8 measures of 2568"
while IFS= read -r title; do
    has "$title"
done <<<"$titles"

finish
