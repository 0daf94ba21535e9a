#!/bin/bash
# The Thai UI speaks Thai: no English word and no Gregorian date on the Thai golden screens
# (tests/golden/*-th-*.txt) or in the Thai output of the commands an officer runs (init
# --demo, agency list, score, check, oit list, measure list and show, the text reports).
# Allowed: product and tool names, key names, item codes, numbers, URLs and paths,
# encodings, and the names the catalog and demo data hold (see thai_words.sh).
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/thai_words.sh"
# remind names whose list it is: the Unix login running the tests, a name, not a word.
THAI_WORDS_DATA="$THAI_WORDS_DATA $(id -un)"

db="$WORK/th.db"
out="$WORK/thai-cli.txt"
th() { LANGUAGE=th ITADESK_TODAY=2025-05-01 "$ITADESK" --db "$db" "$@" >>"$out" 2>&1; }
th init --demo
th agency list
th score --agency 1 --year 2567
th check
th oit list --agency 1 --year 2567
th measure list --agency 1 --year 2568
th measure show 1
# The analysis from the command line: a finding's kind and a constraint's area in Thai words
# ("[weakness]", "staff" were the defect), and the other lists an officer reads.
th finding list --agency 1 --year 2567
th finding propose --agency 1 --year 2567
th constraint list --agency 1 --year 2567
th unit list --agency 1
th agency show 1
th framework show 2568
th oit carry --agency 1 --from 2567 --to 2568
for kind in summary indicators oit analysis; do th report "$kind" --agency 1 --year 2567; done
th report progress --agency 1 --year 2568
th whatif --agency 1 --year 2567 --set O12=100 --set O34=50
# The ITA calendar and the reminders, and their refusals (in Thai words, the date by its
# label: "oit_open: 15 มีนาคม 2525 ..." was the defect). The keys `calendar set` takes are
# typed, not read: thai_words.sh lets them through, and only them.
th calendar show 2568
th calendar set 2568 oit_open 15/3/2525
th calendar set 2568 oit_close 1/2/2568
th calendar show 2599
th measure set 1 --rounds "6;12"
th agency set 1 --province ขอนแก่น --signer-position นายกเทศมนตรี
th audit --agency 1 # the changes just made: fields in Thai words, the date whole, Buddhist era
th remind # the list of the login running the tests (its admin since init)
th remind --user malee # no role anywhere: an error, in Thai

# The scan finds what it must (else it would pass on anything).
printf 'บันทึกโดย tester เมื่อ 2025-03-01\nสถานะ: not-done (seed 000)\n' >"$WORK/bad.txt"
found=$(thai_words "$WORK/bad.txt" | wc -l)
[ "$found" = 4 ] && ok || { OUT=$(thai_words "$WORK/bad.txt"); fail "the scan found $found of 4 planted words"; }
# The demo plan's dates were typed with Thai digits: they come back in them.
grep -q "^เริ่ม: ๑ ตุลาคม ๒๕๖๗$" "$out" && ok || { OUT=$(cat "$out"); fail "the start date lost its Thai digits"; }
grep -q "^เปิดให้ตอบแบบ OIT .*1 มีนาคม 2568 .* oit_open$" "$out" && ok || { OUT=$(cat "$out"); fail "calendar show lost its lines"; }
grep -q "เปิดให้ตอบแบบ OIT: 15 มีนาคม 2525 อยู่นอกปีงบประมาณ 2568" "$out" && ok || { OUT=$(cat "$out"); fail "the calendar's refusal is not the Thai one"; }
grep -q "รอบการติดตามที่เลยกำหนด" "$out" && ok || { OUT=$(cat "$out"); fail "remind printed no list"; }
grep -q "malee ไม่มีบทบาทในหน่วยงานใดเลย" "$out" && ok || { OUT=$(cat "$out"); fail "remind for a login without a role did not refuse in Thai"; }
grep -Eq "^ +[0-9]+  [0-9]{1,2} [^ ]+ 25[0-9]{2} [0-9]{2}:[0-9]{2} " "$out" && ok || { OUT=$(grep -A3 "แถว" "$out"); fail "audit's date is not whole, or not in the Buddhist era"; }
grep -q "^1  ประเด็น 1  \[ข้อบกพร่อง" "$out" && ok || { OUT=$(grep -n "ประเด็น 1" "$out"); fail "finding list does not name the kind in Thai"; }
grep -q "ดำเนินการ" "$out" && ok || { OUT=$(cat "$out"); fail "the commands printed no Thai"; }

OUT=$(thai_words "$out" "$ITADESK_SOURCE_DIR"/tests/golden/*-th-*.txt)
CMD="thai_words (Thai CLI output and goldens)"
[ -z "$OUT" ] && ok || fail "English words or Gregorian dates on Thai screens or output"
finish
