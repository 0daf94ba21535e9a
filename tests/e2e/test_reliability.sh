#!/bin/bash
# The reliability suite, short form (issue 11): 8 writers x 100 acknowledged changes, an
# importer and 2 readers on one database, 50 kill -9 at random moments; no acknowledged
# change lost, no partial import, integrity_check and `itadesk check` ok. The full size
# (20 x 500, 1,000 kills) is bench/reliability.sh.
set -u
. "$(dirname "$0")/lib.sh"
CMD="reliability.sh 8 100 2 50"
OUT=$(bash "$(dirname "$0")/reliability.sh" "$ITADESK" "$WORK/reliability.db" 8 100 2 50 \
    "$WORK/run" 2>&1)
STATUS=$?
echo "$OUT"
expect_status 0
expect_out "lost acknowledged changes: 0"
expect_out "partial imports: 0"
expect_out "integrity_check: ok; itadesk check: ok"
expect_out_re "50 kill -9"
finish
