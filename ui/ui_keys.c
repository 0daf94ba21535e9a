#include "ui_keys.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "text/tt.h"
#include "ui_kedmanee.h"

static const struct {
    const char *name;
    int key;
} named[] = {
    {"Up", UI_KEY_FN(KEY_UP)},
    {"Down", UI_KEY_FN(KEY_DOWN)},
    {"Left", UI_KEY_FN(KEY_LEFT)},
    {"Right", UI_KEY_FN(KEY_RIGHT)},
    {"PgUp", UI_KEY_FN(KEY_PPAGE)},
    {"PgDn", UI_KEY_FN(KEY_NPAGE)},
    {"Home", UI_KEY_FN(KEY_HOME)},
    {"End", UI_KEY_FN(KEY_END)},
    {"Insert", UI_KEY_FN(KEY_IC)},
    {"Delete", UI_KEY_FN(KEY_DC)},
    {"Backspace", UI_KEY_FN(KEY_BACKSPACE)},
    {"BackTab", UI_KEY_FN(KEY_BTAB)},
    {"Resize", UI_KEY_FN(KEY_RESIZE)},
    {"Enter", UI_KEY_ENTER},
    {"Esc", UI_KEY_ESC},
    {"Tab", '\t'},
    {"Space", ' '},
    {"Unknown", UI_KEY_UNKNOWN},
};

/* A modifier prefix of a key name ("C-", "A-", "S-"), as its bit; 0 for none. */
static int modifier_of(const char *name)
{
    if (name[0] && name[1] == '-' && name[2]) {
        if (name[0] == 'C') return UI_KEY_CTRL;
        if (name[0] == 'A') return UI_KEY_ALT;
        if (name[0] == 'S') return UI_KEY_SHIFT;
    }
    return 0;
}

static int parse_plain(const char *name);

/* "C-Left", "A-x", "C-A-Delete", "S-F1": modifiers, then a key. "C-x" with one letter is
 * the control character (C-s is 19), as terminals send it. */
int ui_key_parse(const char *name)
{
    if (!name || !*name) return -1;
    int mods = 0, m;
    while ((m = modifier_of(name)) != 0) {
        if (m == UI_KEY_CTRL && name[3] == '\0' && name[2] >= 'a' && name[2] <= 'z')
            return (name[2] - 'a' + 1) | mods;
        if (m == UI_KEY_CTRL && name[3] == '\0' && name[2] >= 'A' && name[2] <= 'Z')
            return (name[2] - 'A' + 1) | mods;
        mods |= m;
        name += 2;
    }
    int key = parse_plain(name);
    if (key < 0) return -1;
    if (mods && (key == UI_KEY_UNKNOWN ||
                 (key > 0x20 && key < UI_KEY_FN_BASE && key != 0x7f && (mods & ~UI_KEY_ALT))))
        return -1; /* only Alt goes with a character: C-x is the control character */
    return key | mods;
}

static int parse_plain(const char *name)
{
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (strcmp(name, named[i].name) == 0) return named[i].key;
    int n;
    char tail;
    if (name[0] == 'F' && sscanf(name + 1, "%d%c", &n, &tail) == 1 && n >= 1 && n <= 12)
        return UI_KEY_FN(KEY_F(n));
    if (strncmp(name, "C-", 2) == 0) return -1;
    size_t len = strlen(name);
    uint32_t cp;
    size_t used = tt_utf8_decode(name, len, &cp);
    if (used != len || cp == TT_REPLACEMENT || cp < 0x21 || cp == 0x7f) return -1;
    return (int)cp;
}

static void name_plain(int key, char *buf, size_t n)
{
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (named[i].key == key) {
            snprintf(buf, n, "%s", named[i].name);
            return;
        }
    if (key >= UI_KEY_FN(KEY_F(1)) && key <= UI_KEY_FN(KEY_F(12))) {
        snprintf(buf, n, "F%d", key - UI_KEY_FN(KEY_F(0)));
    } else if (key >= 1 && key <= 26) {
        snprintf(buf, n, "C-%c", 'a' + key - 1);
    } else if (key > 0x20 && key < UI_KEY_FN_BASE) {
        char utf8[5] = {0};
        tt_utf8_encode((uint32_t)key, utf8);
        snprintf(buf, n, "%s", utf8);
    } else {
        snprintf(buf, n, "?");
    }
}

