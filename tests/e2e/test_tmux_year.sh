#!/bin/bash
# A whole ITA year of a new agency entered THROUGH THE SCREENS ONLY (80x24, Thai text): a FY
# 2564 อบต. with its signer and preparer; the ten indicator scores, the published total
# 83.17 and level B; three findings, one accepted from the proposals; two constraints;
# three measures with a 12-month round result; a mistaken measure added and deleted. Then
# `report analysis` and `report progress` must hold every one of them, the total and the
# level, and not the deleted measure. The command line is used only to create the file and
# to read the reports.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

db="$WORK/year.db"
"$ITADESK" --db "$db" init >/dev/null || { echo "FAIL: init"; exit 1; }

AGENCY='องค์การบริหารส่วนตำบลหนองกุงศรี'
SIGNER='นายประเสริฐ ศรีสุข'
SIGNER_POS='นายกองค์การบริหารส่วนตำบลหนองกุงศรี'
PREPARER='นางสาวกนกพร ใจงาม'
F2_TEXT='ผู้บริหารต้องกำกับให้เจ้าหน้าที่ใช้งบประมาณตามแผนและเปิดเผยการจัดซื้อจัดจ้างทุกไตรมาส'
F3_TEXT='รักษาคุณภาพการให้บริการประชาชนของเจ้าหน้าที่ให้ต่อเนื่อง'
C1='บุคลากรมีจำนวนน้อยและต้องรับผิดชอบหลายงาน'
C2='งบประมาณด้านเทคโนโลยีสารสนเทศมีจำกัด'
M_TITLES=('จัดทำคู่มือการปฏิบัติงานและเผยแพร่บนเว็บไซต์' 'ประกาศผลการจัดซื้อจัดจ้างรายเดือน' 'อบรมคุณธรรมจริยธรรมแก่บุคลากร')
M_RESULTS=('เผยแพร่คู่มือครบทุกกองแล้ว' 'ประกาศครบ ๑๒ เดือน' 'อบรมแล้ว ๔๕ คน')
MISTAKE='ทดสอบ ลบทิ้ง'

# start80 NAME: itadesk on $db at 80x24 (English screens, Thai data).
start80() {
    rm -f "$WORK/$1.exit"
    TM kill-session -t itadesk 2>/dev/null
    TM new-session -d -s itadesk -x 80 -y 24 \
        "env LC_ALL=C.UTF-8 LANGUAGE=en HOME='$HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' \
         XDG_STATE_HOME='$WORK/state' $ITADESK --db '$db' 2>'$WORK/$1.err'; \
         echo \$? >'$WORK/$1.exit'"
    TM set-option -t itadesk remain-on-exit on >/dev/null
}

start80 year
wait_for "No agencies yet: + adds one."

# 1. The agency, with the people its documents name.
keys +
wait_for "New agency"
type_text "$AGENCY"; keys Tab
type_text 'อบต.'; keys Tab
type_text 'หนองกุงศรี'; keys Tab
type_text 'กาฬสินธุ์'; keys Tab
type_text "$SIGNER"; keys Tab
type_text "$SIGNER_POS"; keys Tab
type_text "$PREPARER"; keys Tab
type_text 'นักวิเคราะห์นโยบายและแผน'; keys Tab
type_text '๐๔๓-๘๕๙๑๒๓'
keys F2
wait_for "Agency 1 saved."
keys Escape
wait_for "1 agency"
keys Enter
wait_for "Fiscal year"
keys Down Down Down Down Down
keys Enter
wait_for "Main menu"

# 2. The published scores: ten indicators (Thai digits too), the total and the level.
keys E # the published scores (from the main menu)
wait_for "Published scores of"
for v in '๘๙.๕๖' 84.20 86.11 88.02 79.33 88.47 86.90 84.64 77.68 80.00 83.17 B; do
    keys Enter
    wait_for "Enter: save (empty: clear)" >/dev/null
    type_text "$v"
    keys Enter
    wait_for "Saved:"
done
wait_for "Saved: level."
# the total as published, and the one computed from the ten indicators, side by side
[ "$(screen | grep -F 'Total' | grep -o '83\.17' | wc -l)" = 2 ] && ok ||
    { OUT=$(screen); fail "the Total line lacks 83.17 published and computed"; }
keys Escape
wait_for "Main menu"

