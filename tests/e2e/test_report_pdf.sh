#!/bin/bash
# The yearly documents as PDF and Word files, on the demo data, checked as a reader would
# with poppler-utils, unzip, xmllint and pandoc:
# - the progress report of the demo agency (8 measures): A4 landscape, at most 4 pages, the
#   fonts embedded (Laksaman or TH Sarabun New), every measure's title as stored, the total
#   and the level, Thai digits, the page number "-๒-" and the table's header on page 2;
# - no Thai word cut across lines: pdf_words compares pdftotext's lines with libthai's
#   words of the same report's cells (and finds the cut a test inserts on purpose);
# - the analysis (A4 portrait) and the covering memo (its official headings);
# - --arabic-digits; the Word files: unzip -t, xmllint on every part, pandoc's text.
set -u
. "$(dirname "$0")/lib.sh"

for tool in pdfinfo pdffonts pdftotext sqlite3 unzip xmllint pandoc; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is not installed (scripts/setup-debian.sh installs it)"
        exit 1
    fi
done
export LANGUAGE=th

db="$WORK/pdf.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
squeeze() { tr -d ' \n\r\t\f'; }
# has TEXT HAYSTACK-FILE: the text occurs, whitespace ignored (a title wraps over lines).
has() {
    CMD="$3 contains: $1"
    case "$(squeeze <"$2")" in
    *"$(printf '%s' "$1" | squeeze)"*) ok ;;
    *) OUT=$(head -c 600 "$2"); fail "$3 lacks: $1" ;;
    esac
}

# 1. The progress report.
pdf="$WORK/progress.pdf"
run "$ITADESK" --db "$db" report progress --agency 1 --year 2568 --format pdf -o "$pdf"
expect_status 0
OUT=$(pdfinfo "$pdf")
CMD="pdfinfo progress.pdf"
expect_out_re "Page size: +841.89 x 595.2[0-9]* pts \(A4\)"
pages=$(printf '%s\n' "$OUT" | awk '/^Pages:/ {print $2}')
[ "${pages:-99}" -le 4 ] && ok || fail "the progress report of 8 measures takes $pages pages (at most 4)"
OUT=$(pdffonts "$pdf")
CMD="pdffonts progress.pdf"
expect_out_re "(Laksaman|THSarabunNew)"
printf '%s\n' "$OUT" | awk 'NR > 2 && $(NF-4) != "yes" {bad = 1} END {exit bad}' && ok ||
    fail "a font is not embedded"
pdftotext -raw "$pdf" "$WORK/progress.txt"
n=0
while IFS= read -r title; do
    has "$title" "$WORK/progress.txt" "progress.pdf"
    n=$((n + 1))
done < <(sqlite3 -readonly "$db" \
    "SELECT replace(title, char(10), ' ') FROM measure WHERE agency_id = 1 AND plan_year = 2568")
[ "$n" -eq 8 ] && ok || fail "the demo agency has $n measures in 2568, expected 8"
has "๙๐.๔๙" "$WORK/progress.txt" "progress.pdf"
has "ผ่าน" "$WORK/progress.txt" "progress.pdf"
has "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" "$WORK/progress.txt" "progress.pdf"
has "มีค่าต่ำสุด" "$WORK/progress.txt" "progress.pdf"
has "ยังไม่ได้ดำเนินการ" "$WORK/progress.txt" "progress.pdf"
has "ผลการดำเนินงาน" "$WORK/progress.txt" "progress.pdf"
pdftotext -raw -f 2 -l 2 "$pdf" "$WORK/page2.txt"
has "-๒-" "$WORK/page2.txt" "page 2"
has "ประเด็นที่เป็นข้อบกพร่อง" "$WORK/page2.txt" "page 2" # the header row again
has "การกำกับติดตาม" "$WORK/page2.txt" "page 2"

# 2. Words: the PDF's line breaks against libthai's segmentation of the cells.
LANGUAGE=th "$ITADESK" --db "$db" report progress --agency 1 --year 2568 --format csv \
    >"$WORK/progress.csv"
run "$ITADESK_PDF_WORDS" "$WORK/progress.txt" "$WORK/progress.csv"
expect_status 0
expect_out "0 broken words, 0 lines not found"
# The checker finds a word cut on purpose ("ประสิทธิ|ภาพ").
sed 's/ประสิทธิภาพ/ประสิทธิ\nภาพ/' "$WORK/progress.txt" >"$WORK/cut.txt"
run "$ITADESK_PDF_WORDS" "$WORK/cut.txt" "$WORK/progress.csv"
expect_status 1
expect_out "broken word"

