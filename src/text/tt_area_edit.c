/* Text area edits: typing, Backspace/Delete, paste, replace, and the undo history.
 * Undo keeps whole states (text + cursor) of a few KB each, one per group of edits, at
 * most UNDO_MAX of them and about UNDO_BYTES in all (the oldest go first). */
#include <stdlib.h>
#include <string.h>

#include "tt_area.h"
#include "tt_cluster.h"
#include "tt_normalize.h"
#include "tt_utf8.h"
#include "tt_width.h"
#include "xalloc.h"

#define UNDO_MAX 200
#define UNDO_BYTES (8u << 20)
#define NEAR_LIMIT 16 /* units: a keystroke adds at most a few code points */

static void drop_oldest(struct tt_area_stack *s)
{
    s->bytes -= strlen(s->v[0].text);
    free(s->v[0].text);
    memmove(&s->v[0], &s->v[1], (s->n - 1) * sizeof s->v[0]);
    s->n--;
}

/* Pushes (text, cur), taking ownership of text. 0, or -1 (text freed) when out of memory. */
static int push(struct tt_area_stack *s, char *text, size_t cur)
{
    while (s->n && (s->n >= UNDO_MAX || s->bytes + strlen(text) > UNDO_BYTES))
        drop_oldest(s);
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        struct tt_area_state *v = xreallocarray(s->v, cap, sizeof *v);
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = (struct tt_area_state){text, cur};
    s->bytes += strlen(text);
    return 0;
}

static void clear(struct tt_area_stack *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i].text);
    s->n = 0;
    s->bytes = 0;
}

/* An edit in progress: the state before it, when a new undo group starts or the limit
 * may need it undone. */
struct pending {
    char *before;
    size_t cur, count;
    int group;
};

static int start(tt_area *a, enum tt_area_kind kind, int force, struct pending *p)
{
    p->group = force || kind == TT_AREA_EDIT_NONE || a->last != kind || a->f.cur != a->last_cur;
    p->cur = a->f.cur;
    p->count = tt_area_count(a);
    int near = a->max && p->count + NEAR_LIMIT > a->max;
    p->before = p->group || near ? xstrdup(a->f.text) : NULL;
    return (p->group || near) && !p->before ? -1 : 0;
}

static void restore(tt_area *a, const char *text, size_t cur)
{
    if (tt_field_set_text(&a->f, text) == 0) a->f.cur = cur;
}

static enum tt_area_result finish(tt_area *a, enum tt_area_kind kind, struct pending *p,
                                  enum tt_area_result r)
{
    if (r == TT_AREA_REFUSED || r == TT_AREA_NOMEM) {
        free(p->before);
        return r;
    }
    size_t count = tt_area_count(a);
    if (kind == TT_AREA_EDIT_TYPE && a->max && count > a->max && count > p->count) {
        restore(a, p->before, p->cur);
        free(p->before);
        return TT_AREA_FULL;
    }
    if (p->group)
        push(&a->undo, p->before, p->cur); /* out of memory: this step cannot be undone */
    else
        free(p->before);
    clear(&a->redo);
    a->last = kind;
    a->last_cur = a->f.cur;
    a->rev++;
    a->goal = -1;
    a->at_eol = 0;
    return tt_area_rewrap(a) ? TT_AREA_NOMEM : r;
}

/* The code point before the cursor, or 0 at the start. */
static uint32_t before_cursor(const tt_area *a)
{
    uint32_t cp = 0;
    if (a->f.cur) {
        size_t at = tt_utf8_prev(a->f.text, a->f.cur);
        tt_utf8_decode(a->f.text + at, a->f.len - at, &cp);
    }
    return cp;
}

static enum tt_area_result type_one(tt_area *a, uint32_t cp)
{
    if (cp == '\n') return tt_field_insert_text(&a->f, "\n") ? TT_AREA_NOMEM : TT_AREA_OK;
    switch (tt_field_insert(&a->f, cp)) {
    case TT_INSERT_ACCEPTED:
        return TT_AREA_OK;
    case TT_INSERT_CORRECTED:
        return TT_AREA_CORRECTED;
    case TT_INSERT_NOMEM:
        return TT_AREA_NOMEM;
    default:
        return TT_AREA_REFUSED;
    }
}

enum tt_area_result tt_area_insert(tt_area *a, uint32_t cp)
{
    if (cp != '\n' && (cp < 0x20 || tt_cp_is_control(cp))) return TT_AREA_REFUSED;
    uint32_t prev = before_cursor(a);
    /* A new undo step for each line and each word (with the spaces after it). */
    int word_start = cp == '\n' || ((prev == ' ' || prev == '\n') && cp != ' ');
    struct pending p;
    if (start(a, TT_AREA_EDIT_TYPE, word_start, &p)) return TT_AREA_NOMEM;
    return finish(a, TT_AREA_EDIT_TYPE, &p, type_one(a, cp));
}

