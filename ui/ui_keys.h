/* Keys: one int per key press, named for the config file, the help and the man page.
 * A key is a Unicode code point ('j', 'ก', '\n' for Enter, 27 for Esc, 1..26 for C-a..C-z)
 * or UI_KEY_FN(curses KEY_* code) for a function key, possibly with modifier bits
 * (UI_KEY_CTRL | UI_KEY_FN(KEY_LEFT) is Ctrl-Left, UI_KEY_ALT | 'x' is Alt-x). The input
 * decoder (ui_decode.h) makes them from the bytes the terminal sends. */
#ifndef ITADESK_UI_KEYS_H
#define ITADESK_UI_KEYS_H

#include <stddef.h>
#include <stdint.h>

#include "ui_action.h"

#define UI_KEY_FN_BASE 0x200000
#define UI_KEY_FN(k) (UI_KEY_FN_BASE + (k))
#define UI_KEY_SHIFT 0x1000000
#define UI_KEY_ALT 0x2000000
#define UI_KEY_CTRL 0x4000000
#define UI_KEY_MODS (UI_KEY_SHIFT | UI_KEY_ALT | UI_KEY_CTRL)
#define UI_KEY_ENTER '\n'
/* Ctrl-Left / Ctrl-Right: word moves in text. */
#define UI_KEY_WORD_LEFT (UI_KEY_CTRL | UI_KEY_FN(KEY_LEFT))
#define UI_KEY_WORD_RIGHT (UI_KEY_CTRL | UI_KEY_FN(KEY_RIGHT))
/* A complete escape sequence no table knows: swallowed whole, named on the status line. */
#define UI_KEY_UNKNOWN UI_KEY_FN(KEY_MAX + 3)
#define UI_KEY_ESC 27

/* The key named `name` ("Down", "PgDn", "F1", "C-l", "Enter", "Esc", "Space", "j", "ก"),
 * or -1. Names are matched case-sensitively for single characters ("G" is not "g"). */
int ui_key_parse(const char *name);

/* Writes the name of key into buf (the form ui_key_parse reads). */
void ui_key_name(int key, char *buf, size_t n);

/* A key as curses delivered it (get_wch's return code and value), normalised: Enter,
 * Return and KEY_ENTER are all UI_KEY_ENTER; DEL, ^H and KEY_BACKSPACE are
 * UI_KEY_FN(KEY_BACKSPACE). */
int ui_key_from_curses(int rc, unsigned ch);

/* A moving key (an arrow, Home, End, PgUp, PgDn) with Ctrl and/or Shift but no Alt: the
 * same key without them; -1 for any other key. PuTTY sends Ctrl-Up as ESC [ A in application
 * cursor mode: where it means nothing of its own it moves like Up. */
int ui_key_move_plain(int key);

/* 1 for a key that is a printable character (text for a filter field). */
int ui_key_is_text(int key);

/* The Latin key at the same place on a US keyboard as the character cp on the Kedmanee
 * layout (น -> 'o', ฏ -> 'D', and the ASCII it types elsewhere than US: '(' -> 'Z'), or 0
 * when cp is not on it. */
int ui_key_kedmanee_latin(uint32_t cp);

/* The character the Kedmanee layout types at the place of Latin key c ('o' -> น,
 * 'Z' -> '('), or 0. */
uint32_t ui_key_kedmanee_thai(int c);

#define UI_KEYMAP_MAX 96

struct ui_binding {
    int key;
    enum ui_action action;
};

/* Key -> action, built from the action table's defaults and the user's bindings. */
struct ui_keymap {
    struct ui_binding b[UI_KEYMAP_MAX];
    int n;
};

void ui_keymap_defaults(struct ui_keymap *km);

/* Replaces the keys of action a with the space-separated key names in keys; a key taken
 * from another action leaves that action. Returns 0, or -1 naming the bad key in bad. */
int ui_keymap_bind(struct ui_keymap *km, enum ui_action a, const char *keys, char *bad,
                   size_t badsz);

/* The action bound to key, or -1. */
int ui_keymap_lookup(const struct ui_keymap *km, int key);

/* The action a key means outside text fields: its own binding, else (a Thai key typed with
 * the Kedmanee layout on) the binding of the Latin key at the same place; -1 for none. A
 * user's binding of the Thai key itself wins. */
int ui_keymap_command(const struct ui_keymap *km, int key);

/* The names of the keys bound to a, joined with sep ("Down, j"); "" when none. */
void ui_keymap_keys(const struct ui_keymap *km, enum ui_action a, const char *sep, char *buf,
                    size_t n);

/* As ui_keymap_keys, but a Latin key is followed by its Kedmanee twin when that twin is
 * not bound to something else ("o / น"): the help screen's form. */
void ui_keymap_keys_both(const struct ui_keymap *km, enum ui_action a, const char *sep, char *buf,
                         size_t n);

/* The key to show for a on the status line and in a dialog's hint: the first bound, and
 * when that is a function key (which some terminals never send) also the first other key
 * ("F2/C-s"); "" when a has no key. */
void ui_keymap_hint(const struct ui_keymap *km, enum ui_action a, char *buf, size_t n);

/* The first key bound to a, or -1. */
int ui_keymap_first(const struct ui_keymap *km, enum ui_action a);

#endif
