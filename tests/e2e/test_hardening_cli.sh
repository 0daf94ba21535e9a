#!/bin/bash
# Issue 11 on the command line: `measure set` builds on other users' changes (one
# transaction) unless --expect-version names the version the script saw; a read-only
# database can be looked at but not changed; a busy database is waited for.
set -u
. "$(dirname "$0")/lib.sh"

db="$WORK/plan.db"
run "$ITADESK" --db "$db" init --demo
expect_status 0

# Four scripts change the same measure at once: none of them is refused.
id=1
writer() {
    local w=$1 i
    for ((i = 1; i <= 25; i++)); do
        "$ITADESK" --db "$db" measure set "$id" --result "ผู้เขียน $w รอบ $i" >/dev/null \
            2>>"$WORK/writer-$w.err" || echo "exit $? at $i" >>"$WORK/writer-$w.err"
    done
}
for w in 1 2 3 4; do writer "$w" & done
wait
errors=$(cat "$WORK"/writer-*.err 2>/dev/null)
[ -z "$errors" ] && ok || { OUT=$errors; fail "concurrent measure set failed"; }
run "$ITADESK" --db "$db" measure show "$id"
expect_out_re "version 10[0-9]"

# --expect-version: the version seen is saved on; a stale one is a conflict for a script.
version=$(printf '%s\n' "$OUT" | sed -n 's/.*(version \([0-9]*\)).*/\1/p')
run "$ITADESK" --db "$db" measure set "$id" --expect-version "$version" --outcome "ตามแผน"
expect_status 0
expect_out "measure $id: saved"
run "$ITADESK" --db "$db" measure set "$id" --expect-version "$version" --outcome "ไม่ตามแผน"
expect_status 1
expect_err "conflict: measure $id is at version $((version + 1)), not $version"
expect_err "nothing was saved"
case "$ERR" in *"merge by hand"*) fail "the screens' message on the command line" ;; *) ok ;; esac
run "$ITADESK" --db "$db" measure show "$id"
expect_out "outcome: ตามแผน"
run "$ITADESK" --db "$db" measure set "$id" --expect-version abc --outcome x
expect_status 2

# A measure whose monitoring round a reviewer returned with a comment can still be changed
# (the comment was freed twice: measure set aborted with "free(): invalid pointer").
run "$ITADESK" --db "$db" measure set "$id" --rounds "6;12"
expect_status 0
run "$ITADESK" --db "$db" measure report "$id" --round 6 --note "ส่งแล้ว"
expect_status 0
run "$ITADESK" --db "$db" measure return "$id" --round 6 --comment "ขอหลักฐานเพิ่ม"
expect_status 0
run "$ITADESK" --db "$db" measure set "$id" --result "แก้ไขหลังส่งกลับ"
expect_status 0
expect_out "saved"
run "$ITADESK" --db "$db" measure show "$id"
expect_out "แก้ไขหลังส่งกลับ"
expect_out "ขอหลักฐานเพิ่ม"

# A busy database: another program holds the write lock for 6 s (longer than the old
# 5 s limit); a change waits for it (30 s by default) and is saved. With --wait 1 it gives
# up after a second and says the database is busy.
hold_lock() { # SECONDS
    rm -f "$WORK/locked"
    sqlite3 "$db" "BEGIN IMMEDIATE;" ".shell touch '$WORK/locked'" ".shell sleep $1" \
        "COMMIT;" >/dev/null &
    HOLDER=$!
    for _ in $(seq 200); do [ -e "$WORK/locked" ] && break; sleep 0.05; done
}
hold_lock 6
run "$ITADESK" --db "$db" oit set --agency 1 --year 2567 O2 --state not-done
expect_status 0
expect_out "O2: saved"
wait "$HOLDER"
hold_lock 4
run "$ITADESK" --db "$db" --wait 1 oit set --agency 1 --year 2567 O2 --state done
expect_status 1
expect_err "the database is busy"
run "$ITADESK" --db "$db" oit set --agency 1 --year 2567 O2 --state done --wait 0.5
expect_status 1
expect_err "the database is busy"
wait "$HOLDER"
run "$ITADESK" --db "$db" oit list --agency 1 --year 2567 --state not-done
expect_out "O2"
run "$ITADESK" --db "$db" --wait soon oit list --agency 1 --year 2567
expect_status 2

# Read-only: a user who may read the database but not write it (nor its folder).
as_reader() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
    else
        "$@"
    fi
}
chmod 755 "$WORK"
ro="$WORK/ro"
mkdir "$ro"
cp "$db" "$ro/itadesk.db"
chmod 644 "$ro/itadesk.db"
chmod 555 "$ro"
[ "$(id -u)" -eq 0 ] || chmod 444 "$ro/itadesk.db"
check_read_only() {
    local file=$1
    for cmd in "oit list --agency 1 --year 2567" "score --agency 1 --year 2567" \
        "measure list --agency 1 --year 2568" "report summary --agency 1 --year 2567" \
        "report oit --agency 1 --year 2567 --format csv" "agency list" "check"; do
        run as_reader "$ITADESK" --db "$file" $cmd
        expect_status 0
    done
    run as_reader "$ITADESK" --db "$file" oit set --agency 1 --year 2567 O2 --state done
    expect_status 1
    expect_err "read-only: you can look but not change"
    case "$ERR" in *damaged* | *"readonly database"*) fail "a raw or wrong message" ;; *) ok ;; esac
    run as_reader "$ITADESK" --db "$file" measure set 1 --result "ไม่ได้"
    expect_status 1
    expect_err "read-only: you can look but not change"
    LANGUAGE=th
    export LANGUAGE
    run as_reader "$ITADESK" --db "$file" oit set --agency 1 --year 2567 O2 --state done
    unset LANGUAGE
    expect_status 1
    expect_err "อ่านอย่างเดียว: ดูได้แต่แก้ไขไม่ได้"
}
check_read_only "$ro/itadesk.db"
# A 0444 file in a folder the user may write.
rw="$WORK/rw"
mkdir "$rw"
cp "$db" "$rw/itadesk.db"
chmod 777 "$rw"
chmod 444 "$rw/itadesk.db"
[ "$(id -u)" -eq 0 ] && chown 65534 "$rw/itadesk.db"
check_read_only "$rw/itadesk.db"
chmod 755 "$ro"

# Not a database file at all.
run "$ITADESK" --db /dev/null oit list --agency 1 --year 2567
expect_status 1
expect_err "/dev/null is a device or a pipe, not a database file"
run "$ITADESK" --db /dev/null init
expect_status 1
expect_err "/dev/null is a device or a pipe, not a database file"
run "$ITADESK" --db "$WORK" oit list --agency 1 --year 2567
expect_status 1
expect_err "$WORK is a folder, not a database file"
run "$ITADESK" --db "$WORK" init
expect_status 1
expect_err "$WORK is a folder, not a database file"

finish
