#!/bin/bash
# One allocation policy (issue 11): src/, db/, ui/ and cli/ allocate only through
# src/xalloc.h, which ends the process with a message when memory runs out, so there are no
# hand-written out-of-memory paths (they printed uninitialised buffers and leaked rows).
# A direct malloc, calloc, realloc, strdup, strndup or asprintf outside xalloc.c fails here.
set -u
. "$(dirname "$0")/lib.sh"
root=${ITADESK_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
CMD="grep for direct allocation calls"
OUT=$(cd "$root" && grep -rnE "(^|[^_a-zA-Z0-9.>])(malloc|calloc|realloc|reallocarray|strdup|strndup|v?asprintf)\(" \
    src db ui cli --include='*.c' --include='*.h' | grep -v '^src/xalloc\.[ch]:')
[ -z "$OUT" ] && ok || fail "direct allocation calls (use xmalloc, xcalloc, xreallocarray, xstrdup, xstrndup, xasprintf)"
finish
