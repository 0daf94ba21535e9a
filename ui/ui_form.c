#include "ui_form.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draft_kv.h"
#include "i18n.h"
#include "text/tt.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "xalloc.h"

static struct ui_form_field *grow(struct ui_form *form)
{
    if (form->n == form->cap) {
        int cap = form->cap ? form->cap * 2 : 16;
        struct ui_form_field *v = xreallocarray(form->f, (size_t)cap, sizeof *v);
        form->f = v;
        form->cap = cap;
    }
    struct ui_form_field *f = &form->f[form->n];
    memset(f, 0, sizeof *f);
    return f;
}

int ui_form_add(struct ui_form *form, enum ui_form_kind kind, const char *name, const char *label,
                int height, size_t max, const char *initial)
{
    struct ui_form_field *f = grow(form);
    if (!f || ui_textarea_init(&f->ta, form->brk, initial, max)) return -1;
    tt_area_text_end(&f->ta.a); /* typing goes on where the text ends */
    snprintf(f->name, sizeof f->name, "%s", name);
    f->label = label;
    f->kind = kind;
    f->height = kind == UI_FORM_TEXT && height > 1 ? height : 1;
    f->max = max;
    return form->n++;
}

int ui_form_add_choice(struct ui_form *form, const char *name, const char *label,
                       const struct ui_form_choice *choices, int n, const char *initial_word)
{
    int i = ui_form_add(form, UI_FORM_LINE, name, label, 1, 0, NULL);
    if (i < 0) return -1;
    struct ui_form_field *f = &form->f[i];
    f->kind = UI_FORM_CHOICE;
    f->choices = choices;
    f->nchoices = n;
    ui_form_set(form, name, initial_word);
    return i;
}

void ui_form_free(struct ui_form *form)
{
    for (int i = 0; i < form->n; i++)
        ui_textarea_free(&form->f[i].ta);
    free(form->f);
    form->f = NULL;
    form->n = form->cap = 0;
}

int ui_form_find(const struct ui_form *form, const char *name)
{
    for (int i = 0; i < form->n; i++)
        if (strcmp(form->f[i].name, name) == 0) return i;
    return -1;
}

const char *ui_form_value(const struct ui_form *form, const char *name)
{
    int i = ui_form_find(form, name);
    if (i < 0) return "";
    const struct ui_form_field *f = &form->f[i];
    if (f->kind == UI_FORM_CHOICE) return f->choices[f->choice].word;
    return tt_area_text(&f->ta.a);
}

void ui_form_set(struct ui_form *form, const char *name, const char *value)
{
    int i = ui_form_find(form, name);
    if (i < 0) return;
    struct ui_form_field *f = &form->f[i];
    if (f->kind != UI_FORM_CHOICE) {
        tt_area_set_text(&f->ta.a, value);
        tt_area_text_end(&f->ta.a);
        f->ta.top = 0;
        return;
    }
    for (int c = 0; c < f->nchoices; c++)
        if (value && strcmp(f->choices[c].word, value) == 0 && f->choice != c) {
            f->choice = c;
            form->choice_rev++;
        }
}

void ui_form_error(struct ui_form *form, const char *name, const char *msg)
{
    int i = ui_form_find(form, name);
    if (i >= 0) snprintf(form->f[i].err, sizeof form->f[i].err, "%s", msg ? msg : "");
}

void ui_form_clear_errors(struct ui_form *form)
{
    for (int i = 0; i < form->n; i++)
        form->f[i].err[0] = '\0';
}

unsigned long ui_form_rev(const struct ui_form *form)
{
    unsigned long rev = form->choice_rev;
    for (int i = 0; i < form->n; i++)
        rev += form->f[i].ta.a.rev;
    return rev;
}

/* Rows of each field within the form; returns the total. */
static int place(struct ui_form *form)
{
    int y = 0;
    for (int i = 0; i < form->n; i++) {
        struct ui_form_field *f = &form->f[i];
        if (f->heading[0]) y++;
        f->y = y;
        f->h = f->height;
        y += f->h + (f->err[0] ? 1 : 0);
    }
    return y;
}