# 2b. The words the HTML path cut ("ตุลาค|ม", "ผู้รับ|ผิด|ชอบ", "สวัสดิก|ารสัง|คม"): a measure
# of the welfare division with long text beside its narrow columns, in both documents.
cp "$db" "$WORK/words.db"
"$ITADESK" --db "$WORK/words.db" measure add --agency 1 --year 2568 --unit "กองสวัสดิการสังคม" \
    --title "จัดทำหลักเกณฑ์การจ่ายเงินสวัสดิการสังคมให้ผู้สูงอายุผ่านระบบอิเล็กทรอนิกส์ พร้อมประกาศเผยแพร่ทางเว็บไซต์และบอร์ดประชาสัมพันธ์ของหน่วยงาน" \
    --steps "๑.ประชุมชี้แจงผู้รับผิดชอบทุกกองตั้งแต่เดือนตุลาคม ๒.จัดทำประกาศหลักเกณฑ์ ๓.ติดตามผลทุกไตรมาส" \
    --start 2024-10-01 --end 2025-09-30 >/dev/null || fail "measure add"
for doc in "progress 2568" "analysis 2567"; do
    set -- $doc
    "$ITADESK" --db "$WORK/words.db" report "$1" --agency 1 --year "$2" --format pdf \
        -o "$WORK/words-$1.pdf" || fail "report $1"
    pdftotext -raw "$WORK/words-$1.pdf" "$WORK/words-$1.txt"
    "$ITADESK" --db "$WORK/words.db" report "$1" --agency 1 --year "$2" --format csv \
        >"$WORK/words-$1.csv"
    has "กองสวัสดิการสังคม" "$WORK/words-$1.txt" "words-$1.pdf"
    run "$ITADESK_PDF_WORDS" "$WORK/words-$1.txt" "$WORK/words-$1.csv"
    expect_status 0
    expect_out " 0 broken words, 0 lines not found"
done

# 3. The analysis: A4 portrait, the total, the level, strengths, the measures' columns.
pdf="$WORK/analysis.pdf"
run "$ITADESK" --db "$db" report analysis --agency 1 --year 2567 --format pdf -o "$pdf"
expect_status 0
OUT=$(pdfinfo "$pdf")
CMD="pdfinfo analysis.pdf"
expect_out_re "Page size: +595.2[0-9]* x 841.89 pts \(A4\)"
pdftotext -raw "$pdf" "$WORK/analysis.txt"
for text in "เทศบาลตำบลคำเขื่อนแก้ว" "๙๐.๔๙" "ผ่าน" "จุดแข็ง" "แนวทางการปฏิบัติ" \
    "ขั้นตอน/วิธีการปฏิบัติ" "การกำกับติดตาม" "ลงชื่อ"; do
    has "$text" "$WORK/analysis.txt" "analysis.pdf"
done
LANGUAGE=th "$ITADESK" --db "$db" report analysis --agency 1 --year 2567 --format csv \
    >"$WORK/analysis.csv"
run "$ITADESK_PDF_WORDS" "$WORK/analysis.txt" "$WORK/analysis.csv"
expect_status 0
expect_out " 0 broken words, 0 lines not found"

# 3b. No heading and no table header alone at the foot of a page (the defect: the analysis
# of 2567 ended page 3 with "ประเด็นที่ ๗ …" and its table's header, the rows on page 4;
# that of agency 2 ended page 1 with "ส่วนที่ ๒" and the measures' header). A paragraph
# goes on over the page (two lines at least on each side) instead of leaving a heading;
# part 3 above checks its words across the page break (pdf_words skips page numbers).
# foot PDF: the last line of each page but the last.
foot() {
    n=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
    for p in $(seq 1 $((n - 1))); do
        pdftotext -raw -f "$p" -l "$p" "$1" - | tr -d '\f' | grep -v '^[[:space:]]*$' | tail -1
    done
}
for doc in "1 2567" "2 2565" "3 2562"; do
    set -- $doc
    pdf="$WORK/analysis-$1-$2.pdf"
    run "$ITADESK" --db "$db" report analysis --agency "$1" --year "$2" --format pdf -o "$pdf"
    expect_status 0
    OUT=$(foot "$pdf")
    CMD="the foot of each page of analysis $1 $2"
    printf '%s\n' "$OUT" | grep -E '^(ชื่อคำถาม คะแนน|มาตรการ แนวทาง|ตัวชี้วัดที่ ตัวชี้วัด คะแนน|ประเด็นที่ [๐๑๒๓๔๕๖๗๘๙]|ส่วนที่ [๐๑๒๓๔๕๖๗๘๙]|[๐๑๒๓๔๕๖๗๘๙]\. ข้อจำกัด|แบบ(วัด|ตรวจ)การ|จุดแข็ง \(|ประเด็นข้อบกพร่อง)' &&
        fail "a page ends with a heading or a table's header" || ok
done

# The signature is never alone on the last page: agency 2's progress report (11 measures)
# put it by itself on page 9; the paragraph before it now goes with it.
pdf="$WORK/progress-2.pdf"
run "$ITADESK" --db "$db" report progress --agency 2 --year 2566 --format pdf -o "$pdf"
expect_status 0
n=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
OUT=$(pdftotext -raw -f "$n" -l "$n" "$pdf" -)
CMD="pdftotext -f $n -l $n progress-2.pdf"
printf '%s\n' "$OUT" | tr -d '\f' | grep -v '^[[:space:]]*$' |
    grep -vE '^(-[๐๑๒๓๔๕๖๗๘๙]+-|ลงชื่อ |\(|ตำแหน่ง )' | grep -q . && ok ||
    fail "the last page holds the signature alone"

