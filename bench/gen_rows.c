/* The generator's view of the schema: one year's catalog as read back from the
 * database (never hard-coded), and one prepared INSERT per table. */
#include <stdio.h>
#include <string.h>

#include "gen_national.h"

static int fail(sqlite3 *db, const char *doing)
{
    fprintf(stderr, "gen_national: %s: %s\n", doing, sqlite3_errmsg(db));
    return -1;
}

static void copy_text(sqlite3_stmt *st, int col, char *out, size_t n)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    snprintf(out, n, "%s", t ? (const char *)t : "");
}

/* Runs sql bound to the year and hands each row to `row` until it returns nonzero. */
static int each_row(sqlite3 *db, const char *sql, struct gen_year *y,
                    int (*row)(sqlite3_stmt *, struct gen_year *))
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return fail(db, "reading the catalog");
    sqlite3_bind_int(st, 1, y->year);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (row(st, y)) break;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : fail(db, "reading the catalog");
}

static int indicator_row(sqlite3_stmt *st, struct gen_year *y)
{
    if (y->n_ind == GEN_MAX_INDICATORS) return 1;
    int i = y->n_ind++;
    y->ind_no[i] = sqlite3_column_int(st, 0);
    int tool = ita_tool_parse((const char *)sqlite3_column_text(st, 1));
    y->ind_tool[i] = tool < 0 ? ITA_OIT : (enum ita_tool)tool;
    y->ind_weight[i] = sqlite3_column_double(st, 2);
    copy_text(st, 3, y->ind_name[i], sizeof y->ind_name[i]);
    return 0;
}

static int item_row(sqlite3_stmt *st, struct gen_year *y)
{
    if (y->n_items == GEN_MAX_ITEMS) return 1;
    int i = y->n_items++;
    copy_text(st, 0, y->item_code[i], sizeof y->item_code[i]);
    copy_text(st, 1, y->item_group[i], sizeof y->item_group[i]);
    y->item_ind[i] = sqlite3_column_int(st, 2);
    return 0;
}

static int question_row(sqlite3_stmt *st, struct gen_year *y)
{
    if (y->n_questions == GEN_MAX_QUESTIONS) return 1;
    int i = y->n_questions++;
    copy_text(st, 0, y->q_code[i], sizeof y->q_code[i]);
    copy_text(st, 1, y->q_tool[i], sizeof y->q_tool[i]);
    y->q_ind[i] = sqlite3_column_int(st, 2);
    return 0;
}

static int band_row(sqlite3_stmt *st, struct gen_year *y)
{
    if (y->rule.n == GEN_MAX_BANDS) return 1;
    size_t i = y->rule.n++;
    copy_text(st, 0, y->band_label[i], sizeof y->band_label[i]);
    y->bands[i] = (struct grade_band){
        .label_th = y->band_label[i],
        .label_en = y->band_label[i],
        .min_total = sqlite3_column_double(st, 1),
        .min_each_tool = {sqlite3_column_type(st, 2) != SQLITE_NULL, sqlite3_column_double(st, 2)},
        .passed = sqlite3_column_int(st, 3),
        .certain = sqlite3_column_int(st, 4),
    };
    return 0;
}

static int grading_row(sqlite3_stmt *st, struct gen_year *y)
{
    y->rule.kind = grade_kind_parse((const char *)sqlite3_column_text(st, 0));
    return 1;
}

int gen_year_load(sqlite3 *db, int year, struct gen_year *y)
{
    memset(y, 0, sizeof *y);
    y->year = year;
    y->rule.kind = GRADE_UNKNOWN;
    y->rule.bands = y->bands;
    if (each_row(db, "SELECT grading FROM framework WHERE year = ?1", y, grading_row) ||
        each_row(db, "SELECT no, tool, weight, name_th FROM indicator WHERE year = ?1 ORDER BY no",
                 y, indicator_row) ||
        each_row(db,
                 "SELECT code, group_key, coalesce(indicator_no, 0) FROM oit_item"
                 " WHERE year = ?1 ORDER BY seq",
                 y, item_row) ||
        each_row(db,
                 "SELECT code, tool, coalesce(indicator_no, 0) FROM question WHERE year = ?1"
                 " ORDER BY seq",
                 y, question_row) ||
        each_row(db,
                 "SELECT label_th, min_total, min_each_tool, passed, certain FROM grade_band"
                 " WHERE year = ?1 ORDER BY rank",
                 y, band_row))
        return -1;
    if (y->n_ind == 0) {
        fprintf(stderr, "gen_national: the catalog has no indicators for %d\n", year);
        return -1;
    }
    return 0;
}

