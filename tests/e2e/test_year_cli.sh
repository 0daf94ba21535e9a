#!/bin/bash
# Issue 13 from the command line, with the rules of the screens: a FY 2564 อบต. with its
# signer and preparer, its published scores (import with total and level rows, score
# set/clear with Thai digits), units merged, findings (proposed, added, reordered by id,
# changed, deleted), constraints, a measure linked to a finding and a mistaken one deleted.
set -u
. "$(dirname "$0")/lib.sh"

db="$WORK/cli.db"
I() { run "$ITADESK" --db "$db" "$@"; }
I init
expect_status 0

I agency add 'องค์การบริหารส่วนตำบลโนนสะอาด' --kind 'อบต.' --district 'โนนสะอาด' --province 'อุดรธานี'
expect_status 0
expect_out 1
I agency set 1 --signer-name 'นายบุญมี ศรีโนน' --signer-position 'นายกองค์การบริหารส่วนตำบลโนนสะอาด' \
    --preparer-name 'นางสาวอรุณี แก้วใส' --preparer-position 'นักวิเคราะห์นโยบายและแผน' \
    --preparer-phone '042-391234'
expect_status 0
I agency show 1
expect_out 'นายบุญมี ศรีโนน'
expect_out '042-391234'
I agency set 1 --name ''
expect_status 2
I agency set 1 --title x
expect_status 2

printf 'item,score\n1,89.56\n2,84.20\n3,86.11\n4,88.02\n5,79.33\n6,88.47\n7,86.90\n8,84.64\n9,77.68\n10,80.00\ntotal,83.17\nlevel,B\nO7,0\nO21,50\n' \
    >"$WORK/scores.csv"
I import scores "$WORK/scores.csv" --agency 1 --year 2564
expect_status 0
I score --agency 1 --year 2564
expect_out 'total:      entered 83.17, computed 83.17'
expect_out 'level:      entered B, computed B'
printf 'item,score\ntotal,๑๐๑\n' >"$WORK/bad.csv"
I import scores "$WORK/bad.csv" --agency 1 --year 2564
expect_status 1
expect_err 'bad.csv:2: score: 101 is outside 0–100'
I score set --agency 1 --year 2564 level 'ผ่าน'
expect_status 0
I score set --agency 1 --year 2564 5 '๘๐.๐๐'
expect_status 0
I score clear --agency 1 --year 2564 total
expect_status 0
I score --agency 1 --year 2564
expect_out 'total:      entered -'
expect_out 'level:      entered ผ่าน'
expect_out_re '5  .*80\.00'
printf 'item,score\n5,-\n' >"$WORK/fix.csv"
I import scores "$WORK/fix.csv" --agency 1 --year 2564
expect_status 0
I score --agency 1 --year 2564
expect_out_re '^  5  .* -  '
I score set --agency 1 --year 2564 total 83.17
I score set --agency 1 --year 2564 level B
I score set --agency 1 --year 2564 3, 80
expect_status 1

I unit add --agency 1 'กองคลัง'
I unit add --agency 1 'กองการคลัง'
expect_out 2
I measure add --agency 1 --year 2565 --title 'ประกาศผลการจัดซื้อจัดจ้างรายเดือน' --unit 'กองการคลัง'
I unit delete --agency 1 2
expect_status 1
expect_err 'still named by'
I unit merge --agency 1 2 'กองคลัง'
expect_status 0
expect_out '1 references moved'
I unit list --agency 1
expect_out_re '^ +1 +1  กองคลัง$'
I unit rename --agency 1 1 'กองคลัง (การเงินและบัญชี)'
I measure show 1
expect_out 'responsible: กองคลัง (การเงินและบัญชี)'

