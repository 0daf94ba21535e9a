#include "ui_oit_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_oit.h"
#include "i18n.h"
#include "xalloc.h"

static struct oit_filter filter_of(const struct oit_view *v)
{
    struct oit_filter f = OIT_FILTER_ALL;
    switch (v->show) {
    case OIT_SHOW_NOT_DONE:
        f.state = ITA_NOT_DONE;
        break;
    case OIT_SHOW_IN_PROGRESS:
        f.state = ITA_IN_PROGRESS;
        break;
    case OIT_SHOW_DONE:
        f.state = ITA_DONE;
        break;
    case OIT_SHOW_NO_LINK:
        f.no_evidence = 1;
        break;
    case OIT_SHOW_RETURNED:
        f.review = REVIEW_RETURNED;
        break;
    case OIT_SHOW_UNIT:
        f.unit = v->unit;
        break;
    default:
        break;
    }
    f.search = v->search && *v->search ? v->search : NULL;
    return f;
}

/* Groups and their progress, and each row's group. */
static int count_groups(struct oit_view *v)
{
    free(v->groups);
    free(v->group_of);
    v->groups = xcalloc(v->n + 1, sizeof *v->groups);
    v->group_of = xcalloc(v->n + 1, sizeof *v->group_of);
    v->ngroups = 0;
    v->ngroups = oit_progress_by_group(v->rows, v->n, v->groups, v->n + 1, &v->overall);
    for (size_t i = 0; i < v->n; i++) {
        const char *key = v->rows[i].group_key ? v->rows[i].group_key : "";
        for (int g = 0; g < v->ngroups; g++)
            if (strcmp(v->groups[g].group_key, key) == 0) v->group_of[i] = g;
    }
    return 0;
}

/* Lines: each group with an item the filter keeps gets its heading, then those items. */
static void rebuild(struct oit_view *v)
{
    free(v->lines);
    v->nlines = 0;
    v->lines = xmalloc((v->n + (size_t)v->ngroups + 1) * sizeof *v->lines);
    struct oit_filter f = filter_of(v);
    int last_group = -1;
    for (size_t i = 0; i < v->n; i++) {
        if (!oit_row_matches(&v->rows[i], &f)) continue;
        int g = v->group_of[i];
        if (g != last_group) v->lines[v->nlines++] = (struct oit_line){g, -1};
        last_group = g;
        v->lines[v->nlines++] = (struct oit_line){g, (long)i};
    }
}

/* Marks of the old rows carried over to the new ones by code. */
static unsigned char *carry_marks(const struct oit_view *v, const struct oit_row *rows, size_t n,
                                  size_t *nmarked)
{
    unsigned char *marked = xcalloc(n + 1, 1);
    *nmarked = 0;
    for (size_t i = 0; i < n && v->nmarked; i++) {
        long old = oit_view_row_of(v, rows[i].code);
        if (old >= 0 && v->marked[old]) {
            marked[i] = 1;
            (*nmarked)++;
        }
    }
    return marked;
}

int oit_view_load(struct oit_view *v, struct itadb *db, long agency_id, int year,
                  struct db_error *err)
{
    /* Taken before the read: a save committed meanwhile makes the view stale, not lost. */
    unsigned long long stamp = db_data_stamp(db);
    struct oit_row *rows = NULL;
    size_t n = 0;
    if (db_oit_list(db, agency_id, year, &rows, &n, err)) return -1;
    size_t nmarked;
    unsigned char *marked = carry_marks(v, rows, n, &nmarked);
    oit_rows_free(v->rows, v->n);
    free(v->marked);
    v->rows = rows;
    v->n = n;
    v->marked = marked;
    v->nmarked = nmarked;
    v->stamp = stamp;
    count_groups(v);
    rebuild(v);
    return 0;
}

int oit_view_reload_row(struct oit_view *v, struct itadb *db, long agency_id, int year, long row,
                        struct db_error *err)
{
    if (row < 0 || (size_t)row >= v->n) return -1;
    struct oit_row fresh;
    if (db_oit_get(db, agency_id, year, v->rows[row].code, &fresh, err)) return -1;
    oit_row_clear(&v->rows[row]);
    v->rows[row] = fresh;
    count_groups(v); /* group keys were borrowed from the old row */
    rebuild(v);
    return 0;
}

