/* The input decoder: for each terminal profile officers use (tests/data/terminal-keys.md),
 * the keys decode to the right key names in the cursor mode they are sent in; a sequence
 * split over two reads within the escape delay decodes the same; a lone Esc is Esc; a
 * complete sequence nobody knows is one unknown key; the Kedmanee twins. */
#include <criterion/criterion.h>
#include <curses.h>
#include <string.h>

#include "text/tt.h"
#include "ui_decode.h"
#include "ui_input.h"
#include "ui_keys.h"

#define APP UI_DECODE_APP_CURSOR
#define NORMAL 0u

struct row {
    const char *seq; /* what the terminal sends */
    const char *key; /* the key name it must decode to */
};

/* Code points of a UTF-8 string. */
static size_t chars_of(const char *s, int *out, size_t max)
{
    size_t n = 0, len = strlen(s);
    for (size_t i = 0; i < len && n < max;) {
        uint32_t cp;
        i += tt_utf8_decode(s + i, len - i, &cp);
        out[n++] = (int)cp;
    }
    return n;
}

/* Every row decodes, whole, to its key, and takes all of its characters. */
static void check_profile(const char *profile, unsigned flags, const struct row *rows, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int in[64], key = -1;
        size_t len = chars_of(rows[i].seq, in, 64);
        int want = ui_key_parse(rows[i].key);
        cr_assert_geq(want, 0, "%s: bad key name %s", profile, rows[i].key);
        size_t used = ui_decode(in, len, 0, flags, &key);
        if (used == 0) used = ui_decode(in, len, 1, flags, &key); /* lone Esc-like endings */
        char got[32], seq[128];
        ui_key_name(key, got, sizeof got);
        ui_decode_describe(in, len, seq, sizeof seq);
        cr_expect_eq(key, want, "%s: %s decoded to %s, not %s", profile, seq, got, rows[i].key);
        cr_expect_eq(used, len, "%s: %s used %zu of %zu characters", profile, seq, used, len);
    }
}

#define CHECK(profile, flags, rows)                                                                \
    check_profile(profile, flags, rows, sizeof rows / sizeof rows[0])

/* The editing keys and F5-F12 that all VT220-like terminals share. */
#define VT220_KEYS                                                                                 \
    {"\033[2~", "Insert"}, {"\033[3~", "Delete"}, {"\033[5~", "PgUp"}, {"\033[6~", "PgDn"},        \
        {"\033[17~", "F6"}, {"\033[18~", "F7"}, {"\033[19~", "F8"}, {"\033[20~", "F9"},            \
        {"\033[21~", "F10"}, {"\033[23~", "F11"},                                                  \
    {                                                                                              \
        "\033[24~", "F12"                                                                          \
    }

Test(ui_decode, xterm_and_windows_terminal)
{
    static const struct row normal[] = {
        {"\033[A", "Up"},          {"\033[B", "Down"},
        {"\033[C", "Right"},       {"\033[D", "Left"},
        {"\033[1;5D", "C-Left"},   {"\033[1;5C", "C-Right"},
        {"\033[1;3D", "A-Left"},   {"\033[1;2D", "S-Left"},
        {"\033[1;6D", "C-S-Left"}, {"\033[1;5A", "C-Up"},
        {"\033[H", "Home"},        {"\033[F", "End"},
        {"\033[1;5H", "C-Home"},   {"\033OP", "F1"},
        {"\033OQ", "F2"},          {"\033OR", "F3"},
        {"\033OS", "F4"},          {"\033[15~", "F5"},
        {"\033[1;2P", "S-F1"},     {"\033[15;5~", "C-F5"},
        {"\033[3;5~", "C-Delete"}, {"\033[5;3~", "A-PgUp"},
        {"\033[Z", "BackTab"},     {"\033x", "A-x"},
        {"\033[27;5;9~", "C-Tab"}, {"\r", "Enter"},
        {"\177", "Backspace"},     VT220_KEYS,
    };
    static const struct row app[] = {
        {"\033OA", "Up"},        {"\033OB", "Down"},
        {"\033OC", "Right"},     {"\033OD", "Left"},
        {"\033[1;5D", "C-Left"}, {"\033[1;3D", "A-Left"},
        {"\033[1;2D", "S-Left"}, {"\033[1;6C", "C-S-Right"},
        {"\033OH", "Home"},      {"\033OF", "End"},
        {"\033OP", "F1"},        {"\033OS", "F4"},
        {"\033OM", "Enter"},     {"\033Oq", "1"},
        {"\033Ok", "+"},         VT220_KEYS,
    };
    CHECK("xterm", NORMAL, normal);
    CHECK("xterm application mode", APP, app);
    CHECK("Windows Terminal", NORMAL, normal);
    CHECK("Windows Terminal application mode", APP, app);
}

