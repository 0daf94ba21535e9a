#!/bin/bash
# itadesk remind and itadesk calendar on the demo database, today fixed by ITADESK_TODAY:
# nothing due exits 0; one monitoring round made overdue exits 3 and names the measure and
# the round (English and Thai); reporting the round clears it; --days, --user, --agency;
# inside the OIT window the open items are listed; a hostile title is printed sanitised.
# The calendar: shipped values, an admin's change in a Thai date (audited), refusals.
set -u
. "$(dirname "$0")/lib.sh"
export LANGUAGE=en
db="$WORK/itadesk.db"
title='จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่'
r() { run env ITADESK_TODAY="$today" "$ITADESK" --db "$db" "$@"; }

run "$ITADESK" --db "$db" init --demo
expect_status 0
today=2025-05-10

# Nothing due on 10 May 2025: the demo's rounds have no dates, its findings have measures.
r remind
expect_status 0
expect_out "Nothing to do for"

# Measure 1 starts on 1 Oct 2024: with rounds at 6 and 12 months the first is due 31 March.
r measure set 1 --rounds "6;12"
expect_status 0
r remind
expect_status 3
expect_out "Overdue monitoring rounds"
expect_out "6-month round of measure 1: $title"
expect_out "2025-03-31"
expect_out_re "^ *! +2025-03-31"
expect_out "เทศบาลตำบลคำเขื่อนแก้ว"
run env ITADESK_TODAY="$today" LANGUAGE=th "$ITADESK" --db "$db" remind
expect_status 3
expect_out "รอบการติดตามที่เลยกำหนด"
expect_out "รอบ 6 เดือน ของมาตรการที่ 1: $title"
expect_out "31 มีนาคม 2568"
printf '%s\n' "$OUT" | grep -q '2025-' && fail "a Gregorian date in the Thai list" || ok

# Only the agencies the login covers: agency 2 has nothing, an officer of 2 has nothing
# (existing system accounts stand in for officers: roles go to Unix logins).
r remind --agency 2
expect_status 0
r user add daemon --role officer --agency 2
expect_status 0
r user add bin --role officer --agency 1
expect_status 0
r remind --user daemon
expect_status 0
expect_out "Nothing to do for daemon"
r remind --user bin
expect_status 3
expect_out "measure 1"
# A login with no role anywhere (a typo in a cron job) is an error, not "nothing to do".
r remind --user nobody
expect_status 1
expect_err "nobody has no role in any agency"
printf '%s' "$OUT" | grep -q "Nothing to do" && fail "an unknown login got 'nothing to do'" || ok
run env ITADESK_TODAY="$today" LANGUAGE=th "$ITADESK" --db "$db" remind --user nosuchuser
expect_status 1
expect_err "nosuchuser ไม่มีบทบาทในหน่วยงานใดเลย"

# Reported done, the round leaves the list; the 12-month one is due within 150 days.
r measure report 1 --round 6 --state done --note "ทำคู่มือแล้ว"
expect_status 0
r remind
expect_status 0
r remind --days 150
expect_status 3
expect_out "Monitoring rounds due soon"
expect_out "12-month round of measure 1"
expect_out "2025-09-30"
r remind --days abc
expect_status 2
expect_err "--days"
r remind extra
expect_status 2

# Inside 2568's OIT window (1 March - 30 April 2025): the items not done, until 30 April.
today=2025-04-10
r remind --agency 1
expect_status 3
expect_out "OIT items to finish while answering is open"
expect_out "O1 of 2568: not done, no evidence link: "
expect_out "O25 of 2568: not done, no evidence link: แผนปฏิบัติการป้องกันการทุจริต"

# A title with an escape sequence is printed sanitised (the terminal gets no ESC byte).
today=2025-05-10
r measure set 1 --rounds "6;12" --title $'คู่มือ\e[2J\e]0;x\aงาน'
r measure set 2 --rounds "6" --title $'ประชุม\e[31mแดง'
expect_status 0
r remind
expect_status 3
printf '%s' "$OUT" | grep -q $'\e' && fail "an ESC byte reached the output" || ok
expect_out "ประชุม␛แดง"

# The calendar: 2568 as shipped, then an admin's result date typed in Thai.
r calendar show 2568
expect_status 0
expect_out_re "^OIT answering opens +2025-03-01 +the usual cycle, not a notice of that year +oit_open$"
expect_out_re "^Results announced +unknown +usually July or August +result$"
r calendar set 2568 result "15 ส.ค. 2568"
expect_status 0
r calendar show ๒๕๖๘
expect_out_re "^Results announced +2025-08-15 .* result$"
run env LANGUAGE=th "$ITADESK" --db "$db" calendar show 2568
expect_out "15 สิงหาคม 2568"
expect_out "1 มีนาคม 2568"
r audit --format csv
expect_out ",calendar,2568,result,,2025-08-15"
r calendar set 2568 oit_close 1/2/2568
expect_status 1
expect_err "OIT answering closes: the window would close (2025-02-01) before it opens"
# A date of another fiscal year is refused, naming the date in words and the range: 1 March
# 2567 typed for 2568 would have opened a window a year and two months long.
r calendar set 2568 oit_open 2024-03-01
expect_status 1
expect_err "OIT answering opens: 2024-03-01 is outside fiscal year 2568; the date must be from 2024-10-01 to 2025-09-30"
run env LANGUAGE=th "$ITADESK" --db "$db" calendar set 2568 oit_open 1/3/2567
expect_status 1
expect_err "เปิดให้ตอบแบบ OIT: 1 มีนาคม 2567 อยู่นอกปีงบประมาณ 2568 วันที่ต้องอยู่ระหว่าง 1 ตุลาคม 2567 ถึง 30 กันยายน 2568"
# Late results may come up to 31 December after the year, no later.
r calendar set 2568 result 31/12/2568
expect_status 0
r calendar set 2568 result 1/1/2569
expect_status 1
expect_err "to 2025-12-31"
# A year without a framework has no calendar: refused, and show says so.
r calendar set 2599 oit_open 1/3/2599
expect_status 1
expect_err "there is no framework for fiscal year 2599"
r calendar show 2599
expect_status 1
expect_err "there is no framework for fiscal year 2599"
[ -z "$OUT" ] && ok || fail "calendar show printed a calendar of a year without a framework"
r audit --format csv
printf '%s' "$OUT" | grep -q ",calendar,2599," && fail "a refused year was audited" || ok
r calendar set 2568 oit_soon 1/2/2568
expect_status 2
expect_err "oit_open"
r calendar set 2568 result 31/2/2568
expect_status 2
r calendar set 2568 result -
expect_status 0
r calendar show 2568
expect_out_re "^Results announced +unknown .* result$"
# A later OIT window an admin sets moves the open items with it.
r calendar set 2568 oit_close 31/5/2568
expect_status 0
r remind --agency 1
expect_status 3
expect_out "O1 of 2568"
finish
