#!/bin/bash
# Issue 16, part 1 from the command line: `framework copy 2568 2570`, then a 2570 title
# changed (export, edit, import) leaves every 2568 score as it was and shows the new title
# for 2570 only; export/import round trip byte for byte; a malformed catalog changes nothing
# and names its file, line and column, in Thai too; a second copy onto 2570 is refused; a
# database built at schema 008 (the 001-008 SQL and the catalogs shipped then) with data
# and an admin's own title gets the corrected 2567 and 2568 titles and keeps that title.
set -u
. "$(dirname "$0")/lib.sh"
export LANGUAGE=en

db="$WORK/fw.db"
I() { run "$ITADESK" --db "$db" "$@"; }
I init --demo
expect_status 0

# Agency 1's 2568 results: published indicators and item scores.
{
    echo "item,score"
    for n in 1 2 3 4 5 6 7 8; do echo "$n,9$n.5"; done
    for n in $(seq 1 28); do echo "O$n,$(((n % 3) * 50))"; done
} >"$WORK/scores-2568.csv"
I import scores "$WORK/scores-2568.csv" --agency 1 --year 2568
expect_status 0
I score --agency 1 --year 2568
expect_status 0
scores_before=$OUT
expect_out_re "^ *9 "

I framework list
expect_status 0
expect_out_re "2568 +levels +partial +10 +28 +0 +1"

I framework copy 2568 2570
expect_status 0
expect_out "Fiscal year 2570: framework copied from 2568."
I framework list
expect_out_re "2570 +levels +provisional +10 +28 +0 +0"
# A copied year has no results yet: no national average on its summary (2568's is 93.82),
# and 2568's note (its sources, in English) is not carried; 2568 keeps both.
T() { run env LANGUAGE=th "$ITADESK" --db "$db" "$@"; }
T report summary --agency 1 --year 2570
expect_out_re "ค่าเฉลี่ยทั้งประเทศ +\| - "
T report summary --agency 1 --year 2568
expect_out_re "ค่าเฉลี่ยทั้งประเทศ +\| 93.82 "
I framework export 2570
expect_out_re "^framework,(,)+levels,85,provisional,,"$'\r'"?$"
I framework export 2568
expect_out "topic headings instead of 9.x/10.x groups"
I framework copy 2568 2570
expect_status 1
expect_err "fiscal year 2570 already has a framework; nothing was copied"

# A new title for 2570's O1, and indicator 9 weighs more there.
I framework export 2570 -o "$WORK/2570.csv"
expect_status 0
sed -e 's/^item,O1,โครงสร้างและอำนาจหน้าที่,/item,O1,โครงสร้าง หน้าที่และอำนาจของหน่วยงาน,/' \
    -e 's/^\(indicator,9,[^,]*,[^,]*,OIT,\)20,/\125,/' \
    -e 's/^\(indicator,10,[^,]*,[^,]*,OIT,\)20,/\115,/' "$WORK/2570.csv" >"$WORK/2570-new.csv"
cmp -s "$WORK/2570.csv" "$WORK/2570-new.csv" && fail "sed changed nothing" || ok
I framework import 2570 "$WORK/2570-new.csv"
expect_status 0
expect_out "Fiscal year 2570: framework saved (10 indicators, 28 OIT items, 5 levels)."
I framework show 2570
expect_out_re "^O1 .* 9 +โครงสร้าง หน้าที่และอำนาจของหน่วยงาน$"
expect_out_re "^ +9 +OIT +25 "
I framework show 2568
expect_out_re "^O1 .* 9 +โครงสร้างและอำนาจหน้าที่$"
expect_out_re "^ +9 +OIT +20 "
I score --agency 1 --year 2568
[ "$OUT" = "$scores_before" ] && ok || fail "2568 scores changed after editing 2570"
I framework list
expect_out_re "2570 +levels +provisional +10 +28 +3 +0"
I audit
expect_out "OIT item O1, 2570"
# The audit trail in Thai: what changed, in words (no "oit_item", "title_th", "weight").
T audit
expect_out "ข้อ O1 ปี 2570"
expect_out "ชื่อภาษาไทย"
expect_out "ตัวชี้วัดที่ 9 ปี 2570"
expect_out "กรอบปี 2570"
expect_out "คัดลอกจากปี"
. "$(dirname "$0")/thai_words.sh"
printf '%s\n' "$OUT" | sed "s/$(id -un)//g" >"$WORK/audit-th.txt" # the login is a name
words=$(thai_words "$WORK/audit-th.txt")
[ -z "$words" ] && ok || fail "English words in Thai 'audit': $words"

