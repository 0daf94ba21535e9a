#!/bin/bash
# The reliability workload (issue 11), shared by the CI test (small) and bench/ (full size).
# WRITERS processes each make at least CHANGES acknowledged `itadesk oit set` changes (a
# unique Thai note each) on agency 1; one importer replaces agency 2's whole checklist with
# `itadesk import oit` again and again (each file tagged with its number); READERS processes
# list both checklists and check that an import is never seen half applied; meanwhile KILLS
# times, at a random moment, a running writer or importer is killed with SIGKILL. Then it
# checks: every acknowledged change is in the database (its audit row, in the same
# transaction), every item's note is its last recorded change, agency 2 holds exactly one
# whole import not older than the last acknowledged one, PRAGMA integrity_check and
# `itadesk check` are ok. Prints its figures; exits 1 when any check fails.
# Usage: reliability.sh ITADESK DB WRITERS CHANGES READERS KILLS WORKDIR
set -u
itadesk=$1 db=$2 writers=$3 changes=$4 readers=$5 kills=$6 work=$7
export LC_ALL=C.UTF-8 TZ=Asia/Bangkok LANGUAGE=en
mkdir -p "$work/pids" "$work/acks"
: >"$work/errors"
"$itadesk" --db "$db" init --demo >/dev/null || { echo "init failed"; exit 1; }

# Runs one itadesk command in the background, visible to the killer by its pid file, and
# returns its exit status (137 when killed).
attempt() { # NAME ARGS...
    local name=$1
    shift
    "$itadesk" --db "$db" "$@" >/dev/null 2>>"$work/$name.stderr" &
    local pid=$!
    echo "$pid" >"$work/pids/$name"
    wait "$pid" 2>/dev/null
    local status=$?
    rm -f "$work/pids/$name"
    return "$status"
}

writer() { # W
    local w=$1 acked=0 tries=0 code note
    RANDOM=$((w * 7919 + 17))
    echo note >"$work/acks/w$w.csv"
    while [ "$acked" -lt "$changes" ] || [ ! -e "$work/killer-done" ]; do
        tries=$((tries + 1))
        code="O$((RANDOM % 35 + 1))"
        note="ผู้ใช้ $w ครั้งที่ $tries"
        if attempt "w$w" oit set --agency 1 --year 2567 "$code" --note "$note"; then
            echo "$note" >>"$work/acks/w$w.csv" # acknowledged: it must be kept
            acked=$((acked + 1))
        fi
    done
    echo "$tries" >"$work/w$w.tries"
}

importer() {
    local n=0
    : >"$work/imports.acked"
    while [ ! -e "$work/writers-done" ]; do
        n=$((n + 1))
        {
            echo "id,responsible_unit,status,progress_note"
            for i in $(seq 35); do echo "O$i,กองคลัง,$([ $((n % 2)) = 0 ] && echo done || echo in-progress),นำเข้าชุดที่ $n"; done
        } >"$work/import.csv"
        attempt importer import oit "$work/import.csv" --agency 2 --year 2567 &&
            echo "$n" >>"$work/imports.acked"
    done
    echo "$n" >"$work/imports.tried"
}

# A reader lists agency 2: the 35 notes must come from one import (or none yet).
reader() { # R
    local r=$1 checks=0 out batches
    while [ ! -e "$work/writers-done" ]; do
        out=$("$itadesk" --db "$db" oit list --agency 2 --year 2567 --format csv 2>&1) ||
            { echo "reader $r: oit list failed: $out" >>"$work/errors"; continue; }
        batches=$(printf '%s\n' "$out" | awk -F, 'NR > 1 { print $9 }' | sort -u | wc -l)
        [ "$batches" -le 1 ] ||
            echo "reader $r: a half-applied import ($batches different notes)" >>"$work/errors"
        "$itadesk" --db "$db" oit list --agency 1 --year 2567 >/dev/null 2>>"$work/errors" ||
            echo "reader $r: oit list of agency 1 failed" >>"$work/errors"
        checks=$((checks + 1))
    done
    echo "$checks" >"$work/r$r.checks"
}

