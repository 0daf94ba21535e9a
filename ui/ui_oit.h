/* The OIT checklist screen's own state, shared by its files: scr_oit.c (the screen and its
 * keys), scr_oit_draw.c (the list and the detail), scr_oit_edit.c (saving) and
 * scr_oit_history.c (the history dialog). */
#ifndef ITADESK_UI_OIT_H
#define ITADESK_UI_OIT_H

#include "db_busy.h"
#include "text/tt_field.h"
#include "ui_app.h"
#include "ui_screens.h"
#include "ui_doc.h"
#include "ui_oit_view.h"
#include "ui_table.h"
#include "ui_whatif.h"

enum { OIT_COL_STATE, OIT_COL_CODE, OIT_COL_TITLE, OIT_COL_UNIT, OIT_COL_LINK, OIT_NCOLS };

#define OIT_PANE_MIN_COLS 110 /* from this width the detail stands beside the list */

struct oit_scr {
    struct oit_view v;
    struct ui_table t; /* geometry of the columns and the selection over v.lines */
    struct ui_column cols[OIT_NCOLS];
    struct ui_rect info, list, pane; /* pane.w == 0: no pane */
    int full;                        /* the detail of the selected item fills the screen */
    struct ui_doc doc;               /* that detail, built for doc_code/doc_version */
    char doc_code[16];
    long doc_version;
    const void *doc_pending; /* the pending change it shows (ui_retry.h) */
    int doc_valid;
    tt_field search;
    int searching; /* keys go to the search field */
    char jump[16]; /* "O12" while typing a code */
    int jumping;
    char target[16]; /* the item a dialog is editing */
    int bulk;        /* the dialog applies to the marked items */
    char **units;    /* the units a chooser offered */
    size_t nunits;
    struct db_busy_hook busy;
    struct ui_whatif_panel whatif; /* shown under the list while items have what-if marks */
    struct ui_rect whatif_area;    /* h == 0: not shown */
};

/* scr_oit.c */
const struct oit_row *oit_selected(struct oit_scr *sc);
void oit_select_code(struct oit_scr *sc, const char *code);
int oit_reload_all(struct oit_scr *sc, struct ui_app *app);

/* scr_oit_draw.c */
void oit_draw(struct oit_scr *sc, struct ui_app *app);
/* The areas of the screen; the what-if panel's at the bottom while items are marked. */
void oit_layout_areas(struct oit_scr *sc, struct ui_app *app, struct ui_rect area);

/* A state change waiting for a busy database (ui_retry.h): shown, then saved or given up. */
struct oit_pending {
    long agency_id;
    int year;
    char code[16];
    long version; /* the version the user saw */
    enum ita_state state;
};
/* The pending change of an item of the screen's agency and year, or NULL. */
const struct oit_pending *oit_pending_of(struct ui_app *app, const char *code);

/* scr_oit_edit.c: each returns UI_* flags. */
int oit_tick(struct oit_scr *sc, struct ui_app *app);
int oit_set_in_progress(struct oit_scr *sc, struct ui_app *app);
int oit_choose_unit(struct oit_scr *sc, struct ui_app *app);
int oit_edit_link(struct oit_scr *sc, struct ui_app *app);
int oit_edit_note(struct oit_scr *sc, struct ui_app *app);
int oit_choose_score(struct oit_scr *sc, struct ui_app *app);
int oit_choose_show(struct oit_scr *sc, struct ui_app *app);
void oit_free_units(struct oit_scr *sc);
/* A draft of an OIT dialog (entity oit-note, oit-link or oit-unit; key AGENCY:YEAR:CODE)
 * from the start-up list: opens the checklist on the item and the dialog on the draft.
 * 0, or -1 (an unknown draft, or the item is gone). */
int oit_restore_draft(struct ui_app *app, const char *entity, const char *key);

/* scr_carry.c: a draft of the carry screen's pair prompt (entity carry-pair, key
 * AGENCY:YEAR:CODE): opens the screen on the item and the prompt on the draft; 0 or -1. */
int carry_restore_draft(struct ui_app *app, const char *key);

/* scr_oit_review.c: the reviewer's verdicts; UI_* flags. */
int oit_check(struct oit_scr *sc, struct ui_app *app);
int oit_send_back(struct oit_scr *sc, struct ui_app *app);

/* scr_oit_history.c */
struct oit_history_arg {
    long agency_id;
    int year;
    const char *code;
};
/* ui_oit_history_ops (ui_screens.h): arg: const struct oit_history_arg * */

#endif
