# Helpers for tests that run itadesk under distinct Unix accounts (sourced after lib.sh).
# They create the accounts and remove them at the end, so they need root, as CI runs. Not
# root: the test FAILS (it never passes without testing anything).
if [ "$(id -u)" -ne 0 ]; then
    echo "FAIL: $(basename "$0") creates Unix accounts (useradd) and must run as root, as CI does;" >&2
    echo "      nothing was tested. Run it with: sudo ctest -R $(basename "$0" .sh)" >&2
    exit 1
fi
for tool in useradd userdel setpriv sqlite3; do
    command -v "$tool" >/dev/null || {
        echo "FAIL: $tool is missing" >&2
        exit 1
    }
done
ACCOUNTS=""
remove_accounts() {
    for a in $ACCOUNTS; do
        userdel "$a" 2>/dev/null
        getent group "$a" >/dev/null && groupdel "$a" 2>/dev/null
    done
}
chmod 755 "$WORK"

# account NAME: a fresh account (and its own group) named NAME plus this shell's pid, so
# parallel runs never share one; prints the login.
account() {
    local login="${1}$$"
    userdel "$login" 2>/dev/null
    useradd --no-create-home --user-group --shell /bin/sh "$login" || {
        echo "FAIL: useradd $login" >&2
        exit 1
    }
    ACCOUNTS="$ACCOUNTS $login"
    echo "$login"
}

# as LOGIN COMMAND...: runs COMMAND with LOGIN's real and effective uid and gid and its
# groups only (none of root's).
as() {
    local login=$1
    shift
    setpriv --reuid="$login" --regid="$login" --init-groups -- \
        env HOME="$WORK" XDG_CONFIG_HOME="$WORK/cfg-$login" XDG_STATE_HOME="$WORK/state-$login" \
        "$@"
}

# dump DB: the whole database as SQL, read as root with the sqlite3 shell.
dump() { sqlite3 "$1" .dump; }