Test(ui_decode, putty_default)
{
    /* Ctrl flips the cursor mode; Alt is an ESC before the key; Shift does nothing. */
    static const struct row app[] = {
        {"\033OA", "Up"},    {"\033OB", "Down"},   {"\033OC", "Right"},
        {"\033OD", "Left"},  {"\033[D", "C-Left"}, {"\033[C", "C-Right"},
        {"\033[A", "C-Up"},  {"\033[B", "C-Down"}, {"\033\033OD", "A-Left"},
        {"\033[1~", "Home"}, {"\033[4~", "End"},   {"\033[11~", "F1"},
        {"\033[12~", "F2"},  {"\033[13~", "F3"},   {"\033[14~", "F4"},
        {"\033[15~", "F5"},  {"\033x", "A-x"},     VT220_KEYS,
    };
    static const struct row normal[] = {
        {"\033[A", "Up"},         {"\033[D", "Left"},  {"\033OD", "C-Left"}, {"\033OC", "C-Right"},
        {"\033\033[D", "A-Left"}, {"\033[1~", "Home"}, {"\033[4~", "End"},   {"\033[11~", "F1"},
        {"\033[12~", "F2"},       {"\033[14~", "F4"},  VT220_KEYS,
    };
    CHECK("PuTTY application mode", APP, app);
    CHECK("PuTTY normal mode", NORMAL, normal);
}

Test(ui_decode, putty_linux_vt100plus_sco)
{
    static const struct row linux_mode[] = {
        {"\033OA", "Up"},  {"\033[D", "C-Left"}, {"\033[1~", "Home"}, {"\033[4~", "End"},
        {"\033[[A", "F1"}, {"\033[[B", "F2"},    {"\033[[C", "F3"},   {"\033[[D", "F4"},
        {"\033[[E", "F5"}, VT220_KEYS,
    };
    static const struct row vt100plus[] = {
        {"\033OP", "F1"},   {"\033OQ", "F2"},     {"\033OR", "F3"},    {"\033OS", "F4"},
        {"\033OT", "F5"},   {"\033OU", "F6"},     {"\033OV", "F7"},    {"\033OW", "F8"},
        {"\033OX", "F9"},   {"\033OY", "F10"},    {"\033OZ", "F11"},   {"\033O[", "F12"},
        {"\033OD", "Left"}, {"\033[D", "C-Left"}, {"\033[1~", "Home"}, {"\033[3~", "Delete"},
    };
    static const struct row sco[] = {
        {"\033[M", "F1"}, {"\033[N", "F2"},  {"\033[O", "F3"},  {"\033[P", "F4"},
        {"\033[Q", "F5"}, {"\033[R", "F6"},  {"\033[S", "F7"},  {"\033[T", "F8"},
        {"\033[U", "F9"}, {"\033[V", "F10"}, {"\033[W", "F11"}, {"\033[X", "F12"},
    };
    CHECK("PuTTY Linux", APP, linux_mode);
    CHECK("PuTTY VT100+", APP, vt100plus);
    CHECK("PuTTY SCO", APP, sco);
}

