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

finish
