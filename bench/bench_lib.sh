# Shared by the bench scripts (sourced, not run). Chooses the database a benchmark measures:
#   BENCH_DB=FILE                  that file;
#   BENCH_DIR=DIR                  DIR/national.db (default DIR: /tmp/itadesk-bench);
#   BENCH_DEMO=1                   the 3-agency demo, on purpose only.
# A benchmark never falls back to the demo by itself: without a national-scale file it stops
# and says how to make one (bench/national.sh, or gen_national --agencies N).
BENCH_ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/itadesk-bench}

bench_die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

# The newest schema version this source tree knows (its highest migration number).
bench_schema_latest() {
    ls "$BENCH_ROOT"/db/schema/*.sql | sed 's|.*/0*\([0-9][0-9]*\)_[^/]*$|\1|' | sort -n | tail -1
}

# bench_pick_db ITADESK WORKDIR: sets db (and db_kind: "national" or "demo").
bench_pick_db() {
    local itadesk=$1 work=$2
    if [ "${BENCH_DEMO:-}" = 1 ]; then
        db="$work/demo.db"
        "$itadesk" --db "$db" init --demo >/dev/null || bench_die "cannot create the demo database"
        db_kind=demo
        echo "database: the 3-agency DEMO (BENCH_DEMO=1): these figures say nothing about scale"
        return
    fi
    db=${BENCH_DB:-$BENCH_DIR/national.db}
    [ -f "$db" ] || bench_die "no database at $db. Make one with bench/national.sh (or
  $BENCH_ROOT/build/bench/gen_national FILE --agencies N), then set BENCH_DB=FILE or
  BENCH_DIR=DIR (holding national.db); BENCH_DEMO=1 measures the demo on purpose."
    local n
    n=$(sqlite3 "$db" "SELECT count(*) FROM agency" 2>/dev/null) || bench_die "$db: not readable"
    [ "$n" -ge 100 ] || bench_die "$db holds $n agencies: not a national-scale file
  (BENCH_DEMO=1 to measure the demo on purpose)"
    db_kind=national
}

# bench_current_schema ITADESK WORKDIR: a read-only benchmark needs the file at this build's
# schema. BENCH_COPY=1 upgrades a private copy in WORKDIR; otherwise an old file is refused
# (upgrade it with 'itadesk --db FILE init').
bench_current_schema() {
    local itadesk=$1 work=$2 v latest
    v=$(sqlite3 "$db" "PRAGMA user_version")
    latest=$(bench_schema_latest)
    [ "$v" -ge "$latest" ] && return
    if [ "${BENCH_COPY:-}" = 1 ]; then
        sqlite3 "$db" ".backup '$work/copy.db'" || bench_die "cannot copy $db"
        db="$work/copy.db"
        "$itadesk" --db "$db" init >/dev/null || bench_die "cannot upgrade the copy"
        echo "database: a copy of ${BENCH_DB:-$BENCH_DIR/national.db}, upgraded to schema $latest"
        return
    fi
    bench_die "$db has schema $v, this build $latest: run '$itadesk --db $db init' (or
  BENCH_COPY=1 to measure an upgraded private copy)"
}

# Prints "median p99" (ms) of numbers on stdin.
bench_median_p99() {
    sort -n | awk '{ v[NR] = $1 } END {
        if (!NR) { print "- -"; exit }
        m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        r = int((99 * NR + 99) / 100); if (r < 1) r = 1
        printf "%.1f %.1f\n", m, v[r] }'
}
