#!/bin/bash
# Translations: po/itadesk.pot must match the sources (regenerate with the update-po target),
# and po/th.po must translate every message, with no fuzzy entry, and pass msgfmt --check.
set -u
. "$(dirname "$0")/lib.sh"
po="$ITADESK_SOURCE_DIR/po"
if ! command -v xgettext >/dev/null || ! command -v msgfmt >/dev/null; then
    echo "SKIP: gettext tools are not installed"
    exit 0
fi

"$po/make-pot.sh" "$WORK/fresh.pot"
strip() { grep -v '^"POT-Creation-Date:' "$1"; }
CMD="diff po/itadesk.pot <fresh template>"
if OUT=$(diff -u <(strip "$po/itadesk.pot") <(strip "$WORK/fresh.pot")); then
    ok
else
    fail "po/itadesk.pot is stale: run 'cmake --build BUILD --target update-po' and translate"
fi

for lang in th; do
    run msgfmt --check --statistics -o /dev/null "$po/$lang.po"
    expect_status 0
    case "$ERR" in
    *untranslated* | *fuzzy*) fail "$lang.po has untranslated or fuzzy messages: $ERR" ;;
    *) ok ;;
    esac
    # Every message of the sources has an entry (msgcmp fails on a missing one).
    run msgcmp "$po/$lang.po" "$WORK/fresh.pot"
    expect_status 0
done
finish