/* Scrolls so that the focused field (with its heading and message) shows in h rows. */
static void follow(struct ui_form *form, int total, int h)
{
    if (!form->n) return;
    const struct ui_form_field *f = &form->f[form->focus];
    int first = f->y - (f->heading[0] ? 1 : 0), last = f->y + f->h + (f->err[0] ? 1 : 0);
    if (last - form->top > h) form->top = last - h;
    if (first < form->top) form->top = first;
    if (form->top > total - h) form->top = total > h ? total - h : 0;
    if (form->top > first) form->top = first;
}

static int label_cols(const struct ui_form *form, int width)
{
    int w = 8;
    for (int i = 0; i < form->n; i++) {
        int c = ui_text_cols(form->f[i].label);
        if (c > w) w = c;
    }
    w += 1;
    return w > width / 3 ? width / 3 : w;
}

static void draw_choice(struct ui_app *app, const struct ui_form_field *f, int y, int x, int w,
                        int active)
{
    ui_putf(app, y, x, w, TT_ALIGN_LEFT, active ? UI_ROLE_SELECT : UI_ROLE_NORMAL, "< %s >",
            _(f->choices[f->choice].label));
    if (active) {
        app->cursor_y = y;
        app->cursor_x = x;
    }
}

static void draw_field(struct ui_form *form, struct ui_app *app, int i, struct ui_rect area, int lw)
{
    struct ui_form_field *f = &form->f[i];
    int bottom = area.y + area.h - 1; /* the hint line */
    int y = area.y + f->y - form->top, x = area.x + lw + 1, w = area.w - lw - 1;
    int active = i == form->focus;
    if (f->heading[0] && y - 1 >= area.y && y - 1 < bottom)
        ui_put(app, y - 1, area.x, area.w, f->heading, TT_ALIGN_LEFT, UI_ROLE_HEADER);
    if (y < area.y || y >= bottom) return;
    ui_put(app, y, area.x, lw, f->label, TT_ALIGN_LEFT, active ? UI_ROLE_HEADER : UI_ROLE_NORMAL);
    if (f->kind == UI_FORM_TEXT && f->max && f->h > 1 && y + 1 < bottom)
        ui_putf(app, y + 1, area.x, lw, TT_ALIGN_LEFT, UI_ROLE_DIM, "%zu/%zu",
                tt_area_count(&f->ta.a), f->max);
    int h = f->h;
    if (y + h > bottom) h = bottom - y;
    if (f->kind == UI_FORM_CHOICE)
        draw_choice(app, f, y, x, w, active);
    else
        ui_textarea_draw(app, &f->ta, (struct ui_rect){y, x, h, w}, active);
    if (f->err[0] && y + f->h < bottom)
        ui_putf(app, y + f->h, x, w, TT_ALIGN_LEFT, UI_ROLE_WARN, "! %s", f->err);
}

static void key_of(struct ui_app *app, enum ui_action a, char *buf, size_t n)
{
    ui_keymap_hint(&app->cfg.keys, a, buf, n);
    if (!buf[0]) snprintf(buf, n, "-");
}

/* The last line: what the focused field holds against its limit, and the keys. */
static void draw_hint(struct ui_form *form, struct ui_app *app, struct ui_rect area)
{
    char save[48], next[48], ext[48], limit[128] = "";
    key_of(app, UI_ACT_SAVE, save, sizeof save);
    key_of(app, UI_ACT_NEXT_FIELD, next, sizeof next);
    key_of(app, UI_ACT_EXTERNAL_EDITOR, ext, sizeof ext);
    const struct ui_form_field *f = form->n ? &form->f[form->focus] : NULL;
    if (f && f->max) /* TRANSLATORS: the focused field's size against its limit, in characters. */
        snprintf(limit, sizeof limit, _("%zu of at most %zu characters"), tt_area_count(&f->ta.a),
                 f->max);
    ui_putf(app, area.y + area.h - 1, area.x, area.w, TT_ALIGN_LEFT, UI_ROLE_DIM,
            _("%s  %s: next field  %s: save  %s: edit in $EDITOR"), limit, next, save, ext);
}

