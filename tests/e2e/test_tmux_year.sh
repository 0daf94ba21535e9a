#!/bin/bash
# A whole ITA year of a new agency entered THROUGH THE SCREENS ONLY (80x24, Thai text, every
# key sent as the raw bytes PuTTY sends with its default settings): a FY 2564 อบต. with its
# signer and preparer; three indicator scores typed by the indicator's NAME as real
# documents give them, the other seven, the published total 83.17 and level B; three
# findings, one accepted from the proposals; two constraints; six measures, each with its
# responsible unit, the finding it answers and a 12-month round result; a mistaken measure
# added and deleted. The units typed on the measures are on the units screen. Then `report
# analysis` and `report progress` must hold every one of them, the total and the level, and
# not the deleted measure. The command line is used only to create the file and to read the
# reports.
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
M_TITLES=('จัดทำคู่มือการปฏิบัติงานและเผยแพร่บนเว็บไซต์' 'ประกาศผลการจัดซื้อจัดจ้างรายเดือน'
    'อบรมคุณธรรมจริยธรรมแก่บุคลากร' 'จัดทำแผนการใช้จ่ายงบประมาณประจำปี'
    'ประเมินความพึงพอใจผู้รับบริการ' 'เปิดช่องทางร้องเรียนการทุจริตออนไลน์')
M_RESULTS=('เผยแพร่คู่มือครบทุกกองแล้ว' 'ประกาศครบ ๑๒ เดือน' 'อบรมแล้ว ๔๕ คน'
    'เผยแพร่แผนบนเว็บไซต์แล้ว' 'ผู้รับบริการพึงพอใจร้อยละ ๙๒' 'มีเรื่องร้องเรียน ๓ เรื่อง ดำเนินการครบ')
M_UNITS=('สำนักปลัด' 'กองคลัง' 'สำนักปลัด' 'กองคลัง' 'กองช่าง' 'กองการศึกษา')
M_FINDING=(1 2 1 2 3 1) # the finding each measure answers
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
pk +
wait_for "New agency"
type_text "$AGENCY"; pk Tab
type_text 'อบต.'; pk Tab
type_text 'หนองกุงศรี'; pk Tab
type_text 'กาฬสินธุ์'; pk Tab
type_text "$SIGNER"; pk Tab
type_text "$SIGNER_POS"; pk Tab
type_text "$PREPARER"; pk Tab
type_text 'นักวิเคราะห์นโยบายและแผน'; pk Tab
type_text '๐๔๓-๘๕๙๑๒๓'
pk F2
wait_for "Agency 1 saved."
pk Escape
wait_for "1 agency"
pk Enter
wait_for "Fiscal year"
pk Down Down Down Down Down
pk Enter
wait_for "Main menu"

# 2. The published scores. Three by the indicator's name, as the agency's document gives
# them (+: item and value), then the other seven, the total and the level row by row (Thai
# digits too; Down passes over the three already there).
pk E # the published scores (from the main menu)
wait_for "Published scores of"
for named in '2:การใช้งบประมาณ 84.20' '6:คุณภาพการดำเนินงาน ๘๘.๔๗' '9:การเปิดเผยข้อมูล 77.68'; do
    pk +
    wait_for "Item and value"
    type_text "${named#*:}"
    pk Enter
    wait_for "Saved: ${named%%:*}." # saved under the indicator's number
done
for v in '๘๙.๕๖' - 86.11 88.02 79.33 - 86.90 84.64 - 80.00 83.17 B; do
    if [ "$v" = - ]; then
        pk Down
        continue
    fi
    pk Enter
    wait_for "Enter: save (empty: clear)" >/dev/null
    type_text "$v"
    pk Enter
    wait_for "Saved:"
done
wait_for "Saved: level."
# the three named ones are in their rows
for pair in 'การใช้งบประมาณ:84.20' 'คุณภาพการดำเนินงาน:88.47' 'การเปิดเผยข้อมูล:77.68'; do
    screen | grep -F "${pair%%:*}" | grep -qF "${pair#*:}" && ok ||
        { OUT=$(screen); fail "${pair%%:*} does not show ${pair#*:}"; }
done
# the total as published, and the one computed from the ten indicators, side by side
[ "$(screen | grep -F 'Total' | grep -o '83\.17' | wc -l)" = 2 ] && ok ||
    { OUT=$(screen); fail "the Total line lacks 83.17 published and computed"; }
pk Escape
wait_for "Main menu"

