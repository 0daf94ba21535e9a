#!/bin/bash
# What the command line accepts (issue 11): control bytes in imported cells, files that are
# not regular or too big, look-alike names, lenient numbers and over-long fields are all
# refused with a clear message and nothing changes; names are matched as people see them.
set -u
. "$(dirname "$0")/lib.sh"

db="$WORK/in.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
snap() { sqlite3 "$db" ".dump" | grep -v '^INSERT INTO app_user' | md5sum; }
it() { run "$ITADESK" --db "$db" "$@"; }

# Item 2: printf 'item,score\n1,9\x000\n' imported indicator 1 as 9.0.
printf 'item,score\n1,9\x000\n' >"$WORK/nul.csv"
before=$(snap)
it import scores "$WORK/nul.csv" --agency 1 --year 2567
expect_status 1
expect_err "nul.csv:2: score: control character 0x00 is not allowed in a cell"
printf 'id,responsible_unit,status,progress_note\nO1,กอง,done,"ab\0cd"\n' >"$WORK/nul-oit.csv"
it import oit "$WORK/nul-oit.csv" --agency 1 --year 2567
expect_status 1
expect_err "nul-oit.csv:2: progress_note: control character 0x00"
[ "$(snap)" = "$before" ] && ok || fail "a refused import changed the database"

# Item 8: non-regular files at once; the size limit, and --max-size.
CMD="import scores /dev/zero"
timeout 10 "$ITADESK" --db "$db" import scores /dev/zero --agency 1 --year 2567 2>"$WORK/stderr"
STATUS=$?
ERR=$(cat "$WORK/stderr")
expect_status 1
expect_err "/dev/zero: file: not a regular file"
mkfifo "$WORK/fifo.csv"
CMD="import oit fifo"
timeout 10 "$ITADESK" --db "$db" import oit "$WORK/fifo.csv" --agency 1 --year 2567 2>"$WORK/stderr"
STATUS=$?
ERR=$(cat "$WORK/stderr")
expect_status 1
expect_err "not a regular file"
{ echo item,score; head -c 2200000 /dev/zero | tr '\0' '1'; echo ,5; } >"$WORK/big.csv"
it import scores "$WORK/big.csv" --agency 1 --year 2567 --max-size 2
expect_status 1
expect_err "big.csv: file: larger than the limit of 2 MB"
it import scores "$WORK/big.csv" --agency 1 --year 2567 --max-size 3
expect_status 1
expect_err "big.csv:2: item:"
it import scores "$WORK/big.csv" --agency 1 --year 2567 --max-size 0x10
expect_status 2

# Item 9: a zero-width space made a second unit that looks the same.
it oit set --agency 1 --year 2567 O1 --unit $'กองคลัง\u200b'
expect_status 0
it oit set --agency 1 --year 2567 O2 --unit $'\u202e กองคลัง\u00a0 '
expect_status 0
units=$(sqlite3 "$db" "SELECT count(*) FROM unit WHERE agency_id = 1 AND name LIKE '%คลัง%'")
[ "$units" = 1 ] && ok || fail "$units units named like กองคลัง"
it oit list --agency 1 --year 2567 --unit กองคลัง --format csv
expect_status 0
[ "$(printf '%s\n' "$OUT" | grep -c ',กองคลัง,')" -eq 2 ] && ok || fail "oit list --unit missed an item"
it agency add $'เทศบาลตำบลคำเขื่อนแก้ว\u200b'
expect_status 1
expect_err "already exists"
it score --agency $'\u200bเทศบาลตำบลคำเขื่อนแก้ว' --year 2567
expect_status 0

# Item 10: plain decimals only.
for v in 0x10 1e1 1e-400; do
    it oit set --agency 1 --year 2567 O3 --score "$v"
    expect_status 2
    printf 'item,score\n1,%s\n' "$v" >"$WORK/n.csv"
    it import scores "$WORK/n.csv" --agency 1 --year 2567
    expect_status 1
    expect_err "n.csv:2: score: '$v' is not a number"
done
it measure add --agency 1 --year 2568 --title ทดสอบ --budget 0x10
expect_status 1
expect_err "budget: '0x10' is not an amount"
it oit list --agency 1 --year 2567abc
expect_status 1
printf 'id,status,year\nO1,done,2567abc\n' >"$WORK/y.csv"
it import oit "$WORK/y.csv" --agency 1 --year 2567
expect_status 1
expect_err "y.csv:2: year:"

# Item 11: the editor's limits hold on the command line.
before=$(snap)
it measure add --agency 1 --year 2568 --title ทดสอบ --steps "$(head -c 12026 /dev/zero | tr '\0' x)"
expect_status 1
expect_err "steps: at most 4000 characters, this has 12026"
it oit set --agency 1 --year 2567 O1 --note "$(head -c 100000 /dev/zero | tr '\0' x)"
expect_status 1
expect_err "note: at most 4000 characters, this has 100000"
# ... and on every other way a text is changed: finding set, constraint set, a monitoring
# round's note and a reviewer's comment (they took 5,000 characters the editors refuse).
long=$(head -c 5000 /dev/zero | tr '\0' x)
finding=$(sqlite3 "$db" "SELECT id FROM finding WHERE agency_id = 1 ORDER BY id LIMIT 1")
constraint=$(sqlite3 "$db" "SELECT id FROM constraint_note WHERE agency_id = 1 ORDER BY id LIMIT 1")
it finding set "$finding" --text "$long"
expect_status 1
expect_err "text: at most 4000 characters, this has 5000"
it constraint set "$constraint" --text "$long"
expect_status 1
expect_err "text: at most 4000 characters, this has 5000"
it oit return --agency 1 --year 2567 O1 --comment "$long"
expect_status 1
expect_err "comment: at most 4000 characters, this has 5000"
it oit check --agency 1 --year 2567 O1 --comment "$long"
expect_status 1
expect_err "comment: at most 4000 characters, this has 5000"
[ "$(snap)" = "$before" ] && ok || fail "a refused change changed the database"
it measure set 1 --rounds "6;12"
expect_status 0
before=$(snap)
it measure report 1 --round 6 --note "$long"
expect_status 1
expect_err "note: at most 4000 characters, this has 5000"
[ "$(snap)" = "$before" ] && ok || fail "a refused round report changed the database"
it measure report 1 --round 6 --note "ส่งแล้ว"
expect_status 0
before=$(snap)
it measure return 1 --round 6 --comment "$long"
expect_status 1
expect_err "comment: at most 4000 characters, this has 5000"
[ "$(snap)" = "$before" ] && ok || fail "a refused review changed the database"
finish