# Kills a running writer or importer (by the pid it recorded, if it is still itadesk on
# this database) at random moments.
killer() {
    local done=0 pid f
    RANDOM=4242
    while [ "$done" -lt "$kills" ]; do
        sleep "0.0$((RANDOM % 10))$((RANDOM % 10))"
        # the importer one time in four when it runs (an import is short), else a writer
        if [ $((RANDOM % 4)) -eq 0 ] && [ -e "$work/pids/importer" ]; then
            f="$work/pids/importer"
        else
            local files=("$work"/pids/w*)
            f=${files[RANDOM % ${#files[@]}]}
        fi
        pid=$(cat "$f" 2>/dev/null) || continue
        [ -n "$pid" ] && { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -qF -- "$db" ||
            continue
        kill -9 "$pid" 2>/dev/null && done=$((done + 1))
    done
    touch "$work/killer-done"
}

start=$(date +%s%N)
pids=()
for w in $(seq "$writers"); do writer "$w" & pids+=($!); done
importer & importer_pid=$!
for r in $(seq "$readers"); do reader "$r" & done
killer & killer_pid=$!
wait "$killer_pid"
wait "${pids[@]}"
touch "$work/writers-done"
wait
secs=$(( ($(date +%s%N) - start) / 1000000 ))

# The checks.
failed=0
bad() { echo "FAILED: $*"; failed=1; }
acked=$(cat "$work"/acks/*.csv | grep -vc '^note$')
tries=$(cat "$work"/w*.tries | paste -sd+ | bc)
lost=0
for f in "$work"/acks/*.csv; do
    n=$(sqlite3 :memory: -cmd ".import --csv $f acks" \
        "ATTACH '$db' AS d; SELECT count(*) FROM acks WHERE note NOT IN
         (SELECT new FROM d.audit WHERE entity = 'oit_status' AND field = 'note')")
    lost=$((lost + n))
done
[ "$lost" -eq 0 ] || bad "$lost acknowledged changes are not in the database"
mismatch=$(sqlite3 "$db" "
  SELECT count(*) FROM oit_status s
  JOIN (SELECT key, new FROM audit a WHERE field = 'note' AND id = (
          SELECT max(id) FROM audit b WHERE b.key = a.key AND b.field = 'note')) last
    ON last.key = s.agency_id || '/' || s.year || '/' || s.code
  WHERE s.agency_id = 1 AND s.note IS NOT last.new")
[ "$mismatch" -eq 0 ] || bad "$mismatch items differ from their last recorded change"
batches=$(sqlite3 "$db" "SELECT count(DISTINCT note) || ' ' || count(*) || ' ' ||
  coalesce(max(CAST(substr(note, length('นำเข้าชุดที่ ') + 1) AS INTEGER)), 0)
  FROM oit_status WHERE agency_id = 2 AND year = 2567")
read -r distinct items final <<<"$batches"
last_acked=$(tail -n 1 "$work/imports.acked" 2>/dev/null)
imports_acked=$(wc -l <"$work/imports.acked")
partial=0
[ "$distinct" -le 1 ] && { [ "$items" -eq 0 ] || [ "$items" -eq 35 ]; } || partial=1
[ "$partial" -eq 0 ] || bad "agency 2 holds a partial import ($distinct notes over $items items)"
[ -z "$last_acked" ] || [ "$final" -ge "$last_acked" ] ||
    bad "the acknowledged import $last_acked was lost (the database holds $final)"
integrity=$(sqlite3 "$db" "PRAGMA integrity_check")
[ "$integrity" = ok ] || bad "integrity_check: $integrity"
check=$("$itadesk" --db "$db" check 2>&1) || bad "itadesk check: $check"
reader_errors=$(wc -l <"$work/errors")
[ "$reader_errors" -eq 0 ] || { bad "$reader_errors reader errors"; head -5 "$work/errors"; }
checks=$(cat "$work"/r*.checks 2>/dev/null | paste -sd+ | bc)

echo "reliability: $writers writers x $changes changes, $readers readers, $kills kill -9, ${secs} ms"
echo "  changes acknowledged $acked of $tries tried; lost acknowledged changes: $lost"
echo "  imports acknowledged $imports_acked of $(cat "$work/imports.tried") tried (the rest killed);" \
    "partial imports: $partial"
echo "  reader checks: ${checks:-0}, errors: $reader_errors"
echo "  integrity_check: $integrity; itadesk check: $([ -n "$check" ] && echo ok)"
exit "$failed"
