#!/bin/bash
# Roles enforced on the command line under distinct Unix accounts: a viewer reads every
# report but every write exits 1 with a clear message and the database unchanged; an
# officer of agency 1 cannot change agency 2; a reviewer returns an item, the officer sees it
# counted and filtered, and the officer's next change clears it; the history shows both.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/accounts_lib.sh"
trap 'remove_accounts; rm -rf "$WORK"' EXIT
export LANGUAGE=en

mkdir -m 1777 "$WORK/shared"
db="$WORK/shared/itadesk.db"
run "$ITADESK" --db "$db" init --demo
expect_status 0
viewer=$(account itv)
officer=$(account ito)
officer2=$(account itp)
reviewer=$(account itr)
run "$ITADESK" --db "$db" user add "$viewer" --role viewer
expect_status 0
"$ITADESK" --db "$db" user add "$officer" --role officer --agency 1 >/dev/null &&
    "$ITADESK" --db "$db" user add "$officer2" --role officer --agency 2 >/dev/null &&
    "$ITADESK" --db "$db" user add "$reviewer" --role reviewer --agency 1 >/dev/null && ok ||
    fail "adding the test people"
run "$ITADESK" --db "$db" user list
expect_out_re "$viewer +viewer +\\* +every agency"
expect_out_re "$officer +officer +1 "
# Everyone reaches the file (single-user mode stands in for the shared server here).
chmod 0666 "$db"*

# --- the viewer: every read works ---
for cmd in "oit list --agency 1 --year 2567" "score --agency 1 --year 2567" \
    "measure list --agency 1 --year 2568" "measure show 1" "agency list" "user list" \
    "audit" "check" "report summary --agency 1 --year 2567" \
    "report oit --agency 1 --year 2567 --format csv" \
    "report analysis --agency 1 --year 2567 --format html" \
    "report progress --agency 1 --year 2568" "report indicators --agency 1 --year 2567"; do
    run as "$viewer" "$ITADESK" --db "$db" $cmd
    expect_status 0
done

