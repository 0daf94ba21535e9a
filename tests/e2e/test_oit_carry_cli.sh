#!/bin/bash
# `itadesk oit carry` from 2567 to 2568 on seed 000's agency (เทศบาลตำบลคำเขื่อนแก้ว): its 2567
# checklist with units, links and notes, and some 2568 ticks of its own. The carry shows the
# mapping and changes nothing without --apply; with it, the units, links (flagged to
# re-check) and notes are in 2568, the values 2568 had are kept, and 2568's tick states stay
# exactly as they were. Then the admin's stored mapping (`oit map`).
set -u
. "$(dirname "$0")/lib.sh"
export LANGUAGE=en

db="$WORK/carry.db"
agency="เทศบาลตำบลคำเขื่อนแก้ว"
run "$ITADESK" --db "$db" init --demo
expect_status 0
run "$ITADESK" --db "$db" import oit "$ITADESK_TEST_DATA_DIR/oit-carry-seed000-2567.csv" \
    --agency "$agency" --year 2567
expect_status 0
expect_out "Imported 33 rows"
for c in O1 O2 O7 O12 O13 O17 O22 O35; do
    "$ITADESK" --db "$db" oit set --agency 1 --year 2567 "$c" \
        --url "https://www.khamkhuean.go.th/ita/2567/$c" >/dev/null || fail "link of $c"
done
# 2568 already under way: ticks, a unit and a note of its own.
"$ITADESK" --db "$db" oit set --agency 1 --year 2568 O1 --state done >/dev/null &&
    "$ITADESK" --db "$db" oit set --agency 1 --year 2568 O2 --state in-progress >/dev/null &&
    "$ITADESK" --db "$db" oit set --agency 1 --year 2568 O5 --state done >/dev/null &&
    "$ITADESK" --db "$db" oit set --agency 1 --year 2568 O11 --state done --unit กองช่าง >/dev/null &&
    "$ITADESK" --db "$db" oit set --agency 1 --year 2568 O19 --note "ของปี ๒๕๖๘" >/dev/null && ok ||
    fail "setting up 2568"

q() { sqlite3 "$db" "$1"; }
marks() { "$ITADESK" --db "$db" oit list --agency 1 --year 2568 | grep -o '\[.\] O[0-9]*'; }
ticks_before=$(marks)
rows_before=$(q "SELECT code, state, coalesce(score, ''), version FROM oit_status WHERE year = 2568 ORDER BY code")
units_before=$(q "SELECT count(*) FROM oit_status WHERE year = 2568 AND unit_id IS NOT NULL")
notes_before=$(q "SELECT count(*) FROM oit_status WHERE year = 2568 AND note IS NOT NULL")
all_before=$(q "SELECT * FROM oit_status ORDER BY agency_id, year, code")
[ "$(printf '%s\n' "$ticks_before" | wc -l)" -eq 28 ] && ok || fail "2568 does not list 28 items"
cp "$db" "$WORK/carry-admin.db" # for the admin's pair, carried before any title pair is

# --- in Thai: every line whole, valid UTF-8 (the longer Thai reasons were once cut inside a
# character), with the full reason on the lines not mapped ---
LANGUAGE=th "$ITADESK" --db "$db" oit carry --agency 1 --from 2567 --to 2568 >"$WORK/carry-th.out" 2>&1
[ $? -eq 0 ] && ok || fail "the Thai carry failed"
OUT=$(cat "$WORK/carry-th.out")
python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$WORK/carry-th.out" &&
    ok || fail "the Thai carry printed invalid UTF-8"