Test(ui_decode, rxvt_urxvt)
{
    static const struct row normal[] = {
        {"\033[A", "Up"},        {"\033[D", "Left"},
        {"\033Od", "C-Left"},    {"\033Oc", "C-Right"},
        {"\033Oa", "C-Up"},      {"\033[d", "S-Left"},
        {"\033[c", "S-Right"},   {"\033\033[D", "A-Left"},
        {"\033[7~", "Home"},     {"\033[8~", "End"},
        {"\033[11~", "F1"},      {"\033[14~", "F4"},
        {"\033[3^", "C-Delete"}, {"\033[5$", "S-PgUp"},
        {"\033[7@", "C-S-Home"}, VT220_KEYS,
    };
    static const struct row app[] = {
        {"\033OA", "Up"},         {"\033OD", "Left"},  {"\033Od", "C-Left"}, {"\033[d", "S-Left"},
        {"\033\033OD", "A-Left"}, {"\033[7~", "Home"}, {"\033[12~", "F2"},   VT220_KEYS,
    };
    CHECK("rxvt", NORMAL, normal);
    CHECK("rxvt application mode", APP, app);
}

Test(ui_decode, linux_console)
{
    /* No Ctrl-arrows (the console sends the plain arrow). */
    static const struct row normal[] = {
        {"\033[A", "Up"},   {"\033[D", "Left"},       {"\033[1~", "Home"},
        {"\033[4~", "End"}, {"\033[[A", "F1"},        {"\033[[B", "F2"},
        {"\033[[E", "F5"},  {"\033\033[D", "A-Left"}, VT220_KEYS,
    };
    static const struct row app[] = {
        {"\033OA", "Up"},
        {"\033OD", "Left"},
        {"\033[[C", "F3"},
        VT220_KEYS,
    };
    CHECK("Linux console", NORMAL, normal);
    CHECK("Linux console application mode", APP, app);
}

Test(ui_decode, tmux_and_screen)
{
    static const struct row app[] = {
        {"\033OA", "Up"},
        {"\033OB", "Down"},
        {"\033OC", "Right"},
        {"\033OD", "Left"},
        {"\033[1;5D", "C-Left"},
        {"\033[1;5C", "C-Right"},
        {"\033[1;3D", "A-Left"},
        {"\033[1;2D", "S-Left"},
        {"\033[1;6D", "C-S-Left"},
        {"\033[1~", "Home"},
        {"\033[4~", "End"},
        {"\033OP", "F1"},
        {"\033OQ", "F2"},
        {"\033OR", "F3"},
        {"\033OS", "F4"},
        {"\033[15~", "F5"},
        VT220_KEYS,
    };
    static const struct row normal[] = {
        {"\033[A", "Up"}, {"\033[D", "Left"}, {"\033[1;5D", "C-Left"}, {"\033OP", "F1"}, VT220_KEYS,
    };
    CHECK("tmux", APP, app);
    CHECK("GNU screen", APP, app);
    CHECK("tmux normal mode", NORMAL, normal);
}

Test(ui_decode, vt100_vt220)
{
    static const struct row vt100[] = {
        {"\033OA", "Up"}, {"\033OB", "Down"}, {"\033OC", "Right"}, {"\033OD", "Left"},
        {"\033OP", "F1"}, {"\033OQ", "F2"},   {"\033OR", "F3"},    {"\033OS", "F4"},
    };
    static const struct row vt100_normal[] = {
        {"\033[A", "Up"},
        {"\033[B", "Down"},
        {"\033[C", "Right"},
        {"\033[D", "Left"},
    };
    /* VT220: Find and Select are Home and End. */
    static const struct row vt220[] = {
        {"\033[1~", "Home"},
        {"\033[4~", "End"},
        VT220_KEYS,
    };
    CHECK("VT100", APP, vt100);
    CHECK("VT100 normal mode", NORMAL, vt100_normal);
    CHECK("VT220", APP, vt220);
}

