/* Drafts of the text in a dialog (an OIT item's note, evidence link, a new unit's name):
 * written to the database within a second of typing, at once when the user pauses, on
 * leaving, and on a signal, so that Esc, a dropped SSH link or a crash loses nothing; the
 * start-up list offers them back (ui_drafts_offer). The measure, finding and constraint
 * editors keep theirs through ui_draft (ui_plans.h). */
#ifndef ITADESK_UI_TEXT_DRAFT_H
#define ITADESK_UI_TEXT_DRAFT_H

#include "ui_app.h"

struct ui_text_draft {
    char entity[16], key[64]; /* entity "" = no draft kept */
    char *initial;            /* the record's text */
    char *written;            /* what the database's draft holds (NULL: no draft) */
    double last_put;          /* monotonic seconds of the last write */
};

/* Starts keeping drafts of a text whose record holds initial; when the dialog starts from a
 * restored draft, restored is its text (already in the database). entity NULL: none. */
void ui_text_draft_start(struct ui_text_draft *d, const char *entity, const char *key,
                         const char *initial, const char *restored);

/* 1 when text differs from the record. */
int ui_text_draft_dirty(const struct ui_text_draft *d, const char *text);

/* Writes text as the draft when it changed since the last write and (force, or a second
 * has passed); text back to the record's removes the draft. */
void ui_text_draft_autosave(struct ui_app *app, struct ui_text_draft *d, const char *text,
                            int force);

/* The text was saved or discarded: the draft goes. */
void ui_text_draft_done(struct ui_app *app, struct ui_text_draft *d);

void ui_text_draft_free(struct ui_text_draft *d);

/* Opens the text dialog ops (the prompt or the note editor) with arg; when arg keeps a draft
 * (draft_entity, and no restored text given) and the user has one, the dialog starts from it
 * and a message says so. 0 or -1. */
struct ui_prompt_arg;
int ui_text_dialog_open(struct ui_app *app, const struct ui_screen_ops *ops,
                        const struct ui_prompt_arg *arg);

/* The draft key of an OIT item's dialog: "AGENCY:YEAR:CODE". */
void ui_text_draft_oit_key(char *buf, size_t n, long agency_id, int year, const char *code);

#endif