iconv -f UTF-8 -t UTF-8 "$WORK/carry-th.out" >/dev/null && ok || fail "iconv: invalid UTF-8"
expect_out_re "^  O3 +อำนาจหน้าที่ +ข้อที่ใกล้เคียงที่สุด \(66%\) จับคู่กับข้ออื่นไปแล้ว +\(มีข้อมูลที่ไม่ถูกยกไป\)$"
expect_out_re "^  O27 +.*ข้อที่ใกล้เคียงที่สุด \([0-9]+%\) จับคู่กับข้ออื่นไปแล้ว"
expect_out_re "^  O6 +Q&A +ไม่มีชื่อข้อที่ใกล้เคียงพอ \(สูงสุด 0%\)"
expect_out_re "^O12 .* O11 .* \\(คงเดิม: เฉพาะหน่วย\\)$"
# No English left in it (the titles' own E-Service, Q&A and No Gift Policy aside).
english=$(sed -e 's/E.Service//g; s/Q&A//g; s/No Gift Pol[a-z…]*//g; s/OIT//g; s/--apply//g' \
    "$WORK/carry-th.out" | LC_ALL=C grep '[A-Za-z]\{3,\}')
[ -z "$english" ] && ok || fail "English words in the Thai carry: $english"

# --- shown first, nothing changed ---
run "$ITADESK" --db "$db" oit carry --agency "$agency" --from 2567 --to 2568
expect_status 0
expect_out "carrying the OIT checklist from 2567 to 2568"
expect_out_re "^O1 +โครงสร้าง +O1 +โครงสร้างและอำนาจหน้าที่ +[0-9]+ +by title +unit, link, note"
expect_out_re "^O13 +E-Service +O10 +E–Service +100 +by title +unit, link"
expect_out_re "^O12 .* O11 .* \(kept: unit only\)"
expect_out "Not mapped ("
expect_out_re "^  O6 +Q&A .*no title alike enough"
expect_out_re "^Mapped [0-9]+ of 35 items of 2567 to 2568 \(0 by a stored mapping\); [0-9]+ not mapped\.$"
expect_out_re "^To carry: [0-9]+ items: [0-9]+ units, [0-9]+ links \(to re-check\), [0-9]+ notes; [1-9][0-9]* values 2568 already has are kept\.$"
expect_out "Nothing was changed: run again with --apply to carry."
plan_line=$(printf '%s\n' "$OUT" | grep '^To carry:')
[ "$(q "SELECT * FROM oit_status ORDER BY agency_id, year, code")" = "$all_before" ] && ok ||
    fail "carry without --apply changed the checklist"
mapped=$(printf '%s\n' "$OUT" | sed -n 's/^Mapped \([0-9]*\) of 35.*; \([0-9]*\) not mapped\.$/\1 \2/p')
set -- $mapped
[ "${1:-0}" -ge 23 ] && [ $(($1 + $2)) -eq 35 ] && ok || fail "mapped/not mapped: '$mapped'"

# --- applied ---
run "$ITADESK" --db "$db" oit carry --agency 1 --from 2567 --to 2568 --apply
expect_status 0
expect_out_re "^Carried [1-9][0-9]* items: [1-9][0-9]* units, [1-9][0-9]* links \(to re-check\), [1-9][0-9]* notes; kept [1-9][0-9]* values 2568 already had\.$"
carried=$(printf '%s\n' "$OUT" | sed -n 's/^Carried \([0-9]*\) items: \([0-9]*\) units, \([0-9]*\) links.*, \([0-9]*\) notes;.*/\1 \2 \3 \4/p')
echo "carried (items units links notes): $carried"
set -- $carried
[ "${plan_line#To carry: $1 items: $2 units, $3 links}" != "$plan_line" ] && ok ||
    fail "carried '$carried' differs from the plan shown: $plan_line"