Test(ui_decode, esc_alone_esc_digit_alt_and_unknown)
{
    int in[16], key;
    size_t n = chars_of("\033", in, 16);
    cr_expect_eq(ui_decode(in, n, 0, APP, &key), 0, "a lone Esc waits for the delay");
    cr_expect_eq(ui_decode(in, n, 1, APP, &key), 1);
    cr_expect_eq(key, UI_KEY_ESC, "then it is Esc");
    n = chars_of("\033[1;5", in, 16);
    cr_expect_eq(ui_decode(in, n, 0, APP, &key), 0, "a sequence cut short waits");
    cr_expect_eq(ui_decode(in, n, 1, APP, &key), n, "and is swallowed whole after the delay");
    cr_expect_eq(key, UI_KEY_UNKNOWN);
    n = chars_of("\033[99~x", in, 16);
    cr_expect_eq(ui_decode(in, n, 0, APP, &key), 5, "one unknown key, not Esc [ 9 9 ~");
    cr_expect_eq(key, UI_KEY_UNKNOWN);
    n = chars_of("\033[?1;2c", in, 16);
    cr_expect_eq(ui_decode(in, n, 0, APP, &key), n);
    cr_expect_eq(key, UI_KEY_UNKNOWN, "a terminal's report is no key");
    static const struct row esc_digit[] = {
        {"\0331", "F1"},  {"\0332", "F2"},  {"\0339", "F9"},  {"\0330", "F10"},
        {"\033q", "A-q"}, {"\033D", "A-D"}, {"\033น", "A-น"}, {"\033\r", "A-Enter"},
    };
    CHECK("Esc then a key", APP, esc_digit);
    char name[64];
    n = chars_of("\033[99~", in, 16);
    ui_decode_describe(in, n, name, sizeof name);
    cr_expect_str_eq(name, "ESC [ 9 9 ~");
    ui_decode_hex(in, n, name, sizeof name);
    cr_expect_str_eq(name, "1b 5b 39 39 7e");
    n = chars_of("น", in, 16);
    ui_decode_hex(in, n, name, sizeof name);
    cr_expect_str_eq(name, "e0 b8 99");
}

/* A stand-in for the terminal: chunks of characters arriving at given times (ms), and a
 * clock that read() moves on. */
struct feed {
    const char *chunk[4];
    int at[4];
    int n, i;
    size_t pos;
    int now;
};

static int feed_read(void *ctx, int timeout_ms, int *c)
{
    struct feed *f = ctx;
    if (f->i < f->n && (timeout_ms < 0 || f->at[f->i] <= f->now + timeout_ms)) {
        if (f->at[f->i] > f->now) f->now = f->at[f->i];
        const char *s = f->chunk[f->i];
        uint32_t cp;
        f->pos += tt_utf8_decode(s + f->pos, strlen(s) - f->pos, &cp);
        *c = (int)cp;
        if (!s[f->pos]) {
            f->i++;
            f->pos = 0;
        }
        return 1;
    }
    f->now += timeout_ms < 0 ? 0 : timeout_ms;
    return 0;
}

/* The keys a feed decodes to, by name, space-separated. */
static void keys_of(struct feed *f, unsigned flags, char *out, size_t n)
{
    struct ui_input *in = ui_input_reader(feed_read, f, 25, flags);
    int key;
    out[0] = '\0';
    while (ui_input_next(in, 1000, &key) == 1) {
        char name[32];
        ui_key_name(key, name, sizeof name);
        size_t len = strlen(out);
        snprintf(out + len, n - len, "%s%s", len ? " " : "", name);
    }
    ui_input_free(in);
}

