#!/bin/bash
# Where a report may go (issue 11, items 7 and 12): `report -o PATH --force` only ever
# creates or replaces a regular file -- a symbolic link (and its target), a FIFO, a folder
# and a device are refused with a message and left as they are -- and the print job's
# title (lp -t) never carries an escape sequence from the agency's name.
set -u
. "$(dirname "$0")/lib.sh"

db="$WORK/report.db"
"$ITADESK" --db "$db" init --demo >/dev/null || { echo "FAIL: init"; exit 1; }
out="$WORK/out"
mkdir -p "$out"
report() { run "$ITADESK" --db "$db" report summary --agency 1 --year 2567 "$@"; }

# A symbolic link: refused, the link and its target unchanged.
echo target >"$out/target.txt"
ln -s target.txt "$out/link.txt"
report -o "$out/link.txt" --force
expect_status 1
expect_err "symbolic link"
[ -L "$out/link.txt" ] && ok || fail "the link was replaced"
[ "$(cat "$out/target.txt")" = target ] && ok || fail "the link's target was written"

# A FIFO: refused at once (nobody reads it), still a FIFO.
mkfifo "$out/fifo"
CMD="report -o fifo --force"
timeout 20 "$ITADESK" --db "$db" report summary --agency 1 --year 2567 -o "$out/fifo" --force \
    2>"$WORK/stderr" >/dev/null
STATUS=$?
ERR=$(cat "$WORK/stderr")
expect_status 1
expect_err "pipe"
[ -p "$out/fifo" ] && ok || fail "the FIFO was replaced"

# A folder.
mkdir "$out/dir"
report -o "$out/dir" --force
expect_status 1
expect_err "folder"
[ -d "$out/dir" ] && ok || fail "the folder was replaced"

# A device node (made here when we may, so /dev itself is never at stake).
if mknod "$out/null" c 1 3 2>/dev/null; then dev="$out/null"; else dev=/dev/null; fi
report -o "$dev" --force
expect_status 1
expect_err "device"
[ -c "$dev" ] && ok || fail "the device node was replaced"

# Nothing was left behind, and a regular file is still replaced atomically.
echo old >"$out/report.txt"
report -o "$out/report.txt" --force
expect_status 0
grep -q "90.49" "$out/report.txt" && ok || fail "--force did not replace the regular file"
leftovers=$(ls -A "$out" | grep -c '\.tmp-')
[ "$leftovers" -eq 0 ] && ok || fail "temporary files left: $(ls -A "$out")"

# The print job's title: the agency's name sanitised (issue 11, item 12).
sqlite3 "$db" "UPDATE agency SET name = name || CAST(X'1b5d303b70776e071b5b324a9be280ae' AS TEXT)
    WHERE id = 1"
mkdir -p "$WORK/bin"
cat >"$WORK/bin/lp" <<EOF2
#!/bin/sh
printf '%s\n' "\$@" >"$WORK/lp.args"
cat >/dev/null
echo "request id is fake-1 (1 file(s))"
EOF2
chmod +x "$WORK/bin/lp"
run env PATH="$WORK/bin:$PATH" "$ITADESK" --db "$db" report summary --agency 1 --year 2567 \
    --printer -
expect_status 0
title=$(grep -A1 -x -- -t "$WORK/lp.args" | tail -1)
OUT=$title
case "$title" in *"เทศบาลตำบลคำเขื่อนแก้ว"*) ok ;; *) fail "the title lacks the agency's name" ;; esac
if perl -0777 -MEncode -ne 'my $s = eval { decode("UTF-8", $_, Encode::FB_CROAK) };
    exit 1 unless defined $s; exit 1 if $s =~ /[\x00-\x09\x0b-\x1f\x7f-\x9f\x{202a}-\x{202e}]/;' \
    "$WORK/lp.args"; then ok; else fail "the job title carries control bytes: $(od -c "$WORK/lp.args" | head)"; fi
finish
