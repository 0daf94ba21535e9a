#include "ui_result.h"

#include <stdio.h>

#include "db_result.h"

const char *ui_indicator_name(const struct ui_app *app, const struct result_indicator *ind)
{
    if (!app->thai && ind->name_en && *ind->name_en) return ind->name_en;
    return ind->name_th ? ind->name_th : "";
}

const char *ui_band_label(const struct ui_app *app, const struct grade_band *band)
{
    if (!band) return "-";
    if (!app->thai && band->label_en && *band->label_en) return band->label_en;
    return band->label_th ? band->label_th : "-";
}

int ui_weakest(const struct ita_result *r)
{
    int weakest = -1;
    double low = 0;
    for (size_t i = 0; i < r->n_ind; i++) {
        struct opt_score v = score_effective(&r->ind[i].s);
        if (v.set && (weakest < 0 || v.v < low)) {
            weakest = (int)i;
            low = v.v;
        }
    }
    return weakest;
}

void ui_indicator_score(const struct result_indicator *ind, char *buf, size_t n)
{
    struct opt_score v = score_effective(&ind->s);
    if (!v.set)
        snprintf(buf, n, "-");
    else
        snprintf(buf, n, "%.2f", v.v);
}

int ui_load_result(struct ui_app *app, struct ita_result *r)
{
    struct db_error err;
    if (db_result_load(app->db, app->agency_id, app->year, r, &err) == 0) return 0;
    ui_message(app, 1, "%s", err.msg);
    return -1;
}
