/* What-if on the screens: the marks "if done" (100) and "if half" (50) an officer puts on OIT
 * items, kept in the session only (app->whatif, for one agency and year; never saved, never
 * a tick), and the panel that shows what they would make of the year (src/whatif.h): the
 * OIT indicators, OIT mean, total and level now and with the marks, and what it takes to
 * reach the next level. The OIT checklist and the dashboard share both. */
#ifndef ITADESK_UI_WHATIF_H
#define ITADESK_UI_WHATIF_H

#include "ui_app.h"
#include "ui_doc.h"
#include "whatif.h"

/* The marks of the app's agency and year (0 when they belong to another choice). */
size_t ui_whatif_count(const struct ui_app *app);
const struct whatif_set *ui_whatif_marks(const struct ui_app *app);

/* The mark of an item, or NULL. */
const struct whatif_set *ui_whatif_mark_of(const struct ui_app *app, const char *code);

/* Marks an item at score, or unmarks it when it already has that mark. Returns 1 when it is
 * marked now, 0 when it was unmarked, -1 when there is no room for another mark. */
int ui_whatif_toggle(struct ui_app *app, const char *code, double score);

/* Removes every mark; returns how many there were. */
size_t ui_whatif_clear(struct ui_app *app);

/* The panel's data and lines: the year as the what-if sees it, read again when the agency,
 * the year or anything in the database changed. */
struct ui_whatif_panel {
    struct whatif_year y;
    int loaded;
    long agency_id;
    int year;
    unsigned long long stamp;
    struct ui_doc doc;
    double choosing; /* the score the item chooser marks at */
};

/* Reads the year when needed; 0, or -1 after ui_message. */
int ui_whatif_panel_load(struct ui_whatif_panel *p, struct ui_app *app);

/* Builds the panel's lines for width columns: the heading saying the marks are never saved,
 * the marks, the figures now and with the marks, what it takes (and, with notes, why a
 * published value moves as it does). */
void ui_whatif_panel_build(struct ui_whatif_panel *p, struct ui_app *app, int width, int notes);

void ui_whatif_panel_free(struct ui_whatif_panel *p);

/* "(if 100) " before an item's title when it is marked, else "". */
void ui_whatif_title_prefix(const struct ui_app *app, const char *code, char *buf, size_t n);

/* The dashboard's way to mark: a chooser of the year's OIT items with their scores; the
 * item chosen is marked at score (or unmarked). UI_* flags. */
int ui_whatif_choose(struct ui_app *app, struct ui_whatif_panel *p, double score);

#endif