void ui_key_name(int key, char *buf, size_t n)
{
    if (key < 0) {
        snprintf(buf, n, "?");
        return;
    }
    char plain[32];
    name_plain(key & ~UI_KEY_MODS, plain, sizeof plain);
    snprintf(buf, n, "%s%s%s%s", key & UI_KEY_CTRL ? "C-" : "", key & UI_KEY_ALT ? "A-" : "",
             key & UI_KEY_SHIFT ? "S-" : "", plain);
}

int ui_key_from_curses(int rc, unsigned ch)
{
    if (rc == KEY_CODE_YES) {
        if (ch == KEY_ENTER) return UI_KEY_ENTER;
        return UI_KEY_FN((int)ch);
    }
    if (ch == '\r' || ch == '\n') return UI_KEY_ENTER;
    if (ch == 127 || ch == 8) return UI_KEY_FN(KEY_BACKSPACE);
    return (int)ch;
}

int ui_key_move_plain(int key)
{
    int base = key & ~UI_KEY_MODS;
    if (!(key & (UI_KEY_CTRL | UI_KEY_SHIFT)) || (key & UI_KEY_ALT)) return -1;
    switch (base) {
    case UI_KEY_FN(KEY_UP):
    case UI_KEY_FN(KEY_DOWN):
    case UI_KEY_FN(KEY_LEFT):
    case UI_KEY_FN(KEY_RIGHT):
    case UI_KEY_FN(KEY_HOME):
    case UI_KEY_FN(KEY_END):
    case UI_KEY_FN(KEY_PPAGE):
    case UI_KEY_FN(KEY_NPAGE):
        return base;
    }
    return -1;
}

int ui_key_kedmanee_latin(uint32_t cp)
{
    size_t lo = 0, hi = sizeof kedmanee / sizeof kedmanee[0];
    while (lo < hi) { /* the table is sorted by code point */
        size_t mid = (lo + hi) / 2;
        if (kedmanee[mid].thai == cp) return kedmanee[mid].latin;
        if (kedmanee[mid].thai < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = 0; i < sizeof kedmanee_ascii / sizeof kedmanee_ascii[0]; i++)
        if ((uint32_t)(unsigned char)kedmanee_ascii[i].typed == cp) return kedmanee_ascii[i].latin;
    return 0;
}

uint32_t ui_key_kedmanee_thai(int c)
{
    for (size_t i = 0; i < sizeof kedmanee / sizeof kedmanee[0]; i++)
        if (kedmanee[i].latin == c) return kedmanee[i].thai;
    for (size_t i = 0; i < sizeof kedmanee_ascii / sizeof kedmanee_ascii[0]; i++)
        if (kedmanee_ascii[i].latin == c) return (unsigned char)kedmanee_ascii[i].typed;
    return 0;
}

int ui_key_is_text(int key)
{
    return key >= 0x20 && key < UI_KEY_FN_BASE && key != 0x7f &&
           tt_cp_is_control((uint32_t)key) == 0;
}

static void unbind_key(struct ui_keymap *km, int key)
{
    for (int i = 0; i < km->n; i++)
        if (km->b[i].key == key) {
            km->b[i] = km->b[--km->n];
            i--;
        }
}

static void unbind_action(struct ui_keymap *km, enum ui_action a)
{
    for (int i = 0; i < km->n; i++)
        if (km->b[i].action == a) {
            /* Keep the order of the remaining bindings: the help lists them as bound. */
            memmove(&km->b[i], &km->b[i + 1], (size_t)(km->n - i - 1) * sizeof km->b[0]);
            km->n--;
            i--;
        }
}

/* Parses every key first so that a bad name changes nothing. */
int ui_keymap_bind(struct ui_keymap *km, enum ui_action a, const char *keys, char *bad,
                   size_t badsz)
{
    int parsed[8], np = 0;
    char word[64];
    const char *p = keys;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        if (!*p) break;
        size_t len = strcspn(p, " \t,");
        snprintf(word, sizeof word, "%.*s", (int)len, p);
        p += len;
        int key = ui_key_parse(word);
        if (key < 0 || np == 8) {
            snprintf(bad, badsz, "%s", word);
            return -1;
        }
        parsed[np++] = key;
    }
    unbind_action(km, a);
    for (int i = 0; i < np; i++) {
        unbind_key(km, parsed[i]);
        if (km->n < UI_KEYMAP_MAX) km->b[km->n++] = (struct ui_binding){parsed[i], a};
    }
    return 0;
}

