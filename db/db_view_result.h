/* Read-only views behind the dashboard and the indicator screens: checklist progress,
 * measures by status, and the questions and OIT items of one indicator. */
#ifndef ITADESK_DB_VIEW_RESULT_H
#define ITADESK_DB_VIEW_RESULT_H

#include <stddef.h>

#include "db.h"
#include "ita.h"

/* Checklist progress of one sub-indicator (or topic heading) of a year's OIT catalog. */
struct db_view_oit_group {
    char *key;   /* "9.1", or the topic heading in years published without numbers */
    char *title; /* group title, NULL when the catalog has none */
    int indicator_no;
    int total;                  /* items in the catalog */
    int state[ITA_STATE_COUNT]; /* items of the agency in each state (missing = not done) */
    int scored;                 /* items with a panel score */
    double mean;                /* mean of the scored items, when scored > 0 */
};

/* Every group of the year's OIT catalog in catalog order. *out malloc'd; free with
 * db_view_oit_groups_free. */
int db_view_oit_groups(struct itadb *db, long agency_id, int year, struct db_view_oit_group **out,
                       size_t *n, struct db_error *err);
void db_view_oit_groups_free(struct db_view_oit_group *g, size_t n);

/* Measures of the agency that run in plan_year, counted by status. */
int db_view_measure_counts(struct itadb *db, long agency_id, int plan_year,
                           int counts[ITA_STATE_COUNT], struct db_error *err);

/* A survey question of one indicator with the agency's score. */
struct db_view_question {
    char *code;
    char *text;   /* as printed with the score, else the catalog's; NULL when neither */
    int issue_no; /* the issue it was printed under (0 = none) */
    int score_set;
    double score;
};

/* The IIT/EIT questions of indicator_no (0 = questions of tool linked to no indicator):
 * scored ones and the catalog's unscored ones, in catalog order. Free with
 * db_view_questions_free. */
int db_view_questions(struct itadb *db, long agency_id, int year, int indicator_no,
                      enum ita_tool tool, struct db_view_question **out, size_t *n,
                      struct db_error *err);
void db_view_questions_free(struct db_view_question *q, size_t n);

/* An OIT item of one indicator with the agency's checklist state and panel score. */
struct db_view_oit_item {
    char *code;
    char *group_key;
    char *group_title;
    char *title; /* NULL when the catalog does not know it (known = 0) */
    int state;   /* enum ita_state; ITA_NOT_DONE when the agency has no row */
    int score_set;
    double score;
};

int db_view_oit_items(struct itadb *db, long agency_id, int year, int indicator_no,
                      struct db_view_oit_item **out, size_t *n, struct db_error *err);
void db_view_oit_items_free(struct db_view_oit_item *items, size_t n);

#endif
