#include "ui_decode.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "text/tt.h"
#include "ui_keys.h"

#define SEQ_MAX 32 /* longer than any key's sequence: past it, the sequence is not a key */
#define PARAMS_MAX 4

/* A control sequence's parts: ESC [ p0 ; p1 ... final, or ESC O [p0 ; p1] final. */
struct seq {
    int p[PARAMS_MAX];
    int np;
    int priv;     /* a private marker (< = > ?): a report, not a key */
    int final;    /* 0 while incomplete */
    size_t end;   /* index just past the sequence (or of the character that broke it) */
    int complete; /* ends with a final character */
};

static int fn(int k)
{
    return UI_KEY_FN(k);
}

static int plain(int c)
{
    if (c == '\r' || c == '\n') return UI_KEY_ENTER;
    if (c == 0x7f || c == 8) return fn(KEY_BACKSPACE);
    return c;
}

/* xterm's modifier parameter: 1 + (1 Shift, 2 Alt, 4 Ctrl, 8 Meta, taken as Alt). */
static int modifiers(int m)
{
    if (m < 2) return 0;
    m -= 1;
    return (m & 1 ? UI_KEY_SHIFT : 0) | (m & 10 ? UI_KEY_ALT : 0) | (m & 4 ? UI_KEY_CTRL : 0);
}

static int arrow(int c)
{
    switch (c) {
    case 'A':
        return fn(KEY_UP);
    case 'B':
        return fn(KEY_DOWN);
    case 'C':
        return fn(KEY_RIGHT);
    case 'D':
        return fn(KEY_LEFT);
    }
    return -1;
}

