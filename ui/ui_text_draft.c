#include "ui_text_draft.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db_plan.h"
#include "i18n.h"
#include "ui_dialog.h"
#include "xalloc.h"

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void ui_text_draft_start(struct ui_text_draft *d, const char *entity, const char *key,
                         const char *initial, const char *restored)
{
    *d = (struct ui_text_draft){0};
    snprintf(d->entity, sizeof d->entity, "%s", entity ? entity : "");
    snprintf(d->key, sizeof d->key, "%s", key ? key : "");
    d->initial = xstrdup(initial ? initial : "");
    if (restored) d->written = xstrdup(restored);
}

int ui_text_draft_dirty(const struct ui_text_draft *d, const char *text)
{
    return strcmp(text, d->initial) != 0;
}

static void drop(struct ui_app *app, struct ui_text_draft *d)
{
    struct db_error err;
    if (db_draft_drop(app->db, d->entity, d->key, &err)) ui_message(app, 1, "%s", err.msg);
    free(d->written);
    d->written = NULL;
}

void ui_text_draft_autosave(struct ui_app *app, struct ui_text_draft *d, const char *text,
                            int force)
{
    if (!d->entity[0]) return;
    int dirty = ui_text_draft_dirty(d, text);
    if (d->written ? strcmp(d->written, text) == 0 : !dirty) return;
    double now = now_seconds();
    if (!force && now - d->last_put < 1.0) return;
    d->last_put = now;
    if (!dirty) { /* typed back to the record's text: nothing to keep */
        drop(app, d);
        return;
    }
    struct db_error err;
    if (db_draft_put(app->db, d->entity, d->key, 0, text, &err)) {
        ui_message(app, 1, _("The draft could not be kept: %s"), err.msg);
        return;
    }
    free(d->written);
    d->written = xstrdup(text);
}

void ui_text_draft_done(struct ui_app *app, struct ui_text_draft *d)
{
    if (!d->entity[0]) return;
    drop(app, d);
    free(d->initial);
    d->initial = NULL;
    d->entity[0] = '\0'; /* the dialog is closing: nothing more to keep */
}

void ui_text_draft_free(struct ui_text_draft *d)
{
    free(d->initial);
    free(d->written);
    d->initial = d->written = NULL;
}

void ui_text_draft_oit_key(char *buf, size_t n, long agency_id, int year, const char *code)
{
    snprintf(buf, n, "%ld:%d:%s", agency_id, year, code);
}

int ui_text_dialog_open(struct ui_app *app, const struct ui_screen_ops *ops,
                        const struct ui_prompt_arg *arg)
{
    struct ui_prompt_arg a = *arg;
    char *draft = NULL;
    struct db_error err;
    if (a.draft_entity && !a.restored &&
        db_draft_get(app->db, a.draft_entity, a.draft_key, &draft, NULL, &err) == 1)
        a.restored = draft;
    int rc = ui_push(app, ops, &a);
    if (rc == 0 && draft)
        ui_message(app, 0, "%s",
                   _("Your unsaved draft was restored. Esc, then D twice, discards it."));
    free(draft);
    return rc;
}
