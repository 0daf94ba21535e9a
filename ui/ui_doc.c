#include "ui_doc.h"

#include <stdlib.h>
#include <string.h>

#include "text/tt.h"
#include "ui_draw.h"
#include "xalloc.h"

#define HANG 3 /* hanging indent of wrapped lines */

static char *dup_or_null(const char *s)
{
    return s ? xstrdup(s) : NULL;
}

int ui_doc_add(struct ui_doc *d, int indent, enum ui_role role, const char *text, const char *right,
               enum ui_role right_role, double bar)
{
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 64;
        struct ui_doc_line *bigger = xreallocarray(d->v, cap, sizeof *bigger);
        d->v = bigger;
        d->cap = cap;
    }
    d->v[d->n++] =
        (struct ui_doc_line){dup_or_null(text), dup_or_null(right), indent, role, right_role, bar};
    return 0;
}

int ui_doc_gap(struct ui_doc *d)
{
    return ui_doc_add(d, 0, UI_ROLE_NORMAL, NULL, NULL, UI_ROLE_NORMAL, -1);
}

int ui_doc_add_wrapped(struct ui_doc *d, ThBrk *brk, int indent, enum ui_role role,
                       const char *text, const char *right, enum ui_role right_role)
{
    char *safe = tt_sanitize(text ? text : "", TT_SAN_MULTILINE);
    if (!safe) return -1;
    /* Continuation lines hang HANG columns further in; wrap for the narrower of the two. */
    int room = d->width - indent - HANG - (right ? d->right_cols + 1 : 0);
    tt_lines lines = {0};
    int rc = tt_wrap(brk, safe, strlen(safe), room > 1 ? room : 1, &lines);
    for (size_t i = 0; rc == 0 && i < lines.n; i++) {
        char *part = xstrndup(safe + lines.v[i].off, lines.v[i].len);
        rc = ui_doc_add(d, i ? indent + HANG : indent, role, part, i == 0 ? right : NULL,
                        right_role, -1);
        free(part);
    }
    tt_lines_free(&lines);
    free(safe);
    return rc;
}

void ui_doc_clear(struct ui_doc *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->v[i].text);
        free(d->v[i].right);
    }
    d->n = 0;
}

void ui_doc_free(struct ui_doc *d)
{
    ui_doc_clear(d);
    free(d->v);
    d->v = NULL;
    d->cap = 0;
}

static void clamp_top(struct ui_doc *d)
{
    long max_top = (long)d->n - d->height;
    if (d->top > max_top) d->top = max_top;
    if (d->top < 0) d->top = 0;
}

int ui_doc_handle(struct ui_doc *d, enum ui_action a)
{
    long page = d->height > 1 ? d->height - 1 : 1, before = d->top;
    switch (a) {
    case UI_ACT_UP:
        d->top--;
        break;
    case UI_ACT_DOWN:
        d->top++;
        break;
    case UI_ACT_PAGE_UP:
        d->top -= page;
        break;
    case UI_ACT_PAGE_DOWN:
        d->top += page;
        break;
    case UI_ACT_FIRST:
        d->top = 0;
        break;
    case UI_ACT_LAST:
        d->top = (long)d->n;
        break;
    default:
        return UI_UNHANDLED;
    }
    clamp_top(d);
    return d->top == before ? UI_NONE : UI_DRAW;
}

static void draw_line(struct ui_doc *d, struct ui_app *app, const struct ui_doc_line *l, int y,
                      struct ui_rect area)
{
    int x = area.x + l->indent, w = area.w - l->indent;
    int right = l->right ? d->right_cols : 0;
    int bar = l->bar >= 0 ? d->bar_cols : 0;
    int text_w = w - (right ? right + 1 : 0) - (bar ? bar + 1 : 0);
    if (text_w < 1) { /* too narrow for the bar: keep the text and the figure */
        text_w = w - (right ? right + 1 : 0);
        bar = 0;
    }
    ui_fill(app, y, area.x, l->indent, UI_ROLE_NORMAL);
    ui_put(app, y, x, text_w, l->text, TT_ALIGN_LEFT, l->role);
    x += text_w;
    if (bar) {
        ui_fill(app, y, x, 1, UI_ROLE_NORMAL);
        ui_bar(app, y, x + 1, bar, l->bar, l->role == UI_ROLE_WEAK ? UI_ROLE_WEAK : UI_ROLE_BAR);
        x += bar + 1;
    }
    if (right) {
        ui_fill(app, y, x, 1, UI_ROLE_NORMAL);
        ui_put(app, y, x + 1, right, l->right, TT_ALIGN_RIGHT, l->right_role);
    }
}

void ui_doc_draw(struct ui_doc *d, struct ui_app *app, struct ui_rect area)
{
    d->height = area.h;
    clamp_top(d);
    for (int i = 0; i < area.h; i++) {
        size_t k = (size_t)(d->top + i);
        if (k < d->n)
            draw_line(d, app, &d->v[k], area.y + i, area);
        else
            ui_fill(app, area.y + i, area.x, area.w, UI_ROLE_NORMAL);
    }
}
