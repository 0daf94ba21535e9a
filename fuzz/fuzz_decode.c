/* The input decoder under random terminal input (UTF-8 bytes as get_wch would deliver them,
 * with the escape delay running out at random points): every call takes at least one
 * character once the delay is over, never more than it was given, and decoding everything
 * takes every character exactly once; the descriptions stay within their buffers. */
#include <stdint.h>

#include "fuzz_check.h"
#include "text/tt.h"
#include "ui_decode.h"
#include "ui_keys.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!size) return 0;
    unsigned flags = data[0] & 1 ? UI_DECODE_APP_CURSOR : 0;
    int in[512];
    size_t n = 0;
    for (size_t i = 1; i < size && n < 512;) {
        uint32_t cp;
        size_t used = tt_utf8_decode((const char *)data + i, size - i, &cp);
        CHECK(used > 0);
        i += used;
        in[n++] = (int)cp;
    }
    size_t pos = 0, step = 0;
    while (pos < n) {
        int key = -1;
        /* the delay runs out when the input says so, and always at its end */
        int final = ((data[step++ % size] >> 1) & 1) || pos + 1 >= n;
        size_t avail = n - pos;
        size_t used = ui_decode(in + pos, avail, final, flags, &key);
        CHECK(used <= avail);
        if (!used) {
            CHECK(!final);
            used = ui_decode(in + pos, avail, 1, flags, &key);
            CHECK(used > 0 && used <= avail);
        }
        CHECK(key >= 0);
        char name[32], seq[64], hex[64];
        ui_key_name(key, name, sizeof name);
        ui_decode_describe(in + pos, used, seq, sizeof seq);
        ui_decode_hex(in + pos, used, hex, sizeof hex);
        CHECK(strlen(name) < sizeof name && strlen(seq) < sizeof seq && strlen(hex) < sizeof hex);
        pos += used;
    }
    CHECK(pos == n);
    return 0;
}
