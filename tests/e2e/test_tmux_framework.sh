#!/bin/bash
# Framework administration on the screens, in Thai at 80x24 on a private tmux server: the
# admin copies 2568 into a new year 2570 (typed in Thai digits), moves to 2570 with ']',
# opens O1 and adds to its title, saves with F2; the command line then shows the new title
# for 2570 and the old one for 2568, and agency 1's 2568 scores are unchanged.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

db="$WORK/fw.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
printf 'item,score\n1,91\n2,92\n3,93\n9,80\n10,70\nO1,100\nO2,50\n' >"$WORK/scores.csv"
"$ITADESK" --db "$db" import scores "$WORK/scores.csv" --agency 1 --year 2568 >/dev/null ||
    fail "entering 2568 scores"
scores_before=$(LANGUAGE=en "$ITADESK" --db "$db" score --agency 1 --year 2568)

# start_th NAME YEAR: itadesk in Thai at 80x24 on the framework screen of YEAR.
start_th() {
    TM kill-session -t itadesk 2>/dev/null
    TM new-session -d -s itadesk -x 80 -y 24 \
        "env LC_ALL=C.UTF-8 LANGUAGE=th HOME='$HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' \
         XDG_STATE_HOME='$WORK/state' $ITADESK --db '$db' --agency 1 --year $2 \
         --screen framework 2>'$WORK/$1.err'; echo \$? >'$WORK/$1.exit'"
    TM set-option -t itadesk remain-on-exit on >/dev/null
}
start_th fw 2568

wait_for "จัดการกรอบการประเมิน"
wait_for "คะแนนรวม ≥ 95 ทุกเครื่องมือ ≥ 95"
type_text "+"
wait_for "ปีใหม่ โดยคัดลอกจากปี 2568"
type_text "๒๕๗๐"
keys Enter
wait_for "ปีงบประมาณ 2570: คัดลอกกรอบการประเมินจากปี 2568 แล้ว"
type_text "]"
wait_for "ปีงบฯ 2569"
type_text "]"
wait_for "ปีงบฯ 2570"
# Lines: rule heading, rule, 5 levels, indicators heading, 10 indicators, items heading, O1.
keys $(printf 'Down %.0s' $(seq 19)) Enter
wait_for "ข้อ OIT O1"
type_text " (ฉบับปรับปรุง)"
raw '\eOQ' # F2 as PuTTY and xterm send it
wait_for "ปีงบประมาณ 2570: บันทึกกรอบการประเมินแล้ว"
raw '\e'
wait_for "จัดการกรอบการประเมิน"
wait_for "โครงสร้างและอำนาจหน้าที่ (ฉบับปรับปรุง)"
type_text "Q"
wait_file "$WORK/fw.exit" || fail "itadesk did not quit"

run env LANGUAGE=en "$ITADESK" --db "$db" framework show 2570
expect_out_re "^O1 .* 9 +โครงสร้างและอำนาจหน้าที่ \\(ฉบับปรับปรุง\\)$"
run env LANGUAGE=en "$ITADESK" --db "$db" framework show 2568
expect_out_re "^O1 .* 9 +โครงสร้างและอำนาจหน้าที่$"
run env LANGUAGE=en "$ITADESK" --db "$db" score --agency 1 --year 2568
[ "$OUT" = "$scores_before" ] && ok || fail "2568 scores changed"
run env LANGUAGE=en "$ITADESK" --db "$db" audit
expect_out "OIT item O1, 2570"

# A line typed into but never saved survives a dropped SSH link (SIGHUP): the next start
# offers the draft, Enter opens the line's editor, y restores the text, F2 saves it.
start_th hup 2570
wait_for "จัดการกรอบการประเมิน"
keys $(printf 'Down %.0s' $(seq 19)) Enter
wait_for "ข้อ OIT O1"
type_text " ร่างที่ยังไม่บันทึก"
wait_for "(ฉบับปรับปรุง) ร่างที่ยังไม่บันทึก"
kill -HUP "$(app_pid)"
wait_file "$WORK/hup.exit" || fail "itadesk did not end on SIGHUP"
start_th back 2570
wait_for "ฉบับร่างที่ยังไม่ได้บันทึก"
wait_for "รายการในกรอบการประเมิน 2570/O1"
keys Enter
wait_for "ท่านมีฉบับร่างของรายการนี้ที่ยังไม่ได้บันทึก"
type_text "y"
wait_for "นำฉบับร่างกลับมาแล้ว"
wait_for "(ฉบับปรับปรุง) ร่างที่ยังไม่บันทึก"
raw '\e[12~' # F2 as PuTTY sends it
wait_for "ปีงบประมาณ 2570: บันทึกกรอบการประเมินแล้ว"
raw '\e'
wait_for "จัดการกรอบการประเมิน"
type_text "Q"
wait_file "$WORK/back.exit" || fail "itadesk did not quit"
run env LANGUAGE=en "$ITADESK" --db "$db" framework show 2570
expect_out_re "^O1 .* 9 +โครงสร้างและอำนาจหน้าที่ \\(ฉบับปรับปรุง\\) ร่างที่ยังไม่บันทึก$"

# The new-year prompt keeps what was typed: Esc asks first (Esc again: keep typing), a
# dropped link (SIGHUP) keeps it as a draft, the next start offers it, Enter restores it
# into the prompt and the year completes there.
start_th ny 2568
wait_for "จัดการกรอบการประเมิน"
type_text "+"
wait_for "ปีใหม่ โดยคัดลอกจากปี 2568"
type_text "๒๕๗"
wait_for "๒๕๗"
raw '\e'
wait_for "ข้อความที่พิมพ์ยังไม่ได้บันทึก"
raw '\e'
wait_for "ปีใหม่ โดยคัดลอกจากปี 2568"
kill -HUP "$(app_pid)"
wait_file "$WORK/ny.exit" || fail "itadesk did not end on SIGHUP"
[ "$(sqlite3 "$db" "SELECT count(*) FROM draft WHERE entity = 'framework' AND key = 'new:2568'")" = 1 ] &&
    ok || fail "the typed year was not kept as a draft"
start_th ny2 2568
wait_for "ปีใหม่ที่คัดลอกจากปี 2568"
keys Enter
wait_for "ปีใหม่ โดยคัดลอกจากปี 2568"
wait_for "๒๕๗"
type_text "๑"
raw '\r'
wait_for "ปีงบประมาณ 2571: คัดลอกกรอบการประเมินจากปี 2568 แล้ว"
raw '\e'
type_text "Q"
wait_file "$WORK/ny2.exit" || fail "itadesk did not quit"
run env LANGUAGE=en "$ITADESK" --db "$db" framework list
expect_out_re "2571 +levels +provisional"
[ "$(sqlite3 "$db" "SELECT count(*) FROM draft WHERE entity = 'framework'")" = 0 ] &&
    ok || fail "the draft stayed after the year was saved"

finish
