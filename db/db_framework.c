/* Reading framework catalogs: the list of years and one year's catalog whole. */
#include <stdlib.h>
#include <string.h>

#include "db_framework.h"
#include "db_stmt.h"
#include "i18n.h"
#include "xalloc.h"

static const char years_sql[] =
    "SELECT f.year, f.grading, f.status,"
    " (SELECT count(*) FROM indicator WHERE year = f.year),"
    " (SELECT count(*) FROM oit_item WHERE year = f.year),"
    " (f.edited_at IS NOT NULL)"
    " + (SELECT count(*) FROM grade_band WHERE year = f.year AND edited_at IS NOT NULL)"
    " + (SELECT count(*) FROM indicator WHERE year = f.year AND edited_at IS NOT NULL)"
    " + (SELECT count(*) FROM question WHERE year = f.year AND edited_at IS NOT NULL)"
    " + (SELECT count(*) FROM oit_item WHERE year = f.year AND edited_at IS NOT NULL),"
    " (SELECT count(*) FROM assessment WHERE year = f.year)"
    " FROM framework f ORDER BY f.year";

int db_framework_years(struct itadb *db, struct fw_year_row **rows, size_t *n, struct db_error *err)
{
    *rows = NULL;
    *n = 0;
    const char *doing = _("reading the frameworks");
    sqlite3_stmt *st = db_prepare(db, years_sql, doing, err);
    if (!st) return -1;
    int r;
    while ((r = db_row(db, st, doing, err)) > 0) {
        struct fw_year_row *y = db_grow((void **)rows, n, sizeof **rows);
        y->year = sqlite3_column_int(st, 0);
        y->grading = db_column_strdup(st, 1);
        y->status = db_column_strdup(st, 2);
        y->indicators = sqlite3_column_int(st, 3);
        y->items = sqlite3_column_int(st, 4);
        y->edited = sqlite3_column_int(st, 5);
        y->assessments = sqlite3_column_int(st, 6);
    }
    sqlite3_finalize(st);
    if (r < 0) {
        fw_year_rows_free(*rows, *n);
        *rows = NULL;
        *n = 0;
        return -1;
    }
    return 0;
}

void fw_year_rows_free(struct fw_year_row *rows, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(rows[i].grading);
        free(rows[i].status);
    }
    free(rows);
}

static char *text_col(sqlite3_stmt *st, int col)
{
    const unsigned char *s = sqlite3_column_text(st, col);
    return xstrdup(s ? (const char *)s : "");
}

static struct opt_score opt_col(sqlite3_stmt *st, int col)
{
    struct opt_score o = {0};
    if (sqlite3_column_type(st, col) != SQLITE_NULL) {
        o.set = true;
        o.v = sqlite3_column_double(st, col);
    }
    return o;
}

static int tool_col(sqlite3_stmt *st, int col)
{
    int t = ita_tool_parse((const char *)sqlite3_column_text(st, col));
    return t < 0 ? ITA_OIT : t;
}

/* Runs sql (?1 = year) and hands each row to fill; 0 or -1. */
static int load_rows(struct itadb *db, const char *sql, int year, struct fw_catalog *c,
                     void (*fill)(sqlite3_stmt *, struct fw_catalog *), struct db_error *err)
{
    const char *doing = _("reading the framework");
    sqlite3_stmt *st = db_prepare(db, sql, doing, err);
    if (!st) return -1;
    sqlite3_bind_int(st, 1, year);
    int r;
    while ((r = db_row(db, st, doing, err)) > 0)
        fill(st, c);
    sqlite3_finalize(st);
    return r < 0 ? -1 : 0;
}

static void fill_band(sqlite3_stmt *st, struct fw_catalog *c)
{
    struct fw_band *b = db_grow((void **)&c->bands, &c->n_bands, sizeof *b);
    b->rank = sqlite3_column_int(st, 0);
    b->label_th = text_col(st, 1);
    b->label_en = text_col(st, 2);
    b->min_total = sqlite3_column_double(st, 3);
    b->min_each_tool = opt_col(st, 4);
    b->passed = sqlite3_column_int(st, 5);
    b->certain = sqlite3_column_int(st, 6);
}