void ui_form_draw(struct ui_form *form, struct ui_app *app, struct ui_rect area)
{
    if (area.h < 2 || area.w < 20) return;
    int total = place(form);
    follow(form, total, area.h - 1);
    int lw = label_cols(form, area.w);
    for (int i = 0; i < form->n; i++)
        draw_field(form, app, i, area, lw);
    draw_hint(form, app, area);
}

void ui_form_next(struct ui_form *form)
{
    if (form->focus + 1 < form->n) form->focus++;
}

void ui_form_prev(struct ui_form *form)
{
    if (form->focus > 0) form->focus--;
}

static int choice_key(struct ui_form *form, struct ui_form_field *f, int key)
{
    int step = key == UI_KEY_FN(KEY_LEFT) ? -1 : key == UI_KEY_FN(KEY_RIGHT) || key == ' ' ? 1 : 0;
    if (!step) return UI_UNHANDLED;
    f->choice = (f->choice + step + f->nchoices) % f->nchoices;
    form->choice_rev++;
    f->err[0] = '\0';
    return UI_DRAW;
}

int ui_form_key(struct ui_form *form, int key)
{
    if (!form->n) return UI_UNHANDLED;
    struct ui_form_field *f = &form->f[form->focus];
    int r = UI_UNHANDLED;
    if (f->kind == UI_FORM_CHOICE) {
        r = choice_key(form, f, key);
    } else {
        enum ui_ta_result t = ui_textarea_key(&f->ta, key, f->kind == UI_FORM_TEXT);
        if (t == UI_TA_CHANGED) f->err[0] = '\0';
        if (t != UI_TA_NOT_MINE) r = UI_DRAW;
    }
    if (r != UI_UNHANDLED) return r;
    if (key == UI_KEY_FN(KEY_UP) && form->focus > 0) {
        ui_form_prev(form);
        return UI_DRAW;
    }
    if ((key == UI_KEY_FN(KEY_DOWN) || key == UI_KEY_ENTER) && form->focus + 1 < form->n) {
        ui_form_next(form);
        return UI_DRAW;
    }
    /* Printable keys never reach the keymap from a form: no letter becomes an action. */
    return ui_key_is_text(key) || key == UI_KEY_ENTER ? UI_NONE : UI_UNHANDLED;
}

int ui_form_undo(struct ui_form *form, int redo)
{
    if (!form->n || form->f[form->focus].kind == UI_FORM_CHOICE) return UI_NONE;
    tt_area *a = &form->f[form->focus].ta.a;
    if ((redo ? tt_area_redo(a) : tt_area_undo(a)) != TT_AREA_OK) beep();
    return UI_DRAW;
}

int ui_form_external(struct ui_form *form, struct ui_app *app)
{
    if (!form->n || form->f[form->focus].kind == UI_FORM_CHOICE) return UI_NONE;
    char why[256] = "";
    int r = ui_textarea_external(&form->f[form->focus].ta, why, sizeof why);
    if (why[0]) ui_message(app, r < 0, "%s", why);
    return UI_LAYOUT;
}

char *ui_form_encode(const struct ui_form *form)
{
    const char **keys = xcalloc((size_t)form->n + 1, sizeof *keys);
    const char **values = xcalloc((size_t)form->n + 1, sizeof *values);
    for (int i = 0; i < form->n; i++) {
        keys[i] = form->f[i].name;
        values[i] = ui_form_value(form, form->f[i].name);
    }
    char *body = draft_kv_encode(keys, values, (size_t)form->n);
    free(keys);
    free(values);
    return body;
}

int ui_form_decode(struct ui_form *form, const char *body)
{
    struct draft_kv *v;
    size_t n;
    if (draft_kv_decode(body, &v, &n)) return -1;
    for (size_t i = 0; i < n; i++)
        ui_form_set(form, v[i].key, v[i].value);
    draft_kv_free(v, n);
    return 0;
}
