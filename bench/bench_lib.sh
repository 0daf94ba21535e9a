# Shared by the bench scripts (sourced, not run). Chooses the database a benchmark measures:
#   BENCH_DB=FILE                  that file;
#   BENCH_DIR=DIR                  DIR/national-N.db, N = BENCH_AGENCIES (default 8000; DIR
#                                  default /tmp/itadesk-bench), the file bench/national.sh
#                                  and bench/scale.sh generate and share;
#   BENCH_DEMO=1                   the 3-agency demo, on purpose only.
# A benchmark never falls back to the demo by itself: without a national-scale file it stops
# and says how to make one (bench/national.sh, or gen_national --agencies N).
BENCH_ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/itadesk-bench}
BENCH_AGENCIES=${BENCH_AGENCIES:-8000}

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
    db=${BENCH_DB:-$BENCH_DIR/national-$BENCH_AGENCIES.db}
    [ -f "$db" ] || bench_die "no database at $db. Make one with bench/national.sh (or
  $BENCH_ROOT/build/bench/gen_national FILE --agencies N), then set BENCH_DB=FILE or
  BENCH_DIR=DIR (holding national-N.db, N = BENCH_AGENCIES, default 8000);
  BENCH_DEMO=1 measures the demo on purpose."
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
        echo "database: a copy of ${BENCH_DB:-$BENCH_DIR/national-$BENCH_AGENCIES.db}, upgraded to schema $latest"
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

# What decides a generated file's contents: the generator's own sources and the catalogs
# it loads (with their loader). (Not the schema: an older file is upgraded in place; not the
# build: it is relinked on any edit of src/.)
bench_gen_sum() {
    cat "$BENCH_ROOT"/bench/gen_*.c "$BENCH_ROOT"/bench/gen_*.h "$BENCH_ROOT"/db/catalogs/* \
        "$BENCH_ROOT"/db/db_catalog.c "$BENCH_ROOT"/db/db_load.c | sha256sum | cut -d' ' -f1
}

# bench_national ITADESK GEN N: sets db to $BENCH_DIR/national-N.db, generated once and
# shared by every script. It is generated again only when missing, when BENCH_REGENERATE=1,
# or when the generator's sources changed since (national-N.gen.sum); an older schema is
# upgraded in place. Generation goes to a temporary name, renamed when complete, so an
# interrupted run never leaves a half-written file to be reused. Sets bench_generated=yes|no.
bench_national() {
    local itadesk=$1 gen=$2 n=$3 sum
    db=$BENCH_DIR/national-$n.db
    mkdir -p "$BENCH_DIR"
    sum=$(bench_gen_sum)
    bench_generated=no
    if [ ! -f "$db" ] || [ "${BENCH_REGENERATE:-}" = 1 ] ||
        { [ -f "$db.gen.sum" ] && [ "$(cat "$db.gen.sum")" != "$sum" ]; }; then
        echo "generating $db ($n agencies; a minute per 8,000) ..." >&2
        rm -f "$db" "$db-wal" "$db-shm" "$db.tmp" "$db.tmp-wal" "$db.tmp-shm"
        "$gen" "$db.tmp" --agencies "$n" >"$BENCH_DIR/national-$n.gen.log" ||
            bench_die "gen_national failed (log: $BENCH_DIR/national-$n.gen.log)"
        mv "$db.tmp" "$db"
        echo "$sum" >"$db.gen.sum"
        bench_generated=yes
    fi
    if [ "$(sqlite3 "$db" "PRAGMA user_version")" -lt "$(bench_schema_latest)" ]; then
        # Opening for writing applies the migrations (no role needed); init's catalog reload
        # needs the generator's admin role, which the person running the benchmark lacks.
        "$itadesk" --db "$db" init >/dev/null 2>&1 || true
        [ "$(sqlite3 "$db" "PRAGMA user_version")" -ge "$(bench_schema_latest)" ] ||
            bench_die "cannot upgrade $db to this build's schema (BENCH_REGENERATE=1)"
    fi
    [ "$(sqlite3 "$db" "SELECT count(*) FROM agency")" = "$n" ] ||
        bench_die "$db does not hold $n agencies (BENCH_REGENERATE=1 makes it again)"
}

# bench_private_copy ITADESK WORKDIR NAME: for a benchmark that writes, copies $db to
# WORKDIR/NAME, makes the login running the benchmark an admin of the copy and brings it to
# this build's schema; sets db to the copy. (A generated file's only admin is the generator,
# so every write of the person running the benchmark would be refused and time nothing. The
# role is written with the sqlite3 shell: the copy is thrown away afterwards.)
bench_private_copy() {
    local itadesk=$1 src=$db me
    db="$2/$3"
    me=$(id -un)
    sqlite3 "$src" ".backup '$db'" 2>/dev/null || cp "$src" "$db" || bench_die "cannot copy $src"
    sqlite3 "$db" "INSERT OR IGNORE INTO user_role (login, agency_id, role) VALUES ('$me', NULL, 'admin')" ||
        bench_die "cannot give $me a role in the copy of $src"
    "$itadesk" --db "$db" init >/dev/null || bench_die "cannot upgrade the copy of $src"
    echo "database: a copy of $src ($(du -m "$db" | cut -f1) MB, schema" \
        "$(sqlite3 "$db" "PRAGMA user_version"), $me its admin)"
}
