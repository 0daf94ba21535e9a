#!/bin/sh
# Writes the message template of every translatable string in src/ db/ ui/ cli/ to $1.
# Locations name files only, so moving a line does not make the template stale. The one
# definition of how the template is made: the update-po target and the test that
# fails on a stale template both call it. Usage: po/make-pot.sh OUTPUT.POT
set -eu
out=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.."
find src db ui cli -name '*.[ch]' | LC_ALL=C sort |
    xgettext --files-from=- --output="$out" --from-code=UTF-8 --language=C \
        --keyword=_ --keyword=N_ --keyword=ngettext:1,2 \
        --add-comments=TRANSLATORS: --add-location=file --sort-by-file --no-wrap \
        --package-name=itadesk --package-version=0.1 \
        --msgid-bugs-address=itadesk@localhost --copyright-holder="the itadesk authors"
