/* What the plan screen shows: the measures grouped by issue/indicator (a heading row per
 * group), the findings with their links, the five constraints; table cells and the
 * preview of the selected finding or constraint. */
#ifndef ITADESK_UI_PLANS_VIEW_H
#define ITADESK_UI_PLANS_VIEW_H

#include <stddef.h>

#include "plan.h"
#include "ui_app.h"
#include "ui_doc.h"
#include "ui_table.h"

struct plans_view {
    struct measure *m;
    size_t nm;
    int *rows; /* table row -> measure index, or -1 - group for a heading row */
    size_t nrows;
    char **groups; /* heading text of each group */
    size_t ngroups;
    struct finding *f;
    size_t nf;
    char **links; /* per finding: "1, 5 / O12" */
    struct constraint_note *c;
    size_t nc;
    char today[11];
};

/* Loads the plan of app->agency_id: measures of plan year app->year + 1, findings and
 * constraints of app->year. 0, or -1 after ui_message. */
int plans_view_load(struct plans_view *v, struct ui_app *app);
void plans_view_free(struct plans_view *v);

/* The columns of tab 0 (measures), 1 (findings), 2 (constraints); returns how many. */
int plans_view_columns(int tab, struct ui_column *out);

struct plans_cell_ctx {
    struct plans_view *v;
    struct ui_app *app;
    int tab;
};
void plans_view_cell(void *ctx, long row, int col, struct ui_cell *out);

/* The whole texts of the selected finding or constraint, wrapped into d. */
void plans_view_preview(struct plans_view *v, struct ui_app *app, int tab, long row,
                        struct ui_doc *d);

#endif