# Round trip: what export writes, import reads back to the same bytes.
I framework export 2568
printf '%s\n' "$OUT" >"$WORK/2568.csv"
I framework import 2571 "$WORK/2568.csv"
expect_status 0
I framework export 2571
[ "$OUT" = "$(cat "$WORK/2568.csv")" ] && ok || fail "export, import, export differ"

# A malformed file: nothing changes, the message names file, line and column.
sqlite3 "$db" .dump >"$WORK/before.sql"
sed 's/^\(indicator,9,[^,]*,[^,]*,OIT,\)20,/\1abc,/' "$WORK/2568.csv" >"$WORK/bad.csv"
line=$(grep -n '^indicator,9,' "$WORK/bad.csv" | cut -d: -f1)
I framework import 2568 "$WORK/bad.csv"
expect_status 1
expect_err "bad.csv:$line: weight (weight): a number from 0.01 to 100 is needed, not \"abc\"; nothing was changed"
run env LANGUAGE=th "$ITADESK" --db "$db" framework import 2568 "$WORK/bad.csv"
expect_status 1
expect_err "bad.csv:$line: น้ำหนัก (weight): ต้องเป็นตัวเลขตั้งแต่ 0.01 ถึง 100 ไม่ใช่ \"abc\" จึงไม่มีการเปลี่ยนแปลงใด ๆ"
# An item under an indicator the catalog lacks: the field in Thai words, the column after.
sed 's/^\(item,O1,[^,]*,[^,]*,[^,]*,[^,]*,\)9,/\142,/' "$WORK/2568.csv" >"$WORK/bad42.csv"
line=$(grep -n '^item,O1,' "$WORK/bad42.csv" | cut -d: -f1)
T framework import 2568 "$WORK/bad42.csv"
expect_status 1
expect_err "bad42.csv:$line: ตัวชี้วัดที่ (indicator_no): ไม่มีตัวชี้วัดที่ 42 ในกรอบการประเมินนี้ จึงไม่มีการเปลี่ยนแปลงใด ๆ"
# The file saved by a Thai Windows program (TIS-620): said to be not UTF-8, line named;
# --encoding tis-620 reads it. A missing file is said so in Thai.
iconv -c -f UTF-8 -t TIS-620 "$WORK/2568.csv" >"$WORK/tis.csv"
T framework import 2568 "$WORK/tis.csv"
expect_status 1
expect_err "tis.csv:3: การเข้ารหัส: ไบต์ที่"
expect_err "ไม่ใช่ utf-8 ที่ถูกต้อง (ลองใช้ --encoding) จึงไม่มีการเปลี่ยนแปลงใด ๆ"
cp "$db" "$WORK/enc.db"
run env LANGUAGE=th "$ITADESK" --db "$WORK/enc.db" framework import 2572 "$WORK/tis.csv" --encoding tis-620
expect_status 0
run env LANGUAGE=th "$ITADESK" --db "$WORK/enc.db" framework show 2572
expect_out_re "^O1 .* 9 +โครงสร้างและอำนาจหน้าที่$"
T framework import 2568 "$WORK/no-such.csv"
expect_status 1
expect_err "no-such.csv: อ่านไม่ได้: ไม่มีไฟล์นี้ จึงไม่มีการเปลี่ยนแปลงใด ๆ"
T framework export 2568 --encoding cp874
expect_status 2
# Well formed, but without items agencies' checklists use: refused whole.
grep -v '^item,O2,' "$WORK/2568.csv" >"$WORK/no-o2.csv"
I framework import 2568 "$WORK/no-o2.csv"
expect_status 1
expect_err "OIT item O2 of 2568 is on agencies' checklists"
sqlite3 "$db" .dump >"$WORK/after.sql"
cmp -s "$WORK/before.sql" "$WORK/after.sql" && ok || fail "a refused import changed the database"