# What the summary says is what the database holds.
units_after=$(q "SELECT count(*) FROM oit_status WHERE year = 2568 AND unit_id IS NOT NULL")
notes_after=$(q "SELECT count(*) FROM oit_status WHERE year = 2568 AND note IS NOT NULL")
links=$(q "SELECT count(*) FROM oit_status WHERE year = 2568 AND evidence_url IS NOT NULL AND evidence_recheck = 1")
[ $((units_after - units_before)) -eq "$2" ] && ok || fail "units: $units_before -> $units_after, said $2"
[ "$links" -eq "$3" ] && ok || fail "links to re-check: $links, said $3"
[ $((notes_after - notes_before)) -eq "$4" ] && ok || fail "notes: $notes_before -> $notes_after, said $4"
[ "$(q "SELECT u.name || '|' || s.evidence_url || '|' || s.evidence_recheck || '|' || s.note FROM oit_status s JOIN unit u ON u.id = s.unit_id WHERE s.year = 2568 AND s.code = 'O1'")" = \
    "สำนักปลัด|https://www.khamkhuean.go.th/ita/2567/O1|1|เผยแพร่โครงสร้างบนเว็บไซต์หน่วยงาน" ] && ok ||
    fail "2568 O1 did not get 2567 O1's unit, link (to re-check) and note"
[ "$(q "SELECT u.name FROM oit_status s JOIN unit u ON u.id = s.unit_id WHERE s.year = 2568 AND s.code = 'O11'")" = กองช่าง ] &&
    ok || fail "the unit 2568 O11 had was overwritten"
[ "$(q "SELECT note FROM oit_status WHERE year = 2568 AND code = 'O19'")" = "ของปี ๒๕๖๘" ] && ok ||
    fail "the note 2568 O19 had was overwritten"
# The tick states: the same, byte for byte; rows that existed keep state, score and version...
[ "$(marks)" = "$ticks_before" ] && ok || fail "2568's ticks changed"
q "SELECT code, state, coalesce(score, '') FROM oit_status WHERE year = 2568 ORDER BY code" >"$WORK/after"
while IFS='|' read -r code state score version; do
    grep -qx "$code|$state|$score" "$WORK/after" || fail "2568 $code: state or score changed"
done <<<"$rows_before"
[ "$(q "SELECT count(*) FROM oit_status WHERE year = 2568 AND state <> 'not-done'")" -eq 4 ] && ok ||
    fail "carrying ticked or unticked items"
[ "$(q "SELECT * FROM oit_status WHERE year = 2567 ORDER BY code")" = \
    "$(printf '%s\n' "$all_before" | grep '^1|2567|')" ] && ok || fail "2567 changed"
[ "$(q "SELECT count(*) FROM audit WHERE entity = 'oit_carry'")" -eq 1 ] && ok || fail "no audit of the carry"

# The flag shows in the exports until the link is saved again.
run "$ITADESK" --db "$db" oit list --agency 1 --year 2568
expect_out_re "\[x\] O1 +โครงสร้างและอำนาจหน้าที่ +สำนักปลัด +link \(to re-check\)"
run "$ITADESK" --db "$db" oit list --agency 1 --year 2568 --format csv
expect_out_re "^2568,$agency,O1,.*,yes"
"$ITADESK" --db "$db" oit set --agency 1 --year 2568 O1 --url "https://www.khamkhuean.go.th/ita/2567/O1" >/dev/null
run "$ITADESK" --db "$db" oit list --agency 1 --year 2568
expect_out_re "\[x\] O1 +โครงสร้างและอำนาจหน้าที่ +สำนักปลัด +link$"

# Twice: nothing more to carry.
run "$ITADESK" --db "$db" oit carry --agency 1 --from 2567 --to 2568 --apply
expect_status 0
expect_out_re "^Carried 0 items: 0 units, 0 links"