int oit_view_stale(struct oit_view *v, struct itadb *db)
{
    /* The stamp moves with this connection's own commits too: a tick saved later by a
     * retry (ui_retry.h) must be read back, or the next change of the item would be
     * refused as a conflict with the user's own tick. */
    unsigned long long stamp = db_data_stamp(db);
    return stamp && stamp != v->stamp;
}

void oit_view_set_show(struct oit_view *v, enum oit_show show, const char *unit)
{
    free(v->unit);
    v->unit = show == OIT_SHOW_UNIT && unit ? xstrdup(unit) : NULL;
    v->show = show == OIT_SHOW_UNIT && !v->unit ? OIT_SHOW_ALL : show;
    rebuild(v);
}

void oit_view_set_search(struct oit_view *v, const char *search)
{
    free(v->search);
    v->search = search && *search ? xstrdup(search) : NULL;
    rebuild(v);
}

void oit_view_show_text(const struct oit_view *v, char *buf, size_t n)
{
    switch (v->show) {
    case OIT_SHOW_NOT_DONE:
        snprintf(buf, n, "%s", _("items not done"));
        break;
    case OIT_SHOW_IN_PROGRESS:
        snprintf(buf, n, "%s", _("items in progress"));
        break;
    case OIT_SHOW_DONE:
        snprintf(buf, n, "%s", _("items done"));
        break;
    case OIT_SHOW_NO_LINK:
        snprintf(buf, n, "%s", _("items without an evidence link"));
        break;
    case OIT_SHOW_RETURNED:
        snprintf(buf, n, "%s", _("items sent back by a reviewer"));
        break;
    case OIT_SHOW_UNIT:
        snprintf(buf, n, _("items of %s"), v->unit);
        break;
    default:
        snprintf(buf, n, "%s", _("all items"));
        break;
    }
}

const struct oit_row *oit_view_item(const struct oit_view *v, long line)
{
    if (line < 0 || (size_t)line >= v->nlines || v->lines[line].row < 0) return NULL;
    return &v->rows[v->lines[line].row];
}

long oit_view_line_of(const struct oit_view *v, const char *code)
{
    for (size_t i = 0; i < v->nlines; i++)
        if (v->lines[i].row >= 0 && strcmp(v->rows[v->lines[i].row].code, code) == 0)
            return (long)i;
    return -1;
}

long oit_view_row_of(const struct oit_view *v, const char *code)
{
    for (size_t i = 0; i < v->n; i++)
        if (strcmp(v->rows[i].code, code) == 0) return (long)i;
    return -1;
}

size_t oit_view_toggle_mark(struct oit_view *v, long row)
{
    if (row < 0 || (size_t)row >= v->n) return v->nmarked;
    v->marked[row] = !v->marked[row];
    v->nmarked += v->marked[row] ? 1 : (size_t)-1;
    return v->nmarked;
}

size_t oit_view_toggle_group(struct oit_view *v, int group)
{
    int all = 1;
    for (size_t i = 0; i < v->n; i++)
        if (v->group_of[i] == group && !v->marked[i]) all = 0;
    for (size_t i = 0; i < v->n; i++)
        if (v->group_of[i] == group && v->marked[i] == all) oit_view_toggle_mark(v, (long)i);
    return v->nmarked;
}

void oit_view_clear_marks(struct oit_view *v)
{
    if (v->marked) memset(v->marked, 0, v->n);
    v->nmarked = 0;
}

size_t oit_view_marked_codes(const struct oit_view *v, const char ***codes)
{
    *codes = xmalloc((v->nmarked + 1) * sizeof **codes);
    size_t k = 0;
    for (size_t i = 0; i < v->n; i++)
        if (v->marked[i]) (*codes)[k++] = v->rows[i].code;
    return k;
}

void oit_view_free(struct oit_view *v)
{
    oit_rows_free(v->rows, v->n);
    free(v->groups);
    free(v->group_of);
    free(v->marked);
    free(v->lines);
    free(v->unit);
    free(v->search);
    *v = (struct oit_view){0};
}