struct stmt_def {
    const char *table;
    const char *sql;
};

static const struct stmt_def stmt_defs[ST_COUNT] = {
    [ST_AGENCY] = {"agency", "INSERT INTO agency (id, name, kind, district, province, sort_key)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, thai_sort_key(?2))"},
    [ST_UNIT] = {"unit", "INSERT INTO unit (id, agency_id, name) VALUES (?1, ?2, ?3)"},
    [ST_USER] = {"app_user", "INSERT INTO app_user (login, display_name, role, agency_id)"
                             " VALUES (?1, ?2, ?3, ?4)"},
    [ST_ASSESSMENT] = {"assessment",
                       "INSERT INTO assessment (id, agency_id, year, total_entered, level_entered)"
                       " VALUES (?1, ?2, ?3, ?4, ?5)"},
    [ST_INDICATOR_SCORE] = {"indicator_score",
                            "INSERT INTO indicator_score (assessment_id, indicator_no, score)"
                            " VALUES (?1, ?2, ?3)"},
    [ST_QUESTION_SCORE] = {"question_score",
                           "INSERT INTO question_score (assessment_id, tool, code, issue_no,"
                           " indicator_no, score) VALUES (?1, ?2, ?3, 0, ?4, ?5)"},
    [ST_OIT_STATUS] = {"oit_status",
                       "INSERT INTO oit_status (agency_id, year, code, state, unit_id,"
                       " evidence_url, note, score, updated_by, updated_at, version)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
    [ST_FINDING] = {"finding",
                    "INSERT INTO finding (id, agency_id, year, issue_no, issue_title,"
                    " indicator_no, tool, weakness, to_develop, keep_level, updated_by,"
                    " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"},
    [ST_FINDING_LINK] = {"finding_link", "INSERT INTO finding_link (finding_id, indicator_no)"
                                         " VALUES (?1, ?2)"},
    [ST_CONSTRAINT] = {"constraint_note",
                       "INSERT INTO constraint_note (agency_id, year, heading_no, heading, text,"
                       " updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
    [ST_MEASURE] = {"measure",
                    "INSERT INTO measure (id, agency_id, plan_year, seq, finding_id, issue_no,"
                    " indicator_no, title, approach, steps, responsible, start_date, end_date,"
                    " period_text, budget, monitoring, rounds, status, result, updated_by,"
                    " updated_at, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                    " ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)"},
    [ST_PROGRESS] = {"progress",
                     "INSERT INTO progress (measure_id, round_months, reported_on, state, text,"
                     " reported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
    [ST_AUDIT] = {"audit", "INSERT INTO audit (at, login, entity, key, field, old, new)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
};

const char *gen_stmt_table(enum gen_stmt which)
{
    return stmt_defs[which].table;
}

int gen_writer_open(struct gen_writer *w, sqlite3 *db)
{
    memset(w, 0, sizeof *w);
    w->db = db;
    for (int i = 0; i < ST_COUNT; i++)
        if (sqlite3_prepare_v3(db, stmt_defs[i].sql, -1, SQLITE_PREPARE_PERSISTENT, &w->st[i],
                               NULL) != SQLITE_OK) {
            fail(db, stmt_defs[i].table);
            gen_writer_close(w);
            return -1;
        }
    return 0;
}

void gen_writer_close(struct gen_writer *w)
{
    for (int i = 0; i < ST_COUNT; i++) {
        sqlite3_finalize(w->st[i]);
        w->st[i] = NULL;
    }
}

int gen_exec(struct gen_writer *w, enum gen_stmt which)
{
    sqlite3_stmt *st = w->st[which];
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) fail(w->db, stmt_defs[which].table); /* before reset clears it */
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) return -1;
    w->rows[which]++;
    return 0;
}
