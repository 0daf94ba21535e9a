#!/bin/bash
# The command-line contract, run on the real binary: init, agencies, scores, check,
# exit codes, and a file the stock sqlite3 shell can still open and check.
set -u
. "$(dirname "$0")/lib.sh"

db="$WORK/cli.db"
run "$ITADESK" --db "$db" init --demo
expect_status 0
expect_out "Demo agencies added: 3"

run "$ITADESK" --db "$db" score --agency 1 --year 2567
expect_status 0
expect_out "entered 90.49, computed 90.49"
expect_out "entered ผ่าน, computed ผ่าน"
expect_out_re " 10  การป้องกันการทุจริต +OIT +20 +85.00 +90.00  ≠"

# An agency named by its exact Thai name, a year in Thai digits.
run "$ITADESK" --db "$db" score --agency "เทศบาลตำบลคำเขื่อนแก้ว" --year "๒๕๖๗"
expect_status 0
expect_out "entered 90.49"

run "$ITADESK" --db "$db" agency add "อบต.ทดสอบ" --kind "องค์การบริหารส่วนตำบล" --province "ขอนแก่น"
expect_status 0
expect_out "4"
run "$ITADESK" --db "$db" agency add "อบต.ทดสอบ"
expect_status 1
expect_err "already exists"
run "$ITADESK" --db "$db" agency list
expect_status 0
expect_out "อบต.ทดสอบ"

printf 'item,score\n1,๙๙\n' >"$WORK/s.csv"
run "$ITADESK" --db "$db" import scores "$WORK/s.csv" --agency 4 --year 2566
expect_status 0
expect_out "Imported 1 score."
printf 'item,score\n1,99\n1,98\n' >"$WORK/bad.csv"
run "$ITADESK" --db "$db" import scores "$WORK/bad.csv" --agency 4 --year 2566
expect_status 1
expect_err "bad.csv:3: item: 1 appears twice (first on line 2)"

# Escape sequences in stored text never reach the terminal raw.
run "$ITADESK" --db "$db" agency add $'evil\e]0;pwned\a name'
expect_status 0
run "$ITADESK" --db "$db" agency list
if printf '%s' "$OUT" | grep -q $'\e'; then fail "an escape sequence reached the terminal"; fi

run "$ITADESK" --db "$db" check
expect_status 0
expect_out "ok: integrity"

run "$ITADESK" --db "$db" score --agency 1
expect_status 1
run "$ITADESK" --db "$db" score --agency 1 --year 2024
expect_status 1
expect_err "Buddhist-era"
run "$ITADESK" --db "$db" score --bogus
expect_status 2
run "$ITADESK" --db "$db" frobnicate
expect_status 2
run "$ITADESK" --version
expect_status 0

# The stock sqlite3 shell opens the file and finds it sound.
run sqlite3 "$db" "PRAGMA integrity_check; PRAGMA foreign_key_check; SELECT count(*) FROM agency;"
expect_status 0
expect_out "ok"
expect_out "5"

# Thai messages when the user asks for Thai.
run env LANGUAGE=th "$ITADESK" --db "$db" check
expect_status 0
finish