I finding propose --agency 1 --year 2564
expect_out 'has the lowest score of the OIT tool: 77.68 points.'
expect_out 'O7 (0), O21 (50)'
I finding list --agency 1 --year 2564
expect_out ''
[ -z "$OUT" ] && ok || fail "a proposal was stored"
I finding add --agency 1 --year 2564 --kind weakness --text 'เปิดเผยข้อมูลไม่ครบตามเกณฑ์' --indicator 9 --item O7 --item O21
expect_status 0
fid=$OUT
I finding add --agency 1 --year 2564 --kind keep --text 'รักษาคุณภาพการให้บริการ' --indicator ๖
fid2=$OUT
I finding add --agency 1 --year 2564 --kind develop --text 'x' --indicator 11
expect_status 1
expect_err "indicators: '11'"
I finding set "$fid2" --kind develop --text 'พัฒนาคุณภาพการให้บริการ'
expect_out 'saved'
# CSV as every list writes it: quoted only where needed, an escape sequence shown as a
# picture, a formula defused.
I finding add --agency 1 --year 2564 --kind keep --text "$(printf '=1+1 \e[31mแดง')" --indicator 9
I finding list --agency 1 --year 2564 --format csv
expect_out "$fid,9,weakness,เปิดเผยข้อมูลไม่ครบตามเกณฑ์,9,,O7;O21"
expect_out "$fid2,6,develop,พัฒนาคุณภาพการให้บริการ,6,,"
expect_out "keep,\"'=1+1 ␛แดง\",9,,"
case $OUT in *$'\e'*) fail "an escape byte reached the CSV" ;; *) ok ;; esac
I measure set 1 --finding "$fid"
expect_status 0
I measure add --agency 1 --year 2565 --title 'ทดสอบ'
mistake=$OUT
I measure set "$mistake" --status done
I measure delete "$mistake"
expect_status 1
expect_err 'not deleted unless forced'
I measure delete "$mistake" --force
expect_status 0
I finding delete "$fid2"
expect_status 0

I constraint add --agency 1 --year 2564 --area staff --text 'บุคลากรมีน้อย'
cid=$OUT
I constraint add --agency 1 --year 2564 --area staff --text 'อีก'
expect_status 1
expect_err "constraint set $cid"
I constraint add --agency 1 --year 2564 --area economy --text 'ประชาชนประกอบอาชีพเกษตรกรรม'
I constraint set "$cid" --text 'บุคลากรมีจำนวนน้อยและรับผิดชอบหลายงาน'
I constraint list --agency 1 --year 2564
expect_out 'บุคลากรมีจำนวนน้อยและรับผิดชอบหลายงาน'
expect_out 'เศรษฐกิจ วัฒนธรรม'

I report analysis --agency 1 --year 2564 --format html --arabic-digits
for text in 83.17 'result level: B' 'เปิดเผยข้อมูลไม่ครบตามเกณฑ์' 'บุคลากรมีจำนวนน้อยและรับผิดชอบหลายงาน' \
    'นายบุญมี ศรีโนน' 'ประกาศผลการจัดซื้อจัดจ้างรายเดือน'; do
    expect_out "$text"
done
case "$OUT" in *'ทดสอบ'*) fail "deleted measure printed" ;; *) ok ;; esac

I agency delete 1
expect_status 1
expect_err 'records'
I agency delete 1 --force
expect_status 0
I agency list
case "$OUT" in *'โนนสะอาด'*) fail "agency still listed" ;; *) ok ;; esac
run sqlite3 "$db" "SELECT count(*) FROM audit WHERE entity = 'agency' AND field = 'deleted'"
[ "$OUT" = 1 ] || [ "$STATUS" -eq 127 ] && ok || fail "the delete is audited"

