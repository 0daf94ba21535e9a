#!/bin/sh
# The reliability suite at full size (issue 11): 20 writers x 500 acknowledged changes, an
# importer and 2 readers, 1,000 kill -9 at random moments; prints the figures of
# tests/e2e/reliability.sh (lost acknowledged changes, partial imports, integrity).
# Usage: bench/reliability.sh [BUILD_DIR]   REL_WRITERS=20 REL_CHANGES=500 REL_KILLS=1000
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
[ -x "$build/cli/itadesk" ] || { echo "build first: cmake --build $build" >&2; exit 1; }
work=$(mktemp -d /tmp/itadesk-bench-reliability-XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
bash "$root/tests/e2e/reliability.sh" "$(cd "$build" && pwd)/cli/itadesk" "$work/reliability.db" \
    "${REL_WRITERS:-20}" "${REL_CHANGES:-500}" 2 "${REL_KILLS:-1000}" "$work/run"
