#!/bin/bash
# The Kedmanee table in ui/ui_kedmanee.h is what scripts/gen-kedmanee.py makes from
# xkb-data and X11's keysymdef.h (never typed by hand, never edited after).
set -u
. "$(dirname "$0")/lib.sh"
if [ ! -r /usr/share/X11/xkb/symbols/th ] || [ ! -r /usr/include/X11/keysymdef.h ] ||
    ! command -v python3 >/dev/null; then
    echo "SKIP: xkb-data, x11proto-dev or python3 is not installed"
    exit 0
fi
run python3 "$ITADESK_SOURCE_DIR/scripts/gen-kedmanee.py"
expect_status 0
printf '%s\n' "$OUT" >"$WORK/generated.h"
if diff -u "$ITADESK_SOURCE_DIR/ui/ui_kedmanee.h" "$WORK/generated.h" >"$WORK/diff"; then
    ok
else
    OUT=$(cat "$WORK/diff")
    fail "ui/ui_kedmanee.h differs from what scripts/gen-kedmanee.py generates"
fi
expect_out "{0x0E19, 'o'}" # น is o
expect_out "{0x0E0F, 'D'}" # ฏ is shifted D
finish
