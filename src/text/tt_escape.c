/* Escape-sequence scanner, written by hand: neither glibc nor libthai parses ECMA-48. */
#include "tt_escape.h"

enum kind { K_NONE, K_CSI, K_STRING, K_ESC };

/* Kind of sequence the introducer at s starts, and its length in bytes via *n. */
static enum kind introducer(const unsigned char *p, size_t len, size_t *n)
{
    if (len >= 1 && p[0] == 0x1B) {
        *n = 1;
        if (len < 2) return K_ESC;
        switch (p[1]) {
        case '[':
            *n = 2;
            return K_CSI;
        case ']':
        case 'P':
        case 'X':
        case '^':
        case '_':
            *n = 2;
            return K_STRING;
        default:
            return K_ESC;
        }
    }
    if (len >= 2 && p[0] == 0xC2) { /* C1 controls are C2 80..C2 9F in UTF-8 */
        *n = 2;
        switch (p[1]) {
        case 0x9B:
            return K_CSI;
        case 0x9D:
        case 0x90:
        case 0x98:
        case 0x9E:
        case 0x9F:
            return K_STRING;
        }
    }
    return K_NONE;
}

static size_t scan_csi(const unsigned char *p, size_t len, size_t i)
{
    while (i < len && p[i] >= 0x20 && p[i] <= 0x3F)
        i++;
    if (i < len && p[i] >= 0x40 && p[i] <= 0x7E) i++;
    return i;
}

static size_t scan_string(const unsigned char *p, size_t len, size_t i)
{
    while (i < len) {
        if (p[i] == 0x07) return i + 1;
        if (p[i] == 0x1B) return (i + 1 < len && p[i + 1] == '\\') ? i + 2 : i;
        if (p[i] == 0xC2 && i + 1 < len && p[i + 1] == 0x9C) return i + 2;
        if (p[i] < 0x20) return i;
        i++;
    }
    return i;
}

static size_t scan_esc(const unsigned char *p, size_t len, size_t i)
{
    size_t j = i;
    while (j < len && p[j] >= 0x20 && p[j] <= 0x2F)
        j++;
    if (j < len && p[j] >= 0x30 && p[j] <= 0x7E) return j + 1;
    return i; /* not a complete sequence: the ESC alone */
}

size_t tt_esc_seq_len(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    switch (introducer(p, len, &n)) {
    case K_CSI:
        return scan_csi(p, len, n);
    case K_STRING:
        return scan_string(p, len, n);
    case K_ESC:
        return scan_esc(p, len, n);
    default:
        return 0;
    }
}
