#!/bin/bash
# The Thai UI speaks Thai: no English word and no Gregorian date on the Thai golden screens
# (tests/golden/*-th-*.txt) or in the Thai output of the commands an officer runs (init
# --demo, agency list, score, check, oit list, measure list and show, the text reports).
# Allowed: product and tool names, key names, item codes, numbers, URLs and paths,
# encodings, and the names the catalog and demo data hold (see thai_words.sh).
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/thai_words.sh"

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
for kind in summary indicators oit analysis; do th report "$kind" --agency 1 --year 2567; done
th report progress --agency 1 --year 2568
th whatif --agency 1 --year 2567 --set O12=100 --set O34=50

# The scan finds what it must (else it would pass on anything).
printf 'บันทึกโดย tester เมื่อ 2025-03-01\nสถานะ: not-done (seed 000)\n' >"$WORK/bad.txt"
found=$(thai_words "$WORK/bad.txt" | wc -l)
[ "$found" = 4 ] && ok || { OUT=$(thai_words "$WORK/bad.txt"); fail "the scan found $found of 4 planted words"; }
# The demo plan's dates were typed with Thai digits: they come back in them.
grep -q "^เริ่ม: ๑ ตุลาคม ๒๕๖๗$" "$out" && ok || { OUT=$(cat "$out"); fail "the start date lost its Thai digits"; }
grep -q "ดำเนินการ" "$out" && ok || { OUT=$(cat "$out"); fail "the commands printed no Thai"; }

OUT=$(thai_words "$out" "$ITADESK_SOURCE_DIR"/tests/golden/*-th-*.txt)
CMD="thai_words (Thai CLI output and goldens)"
[ -z "$OUT" ] && ok || fail "English words or Gregorian dates on Thai screens or output"
finish