/* ESC [ n ~ (VT220, PuTTY, rxvt, the Linux console, xterm's editing keys). */
static int tilde_key(int n)
{
    static const struct {
        int n, key;
    } keys[] = {
        {1, KEY_HOME},  {2, KEY_IC},    {3, KEY_DC},     {4, KEY_END},    {5, KEY_PPAGE},
        {6, KEY_NPAGE}, {7, KEY_HOME},  {8, KEY_END},    {11, KEY_F(1)},  {12, KEY_F(2)},
        {13, KEY_F(3)}, {14, KEY_F(4)}, {15, KEY_F(5)},  {17, KEY_F(6)},  {18, KEY_F(7)},
        {19, KEY_F(8)}, {20, KEY_F(9)}, {21, KEY_F(10)}, {23, KEY_F(11)}, {24, KEY_F(12)},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (keys[i].n == n) return fn(keys[i].key);
    return -1;
}

/* A character with modifiers (xterm's modifyOtherKeys ESC [ 27 ; m ; c ~, and ESC [ c ; m u):
 * Ctrl-letter as the control character terminals send, Shift-letter as the capital. */
static int char_with(int c, int mods)
{
    if (c <= 0 || c >= UI_KEY_FN_BASE) return -1;
    if (c == 9 && (mods & UI_KEY_SHIFT)) return fn(KEY_BTAB) | (mods & ~UI_KEY_SHIFT);
    if ((mods & UI_KEY_CTRL) && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        c &= 0x1f;
        mods &= ~(UI_KEY_CTRL | UI_KEY_SHIFT);
    }
    if ((mods & UI_KEY_SHIFT) && c >= 'a' && c <= 'z') {
        c -= 32;
        mods &= ~UI_KEY_SHIFT;
    }
    if (c > 0x20 && c != 0x7f) mods &= ~UI_KEY_SHIFT; /* the character says it already */
    return plain(c) | mods;
}

/* Reads the parameters and final character from in[i]: digits and ';' (':' sub-parameters
 * are skipped), a private marker, intermediates, then a final in @..~ (or rxvt's $). */
static void parse(const int *in, size_t n, size_t i, struct seq *s)
{
    memset(s, 0, sizeof *s);
    int have = 0, sub = 0;
    size_t start = i;
    for (; i < n && i - start < SEQ_MAX; i++) {
        int c = in[i];
        if (c >= '0' && c <= '9') {
            if (!sub && s->np < PARAMS_MAX && s->p[s->np] < 100000)
                s->p[s->np] = s->p[s->np] * 10 + (c - '0');
            have = 1;
        } else if (c == ';') {
            if (s->np < PARAMS_MAX) s->np++;
            have = 0;
            sub = 0;
        } else if (c == ':') {
            sub = 1;
        } else if (c >= '<' && c <= '?') {
            s->priv = 1;
        } else if (c == '$' || (c >= 0x40 && c <= 0x7e)) {
            if (have && s->np < PARAMS_MAX) s->np++;
            s->final = c;
            s->end = i + 1;
            s->complete = 1;
            return;
        } else if (c >= 0x20 && c <= 0x2f) {
            continue; /* an intermediate */
        } else {
            break; /* not part of a sequence: it ends here, unfinished */
        }
    }
    if (have && s->np < PARAMS_MAX) s->np++;
    s->end = i;
}

static int csi_key(const struct seq *s, unsigned flags)
{
    int f = s->final, p0 = s->np ? s->p[0] : 0;
    int mods = s->np > 1 ? modifiers(s->p[1]) : 0;
    if (s->priv) return -1;
    if (f >= 'A' && f <= 'D') {
        if (!s->np) /* PuTTY's Ctrl-arrow in application cursor mode */
            return flags & UI_DECODE_APP_CURSOR ? UI_KEY_CTRL | arrow(f) : arrow(f);
        return arrow(f) | mods;
    }
    if (f >= 'a' && f <= 'd' && !s->np) return UI_KEY_SHIFT | arrow(f - 32); /* rxvt */
    switch (f) {
    case 'H':
        return fn(KEY_HOME) | mods;
    case 'F':
        return fn(KEY_END) | mods;
    case 'Z':
        return fn(KEY_BTAB) | (mods & ~UI_KEY_SHIFT);
    case '~': {
        if (p0 == 27 && s->np >= 3) return char_with(s->p[2], modifiers(s->p[1]));
        int k = tilde_key(p0);
        return k < 0 ? -1 : k | mods;
    }
    case '^': /* rxvt: Ctrl, Shift, Ctrl-Shift with the editing and function keys */
    case '$':
    case '@': {
        int k = tilde_key(p0);
        int m = f == '^' ? UI_KEY_CTRL : f == '$' ? UI_KEY_SHIFT : UI_KEY_CTRL | UI_KEY_SHIFT;
        return k < 0 || s->np != 1 ? -1 : k | m;
    }
    case 'u':
        return char_with(p0, mods);
    }
    if (f >= 'P' && f <= 'S' && s->np) return fn(KEY_F(f - 'P' + 1)) | mods; /* xterm S-F1 */
    if (f >= 'M' && f <= 'X' && !s->np) return fn(KEY_F(f - 'M' + 1));       /* PuTTY SCO */
    return -1;
}

static int ss3_key(const struct seq *s, unsigned flags)
{
    int f = s->final;
    int mods = s->np == 1 ? modifiers(s->p[0]) : s->np > 1 ? modifiers(s->p[1]) : 0;
    if (s->priv) return -1;
    if (f >= 'A' && f <= 'D') {
        if (mods) return arrow(f) | mods;
        /* PuTTY's Ctrl-arrow in normal cursor mode */
        return flags & UI_DECODE_APP_CURSOR ? arrow(f) : UI_KEY_CTRL | arrow(f);
    }
    if (f >= 'a' && f <= 'd') return UI_KEY_CTRL | arrow(f - 32); /* rxvt */
    if (f == 'H') return fn(KEY_HOME) | mods;
    if (f == 'F') return fn(KEY_END) | mods;
    if (f >= 'P' && f <= 'S') return fn(KEY_F(f - 'P' + 1)) | mods;
    if (f >= 'T' && f <= '[') return fn(KEY_F(f - 'T' + 5)) | mods; /* PuTTY VT100+ F5-F12 */
    if (f == 'M') return UI_KEY_ENTER;                              /* keypad Enter */
    if (f >= 'j' && f <= 'y' && !s->np) return "*+,-./0123456789"[f - 'j'];
    return -1;
}

/* A CSI (kind '[') or SS3 (kind 'O') sequence whose parameters start at in[i]; the prefix
 * before i is ESC [ (or the 8-bit 0x9b). */
static size_t decode_seq(const int *in, size_t n, size_t i, int kind, int final, unsigned flags,
                         int *key)
{
    if (kind == '[' && i < n && in[i] == '[') { /* Linux console: ESC [ [ A..E */
        if (i + 1 >= n && !final) return 0;
        int e = i + 1 < n ? in[i + 1] : 0;
        *key = e >= 'A' && e <= 'E' ? fn(KEY_F(e - 'A' + 1)) : UI_KEY_UNKNOWN;
        return e >= 0x20 && e <= 0x7e ? i + 2 : i + 1;
    }
    struct seq s;
    parse(in, n, i, &s);
    if (!s.complete && s.end == n && s.end - i < SEQ_MAX && !final) return 0;
    if (s.end == i) { /* nothing of a sequence followed: Alt-[ or Alt-O typed alone */
        *key = i == 2 ? UI_KEY_ALT | kind : UI_KEY_UNKNOWN;
        return i;
    }
    int k = -1;
    if (s.complete) k = kind == '[' ? csi_key(&s, flags) : ss3_key(&s, flags);
    *key = k < 0 ? UI_KEY_UNKNOWN : k;
    return s.end;
}

size_t ui_decode(const int *in, size_t n, int final, unsigned flags, int *key)
{
    if (!n) return 0;
    int c = in[0];
    if (c >= UI_KEY_FN_BASE) { /* a key curses decoded itself (the resize) */
        *key = c;
        return 1;
    }
    if (c == 0x9b) return decode_seq(in, n, 1, '[', final, flags, key);
    if (c == 0x8f) return decode_seq(in, n, 1, 'O', final, flags, key);
    if (c != UI_KEY_ESC) {
        *key = plain(c);
        return 1;
    }
    if (n == 1) {
        if (!final) return 0;
        *key = UI_KEY_ESC;
        return 1;
    }
    int d = in[1];
    if (d == '[' || d == 'O') return decode_seq(in, n, 2, d, final, flags, key);
    if (d == UI_KEY_ESC && n > 2 && (in[2] == '[' || in[2] == 'O')) {
        /* Alt with a key that sends a sequence (rxvt, PuTTY): ESC ESC [ D is Alt-Left */
        size_t used = ui_decode(in + 1, n - 1, final, flags, key);
        if (!used) return 0;
        if (*key != UI_KEY_UNKNOWN) *key |= UI_KEY_ALT;
        return used + 1;
    }
    if (d == UI_KEY_ESC && n == 2 && !final) return 0;
    if (d == UI_KEY_ESC || d >= UI_KEY_FN_BASE || d < 0) {
        *key = UI_KEY_ESC; /* Esc, then a key of its own */
        return 1;
    }
    if (d >= '0' && d <= '9') {
        *key = fn(KEY_F(d == '0' ? 10 : d - '0'));
        return 2;
    }
    *key = UI_KEY_ALT | plain(d);
    return 2;
}

static void append(char *buf, size_t bufsz, size_t *used, const char *s)
{
    int w = snprintf(buf + *used, bufsz - *used, "%s%s", *used ? " " : "", s);
    if (w > 0) *used = *used + (size_t)w < bufsz ? *used + (size_t)w : bufsz - 1;
}

void ui_decode_describe(const int *in, size_t n, char *buf, size_t bufsz)
{
    size_t used = 0;
    if (!bufsz) return;
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        char part[32];
        int c = in[i];
        if (c == UI_KEY_ESC)
            snprintf(part, sizeof part, "ESC");
        else if (c >= UI_KEY_FN_BASE)
            ui_key_name(c, part, sizeof part);
        else if (c > 0x20 && c < 0x7f)
            snprintf(part, sizeof part, "%c", c);
        else if (c > 0xa0 && !tt_cp_is_control((uint32_t)c)) {
            memset(part, 0, sizeof part);
            tt_utf8_encode((uint32_t)c, part);
        } else
            snprintf(part, sizeof part, "0x%02x", (unsigned)c);
        append(buf, bufsz, &used, part);
    }
}

void ui_decode_hex(const int *in, size_t n, char *buf, size_t bufsz)
{
    size_t used = 0;
    if (!bufsz) return;
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        char part[32];
        if (in[i] >= UI_KEY_FN_BASE || in[i] < 0) {
            char name[24];
            ui_key_name(in[i], name, sizeof name);
            snprintf(part, sizeof part, "(%s)", name);
            append(buf, bufsz, &used, part);
            continue;
        }
        unsigned char utf8[5] = {0};
        size_t len = tt_utf8_encode((uint32_t)in[i], (char *)utf8);
        for (size_t b = 0; b < len; b++) {
            snprintf(part, sizeof part, "%02x", utf8[b]);
            append(buf, bufsz, &used, part);
        }
    }
}