# The whole year of an agency never seen before, as its FY 2564 documents give it: three
# indicator scores by NAME (one file row, two commands), the published total and level; six
# measures with their responsible units and 12-month results, each answering a finding.
# Both documents print the total, the level, the findings and the measures.
I agency add 'องค์การบริหารส่วนตำบลนาดี' --kind 'อบต.' --district 'นาดี' --province 'สกลนคร'
a=$OUT
I agency set "$a" --signer-name 'นายสมชาย ใจดี' --signer-position 'นายกองค์การบริหารส่วนตำบลนาดี'
printf 'item,score\nการใช้งบประมาณ,84.20\ntotal,83.17\nlevel,B\n' >"$WORK/named.csv"
I import scores "$WORK/named.csv" --agency "$a" --year 2564
expect_status 0
I score set --agency "$a" --year 2564 'คุณภาพการดำเนินงาน' '๘๘.๔๗'
expect_status 0
I score set --agency "$a" --year 2564 'Information disclosure' 77.68
expect_status 0
I score set --agency "$a" --year 2564 'การเปิดเผย' 77.68
expect_status 1
expect_err "item: 'การเปิดเผย' is not an indicator number or name of 2564"
I score --agency "$a" --year 2564
expect_out_re '^  2  การใช้งบประมาณ .* 84\.20 '
expect_out_re '^  6  คุณภาพการดำเนินงาน .* 88\.47 '
expect_out_re '^  9  การเปิดเผยข้อมูล .* 77\.68 '
expect_out_re '^  1  .* -  +-$'
expect_out 'total:      entered 83.17'
expect_out 'level:      entered B'
FINDINGS=('การเปิดเผยข้อมูลบนเว็บไซต์ยังไม่ครบถ้วน' 'ควรพัฒนาการเปิดเผยการใช้งบประมาณ' 'รักษาคุณภาพการให้บริการประชาชน')
KINDS=(weakness develop keep)
NOS=(9 2 6)
fids=()
for i in 0 1 2; do
    I finding add --agency "$a" --year 2564 --kind "${KINDS[$i]}" --text "${FINDINGS[$i]}" \
        --indicator "${NOS[$i]}"
    fids+=("$OUT")
done
TITLES=('จัดทำคู่มือการปฏิบัติงาน' 'ประกาศผลการจัดซื้อจัดจ้างรายเดือน' 'อบรมคุณธรรมจริยธรรม'
    'จัดทำแผนการใช้จ่ายงบประมาณ' 'ประเมินความพึงพอใจผู้รับบริการ' 'เปิดช่องทางร้องเรียนออนไลน์')
UNITS=('สำนักปลัด' 'กองคลัง' 'สำนักปลัด' 'กองคลัง' 'กองช่าง' 'กองการศึกษา')
ANSWERS=(0 1 0 1 2 0)
for i in 0 1 2 3 4 5; do
    I measure add --agency "$a" --year 2565 --title "${TITLES[$i]}" --unit "${UNITS[$i]}" \
        --rounds '6;12' --finding "${fids[${ANSWERS[$i]}]}"
    expect_status 0
    mid=$OUT
    I measure report "$mid" --round 12 --state done --note "ผลรอบ ๑๒ เดือน: ${TITLES[$i]} ครบถ้วน" \
        --date '๓๐ กันยายน ๒๕๖๕'
    expect_status 0
done
I measure show "$mid"
expect_out 'round 12 months: done (2022-09-30)'
I measure report "$mid" --round 12 --date '31/9/65'
expect_status 2
expect_err '--date:'
I unit list --agency "$a"
expect_out_re ' 2  สำนักปลัด$'
expect_out_re ' 2  กองคลัง$'
expect_out_re ' 1  กองช่าง$'
expect_out_re ' 1  กองการศึกษา$'
for kind in 'analysis 2564' 'progress 2565'; do
    I report ${kind% *} --agency "$a" --year ${kind#* } --format html --arabic-digits
    expect_status 0
    for text in 'องค์การบริหารส่วนตำบลนาดี' 83.17 ' B' "${FINDINGS[@]}" "${TITLES[@]}" "${UNITS[@]}" \
        'นายสมชาย ใจดี'; do
        expect_out "$text"
    done
done
expect_out 'ผลรอบ ๑๒ เดือน: เปิดช่องทางร้องเรียนออนไลน์ ครบถ้วน'
expect_out '12-month round 30 กันยายน 2565: ผลรอบ'
finish