Test(ui_decode, split_sequences_and_the_escape_delay)
{
    char keys[256];
    struct feed whole = {.chunk = {"\033[11~"}, .at = {0}, .n = 1};
    keys_of(&whole, APP, keys, sizeof keys);
    cr_expect_str_eq(keys, "F1");
    struct feed split = {
        .chunk = {"\033[1", "1~"}, .at = {0, 20}, .n = 2}; /* the rest within 25 ms */
    keys_of(&split, APP, keys, sizeof keys);
    cr_expect_str_eq(keys, "F1", "a sequence split over two reads decodes the same");
    struct feed split_esc = {.chunk = {"\033", "[D"}, .at = {0, 10}, .n = 2};
    keys_of(&split_esc, APP, keys, sizeof keys);
    cr_expect_str_eq(keys, "C-Left", "PuTTY's Ctrl-Left split after the Esc");
    struct feed lone = {.chunk = {"\033", "q"}, .at = {0, 300}, .n = 2};
    keys_of(&lone, APP, keys, sizeof keys);
    cr_expect_str_eq(keys, "Esc q", "Esc, a pause, then q");
    struct feed alt = {.chunk = {"\033", "q"}, .at = {0, 5}, .n = 2};
    keys_of(&alt, APP, keys, sizeof keys);
    cr_expect_str_eq(keys, "A-q", "Esc and q together are Alt-q");
    struct feed late = {.chunk = {"\033[1", "1~"}, .at = {0, 300}, .n = 2};
    keys_of(&late, APP, keys, sizeof keys);
    cr_expect_str_eq(keys, "Unknown 1 ~",
                     "a sequence cut for longer than the delay is "
                     "swallowed, never read as Esc [");
    struct feed typed = {.chunk = {"ab\033[Dน\033OP\0332"}, .at = {0}, .n = 1};
    keys_of(&typed, APP, keys, sizeof keys);
    cr_expect_str_eq(keys, "a b C-Left น F1 F2", "keys arriving together are read one by one");
}

Test(ui_decode, key_names_with_modifiers_round_trip)
{
    static const char *const names[] = {"C-Left", "A-Left",   "S-Left", "C-S-Left", "A-x",
                                        "S-F1",   "C-Delete", "A-น",    "Unknown",  "C-A-Home"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        int key = ui_key_parse(names[i]);
        cr_assert_geq(key, 0, "%s", names[i]);
        char back[32];
        ui_key_name(key, back, sizeof back);
        cr_expect_str_eq(back, names[i]);
    }
    cr_expect_eq(ui_key_parse("C-s"), 19, "C-s is the control character Ctrl-S sends");
    cr_expect_eq(ui_key_parse("S-x"), -1);
}

Test(ui_decode, kedmanee_twins)
{
    /* The pairs of tests/data/terminal-keys.md. */
    static const struct {
        const char *thai;
        int latin;
    } pairs[] = {{"น", 'o'}, {"ย", 'p'}, {"ฟ", 'a'}, {"ห", 's'}, {"ก", 'd'},
                 {"ด", 'f'}, {"ๆ", 'q'}, {"ไ", 'w'}, {"ำ", 'e'}, {"พ", 'r'},
                 {"ะ", 't'}, {"ร", 'i'}, {"ฏ", 'D'}, {"ฃ", '\\'}};
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        int cp;
        chars_of(pairs[i].thai, &cp, 1);
        cr_expect_eq(ui_key_kedmanee_latin((uint32_t)cp), pairs[i].latin, "%s", pairs[i].thai);
        cr_expect_eq(ui_key_kedmanee_thai(pairs[i].latin), (uint32_t)cp, "%c", pairs[i].latin);
    }
    cr_expect_eq(ui_key_kedmanee_latin('o'), 0);
    struct ui_keymap km;
    char bad[32], keys[64];
    ui_keymap_defaults(&km);
    cr_expect_eq(ui_keymap_command(&km, 0x0E19), UI_ACT_GO_OIT, "น is o");
    cr_expect_eq(ui_keymap_command(&km, 0x0E0F), UI_ACT_DISCARD, "ฏ is D");
    cr_expect_eq(ui_keymap_lookup(&km, 0x0E19), -1, "no binding of its own");
    ui_keymap_keys_both(&km, UI_ACT_GO_OIT, ", ", keys, sizeof keys);
    cr_expect_str_eq(keys, "o / น", "the help shows both forms");
    cr_assert_eq(ui_keymap_bind(&km, UI_ACT_HELP, "น", bad, sizeof bad), 0);
    cr_expect_eq(ui_keymap_command(&km, 0x0E19), UI_ACT_HELP, "the user's binding wins");
    ui_keymap_keys_both(&km, UI_ACT_GO_OIT, ", ", keys, sizeof keys);
    cr_expect_str_eq(keys, "o", "น is not shown where it does something else");
}
