# Helpers for end-to-end tests: run a command, check its status and output, and
# report every failure with what was printed.
export LC_ALL=C.UTF-8 TZ=Asia/Bangkok
WORK=$(mktemp -d /tmp/itadesk-e2e-XXXXXX)
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
mkdir -p "$HOME"
FAILED=0
PASSED=0
trap 'rm -rf "$WORK"' EXIT

fail() {
    echo "FAIL: $*" >&2
    echo "--- command: ${CMD:-}" >&2
    echo "--- stdout:" >&2
    printf '%s\n' "${OUT:-}" >&2
    echo "--- stderr:" >&2
    printf '%s\n' "${ERR:-}" >&2
    FAILED=$((FAILED + 1))
}
ok() { PASSED=$((PASSED + 1)); }

run() {
    CMD="$*"
    OUT=$("$@" 2>"$WORK/stderr")
    STATUS=$?
    ERR=$(cat "$WORK/stderr")
}
expect_status() { [ "$STATUS" -eq "$1" ] && ok || fail "exit status $STATUS, expected $1"; }
expect_out() { case "$OUT" in *"$1"*) ok ;; *) fail "stdout lacks: $1" ;; esac; }
expect_out_re() { printf '%s\n' "$OUT" | grep -Eq -- "$1" && ok || fail "stdout does not match: $1"; }
expect_err() { case "$ERR" in *"$1"*) ok ;; *) fail "stderr lacks: $1" ;; esac; }
finish() {
    echo "$PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ]
}
