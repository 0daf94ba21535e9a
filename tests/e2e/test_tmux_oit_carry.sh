#!/bin/bash
# The carry screen with real key bytes at 80x24: from seed 000's 2567 checklist (units, notes,
# links), C -- typed as ฉ, the Thai layout left on -- shows the mapping into 2568 with its
# confidence, End reaches the items not mapped, an admin starts sending 2567 O3 to 2568 O1
# with Enter: Esc with a code typed asks first, and a dropped link keeps the typed code as a
# draft that the next start offers back; saved, the pair takes 2568 O1 from 2567 O1's title
# match. C asks and y carries; 2568's checklist then shows O3's unit and link flagged "check"
# until l and Enter save it again, and 2568's ticks are as they were.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

db="$WORK/carry.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
"$ITADESK" --db "$db" import oit "$ITADESK_TEST_DATA_DIR/oit-carry-seed000-2567.csv" --agency 1 \
    --year 2567 >/dev/null || { echo "FAIL: import"; exit 1; }
"$ITADESK" --db "$db" oit set --agency 1 --year 2567 O1 \
    --url https://www.khamkhuean.go.th/ita/2567/O1 >/dev/null &&
    "$ITADESK" --db "$db" oit set --agency 1 --year 2567 O3 \
        --url https://www.khamkhuean.go.th/ita/2567/O3 >/dev/null &&
    "$ITADESK" --db "$db" oit set --agency 1 --year 2568 O2 --state done >/dev/null &&
    "$ITADESK" --db "$db" oit set --agency 1 --year 2568 O11 --state in-progress --unit กองช่าง >/dev/null ||
    { echo "FAIL: setting up"; exit 1; }
ticks() { sqlite3 "$db" "SELECT code || state || coalesce(score, '') FROM oit_status WHERE year = 2568 AND state <> 'not-done' ORDER BY code"; }
ticks_before=$(ticks)

TM_COLS=80 TM_ROWS=24 start carry --agency 1 --year 2567 --screen oit
wait_for "OIT checklist"
type_text "ฉ" # C with the Thai layout on
wait_for "OIT 2567 -> 2568: 27 of 35 items mapped (0 by an admin), 8 not mapped"
wait_for "To carry: 26 items, 25 units, 1 links (to re-check), 25 notes; 1 kept"
wait_for "O1  │โครงสร้าง"
wait_for "│  73│by title│unit, link, note"
wait_for "2567 O1 โครงสร้าง -> 2568 O1 โครงสร้างและอำนาจหน้าที่ (73%). Unit: สำนักปลัด."
raw '\e[4~' # End, as PuTTY sends it
wait_for "O30 │การประเมินความเสี่ยง"
wait_for "of 2568 is alike enough (best 43%)."
# Up to O3 (the first item not mapped), then Enter: the admin's pair.
for i in $(seq 7); do raw '\eOA'; done # Up in application cursor mode, as PuTTY sends it
wait_for "2567 O3 อำนาจหน้าที่: not carried"
raw '\r'
wait_for "Item of 2568 for 2567 O3:"
type_text "o2"
raw '\e' # Esc with a code typed: asks first
wait_for "The text you typed is not saved"
draft() { sqlite3 "$db" "SELECT body FROM draft WHERE entity = 'carry-pair' AND key = '1:2567:O3'"; }
[ "$(draft)" = o2 ] && ok || fail "Esc did not keep the typed code as a draft: '$(draft)'"
raw '\e' # keep editing
wait_for "Item of 2568 for 2567 O3:"
wait_for "> o2"
raw '\x03' # Ctrl-C asks the same
wait_for "The text you typed is not saved"
raw '\e'
wait_for "> o2"
# The link drops (the terminal goes away: SIGHUP); the next start offers the draft back.
TM kill-session -t itadesk
for _ in $(seq 50); do pgrep -f "itadesk --db $db" >/dev/null || break; sleep 0.1; done
[ "$(draft)" = o2 ] && ok || fail "the dropped link lost the typed code: '$(draft)'"
TM_COLS=80 TM_ROWS=24 start again --agency 1 --year 2567
wait_for "Unsaved drafts"
wait_for "next year's pair of OIT item O3"
raw '\r'
wait_for "Item of 2568 for 2567 O3:"
wait_for "> o2"
wait_for "Your unsaved draft of this pair is back."
raw '\x7f' # Backspace, as PuTTY sends it
type_text "1"
wait_for "> o1"
raw '\r'
wait_for "27 of 35 items mapped (1 by an admin), 8 not mapped"
[ -z "$(draft)" ] && ok || fail "the saved pair's draft was kept"
# O3 takes 2568 O1: 2567 O1's link and values stay behind, O3's go (its link instead of O1's).
wait_for "To carry: 26 items, 25 units, 1 links (to re-check), 25 notes; 1 kept"
wait_for "2567 O3 อำนาจหน้าที่ -> 2568 O1 โครงสร้างและอำนาจหน้าที่ (100%)"
wait_for "│ 100│by admin│unit, link, note"
[ "$(sqlite3 "$db" "SELECT to_code FROM oit_map WHERE from_code = 'O3'")" = O1 ] && ok ||
    fail "the pair was not stored"
raw '\e[4~' # End; 7 up is the first item not mapped: now 2567 O1
for i in $(seq 7); do raw '\eOA'; done
wait_for "2567 O1 โครงสร้าง: not carried, its best match (73%) went to another item."
# C asks; y carries.
type_text "C"
wait_for "Carry 26 items into 2568"
type_text "y"
wait_for "Carried into 2568: 26 items, 25 units, 1 links (to re-check), 25 notes."
wait_for "To carry: 0 items"
[ "$(ticks)" = "$ticks_before" ] && ok || fail "2568's ticks changed: $(ticks)"
# Back to the checklist, next year: the carried unit, the link to re-check.
raw '\e'
wait_for "OIT checklist"
type_text "]"
wait_for "FY 2568"
wait_for "│O1  │โครงสร้างและอำนาจหน้าที่"
wait_for "│สำนักปลัด       │check"
wait_for "│O11 │ข้อมูลสถิติการให้บริการ"
screen | grep -q "│O11 │ข้อมูลสถิติการให้บริการ.*│กองช่าง" && ok || { OUT=$(screen); fail "2568 O11 lost its unit"; }
# Saving the link again confirms it.
raw '\eOB'
raw '\eOA'
type_text "l"
wait_for "https://www.khamkhuean.go.th/ita/2567/O3"
raw '\r'
wait_for "│สำนักปลัด       │yes"
[ "$(sqlite3 "$db" "SELECT evidence_recheck FROM oit_status WHERE year = 2568 AND code = 'O1'")" = 0 ] &&
    ok || fail "the flag stayed after the link was saved again"
type_text "Q"
wait_file "$WORK/again.exit" && ok || fail "itadesk did not quit"
finish
