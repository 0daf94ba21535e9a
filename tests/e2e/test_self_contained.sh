#!/bin/bash
# Nothing that builds, tests, benchmarks, fuzzes or runs itadesk may read a file outside the
# repository (a fresh clone has nothing beside it): no reference to the sibling "shared"
# folder or to an absolute /work path in the build files, scripts and sources.
set -u
. "$(dirname "$0")/lib.sh"

cd "$ITADESK_SOURCE_DIR" || exit 1
sib='\.\./'shared abs=/'work/'
files=$(find cli src db ui tests bench fuzz scripts cmake .ci CMakeLists.txt -type f \( -name '*.c' -o \
    -name '*.h' -o -name '*.sh' -o -name '*.cmake' -o -name '*.py' -o -name '*.sql' -o \
    -name CMakeLists.txt -o -path .ci/run \) -not -path 'tests/data/*')
hits=$(printf '%s\n' "$files" | xargs grep -nE -- "$sib|$abs")
[ -z "$hits" ] && ok || fail "paths outside the repository: $hits"

# The data the tests read is in the repository.
for f in tests/data/seeds/000_a7c77f5f469dff50.txt tests/data/ita-acceptance-seed001-2566-oit-status.csv; do
    [ -s "$f" ] && ok || fail "missing $f"
done
finish
