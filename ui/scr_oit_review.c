/* The reviewer's keys on the OIT checklist: c checks the selected item (marked done by an
 * officer), b sends it back with a comment. Each verdict is one short transaction
 * (db_oit_review); the officer's next change of the item clears it. */
#include <stdio.h>
#include <string.h>

#include "db_review.h"
#include "i18n.h"
#include "ui_dialog.h"
#include "ui_oit.h"
#include "ui_text_draft.h"

/* Saves the verdict on sc->target; a refusal keeps a prompt open (why) or goes to the
 * status line. 0 or -1. */
static int save_verdict(struct oit_scr *sc, struct ui_app *app, enum review_verdict v,
                        const char *comment, char *why, size_t whysz)
{
    struct db_error err = {{0}};
    if (db_oit_review(app->db, app->agency_id, app->year, sc->target, v, comment, &err)) {
        snprintf(why, whysz, "%s", err.msg);
        return -1;
    }
    oit_reload_all(sc, app);
    sc->doc_valid = 0;
    ui_message(app, 0, _("%s: %s (saved)"), sc->target, review_verdict_label(v, 0));
    return 0;
}

/* The item must be done before a reviewer looks at it; says so on the status line. */
static int pick_target(struct oit_scr *sc, struct ui_app *app)
{
    const struct oit_row *r = oit_selected(sc);
    if (!r) return -1;
    snprintf(sc->target, sizeof sc->target, "%s", r->code);
    if (r->state == ITA_DONE) return 0;
    ui_message(app, 1, _("%s is not marked done: only done work is checked or returned"), r->code);
    return -1;
}

int oit_check(struct oit_scr *sc, struct ui_app *app)
{
    if (pick_target(sc, app)) return UI_DRAW;
    char why[768];
    if (save_verdict(sc, app, REVIEW_CHECKED, NULL, why, sizeof why)) ui_message(app, 1, "%s", why);
    return UI_DRAW;
}

static int comment_typed(struct ui_app *app, void *ctx, const char *text, char *why, size_t whysz)
{
    if (!*text) {
        snprintf(why, whysz, "%s", _("Say what to fix: the officer sees this comment."));
        return -1;
    }
    return save_verdict(ctx, app, REVIEW_RETURNED, text, why, whysz);
}

int oit_send_back(struct oit_scr *sc, struct ui_app *app)
{
    if (pick_target(sc, app)) return UI_DRAW;
    char title[128], key[64];
    snprintf(title, sizeof title, _("Send %s back to the officer"), sc->target);
    /* The comment typed is kept as a draft: Esc asks first, a dropped link loses nothing. */
    ui_text_draft_oit_key(key, sizeof key, app->agency_id, app->year, sc->target);
    struct ui_prompt_arg a = {.title = title,
                              .label = _("What to fix:"),
                              .done = comment_typed,
                              .ctx = sc,
                              .draft_entity = "oit-review",
                              .draft_key = key};
    ui_text_dialog_open(app, &ui_prompt_ops, &a);
    return UI_LAYOUT;
}