# 3. Findings: one accepted from the proposals, two typed.
pk p
wait_for "Measures 0"
pk Tab
wait_for "[Findings 0]"
pk w
wait_for "Proposed findings"
pk Enter
wait_for "Proposed finding of 2564"
pk F2
wait_for "Saved."
pk Escape
wait_for "[Findings 1]"
pk +
wait_for "New finding of 2564"
pk Tab
type_text '2'; pk Tab
type_text 'การใช้งบประมาณ'; pk Tab
type_text "$F2_TEXT"; pk Tab
type_text '2'
pk F2
wait_for "Saved."
pk Escape
wait_for "[Findings 2]"
pk +
wait_for "New finding of 2564"
pk Right Right # the third kind: to keep at its level
pk Tab
type_text '6'; pk Tab
type_text 'คุณภาพการดำเนินงาน'; pk Tab
type_text "$F3_TEXT"
pk F2
wait_for "Saved."
pk Escape
wait_for "[Findings 3]"

# 4. Two constraints.
pk Tab
wait_for "[Constraints]"
for pair in "0:$C1" "1:$C2"; do
    n=${pair%%:*}
    pk +
    wait_for "The constraint's area"
    for ((i = 0; i < n; i++)); do pk Down; done
    pk Enter
    wait_for "Constraint $((n + 1)) of 2564"
    type_text "${pair#*:}"
    pk F2
    wait_for "Saved."
    pk Escape
    wait_for "[Constraints]"
done

# 5. Six measures, each with its responsible unit, the finding it answers and its 12-month
# result, typed in the new measure's form.
pk Tab
wait_for "[Measures 0]"
for i in 0 1 2 3 4 5; do
    pk +
    wait_for "New measure, plan year 2565"
    type_text "${M_TITLES[$i]}"
    pk Tab Tab Tab Tab Tab # issue, indicator, approach, steps
    type_text "${M_UNITS[$i]}"
    pk Tab
    type_text '๑ ตุลาคม ๒๕๖๔'; pk Tab
    type_text '๓๐ กันยายน ๒๕๖๕'
    # budget, rounds, status, result, outcome, then the finding it answers, then 6 months
    # (date, state, text), 12 months: date
    for ((n = 0; n < 6; n++)); do pk Tab; done
    type_text "${M_FINDING[$i]}"
    for ((n = 0; n < 4; n++)); do pk Tab; done
    type_text '๓๐ กันยายน ๒๕๖๕'
    pk Tab Right Right Tab # state: done
    type_text "${M_RESULTS[$i]}"
    pk F2
    wait_for "saved."
    pk Escape
    wait_for "Measures $((i + 1))"
done

# 6. A mistaken measure, added and deleted.
pk +
wait_for "New measure, plan year 2565"
type_text "$MISTAKE"
pk F2
wait_for "saved."
pk Escape
wait_for "Measures 7"
pk End
pk DC
wait_for "Delete measure"
pk y
wait_for "Measures 6"

# 7. The units typed on the measures are the agency's units, each with its uses.
pk b
wait_for "Responsible units of"
for pair in 'สำนักปลัด:2' 'กองคลัง:2' 'กองช่าง:1' 'กองการศึกษา:1'; do
    screen | grep -F "${pair%%:*}" | grep -qE "│ +${pair#*:}\$" && ok ||
        { OUT=$(screen); fail "the units screen lacks ${pair%%:*} used ${pair#*:} times"; }
done
pk Escape
wait_for "Measures 6"

# 8. Printing from the plan: the progress report from the measures, the analysis from the
# findings; the preview shows the document (Esc closes each).
pk P
wait_for "Print: Progress of the measures"
pk Enter
wait_for "In the Integrity and Transparency Assessment of"
wait_for "the level B."
pk Escape Escape
wait_for "Measures 6"
pk Tab
pk P
wait_for "Print: Analysis and measures"
pk Enter
wait_for "๘๓.๑๗ points; result level: B"
pk Escape Escape
wait_for "[Findings 3]"
pk F10
wait_file "$WORK/year.exit" || fail "F10 did not quit"

# The documents hold every one of them (HTML: table cells are not wrapped there).
F1_TEXT='has the lowest score of the IIT tool: 79.33'
run "$ITADESK" --db "$db" report analysis --agency 1 --year 2564 --format html --arabic-digits
expect_status 0
for text in "$AGENCY" 83.17 'result level: B' 84.20 88.47 77.68 "$F1_TEXT" "$F2_TEXT" "$F3_TEXT" \
    "$C1" "$C2" "$SIGNER" "$SIGNER_POS" "${M_TITLES[@]}" "${M_UNITS[@]}"; do
    expect_out "$text"
done
case "$OUT" in *"$MISTAKE"*) fail "the deleted measure is in the analysis" ;; *) ok ;; esac
run "$ITADESK" --db "$db" report progress --agency 1 --year 2565 --format html --arabic-digits
expect_status 0
for text in "$AGENCY" 83.17 'at the level B.' "$F1_TEXT" "$F2_TEXT" "$F3_TEXT" "${M_TITLES[@]}" \
    "${M_UNITS[@]}" "${M_RESULTS[@]}" "$SIGNER"; do
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
