#!/bin/sh
# Replaces the generated KEYS block of man/itadesk.1 (between the BEGIN KEYS and END KEYS
# comments) with the output of `ITADESK --keys-man`. Usage: man/update-keys.sh ITADESK
set -eu
page="$(dirname "$0")/itadesk.1"
tmp="$page.tmp.$$"
{
    sed -n '1,/^\.\\" BEGIN KEYS/p' "$page"
    "$1" --keys-man
    sed -n '/^\.\\" END KEYS/,$p' "$page"
} >"$tmp"
mv "$tmp" "$page"