# 4. The memo in the official layout.
pdf="$WORK/memo.pdf"
run env ITADESK_TODAY=2025-01-15 "$ITADESK" --db "$db" report memo --agency 1 --year 2567 \
    --about analysis --format pdf -o "$pdf"
expect_status 0
pdftotext -raw "$pdf" "$WORK/memo.txt"
for text in "บันทึกข้อความ" "ส่วนราชการ" "วันที่ ๑๕ มกราคม ๒๕๖๘" "เรื่อง" \
    "เรียน นายกเทศมนตรีตำบลคำเขื่อนแก้ว" "๙๐.๔๙" "จึงเรียนมาเพื่อโปรดทราบและพิจารณา"; do
    has "$text" "$WORK/memo.txt" "memo.pdf"
done

# The signer and the preparer come from the agency's settings.
"$ITADESK" --db "$db" agency set 1 --signer-name "นายสมชาย ใจดี" \
    --signer-position "นายกเทศมนตรีตำบลคำเขื่อนแก้ว" --preparer-name "นางสาวสมหญิง ตั้งใจ" \
    --preparer-position "นักวิเคราะห์นโยบายและแผน" --preparer-phone "0 4500 1234" >/dev/null
run env ITADESK_TODAY=2025-01-15 "$ITADESK" --db "$db" report memo --agency 1 --year 2568 \
    --about progress --format pdf -o "$WORK/memo2.pdf"
expect_status 0
pdftotext -raw "$WORK/memo2.pdf" "$WORK/memo2.txt"
for text in "(นางสาวสมหญิง ตั้งใจ)" "นักวิเคราะห์นโยบายและแผน" "โทร. 0 4500 1234" \
    "ดำเนินการแล้ว ๐ มาตรการ จากทั้งหมด ๘ มาตรการ"; do
    has "$text" "$WORK/memo2.txt" "memo2.pdf"
done
run "$ITADESK" --db "$db" report progress --agency 1 --year 2568 --format pdf -o "$WORK/signed.pdf"
expect_status 0
pdftotext -raw "$WORK/signed.pdf" "$WORK/signed.txt"
has "(นายสมชาย ใจดี)" "$WORK/signed.txt" "signed.pdf"

# 5. --arabic-digits.
run "$ITADESK" --db "$db" report progress --agency 1 --year 2568 --format pdf --arabic-digits \
    -o "$WORK/arabic.pdf"
expect_status 0
pdftotext -raw "$WORK/arabic.pdf" "$WORK/arabic.txt"
has "90.49" "$WORK/arabic.txt" "arabic.pdf"
grep -q "๙๐.๔๙" "$WORK/arabic.txt" && fail "Thai digits despite --arabic-digits" || ok

# 6. Word files.
for doc in "progress --year 2568" "analysis --year 2567" "memo --year 2567 --about progress"; do
    name=${doc%% *}
    docx="$WORK/$name.docx"
    # shellcheck disable=SC2086
    run "$ITADESK" --db "$db" report $doc --agency 1 --format docx -o "$docx"
    expect_status 0
    run unzip -t "$docx"
    expect_status 0
    rm -rf "$WORK/x" && mkdir "$WORK/x" && (cd "$WORK/x" && unzip -q "$docx")
    parts=0
    while IFS= read -r part; do
        CMD="xmllint --noout $part"
        xmllint --noout "$part" 2>"$WORK/xmllint.err" && ok || { ERR=$(cat "$WORK/xmllint.err"); fail "$part is not well-formed"; }
        parts=$((parts + 1))
    done < <(find "$WORK/x" -type f)
    [ "$parts" -ge 9 ] && ok || fail "$name.docx has $parts parts"
    # Wide lines: pandoc would otherwise cut the table's cells into narrow columns.
    pandoc -t plain --columns=100000 "$docx" >"$WORK/$name.plain" 2>"$WORK/stderr"
    has "๙๐.๔๙" "$WORK/$name.plain" "pandoc $name.docx"
    has "ผ่าน" "$WORK/$name.plain" "pandoc $name.docx"
    grep -q 'w:altName w:val="Laksaman"' "$WORK/x/word/fontTable.xml" && ok || fail "no Laksaman fallback"
    grep -q 'w:lang w:val="th-TH"' "$WORK/x/word/styles.xml" && ok || fail "text not tagged Thai"
done
while IFS= read -r title; do
    has "$title" "$WORK/progress.plain" "pandoc progress.docx"
    has "$title" "$WORK/analysis.plain" "pandoc analysis.docx"
done < <(sqlite3 -readonly "$db" \
    "SELECT replace(title, char(10), ' ') FROM measure WHERE agency_id = 1 AND plan_year = 2568")
unzip -p "$WORK/progress.docx" word/document.xml | grep -q "<w:tblHeader/>" && ok ||
    fail "the progress table's header does not repeat"
unzip -p "$WORK/progress.docx" word/document.xml | grep -q 'w:orient="landscape"' && ok ||
    fail "the progress report is not landscape"

finish