static void fill_indicator(sqlite3_stmt *st, struct fw_catalog *c)
{
    struct fw_indicator *d = db_grow((void **)&c->inds, &c->n_inds, sizeof *d);
    d->no = sqlite3_column_int(st, 0);
    d->name_th = text_col(st, 1);
    d->name_en = text_col(st, 2);
    d->tool = (enum ita_tool)tool_col(st, 3);
    d->weight = sqlite3_column_double(st, 4);
}

static void fill_question(sqlite3_stmt *st, struct fw_catalog *c)
{
    struct fw_question *q = db_grow((void **)&c->questions, &c->n_questions, sizeof *q);
    q->code = text_col(st, 0);
    q->tool = (enum ita_tool)tool_col(st, 1);
    q->indicator_no = sqlite3_column_int(st, 2);
    q->text_th = text_col(st, 3);
    q->seq = sqlite3_column_int(st, 4);
}

static void fill_item(sqlite3_stmt *st, struct fw_catalog *c)
{
    struct fw_item *it = db_grow((void **)&c->items, &c->n_items, sizeof *it);
    it->code = text_col(st, 0);
    it->seq = sqlite3_column_int(st, 1);
    it->group_key = text_col(st, 2);
    it->group_title = text_col(st, 3);
    it->indicator_no = sqlite3_column_int(st, 4);
    it->title_th = text_col(st, 5);
    it->components_th = text_col(st, 6);
    it->known = sqlite3_column_int(st, 7);
    int conf = fw_confidence_parse((const char *)sqlite3_column_text(st, 8));
    it->confidence = conf < 0 ? FW_SURE : (enum fw_confidence)conf;
}

static int load_head(struct itadb *db, int year, struct fw_catalog *c, struct db_error *err)
{
    const char *doing = _("reading the framework");
    sqlite3_stmt *st = db_prepare(
        db,
        "SELECT grading, pass_mark, status, note, national_average FROM framework WHERE year = ?1",
        doing, err);
    if (!st) return -1;
    sqlite3_bind_int(st, 1, year);
    int r = db_row(db, st, doing, err);
    if (r > 0) {
        c->year = year;
        c->grading = text_col(st, 0);
        c->pass_mark = opt_col(st, 1);
        c->status = text_col(st, 2);
        c->note = text_col(st, 3);
        c->national_average = opt_col(st, 4);
    }
    sqlite3_finalize(st);
    if (r == 0) db_error_printf(err, _("there is no framework for fiscal year %d"), year);
    return r < 0 ? -1 : r == 0 ? 1 : 0;
}

static int load_all(struct itadb *db, int year, struct fw_catalog *c, struct db_error *err)
{
    int rc = load_head(db, year, c, err);
    if (rc) return rc;
    if (load_rows(db,
                  "SELECT rank, label_th, label_en, min_total, min_each_tool, passed, certain"
                  " FROM grade_band WHERE year = ?1 ORDER BY rank",
                  year, c, fill_band, err) ||
        load_rows(db,
                  "SELECT no, name_th, name_en, tool, weight FROM indicator WHERE year = ?1"
                  " ORDER BY no",
                  year, c, fill_indicator, err) ||
        load_rows(db,
                  "SELECT code, tool, indicator_no, text_th, seq FROM question WHERE year = ?1"
                  " ORDER BY seq, code",
                  year, c, fill_question, err) ||
        load_rows(db,
                  "SELECT code, seq, group_key, group_title, indicator_no, title_th,"
                  " components_th, known, confidence FROM oit_item WHERE year = ?1"
                  " ORDER BY seq, code",
                  year, c, fill_item, err))
        return -1;
    return 0;
}

int db_framework_load(struct itadb *db, int year, struct fw_catalog *out, struct db_error *err)
{
    memset(out, 0, sizeof *out);
    int began = db_read_begin(db, err);
    if (began < 0) return -1;
    int rc = load_all(db, year, out, err);
    db_read_end(db, began);
    if (rc) fw_catalog_free(out);
    return rc;
}