# Thai output: no English words (only the allowed names and codes).
. "$(dirname "$0")/thai_words.sh"
for cmd in "framework list" "framework show 2568" "framework show 2569"; do
    run env LANGUAGE=th "$ITADESK" --db "$db" $cmd
    printf '%s\n' "$OUT" >"$WORK/th.txt"
    words=$(thai_words "$WORK/th.txt")
    [ -z "$words" ] && ok || fail "English words in Thai '$cmd': $words"
done
run env LANGUAGE=th "$ITADESK" --db "$db" framework show 2568
expect_out "ปีงบประมาณ 2568: การตัดสินผล หลายระดับ เกณฑ์ผ่าน 85"
expect_out "ยังไม่ทราบ: 30 รายการ"

I framework show 2599
expect_status 1
expect_err "there is no framework for fiscal year 2599"
I framework frobnicate
expect_status 2

# A weight of 2567 changed: agency 1's computed 2567 total follows at once (it is derived
# from the catalog whenever it is shown); the published one stays as entered.
I score --agency 1 --year 2567
expect_out "total:      entered 90.49, computed 90.49"
I framework export 2567 -o "$WORK/2567.csv"
sed -e 's/^\(indicator,9,[^,]*,[^,]*,OIT,\)20,/\130,/' \
    -e 's/^\(indicator,10,[^,]*,[^,]*,OIT,\)20,/\110,/' "$WORK/2567.csv" >"$WORK/2567-w.csv"
I framework import 2567 "$WORK/2567-w.csv"
expect_status 0
I score --agency 1 --year 2567
expect_out_re "^ *9 .* OIT +30 "
# Indicator 9 (76.79) gains 10 points of weight, indicator 10 (85.00 as published)
# loses them: 90.49 + 0.10 x (76.79 - 85.00) = 89.67.
expect_out_re "^total: +entered 90\\.49, computed 89\\.67 +≠$"
I framework import 2567 "$WORK/2567.csv"
I score --agency 1 --year 2567
expect_out "total:      entered 90.49, computed 90.49"
# Weights that do not add up to 100 are refused (IIT indicator 1: 6 -> 60 would move the
# computed total to 96.79), naming the file, the rows and each indicator's weight.
sed -e 's/^\(indicator,1,[^,]*,[^,]*,IIT,\)6,/\160,/' "$WORK/2567.csv" >"$WORK/2567-154.csv"
first=$(grep -n '^indicator,' "$WORK/2567-154.csv" | head -1 | cut -d: -f1)
last=$(grep -n '^indicator,' "$WORK/2567-154.csv" | tail -1 | cut -d: -f1)
T framework import 2567 "$WORK/2567-154.csv"
expect_status 1
expect_err "2567-154.csv:$first-$last: น้ำหนัก (weight): น้ำหนักของตัวชี้วัดรวมกันได้ 154 ไม่ใช่ 100 (ตัวชี้วัดที่: น้ำหนัก 1: 60, 2: 6,"
I score --agency 1 --year 2567
expect_out "total:      entered 90.49, computed 90.49"

# --- an upgrade from schema 008 ---
old="$WORK/old.db"
for f in "$ITADESK_SOURCE_DIR"/db/schema/00[1-8]_*.sql; do
    sqlite3 "$old" <"$f" || fail "schema $f"
