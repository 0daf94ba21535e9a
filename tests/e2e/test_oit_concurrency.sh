#!/bin/bash
# Eight processes tick one agency's checklist at once: no change is lost or
# overwritten silently, the audit matches the rows, and nobody sees an error.
set -u
. "$(dirname "$0")/lib.sh"

db="$WORK/shared.db"
run "$ITADESK" --db "$db" init --demo
expect_status 0
base=$(sqlite3 "$db" "SELECT count(*) FROM audit")
vsum="SELECT coalesce(sum(version), 0) FROM oit_status WHERE agency_id = 1 AND year = 2567"
vbase=$(sqlite3 "$db" "$vsum")

mkdir -p "$WORK/errors"
bash "$(dirname "$0")/oit_workload.sh" "$ITADESK" "$db" 1 2567 8 200 "$WORK/errors"

errors=$(cat "$WORK"/errors/*.err 2>/dev/null)
[ -z "$errors" ] && ok || { OUT=$errors; fail "a process printed an error"; }

changes=$(sqlite3 "$db" "SELECT count(*) - $base FROM audit")
[ "$changes" -eq 1600 ] && ok || fail "audit holds $changes changes, expected 1600"

# Every item's note is the newest note the audit recorded for it.
mismatch=$(sqlite3 "$db" "
  SELECT count(*) FROM oit_status s
  JOIN (SELECT key, new FROM audit a WHERE field = 'note' AND id = (
          SELECT max(id) FROM audit b WHERE b.key = a.key AND b.field = 'note')) last
    ON last.key = s.agency_id || '/' || s.year || '/' || s.code
  WHERE s.note IS NOT last.new")
[ "$mismatch" -eq 0 ] && ok || fail "$mismatch rows differ from their last recorded change"
touched=$(sqlite3 "$db" "SELECT count(DISTINCT key) FROM audit WHERE field = 'note'")
[ "$touched" -gt 20 ] && ok || fail "only $touched items were touched"
versions=$(($(sqlite3 "$db" "$vsum") - vbase))
[ "$versions" -eq 1600 ] && ok || fail "versions advanced $versions times, expected 1600"

run "$ITADESK" --db "$db" check
expect_status 0
finish
