#include "ui_input.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "text/tt.h"
#include "xalloc.h"
#include "ui_decode.h"
#include "ui_keys.h"
#include "ui_term.h"

/* A script event: a key, a resize to rows x cols (key = UI_KEY_FN(KEY_RESIZE)), or a
 * pause with no key (key = SCRIPT_IDLE). */
#define SCRIPT_IDLE (-1)

struct event {
    int key;
    int rows, cols;
};

#define PENDING_MAX 64 /* more than the longest sequence the decoder waits for */

struct ui_input {
    int script;
    struct event *ev;
    size_t n, pos, cap;
    /* A terminal (or a test's stand-in): characters read and not yet decoded, and those of
     * the last key (for `itadesk keys` and the "unknown key" message). */
    ui_read_fn read;
    void *ctx;
    int escdelay;
    unsigned flags;
    int pending[PENDING_MAX], last[PENDING_MAX];
    size_t npending, nlast;
};

/* get_wch with curses' key decoding switched off (ui_term.c): raw characters, and the
 * resize key. */
static int read_curses(void *ctx, int timeout_ms, int *c)
{
    (void)ctx;
    wint_t ch;
    timeout(timeout_ms);
    int rc = get_wch(&ch);
    if (rc == ERR) return 0;
    *c = rc == KEY_CODE_YES ? ui_key_from_curses(rc, (unsigned)ch) : (int)ch;
    return 1;
}

struct ui_input *ui_input_reader(ui_read_fn read, void *ctx, int escdelay_ms, unsigned flags)
{
    struct ui_input *in = xcalloc(1, sizeof *in);
    in->read = read;
    in->ctx = ctx;
    in->escdelay = escdelay_ms;
    in->flags = flags;
    return in;
}

struct ui_input *ui_input_terminal(int escdelay_ms, unsigned flags)
{
    return ui_input_reader(read_curses, NULL, escdelay_ms, flags);
}

void ui_input_set_flags(struct ui_input *in, unsigned flags)
{
    in->flags = flags;
}

size_t ui_input_last(const struct ui_input *in, const int **chars)
{
    *chars = in->last;
    return in->script ? 0 : in->nlast;
}

/* Decodes one key from the pending characters, reading more while they are the start of a
 * sequence and more comes within the escape delay. */
static int next_decoded(struct ui_input *in, int *key)
{
    size_t used;
    while ((used = ui_decode(in->pending, in->npending, 0, in->flags, key)) == 0) {
        int c;
        if (in->npending == PENDING_MAX || !in->read(in->ctx, in->escdelay, &c)) {
            used = ui_decode(in->pending, in->npending, 1, in->flags, key);
            break;
        }
        in->pending[in->npending++] = c;
    }
    memcpy(in->last, in->pending, used * sizeof in->pending[0]);
    in->nlast = used;
    in->npending -= used;
    memmove(in->pending, in->pending + used, in->npending * sizeof in->pending[0]);
    return 1;
}

static int push(struct ui_input *in, struct event e)
{
    if (in->n == in->cap) {
        size_t cap = in->cap ? in->cap * 2 : 32;
        struct event *bigger = xreallocarray(in->ev, cap, sizeof *bigger);
        in->ev = bigger;
        in->cap = cap;
    }
    in->ev[in->n++] = e;
    return 0;
}

static int push_text(struct ui_input *in, const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += tt_utf8_decode(s + i, len - i, &cp);
        if (push(in, (struct event){.key = (int)cp})) return -1;
    }
    return 0;
}

static int push_token(struct ui_input *in, const char *tok)
{
    int rows, cols;
    if (strncmp(tok, "text:", 5) == 0) return push_text(in, tok + 5);
    if (strcmp(tok, "idle") == 0) return push(in, (struct event){.key = SCRIPT_IDLE});
    if (sscanf(tok, "resize:%dx%d", &cols, &rows) == 2 && rows > 0 && cols > 0)
        return push(in, (struct event){UI_KEY_FN(KEY_RESIZE), rows, cols});
    int key = ui_key_parse(tok);
    return key < 0 ? -1 : push(in, (struct event){.key = key});
}

struct ui_input *ui_input_script(const char *script, char *bad, unsigned badsz)
{
    struct ui_input *in = xcalloc(1, sizeof *in);
    in->script = 1;
    char tok[256];
    for (const char *p = script; *p;) {
        while (*p == ' ' || *p == '\n' || *p == '\t')
            p++;
        if (!*p) break;
        size_t len = strcspn(p, " \n\t");
        snprintf(tok, sizeof tok, "%.*s", (int)len, p);
        p += len;
        if (push_token(in, tok)) {
            if (badsz) snprintf(bad, badsz, "%s", tok);
            ui_input_free(in);
            return NULL;
        }
    }
    return in;
}

static int next_script(struct ui_input *in, int *key)
{
    if (in->pos >= in->n) return -1;
    struct event e = in->ev[in->pos++];
    if (e.key == SCRIPT_IDLE) return 0; /* as if the user waited: a timeout */
    if (e.key == UI_KEY_FN(KEY_RESIZE)) ui_term_resize(e.rows, e.cols);
    *key = e.key;
    return 1;
}

int ui_input_next(struct ui_input *in, int timeout_ms, int *key)
{
    if (in->script) return next_script(in, key);
    if (!in->npending) {
        int c;
        if (!in->read(in->ctx, timeout_ms, &c)) return 0;
        in->pending[in->npending++] = c;
    }
    return next_decoded(in, key);
}

void ui_input_free(struct ui_input *in)
{
    if (!in) return;
    free(in->ev);
    free(in);
}
