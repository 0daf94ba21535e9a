#!/bin/bash
# The manual's KEYS section must be exactly what the action table generates
# (`itadesk --keys-man`); regenerate it with `cmake --build BUILD --target update-man-keys`.
# The page must also format without a single groff warning.
set -u
. "$(dirname "$0")/lib.sh"
page="$ITADESK_SOURCE_DIR/man/itadesk.1"

sed -n '/^\.\\" BEGIN KEYS/,/^\.\\" END KEYS/p' "$page" | sed '1d;$d' >"$WORK/in-page"
run "$ITADESK" --keys-man
expect_status 0
printf '%s\n' "$OUT" >"$WORK/generated"
if diff -u "$WORK/in-page" "$WORK/generated" >"$WORK/diff"; then
    ok
else
    OUT=$(cat "$WORK/diff")
    fail "man/itadesk.1 KEYS section drifted from the action table (run the update-man-keys target)"
fi

if command -v groff >/dev/null; then
    CMD="groff -man -Tutf8 -ww $page"
    ERR=$(groff -man -Tutf8 -ww "$page" 2>&1 >/dev/null)
    OUT=""
    [ -z "$ERR" ] && ok || fail "groff warnings"
else
    echo "note: groff not installed; formatting not checked"
fi
finish
