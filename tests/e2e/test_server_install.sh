#!/bin/bash
# The shared-server install (scripts/install-server.sh) into a temporary prefix, used by two
# Unix accounts that are not in the group itadesk: the sqlite3 shell cannot open the database
# (permission denied) while itadesk works within each role; a report file written by a user
# belongs to the user; --db and ITADESK_DB outside the data folder are refused; the editor
# started with C-e runs without the group (it cannot open the database) and without the
# database's descriptor; someone no admin added is refused.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/accounts_lib.sh"
command -v tmux >/dev/null || { echo "FAIL: tmux is not installed" >&2; exit 1; }
SOCK="itadesk-server-$$"
TM() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'TM kill-server 2>/dev/null; remove_accounts; rm -rf "$WORK"' EXIT
export LANGUAGE=en

prefix="$WORK/prefix"
data="$prefix/var/lib/itadesk"
officer=$(account its)
viewer=$(account itw)
stranger=$(account itx)
run "$ITADESK_SOURCE_DIR/scripts/install-server.sh" --prefix "$prefix" --build-dir "$WORK/build" \
    --admin "$officer"
expect_status 0
bin="$prefix/bin/itadesk"
db="$data/itadesk.db"
run stat -c '%U:%G %a' "$bin" "$data" "$db"
expect_out "root:itadesk 2755"
expect_out "root:itadesk 2770"
expect_out "root:itadesk 660"
getent group itadesk | grep -qE "(:|,)($officer|$viewer)(,|$)" && fail "a user is in the group" || ok

# Root (the first admin) sets up an agency and the people; the officer is admin by --admin.
run "$bin" agency add "เทศบาลทดสอบ"
expect_status 0
run "$bin" user set "$officer" --role officer --agency 1
expect_status 1 # the admin role is for every agency; give the officer role instead:
"$bin" user remove "$officer" >/dev/null && "$bin" user add "$officer" --role officer --agency 1 \
    >/dev/null && "$bin" user add "$viewer" --role viewer >/dev/null && ok || fail "people"

# The sqlite3 shell as the user: permission denied. itadesk as the user: works.
run as "$officer" sqlite3 "$db" "SELECT count(*) FROM audit"
[ "$STATUS" -ne 0 ] && ok || fail "the sqlite3 shell opened the database as $officer"
run as "$officer" cat "$db"
expect_err "Permission denied"
run as "$officer" "$bin" oit set --agency 1 --year 2567 O1 --state done --note "ทำแล้ว"
expect_status 0
run as "$officer" "$bin" oit list --agency 1 --year 2567
expect_status 0
expect_out "1/"
run as "$viewer" "$bin" oit set --agency 1 --year 2567 O2 --state done
expect_status 1
expect_err "not allowed: $viewer is viewer here"
run as "$stranger" "$bin" oit list --agency 1 --year 2567
expect_status 1
expect_err "$stranger is not an itadesk user on this server"

# Only the data folder's database, whatever --db or ITADESK_DB say.
run as "$officer" "$bin" --db "$WORK/mine.db" init
expect_status 1
expect_err "opens only databases in $data"
run as "$officer" env ITADESK_DB="$data/../itadesk.db" "$bin" oit list --agency 1 --year 2567
expect_status 1
[ ! -e "$WORK/mine.db" ] && ok || fail "a database was created outside the data folder"

# A report file written by the user belongs to the user and the user's group.
mkdir "$WORK/out" && chown "$officer:$officer" "$WORK/out"
run as "$officer" "$bin" report summary --agency 1 --year 2567 -o "$WORK/out/summary.txt"
expect_status 0
run stat -c '%U:%G' "$WORK/out/summary.txt"
expect_out "$officer:$officer"

# The editor started with C-e: no group, no database descriptor, cannot open the database.
run as "$officer" "$bin" measure add --agency 1 --year 2568 --title "มาตรการทดสอบ"
expect_status 0
cat >"$WORK/editor.sh" <<EDIT
#!/bin/sh
out=$WORK/out/editor.txt
{
    echo "ids: \$(id -u) \$(id -g) \$(id -G)"
    grep '^Gid:' /proc/\$\$/status
    echo "db fds: \$(ls -l /proc/\$\$/fd /proc/\$PPID/fd 2>/dev/null | grep -c 'itadesk.db')"
    if sqlite3 '$db' 'SELECT count(*) FROM audit' >/dev/null 2>&1; then echo "sqlite3: opened"; else echo "sqlite3: refused"; fi
    if cat '$db' >/dev/null 2>&1; then echo "cat: read"; else echo "cat: refused"; fi
} >"\$out"
printf 'แก้ในตัวแก้ไข\n' >"\$1"
EDIT
chmod 755 "$WORK/editor.sh"
TM new-session -d -s ed -x 80 -y 24 \
    "setpriv --reuid=$officer --regid=$officer --init-groups -- env LC_ALL=C.UTF-8 LANGUAGE=en \
     HOME='$WORK' XDG_CONFIG_HOME='$WORK/cfg' XDG_STATE_HOME='$WORK/state' EDITOR='$WORK/editor.sh' \
     $bin --agency 1 --year 2567 --screen plans 2>'$WORK/ed.err'"
deadline=$((SECONDS + 20))
until TM capture-pane -p -t ed 2>/dev/null | grep -q "มาตรการทดสอบ"; do
    [ "$SECONDS" -lt "$deadline" ] || break
    sleep 0.1
done
TM send-keys -t ed Enter
sleep 0.5
TM send-keys -t ed C-e
deadline=$((SECONDS + 20))
until [ -s "$WORK/out/editor.txt" ] || [ "$SECONDS" -ge "$deadline" ]; do sleep 0.1; done
deadline=$((SECONDS + 10))
until TM capture-pane -p -t ed | grep -q "แก้ในตัวแก้ไข" || [ "$SECONDS" -ge "$deadline" ]; do sleep 0.1; done
OUT=$(cat "$WORK/out/editor.txt" 2>/dev/null)
CMD="the editor's report"
uid=$(id -u "$officer")
gid=$(id -g "$officer")
expect_out "ids: $uid $gid $gid"
expect_out_re "^Gid:[[:space:]]+$gid[[:space:]]+$gid[[:space:]]+$gid[[:space:]]+$gid\$"
expect_out "db fds: 0"
expect_out "sqlite3: refused"
expect_out "cat: refused"
OUT=$(TM capture-pane -p -t ed)
expect_out "แก้ในตัวแก้ไข" # the editor's text came back into the form
TM send-keys -t ed F2
sleep 0.5
TM kill-server 2>/dev/null

# The audit is whole, and deleting one row (as root, with the sqlite3 shell) is caught.
run "$bin" check
expect_status 0
sqlite3 "$db" "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 3" || fail "sqlite3 delete"
run "$bin" check
expect_status 1
expect_out "audit: row 3 is missing: it was deleted"
expect_out "audit: trigger audit_no_delete is missing"
finish
