#include "ui_keys.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "text/tt.h"

static const struct {
    const char *name;
    int key;
} named[] = {
    {"Up", UI_KEY_FN(KEY_UP)},
    {"Down", UI_KEY_FN(KEY_DOWN)},
    {"Left", UI_KEY_FN(KEY_LEFT)},
    {"Right", UI_KEY_FN(KEY_RIGHT)},
    {"C-Left", UI_KEY_WORD_LEFT},
    {"C-Right", UI_KEY_WORD_RIGHT},
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
};

int ui_key_parse(const char *name)
{
    if (!name || !*name) return -1;
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (strcmp(name, named[i].name) == 0) return named[i].key;
    int n;
    char tail;
    if (name[0] == 'F' && sscanf(name + 1, "%d%c", &n, &tail) == 1 && n >= 1 && n <= 12)
        return UI_KEY_FN(KEY_F(n));
    if (strncmp(name, "C-", 2) == 0 && name[2] && !name[3]) {
        char c = name[2];
        if (c >= 'a' && c <= 'z') return c - 'a' + 1;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 1;
        return -1;
    }
    size_t len = strlen(name);
    uint32_t cp;
    size_t used = tt_utf8_decode(name, len, &cp);
    if (used != len || cp == TT_REPLACEMENT || cp < 0x21 || cp == 0x7f) return -1;
    return (int)cp;
}

void ui_key_name(int key, char *buf, size_t n)
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

void ui_keymap_keys(const struct ui_keymap *km, enum ui_action a, const char *sep, char *buf,
                    size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < km->n && used < n; i++) {
        if (km->b[i].action != a) continue;
        char name[32];
        ui_key_name(km->b[i].key, name, sizeof name);
        int w = snprintf(buf + used, n - used, "%s%s", used ? sep : "", name);
        if (w < 0) break;
        used += (size_t)w;
    }
}

int ui_keymap_first(const struct ui_keymap *km, enum ui_action a)
{
    for (int i = 0; i < km->n; i++)
        if (km->b[i].action == a) return km->b[i].key;
    return -1;
}
