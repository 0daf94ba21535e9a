#!/bin/sh
# Builds itadesk, creates a demo database with three real agencies, and opens it.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)" --target itadesk
db=${ITADESK_DB:-$PWD/demo.db}
./build/cli/itadesk --db "$db" init --demo
exec ./build/cli/itadesk --db "$db" "$@"
