/* The OIT checklist as the screen shows it: the rows of one agency and year, their groups'
 * progress, which rows the current filter shows (as lines: a heading per group, then its
 * items) and which rows are marked for a change to several at once. No curses here. */
#ifndef ITADESK_UI_OIT_VIEW_H
#define ITADESK_UI_OIT_VIEW_H

#include <stddef.h>

#include "db.h"
#include "oit.h"

/* Which items the list shows (besides the search text). */
enum oit_show {
    OIT_SHOW_ALL,
    OIT_SHOW_NOT_DONE,
    OIT_SHOW_IN_PROGRESS,
    OIT_SHOW_DONE,
    OIT_SHOW_NO_LINK,
    OIT_SHOW_RETURNED, /* items a reviewer sent back */
    OIT_SHOW_UNIT,     /* items of view->unit */
    OIT_SHOW_COUNT
};

/* One line of the list: a group's heading (row = -1) or an item (row index). */
struct oit_line {
    int group;
    long row;
};

struct oit_view {
    struct oit_row *rows;
    size_t n;
    struct oit_progress *groups; /* group_key/title borrowed from rows */
    int ngroups;
    struct oit_progress overall;
    int *group_of; /* group index of each row */
    unsigned char *marked;
    size_t nmarked;
    struct oit_line *lines; /* what the filter shows */
    size_t nlines;
    enum oit_show show;
    char *unit;               /* for OIT_SHOW_UNIT */
    char *search;             /* NULL or "" = no search */
    unsigned long long stamp; /* db_data_stamp when it was read */
};

/* Reads the checklist (keeping marks of items still there, the filter and the search) and
 * rebuilds the lines. 0, or -1 with err set (the view is then unchanged). */
int oit_view_load(struct oit_view *v, struct itadb *db, long agency_id, int year,
                  struct db_error *err);

/* Reads one item again (after a save or a conflict) and rebuilds the lines. 0 or -1. */
int oit_view_reload_row(struct oit_view *v, struct itadb *db, long agency_id, int year, long row,
                        struct db_error *err);

/* 1 when anything was committed to the file since the last load, by another connection or
 * by this one (then the caller reloads); 0 when not, or when that cannot be told. */
int oit_view_stale(struct oit_view *v, struct itadb *db);

/* Changes the filter (unit is copied; only for OIT_SHOW_UNIT) or the search, and rebuilds. */
void oit_view_set_show(struct oit_view *v, enum oit_show show, const char *unit);
void oit_view_set_search(struct oit_view *v, const char *search);

/* The filter's name for the screen ("not done", "unit: กองคลัง"), translated. */
void oit_view_show_text(const struct oit_view *v, char *buf, size_t n);

/* The item on line (NULL for a heading or out of range). */
const struct oit_row *oit_view_item(const struct oit_view *v, long line);

/* Line showing the item with code (already normalised: "O12"), or -1. */
long oit_view_line_of(const struct oit_view *v, const char *code);

/* Row index of the item with code, or -1. */
long oit_view_row_of(const struct oit_view *v, const char *code);

/* Marks: one item; every item of a group (unmarks them all when all were marked); none.
 * Return the number of marked items. */
size_t oit_view_toggle_mark(struct oit_view *v, long row);
size_t oit_view_toggle_group(struct oit_view *v, int group);
void oit_view_clear_marks(struct oit_view *v);

/* The codes of the marked items (pointers into the rows, valid until the next load), in
 * catalog order; *codes is malloc'd. Returns their number. */
size_t oit_view_marked_codes(const struct oit_view *v, const char ***codes);

void oit_view_free(struct oit_view *v);

#endif