# 3. Findings: one accepted from the proposals, two typed.
keys p
wait_for "Measures 0"
keys Tab
wait_for "[Findings 0]"
keys w
wait_for "Proposed findings"
keys Enter
wait_for "Proposed finding of 2564"
keys F2
wait_for "Saved."
keys Escape
wait_for "[Findings 1]"
keys +
wait_for "New finding of 2564"
keys Tab
type_text '2'; keys Tab
type_text 'การใช้งบประมาณ'; keys Tab
type_text "$F2_TEXT"; keys Tab
type_text '2'
keys F2
wait_for "Saved."
keys Escape
wait_for "[Findings 2]"
keys +
wait_for "New finding of 2564"
keys Right Right # the third kind: to keep at its level
keys Tab
type_text '6'; keys Tab
type_text 'คุณภาพการดำเนินงาน'; keys Tab
type_text "$F3_TEXT"
keys F2
wait_for "Saved."
keys Escape
wait_for "[Findings 3]"

# 4. Two constraints.
keys Tab
wait_for "[Constraints]"
for pair in "0:$C1" "1:$C2"; do
    n=${pair%%:*}
    keys +
    wait_for "The constraint's area"
    for ((i = 0; i < n; i++)); do keys Down; done
    keys Enter
    wait_for "Constraint $((n + 1)) of 2564"
    type_text "${pair#*:}"
    keys F2
    wait_for "Saved."
    keys Escape
    wait_for "[Constraints]"
done

# 5. Three measures, each with its 12-month result, typed in the new measure's form.
keys Tab
wait_for "[Measures 0]"
for i in 0 1 2; do
    keys +
    wait_for "New measure, plan year 2565"
    type_text "${M_TITLES[$i]}"
    keys Tab Tab Tab Tab Tab # issue, indicator, approach, steps
    type_text 'สำนักปลัด'
    keys Tab
    type_text '๑ ตุลาคม ๒๕๖๔'; keys Tab
    type_text '๓๐ กันยายน ๒๕๖๕'
    # budget, rounds, status, result, outcome, then the finding it answers (the first one,
    # id 1), then 6 months (date, state, text), 12 months: date
    for ((k = 0; k < 6; k++)); do keys Tab; done
    type_text '1'
    for ((k = 0; k < 4; k++)); do keys Tab; done
    type_text '๓๐ กันยายน ๒๕๖๕'
    keys Tab Right Right Tab # state: done
    type_text "${M_RESULTS[$i]}"
    keys F2
    wait_for "saved."
    keys Escape
    wait_for "Measures $((i + 1))"
done

# 6. A mistaken measure, added and deleted.
keys +
wait_for "New measure, plan year 2565"
type_text "$MISTAKE"
keys F2
wait_for "saved."
keys Escape
wait_for "Measures 4"
keys End
keys DC
wait_for "Delete measure"
keys y
wait_for "Measures 3"

# 7. Printing from the plan: the progress report from the measures, the analysis from the
# findings; the preview shows the document (Esc closes each).
keys P
wait_for "Print: Progress of the measures"
keys Enter
wait_for "In the Integrity and Transparency Assessment of"
wait_for "the level B."
keys Escape Escape
wait_for "Measures 3"
keys Tab
keys P
wait_for "Print: Analysis and measures"
keys Enter
wait_for "๘๓.๑๗ points; result level: B"
keys Escape Escape
wait_for "[Findings 3]"
keys F10
wait_file "$WORK/year.exit" || fail "F10 did not quit"

# The documents hold every one of them (HTML: table cells are not wrapped there).
run "$ITADESK" --db "$db" report analysis --agency 1 --year 2564 --format html --arabic-digits
expect_status 0
for text in "$AGENCY" 83.17 ' B' "$F2_TEXT" "$F3_TEXT" 'has the lowest score of the IIT tool: 79.33' "$C1" "$C2" \
    "$SIGNER" "$SIGNER_POS" "${M_TITLES[@]}"; do
    expect_out "$text"
done
case "$OUT" in *"$MISTAKE"*) fail "the deleted measure is in the analysis" ;; *) ok ;; esac
run "$ITADESK" --db "$db" report progress --agency 1 --year 2565 --format html --arabic-digits
expect_status 0
for text in "$AGENCY" 83.17 ' B' "${M_TITLES[@]}" "${M_RESULTS[@]}" "$SIGNER"; do
    expect_out "$text"
done
case "$OUT" in *"$MISTAKE"*) fail "the deleted measure is in the progress report" ;; *) ok ;; esac
run "$ITADESK" --db "$db" measure show 1
expect_out 'answers finding: 1'
expect_out 'round 12 months: done (2022-09-30)'
run "$ITADESK" --db "$db" agency show 1
expect_out "$PREPARER"
expect_out '๐๔๓-๘๕๙๑๒๓'
finish
