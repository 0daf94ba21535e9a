#!/bin/bash
# The reviewer's overview in a real terminal (tmux, 80x24, Thai screens, keys as raw bytes):
# from an agency's dashboard, v opens every agency of its province; f narrows it to the
# agency's district and back; typing Thai filters;
# Enter drills into an agency's dashboard, Esc comes back to the overview as it was (the
# filter kept), and a tick made meanwhile shows in the overview's count.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

db="$WORK/overview.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
for name in เทศบาลตำบลนาแก องค์การบริหารส่วนตำบลไร่; do
    "$ITADESK" --db "$db" agency add "$name" --district พรรณานิคม --province สกลนคร >/dev/null ||
        echo "FAIL: agency add $name"
done
"$ITADESK" --db "$db" agency add เทศบาลเมืองสกลนคร --district เมืองสกลนคร --province สกลนคร \
    >/dev/null || echo "FAIL: agency add"
# A reviewer's check shows in the overview's "checked" column: 1 of 2567's 35 items = 3%.
"$ITADESK" --db "$db" oit set --agency เทศบาลเมืองสกลนคร --year 2567 O1 --state done >/dev/null &&
    "$ITADESK" --db "$db" oit check O1 --agency เทศบาลเมืองสกลนคร --year 2567 >/dev/null ||
    echo "FAIL: oit set/check"

TM new-session -d -s itadesk -x 80 -y 24 \
    "env LC_ALL=C.UTF-8 LANGUAGE=th ITADESK_TODAY=2025-05-01 HOME='$HOME' \
     XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$WORK/state' \
     $ITADESK --db '$db' --agency 3 --year 2567 2>'$WORK/ov.err'; echo \$? >'$WORK/ov.exit'"
TM set-option -t itadesk remain-on-exit on >/dev/null

wait_for "เทศบาลตำบลพอกน้อย"
type_text "v"
wait_for "จังหวัดสกลนคร ปีงบประมาณ 2567"
wait_for "4 จาก 4 หน่วยงาน"
wait_for "เทศบาลเมืองสกลนคร"
TM resize-window -t itadesk -x 130 -y 24 # the checked column is right of 80 columns
wait_for "ตรวจแล้ว"
row=$(screen | grep -F "เทศบาลเมืองสกลนคร")
# done 3% then checked 3%; the other agencies have nothing checked (0%)
if [ "$(printf '%s\n' "$row" | grep -o '3%' | wc -l)" -eq 2 ]; then ok; else
    OUT=$(screen); fail "the checked column does not show the reviewer's check: $row"; fi
TM resize-window -t itadesk -x 80 -y 24

# f: only agency 3's district (พรรณานิคม: 3 of the 4), then the whole province again.
type_text "f"
wait_for "อำเภอพรรณานิคม จังหวัดสกลนคร ปีงบประมาณ 2567"
wait_for "3 จาก 3 หน่วยงาน"
if screen | grep -qF "เทศบาลเมืองสกลนคร"; then OUT=$(screen); fail "another district's agency shows"; else ok; fi
type_text "f"
wait_for "4 จาก 4 หน่วยงาน"

type_text "นาแก"
wait_for "1 จาก 4 หน่วยงาน"
type_text $'\r'  # ends the filter
type_text $'\r'  # opens the agency
wait_for "ค่าเฉลี่ยทั้งประเทศ" # a line of the dashboard only
deadline=$((SECONDS + 10)) # the title line names the agency drilled into
until screen | head -1 | grep -qF "เทศบาลตำบลนาแก" || [ "$SECONDS" -ge "$deadline" ]; do sleep 0.1; done
if screen | head -1 | grep -qF "เทศบาลตำบลนาแก"; then ok; else
    OUT=$(screen); fail "the title line does not name the agency drilled into"; fi

# A tick in the agency's checklist, then back: the dashboard, then the overview, current.
type_text "o"
wait_for "รายการตรวจ OIT"
type_text " "
type_text $'\x1b'
wait_for "1/"
type_text $'\x1b'
wait_for "ค้นหา: นาแก"
wait_for "1 จาก 4 หน่วยงาน"
done_pct=$(sqlite3 "$db" "SELECT round(100.0 * (SELECT count(*) FROM oit_status s JOIN agency a
    ON a.id = s.agency_id WHERE a.name = 'เทศบาลตำบลนาแก' AND s.year = 2567 AND s.state = 'done')
    / (SELECT count(*) FROM oit_item WHERE year = 2567))" | cut -d. -f1)
[ "${done_pct:-0}" -gt 0 ] && ok || fail "the tick was not saved"
wait_for "${done_pct}%"

type_text "Q"
wait_file "$WORK/ov.exit" 10 && [ "$(cat "$WORK/ov.exit")" = 0 ] && ok ||
    { OUT=$(cat "$WORK/ov.err"); fail "itadesk did not quit cleanly"; }
finish