# --- the stored mapping (the database's creator is its admin) ---
run "$ITADESK" --db "$db" oit map set --from 2567 --to 2568 O3=O1 o6=-
expect_status 0
expect_out "O3 -> O1: stored"
expect_out "O6 -> -: stored"
run "$ITADESK" --db "$db" oit map list --from 2567 --to 2568
expect_out "2 pairs"
expect_out_re "O6 +-> - \(no successor\)"
run "$ITADESK" --db "$db" oit carry --agency 1 --from 2567 --to 2568
expect_out_re "^O3 +อำนาจหน้าที่ +O1 .* 100 +by admin"
expect_out_re "^  O6 +Q&A .*stored mapping: no successor"
expect_out_re "\(1 by a stored mapping\)"
run "$ITADESK" --db "$db" oit map set --from 2567 --to 2568 O3=O99
expect_status 1
expect_err "no item O99 in the 2568 catalog"
run "$ITADESK" --db "$db" oit map set --from 2567 --to 2568 O3:O1
expect_status 2
expect_err "O5=O4"
run "$ITADESK" --db "$db" oit map clear --from 2567 --to 2568
expect_status 0
expect_out "Removed 2 stored pairs"
[ "$(q "SELECT count(*) FROM audit WHERE entity = 'oit_map'")" -eq 4 ] && ok || fail "mapping not audited"

# --- an admin's pair takes its target before any title does: 2567 O3 -> 2568 O1, which is
# also 2567 O1's best title (73 %). O1 then finds no other free item, and O3's values, not
# O1's, go into 2568 O1; "kept" counts only values 2568 had of its own ---
adb="$WORK/carry-admin.db"
run "$ITADESK" --db "$adb" oit map set --from 2567 --to 2568 O3=O1
expect_status 0
run "$ITADESK" --db "$adb" oit map set --from 2567 --to 2568 O35=O1
expect_status 1
expect_err "2568 O1 already receives 2567 O3 by a stored pair: change or clear that pair first"
[ "$(sqlite3 "$adb" "SELECT count(*) FROM oit_map WHERE to_code = 'O1'")" -eq 1 ] && ok ||
    fail "a second stored pair into O1 was saved"
run "$ITADESK" --db "$adb" oit carry --agency 1 --from 2567 --to 2568
expect_status 0
expect_out_re "^O3 +อำนาจหน้าที่ +O1 +โครงสร้างและอำนาจหน้าที่ +100 +by admin +unit, note$"
[ "$(printf '%s\n' "$OUT" | grep -c '^O[0-9]* .* O1  ')" -eq 1 ] && ok ||
    fail "two items go to 2568 O1: $(printf '%s\n' "$OUT" | grep '^O[0-9]* .* O1  ')"
expect_out_re "^  O1 +โครงสร้าง +its best match \(73%\) went to another item  \(has values that stay behind\)$"
expect_out "Mapped 27 of 35 items of 2567 to 2568 (1 by a stored mapping); 8 not mapped."
expect_out "To carry: 26 items: 25 units, 7 links (to re-check), 24 notes; 2 values 2568 already has are kept."
run "$ITADESK" --db "$adb" oit carry --agency 1 --from 2567 --to 2568 --apply
expect_status 0
expect_out "Carried 26 items: 25 units, 7 links (to re-check), 24 notes; kept 2 values 2568 already had."
[ "$(sqlite3 "$adb" "SELECT u.name || '|' || coalesce(s.evidence_url, '') || '|' || s.note FROM oit_status s JOIN unit u ON u.id = s.unit_id WHERE s.year = 2568 AND s.code = 'O1'")" = \
    "สำนักปลัด||เผยแพร่อำนาจหน้าที่บนเว็บไซต์หน่วยงาน" ] && ok ||
    fail "2568 O1 did not get 2567 O3's unit and note (and no link of 2567 O1)"
[ "$(sqlite3 "$adb" "SELECT count(*) FROM oit_status WHERE year = 2568 AND state <> 'not-done'")" -eq 4 ] &&
    ok || fail "carrying ticked or unticked items"

# Usage.
run "$ITADESK" --db "$db" oit carry --agency 1 --from 2567
expect_status 2
expect_err "--from YEAR and --to YEAR"
run "$ITADESK" --db "$db" oit carry --agency 1 --from 2567 --to 2567
expect_status 2
run "$ITADESK" --db "$db" oit list --agency 1 --year 2568 --apply
expect_status 2
finish
