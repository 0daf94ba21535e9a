#!/bin/bash
# Runs PROCS processes that each make SETS random `itadesk oit set` changes (a unique
# note, and every third one a random state) on one database. Used by the concurrency
# test and its benchmark. Usage: oit_workload.sh ITADESK DB AGENCY YEAR PROCS SETS ERRDIR
set -u
itadesk=$1 db=$2 agency=$3 year=$4 procs=$5 sets=$6 errdir=$7
states=(done not-done in-progress)

worker() {
    local p=$1 i code
    RANDOM=$((p * 7919 + 17))
    for ((i = 1; i <= sets; i++)); do
        code="O$((RANDOM % 35 + 1))"
        "$itadesk" --db "$db" oit set --agency "$agency" --year "$year" "$code" \
            --note "ผู้ใช้ $p แก้ครั้งที่ $i" >/dev/null 2>>"$errdir/worker-$p.err" ||
            echo "exit $? on $code" >>"$errdir/worker-$p.err"
    done
}

for ((p = 1; p <= procs; p++)); do
    worker "$p" &
done
wait