# --- the viewer and the reviewer: every write is refused, exit 1, a clear message, nothing
# changes. Every command that writes, including those added after roles (framework, the OIT
# mapping and carry, the calendar, agencies, units, scores, findings, constraints). ---
printf 'id,responsible_unit,status,progress_note\nO1,กองคลัง,done,x\n' >"$WORK/oit.csv"
printf 'item,score\n1,90\n' >"$WORK/scores.csv"
"$ITADESK" --db "$db" framework export 2568 >"$WORK/fw.csv" || fail "framework export"
chmod 644 "$WORK"/*.csv
# Set up by the admin first, so that each refused command would otherwise succeed: two
# units, a free constraint area.
unit1=$("$ITADESK" --db "$db" unit add "กองคลัง" --agency 1) &&
    unit2=$("$ITADESK" --db "$db" unit add "กองช่าง" --agency 1) &&
    "$ITADESK" --db "$db" constraint delete 5 --agency 1 --year 2567 >/dev/null && ok ||
    fail "setting up units and constraints"
dump "$db" >"$WORK/before.sql"
writes=(
    "oit set --agency 1 --year 2567 O2 --state done"
    "oit set --agency 1 --year 2567 O2 --note ลอง"
    "oit set --agency 1 --year 2567 O2 --score 100"
    "import oit $WORK/oit.csv --agency 1 --year 2567"
    "import scores $WORK/scores.csv --agency 1 --year 2567"
    "score set --agency 1 --year 2567 1 90"
    "score clear --agency 1 --year 2567 total"
    "finding add --agency 1 --year 2567 --kind weakness --text ทดลอง"
    "finding set 1 --text ทดลอง"
    "finding delete 1"
    "constraint add --agency 1 --year 2567 --area economy --text ทดลอง"
    "constraint set 1 --agency 1 --year 2567 --text ทดลอง"
    "constraint delete 1 --agency 1 --year 2567"
    "unit add กองใหม่ --agency 1"
    "unit rename $unit2 กองช่างใหม่ --agency 1"
    "unit merge $unit2 $unit1 --agency 1"
    "unit delete $unit2 --agency 1"
    "measure add --agency 1 --year 2568 --title ทดลอง"
    "measure set 1 --title ทดลอง"
    "measure delete 1 --force"
    "measure carry-over --agency 1 --year 2568"
    "measure report 1 --round 6 --note ทำแล้ว"
    "oit carry --agency 1 --from 2567 --to 2568 --apply"
    "oit map set --from 2567 --to 2568 O3=O1"
    "oit map clear --from 2567 --to 2568"
    "framework copy 2568 2569"
    "framework import 2568 $WORK/fw.csv"
    "calendar set 2568 result 15/8/2568"
    "agency add ใหม่"
    "agency set 1 --name ชื่อใหม่"
    "agency set 1 --signer-name นายทดลอง"
    "agency delete 3 --force"
    "user add $officer --role admin"
    "user set $reviewer --role admin --agency 1"
    "user remove $officer --agency 1"
    "init"
    "init --demo"
)
reviews=(
    "oit check --agency 1 --year 2567 O1"
    "oit return --agency 1 --year 2567 O1 --comment แก้"
    "measure accept 1 --round 6"
    "measure return 1 --round 6 --comment แก้"
)
refused_all() { # refused_all LOGIN ROLE COMMAND...: each command exits 1 saying why
    local login=$1 role=$2
    shift 2
    for cmd in "$@"; do
        run as "$login" "$ITADESK" --db "$db" $cmd
        expect_status 1
        expect_err "not allowed: "
        expect_err "$login is $role "
        expect_err "nothing was changed"
    done
}
refused_all "$viewer" viewer "${writes[@]}" "${reviews[@]}"
# The reviewer of agency 1: no edits, no admin work, no reviews in agency 2.
refused_all "$reviewer" reviewer "${writes[@]}"
run as "$reviewer" "$ITADESK" --db "$db" oit check --agency 2 --year 2567 O1
expect_status 1
expect_err "not allowed: $reviewer has no role here"
dump "$db" >"$WORK/after.sql"
cmp -s "$WORK/before.sql" "$WORK/after.sql" && ok || {
    OUT=$(diff "$WORK/before.sql" "$WORK/after.sql" | head -20)
    fail "a viewer's or reviewer's refused writes changed the database"
}
# The same in Thai: translated, and still nothing changes.
run as "$viewer" env LANGUAGE=th "$ITADESK" --db "$db" oit set --agency 1 --year 2567 O2 --state done
expect_status 1
expect_err "ไม่อนุญาต: $viewer เป็นผู้อ่านที่นี่"

# --- officers: their own agency only ---
run as "$officer" "$ITADESK" --db "$db" oit set --agency 2 --year 2567 O2 --state done
expect_status 1
expect_err "not allowed: $officer has no role here"
run as "$officer2" "$ITADESK" --db "$db" oit set --agency 1 --year 2567 O2 --state done
expect_status 1
# Admin work (catalogs, the calendar, the OIT mapping) refused to an officer: the message
# says it is an admin's and what the officer is, not that the officer has no role.
"$ITADESK" --db "$db" framework export 2568 >"$WORK/fw.csv" || fail "framework export"
chmod 644 "$WORK/fw.csv"
for cmd in "framework copy 2568 2569" "framework import 2569 $WORK/fw.csv" \
    "calendar set 2568 result 15/8/2568" "oit map set --from 2567 --to 2568 O3=O1"; do
    run as "$officer" "$ITADESK" --db "$db" $cmd
    expect_status 1
    expect_err "not allowed: only an admin of every agency may do this; $officer is officer of an agency only"
    case "$ERR" in *"no role here"*) fail "$cmd: an officer was told they have no role" ;; *) ok ;; esac
done
run as "$officer" env LANGUAGE=th "$ITADESK" --db "$db" calendar set 2568 result 15/8/2568
expect_status 1
expect_err "ไม่อนุญาต: เฉพาะผู้ดูแลระบบของทุกหน่วยงานเท่านั้นที่ทำสิ่งนี้ได้ $officer เป็นเจ้าหน้าที่ของบางหน่วยงานเท่านั้น"
dump "$db" >"$WORK/after2.sql"
cmp -s "$WORK/before.sql" "$WORK/after2.sql" && ok || fail "an officer changed another agency"
run as "$officer" "$ITADESK" --db "$db" oit set --agency 1 --year 2567 O2 --note "ลิงก์ใหม่"
expect_status 0
run as "$officer" "$ITADESK" --db "$db" oit check --agency 1 --year 2567 O1
expect_status 1
expect_err "only reviewers and admins check or return work"

# --- the reviewer returns an item; the officer sees it counted and filtered ---
run as "$reviewer" "$ITADESK" --db "$db" oit set --agency 1 --year 2567 O1 --state not-done
expect_status 1
run as "$reviewer" "$ITADESK" --db "$db" oit check --agency 1 --year 2567 O13
expect_status 1
expect_err "O13 is not marked done"
run as "$reviewer" "$ITADESK" --db "$db" oit return --agency 1 --year 2567 O1
expect_status 1
expect_err "comment: say what to fix"
run as "$reviewer" "$ITADESK" --db "$db" oit return --agency 1 --year 2567 O1 --comment "ลิงก์เปิดไม่ได้"
expect_status 0
run as "$reviewer" "$ITADESK" --db "$db" oit check --agency 1 --year 2567 O3
expect_status 0
run as "$officer" "$ITADESK" --db "$db" oit list --agency 1 --year 2567
expect_out "reviewed: 1 of 27 done checked, 1 returned"
run as "$officer" "$ITADESK" --db "$db" oit list --agency 1 --year 2567 --review returned
expect_out "O1 "
expect_out "returned: ลิงก์เปิดไม่ได้"
[ "$(printf '%s\n' "$OUT" | grep -c '^  \[')" -eq 1 ] && ok || fail "the returned filter lists more than O1"
# The officer's later change clears the check; the history shows both sides.
run as "$officer" "$ITADESK" --db "$db" oit set --agency 1 --year 2567 O1 --url https://example.go.th/o1
expect_status 0
run as "$officer" "$ITADESK" --db "$db" oit list --agency 1 --year 2567 --review returned
[ "$(printf '%s\n' "$OUT" | grep -c '^  \[')" -eq 0 ] && ok || fail "the return was not cleared by the change"
run as "$officer" "$ITADESK" --db "$db" audit --agency 1 --format csv
expect_out_re ",$reviewer,1,oit_status,1/2567/O1,review,,returned"
expect_out_re ",$reviewer,1,oit_status,1/2567/O1,review_comment,,ลิงก์เปิดไม่ได้"
expect_out_re ",$officer,1,oit_status,1/2567/O1,evidence_url,"
expect_out_re ",$officer,1,oit_status,1/2567/O1,review,returned,"
run as "$viewer" "$ITADESK" --db "$db" audit --user "$reviewer"
expect_status 0
expect_out "review"
[ "$(printf '%s\n' "$OUT" | grep -vc "$reviewer")" -eq 1 ] && ok || fail "--user shows other users"

# --- a measure's round report: accepted by the reviewer, cleared by a new report ---
run as "$viewer" "$ITADESK" --db "$db" measure report 1 --round 6 --note "ทำแล้ว"
expect_status 1
run as "$reviewer" "$ITADESK" --db "$db" measure accept 1 --round 6
expect_status 1
expect_err "has no report for the 6-month round"
run as "$officer" "$ITADESK" --db "$db" measure report 1 --round 6 --note "จัดทำคู่มือแล้ว"
expect_status 0
run as "$reviewer" "$ITADESK" --db "$db" measure return 1 --round 6 --comment "แนบหลักฐาน"
expect_status 0
run as "$officer" "$ITADESK" --db "$db" measure show 1
expect_out "returned: แนบหลักฐาน"
run as "$reviewer" "$ITADESK" --db "$db" measure accept 1 --round 6
expect_status 0
run as "$officer" "$ITADESK" --db "$db" measure show 1
expect_out "  accepted"
run as "$officer" "$ITADESK" --db "$db" measure report 1 --round 6 --note "แนบหลักฐานแล้ว"
expect_status 0
run as "$officer" "$ITADESK" --db "$db" measure show 1
case "$OUT" in *accepted* | *returned*) fail "a new report kept the old verdict" ;; *) ok ;; esac
run "$ITADESK" --db "$db" check
expect_status 0

# --- the audit cannot be quietly rewritten with the sqlite3 shell ---
last=$(sqlite3 "$db" "SELECT max(id) FROM audit")
trigger=$(sqlite3 "$db" "SELECT sql FROM sqlite_schema WHERE name = 'audit_no_delete'")
sqlite3 "$db" ".backup $WORK/t1.db"
sqlite3 "$WORK/t1.db" "DROP TRIGGER audit_no_delete; DELETE FROM audit"
run "$ITADESK" --db "$WORK/t1.db" check
expect_status 1
expect_out "audit: trigger audit_no_delete is missing"
case "$OUT" in *"ok:"*) fail "check printed ok after the audit was emptied" ;; *) ok ;; esac
# Everything deleted, then the trigger put back as it was: the head record tells.
sqlite3 "$db" ".backup $WORK/t2.db"
sqlite3 "$WORK/t2.db" "DROP TRIGGER audit_no_delete; DELETE FROM audit; $trigger"
run "$ITADESK" --db "$WORK/t2.db" check
expect_status 1
expect_out "audit: rows 1 to $last are missing: they were deleted"
# Only the last row, trigger put back.
sqlite3 "$db" ".backup $WORK/t3.db"
sqlite3 "$WORK/t3.db" "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = $last; $trigger"
run "$ITADESK" --db "$WORK/t3.db" check
expect_status 1
expect_out "audit: row $last is missing: it was deleted"
finish