enum tt_area_result tt_area_backspace(tt_area *a)
{
    struct pending p;
    if (start(a, TT_AREA_EDIT_BACK, 0, &p)) return TT_AREA_NOMEM;
    return finish(a, TT_AREA_EDIT_BACK, &p,
                  tt_field_backspace(&a->f) ? TT_AREA_OK : TT_AREA_REFUSED);
}

enum tt_area_result tt_area_delete(tt_area *a)
{
    struct pending p;
    if (start(a, TT_AREA_EDIT_DEL, 0, &p)) return TT_AREA_NOMEM;
    return finish(a, TT_AREA_EDIT_DEL, &p, tt_field_delete(&a->f) ? TT_AREA_OK : TT_AREA_REFUSED);
}

/* Bytes of the longest prefix of s made of whole clusters that holds at most room units. */
static size_t fit_units(const char *s, size_t room, enum tt_area_unit unit)
{
    size_t len = strlen(s), pos = 0, used = 0;
    while (pos < len) {
        size_t next = tt_cluster_next(s, len, pos);
        size_t n = unit == TT_AREA_BYTES ? next - pos : tt_utf8_count_cps(s + pos, next - pos);
        if (used + n > room) break;
        used += n;
        pos = next;
    }
    return pos;
}

/* Cuts the malloc'd text t in place so that `have` units plus it stay within the limit.
 * Returns 1 if it was cut. */
static int cut_to_limit(const tt_area *a, char *t, size_t have)
{
    if (!a->max) return 0;
    size_t room = have >= a->max ? 0 : a->max - have;
    size_t keep = fit_units(t, room, a->unit);
    if (t[keep] == '\0') return 0;
    t[keep] = '\0';
    return 1;
}

enum tt_area_result tt_area_paste(tt_area *a, const char *text)
{
    char *t = tt_normalize(text);
    int cut = cut_to_limit(a, t, tt_area_count(a));
    if (!*t) {
        free(t);
        return cut ? TT_AREA_FULL : TT_AREA_REFUSED;
    }
    struct pending p;
    enum tt_area_result r = TT_AREA_NOMEM;
    if (start(a, TT_AREA_EDIT_NONE, 1, &p) == 0)
        r = finish(a, TT_AREA_EDIT_NONE, &p,
                   tt_field_insert_text(&a->f, t) ? TT_AREA_NOMEM
                   : cut                          ? TT_AREA_FULL
                                                  : TT_AREA_OK);
    free(t);
    return r;
}

enum tt_area_result tt_area_replace(tt_area *a, const char *text)
{
    char *t = tt_normalize(text);
    int cut = cut_to_limit(a, t, 0);
    size_t common = 0;
    while (t[common] && t[common] == a->f.text[common])
        common++;
    if (!t[common] && !a->f.text[common]) {
        free(t);
        return cut ? TT_AREA_FULL : TT_AREA_OK; /* nothing changed: no undo step */
    }
    struct pending p;
    enum tt_area_result r = TT_AREA_NOMEM;
    if (start(a, TT_AREA_EDIT_NONE, 1, &p) == 0) {
        int failed = tt_field_set_text(&a->f, t);
        if (!failed) tt_field_set_cursor(&a->f, common);
        r = finish(a, TT_AREA_EDIT_NONE, &p,
                   failed ? TT_AREA_NOMEM
                   : cut  ? TT_AREA_FULL
                          : TT_AREA_OK);
    }
    free(t);
    return r;
}

/* Moves the current state onto `to` and the top of `from` into the area. */
static enum tt_area_result step(tt_area *a, struct tt_area_stack *from, struct tt_area_stack *to)
{
    if (!from->n) return TT_AREA_REFUSED;
    if (push(to, xstrdup(a->f.text), a->f.cur)) return TT_AREA_NOMEM;
    struct tt_area_state s = from->v[--from->n];
    from->bytes -= strlen(s.text);
    restore(a, s.text, s.cur);
    free(s.text);
    a->last = TT_AREA_EDIT_NONE;
    a->rev++;
    a->goal = -1;
    a->at_eol = 0;
    return tt_area_rewrap(a) ? TT_AREA_NOMEM : TT_AREA_OK;
}

enum tt_area_result tt_area_undo(tt_area *a)
{
    return step(a, &a->undo, &a->redo);
}

enum tt_area_result tt_area_redo(tt_area *a)
{
    return step(a, &a->redo, &a->undo);
}
