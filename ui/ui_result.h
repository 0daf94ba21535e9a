/* Small helpers the result screens share: names in the UI language, effective scores,
 * the weakest indicator. */
#ifndef ITADESK_UI_RESULT_H
#define ITADESK_UI_RESULT_H

#include <stddef.h>

#include "result.h"
#include "ui_app.h"

/* The indicator's name in the UI language (Thai when no English name is stored). */
const char *ui_indicator_name(const struct ui_app *app, const struct result_indicator *ind);

/* A grade band's label in the UI language. */
const char *ui_band_label(const struct ui_app *app, const struct grade_band *band);

/* Index of the indicator with the lowest effective score, or -1 when none has one. */
int ui_weakest(const struct ita_result *r);

/* The effective score (entered, else computed) with two decimals, or "-". */
void ui_indicator_score(const struct result_indicator *ind, char *buf, size_t n);

/* Loads the current agency and year into r; -1 with a status message on failure. */
int ui_load_result(struct ui_app *app, struct ita_result *r);

#endif
