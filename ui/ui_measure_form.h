/* The measure editor's form (see ui_measure_form.c). */
#ifndef ITADESK_UI_MEASURE_FORM_H
#define ITADESK_UI_MEASURE_FORM_H

#include "db.h"
#include "draft_kv.h"
#include "plan.h"
#include "ui_form.h"

/* The fields of m (and of each of its monitoring rounds), limits included. 0 or -1. */
int ui_measure_form_build(struct ui_form *f, ThBrk *brk, const struct measure *m);

/* Applies the fields changed since init (all of them with force, or for a new measure) to
 * m, with measure_apply_input's checks. Each failing field gets its message; returns the
 * number of failing fields (0: m holds the new values). */
int ui_measure_form_apply(struct ui_form *f, const struct draft_kv *init, size_t ninit, int force,
                          struct measure *m, char *why, size_t whysz);

/* Puts the rounds' dates, states and texts the user changed into m->progress, so
 * db_measure_save writes them with the measure in one transaction. */
void ui_measure_form_apply_rounds(struct ui_form *f, struct measure *m, const struct draft_kv *init,
                                  size_t ninit);

#endif
