#!/bin/sh
# Builds itadesk and runs every test: the whole suite in a normal build, again under
# AddressSanitizer + UndefinedBehaviorSanitizer, then the fuzzers for a short time.
# This is the command .ci/run calls and README.md names.
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

run_suite() { # build-dir, extra cmake args...
    dir=$1
    shift
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" -j"$jobs"
    (cd "$dir" && ctest --output-on-failure -j"$jobs")
}

echo "== normal build"
run_suite build
echo "== AddressSanitizer + UndefinedBehaviorSanitizer build"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run_suite build-asan -DITADESK_SANITIZE=ON -DITADESK_BENCH=OFF
if [ -x scripts/fuzz.sh ]; then
    echo "== fuzzing (${ITADESK_FUZZ_SECONDS:-20} s per harness)"
    scripts/fuzz.sh "${ITADESK_FUZZ_SECONDS:-20}"
fi
echo "== all tests passed"