done
cat_dir="$ITADESK_TEST_DATA_DIR/schema-008/catalogs"
sqlite3 "$old" <<EOF || fail "building the 008 database"
PRAGMA application_id = 1230258500;
PRAGMA user_version = 8;
.mode csv
.import $cat_dir/frameworks.csv f
.import $cat_dir/grade-bands.csv b
.import $cat_dir/indicators.csv i
.import $cat_dir/questions.csv q
.import $cat_dir/oit-items.csv o
INSERT INTO framework SELECT year, grading, nullif(pass_mark, ''), status, nullif(note, ''),
    nullif(national_average, '') FROM f;
INSERT INTO grade_band SELECT year, rank, label_th, label_en, min_total,
    nullif(min_each_tool, ''), passed, certain FROM b;
INSERT INTO indicator SELECT year, no, name_th, nullif(name_en, ''), tool, weight FROM i;
INSERT INTO question SELECT year, code, tool, nullif(indicator_no, ''), text_th, seq FROM q;
INSERT INTO oit_item SELECT year, code, row_number() OVER (PARTITION BY year ORDER BY rowid),
    group_key, group_title, nullif(indicator_no, ''), title_th, components_th, known FROM o;
DROP TABLE f; DROP TABLE b; DROP TABLE i; DROP TABLE q; DROP TABLE o;
INSERT INTO user_role (login, agency_id, role) VALUES ('$(id -un)', NULL, 'admin');
INSERT INTO agency (id, name) VALUES (1, 'เทศบาลตำบลทดสอบ');
INSERT INTO oit_status (agency_id, year, code, state, score) VALUES (1, 2567, 'O5', 'done', 100);
UPDATE oit_item SET title_th = 'รายงานผลตามแผนป้องกันการทุจริต', known = 1
    WHERE year = 2568 AND code = 'O26';
EOF
[ "$(sqlite3 "$old" "SELECT title_th FROM oit_item WHERE year = 2567 AND code = 'O4'")" = \
    "ข่าวประชาสัมพันธ์" ] && ok || fail "the 008 database does not hold the old catalog"
# Opening it for a change upgrades it (each migration in its own transaction).
run "$ITADESK" --db "$old" framework copy 2569 2590
expect_status 0
[ "$(sqlite3 "$old" 'PRAGMA user_version')" -ge 9 ] && ok || fail "not upgraded"
run "$ITADESK" --db "$old" framework show 2567
expect_out_re "O4 +9\\.1 +9 +ข้อมูลการติดต่อ$"
expect_out_re "O5 +9\\.1 +9 +ข่าวประชาสัมพันธ์$"
expect_out_re "O10 +9\\.2 +9 +คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่$"
expect_out_re "O14 +9\\.3 +9 +แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ$"
expect_out_re "O5 +the title is not confirmed; check it on ITAS"
run "$ITADESK" --db "$old" framework show 2568
expect_out_re "O25 .* +แผนปฏิบัติการป้องกันการทุจริต$"
expect_out_re "O26 .* +รายงานผลตามแผนป้องกันการทุจริต$"
[ "$(sqlite3 "$old" "SELECT CAST(score AS INTEGER) FROM oit_status WHERE year = 2567 AND code = 'O5'")" = 100 ] &&
    ok || fail "the checklist lost its data in the upgrade"
# Apart from the admin's title, the upgraded 2567 and 2568 are what a new database ships.
for y in 2567 2568; do
    "$ITADESK" --db "$db" framework export $y >"$WORK/new-$y.csv"
    "$ITADESK" --db "$old" framework export $y >"$WORK/old-$y.csv"
done
cmp -s "$WORK/new-2567.csv" "$WORK/old-2567.csv" && ok || fail "2567 differs after the upgrade"
diff "$WORK/new-2568.csv" "$WORK/old-2568.csv" | grep -c '^[<>]' | grep -qx 2 && ok ||
    fail "2568 differs after the upgrade in more than O26"

finish