void ui_keymap_defaults(struct ui_keymap *km)
{
    char bad[64];
    km->n = 0;
    for (int a = 0; a < UI_ACT_COUNT; a++)
        ui_keymap_bind(km, (enum ui_action)a, ui_action_def((enum ui_action)a)->keys, bad,
                       sizeof bad);
}

int ui_keymap_lookup(const struct ui_keymap *km, int key)
{
    for (int i = 0; i < km->n; i++)
        if (km->b[i].key == key) return (int)km->b[i].action;
    return -1;
}

int ui_keymap_command(const struct ui_keymap *km, int key)
{
    int a = ui_keymap_lookup(km, key);
    if (a >= 0 || key <= 0 || key >= UI_KEY_FN_BASE) return a;
    int latin = ui_key_kedmanee_latin((uint32_t)key);
    return latin ? ui_keymap_lookup(km, latin) : -1;
}

static void keys_joined(const struct ui_keymap *km, enum ui_action a, const char *sep, int both,
                        char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < km->n && used < n; i++) {
        if (km->b[i].action != a) continue;
        char name[32];
        int key = km->b[i].key;
        ui_key_name(key, name, sizeof name);
        uint32_t thai = both && key > 0 && key < 0x80 ? ui_key_kedmanee_thai(key) : 0;
        if (thai && ui_keymap_lookup(km, (int)thai) < 0) {
            char utf8[5] = {0};
            tt_utf8_encode(thai, utf8);
            size_t len = strlen(name);
            snprintf(name + len, sizeof name - len, " / %s", utf8);
        }
        int w = snprintf(buf + used, n - used, "%s%s", used ? sep : "", name);
        if (w < 0) break;
        used += (size_t)w;
    }
}

void ui_keymap_keys(const struct ui_keymap *km, enum ui_action a, const char *sep, char *buf,
                    size_t n)
{
    keys_joined(km, a, sep, 0, buf, n);
}

void ui_keymap_keys_both(const struct ui_keymap *km, enum ui_action a, const char *sep, char *buf,
                         size_t n)
{
    keys_joined(km, a, sep, 1, buf, n);
}

int ui_keymap_first(const struct ui_keymap *km, enum ui_action a)
{
    for (int i = 0; i < km->n; i++)
        if (km->b[i].action == a) return km->b[i].key;
    return -1;
}

static int is_fkey(int key)
{
    int base = key & ~UI_KEY_MODS;
    return base >= UI_KEY_FN(KEY_F(1)) && base <= UI_KEY_FN(KEY_F(12));
}

void ui_keymap_hint(const struct ui_keymap *km, enum ui_action a, char *buf, size_t n)
{
    int first = ui_keymap_first(km, a);
    buf[0] = '\0';
    if (first < 0) return;
    ui_key_name(first, buf, n);
    if (!is_fkey(first)) return;
    for (int i = 0; i < km->n; i++)
        if (km->b[i].action == a && !is_fkey(km->b[i].key)) {
            char other[32];
            ui_key_name(km->b[i].key, other, sizeof other);
            size_t len = strlen(buf);
            snprintf(buf + len, n - len, "/%s", other);
            return;
        }
}
