#!/bin/bash
# `itadesk oit list|set` and `itadesk import oit` on the real binary.
set -u
. "$(dirname "$0")/lib.sh"

db="$WORK/oit.db"
run "$ITADESK" --db "$db" init
expect_status 0
run "$ITADESK" --db "$db" agency add "องค์การบริหารส่วนตำบลศรีคำ"
expect_status 0

# Seed 001's checklist: 43 rows, all done, with their units.
run "$ITADESK" --db "$db" import oit "$ITADESK_TEST_DATA_DIR/ita-acceptance-seed001-2566-oit-status.csv" \
    --agency "องค์การบริหารส่วนตำบลศรีคำ" --year 2566
expect_status 0
expect_out "Imported 43 rows: 43 items changed."
run "$ITADESK" --db "$db" oit list --agency 1 --year 2566
expect_status 0
expect_out "OIT 2566: 43/43 done, 0 in progress"
expect_out_re "\[x\] O1 +โครงสร้าง +สำนักปลัด"
run "$ITADESK" --db "$db" oit list --agency 1 --year 2566 --format csv
expect_status 0
[ "$(printf '%s\n' "$OUT" | grep -c ',done,')" -eq 43 ] && ok || fail "CSV does not list 43 done items"
printf '%s\n' "$OUT" >"$WORK/export.csv"
units_ok=$(sqlite3 :memory: -cmd ".import --csv $WORK/export.csv listed" \
    -cmd ".import --csv $ITADESK_TEST_DATA_DIR/ita-acceptance-seed001-2566-oit-status.csv seed" \
    "SELECT count(*) FROM seed s JOIN listed l ON l.id = s.id AND l.responsible_unit = s.responsible_unit")
[ "$units_ok" = 43 ] && ok || fail "units differ from the seed ($units_ok of 43 match)"

# The listed CSV imports back as it is (no change).
run "$ITADESK" --db "$db" import oit "$WORK/export.csv" --agency 1 --year 2566
expect_status 0
expect_out "0 items changed"

# Setting, with the screen's rules.
run "$ITADESK" --db "$db" oit set --agency 1 --year 2566 O12 --state in-progress --url https://www.sikham.go.th/o12 --score 50
expect_status 0
expect_out "O12: saved"
run "$ITADESK" --db "$db" oit set --agency 1 --year 2566 O12 --url "file:///etc/passwd"
expect_status 1
expect_err "http:// or https://"
run "$ITADESK" --db "$db" oit set --agency 1 --year 2566 O12 --score 75
expect_status 1
expect_err "0, 50 or 100"
run "$ITADESK" --db "$db" oit set --agency 1 --year 2566 O99 --state done
expect_status 1
expect_err "no item O99 in the 2566 catalog"
run "$ITADESK" --db "$db" oit list --agency 1 --year 2566 --state in-progress
expect_status 0
expect_out_re "\[~\] O12 .* link"

# A bad import row stops everything and names the line.
printf 'id,responsible_unit,status,progress_note\nO1,กองคลัง,done,x\nO2,กองคลัง,finished,y\n' >"$WORK/bad.csv"
before=$(sqlite3 "$db" "SELECT group_concat(state || unit_id || note) FROM oit_status")
run "$ITADESK" --db "$db" import oit "$WORK/bad.csv" --agency 1 --year 2566
expect_status 1
expect_err "bad.csv:3: status:"
after=$(sqlite3 "$db" "SELECT group_concat(state || unit_id || note) FROM oit_status")
[ "$before" = "$after" ] && ok || fail "a refused import changed the checklist"
finish
