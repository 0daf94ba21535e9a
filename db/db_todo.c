#include "db_todo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_calendar.h"
#include "db_role.h"
#include "db_stmt.h"
#include "i18n.h"
#include "text/tt_date.h"
#include "xalloc.h"

/* The agencies the login covers (?1 login, ?2 agency or -1) in the given roles: ids and
 * names. Two texts, so that one agency is read through its key rather than by scanning
 * every agency. Officers and admins do the work; reviewers check it. */
#define COVERED_ROLE(roles)                                                                        \
    " EXISTS (SELECT 1 FROM user_role r WHERE r.login = ?1 AND r.role IN (" roles ")"              \
    " AND (r.agency_id IS NULL OR r.agency_id = a.id))"
#define COVERED_IN(agency, roles)                                                                  \
    "WITH c(id, name) AS (SELECT a.id, a.name FROM agency a WHERE " agency                         \
    " AND" COVERED_ROLE(roles) ") "
#define WORKER(agency) COVERED_IN(agency, "'admin', 'officer'")
#define CHECKER(agency) COVERED_IN(agency, "'reviewer'")

/* Every query but the rounds' gives the same columns, read by read_item:
 *   0 id (measure or finding), 1 agency id, 2 agency name, 3 year, 4 OIT code, 5 title
 *   (NULL: an item the catalog does not know), 6 round months, 7 comment (a reviewer's, or
 *   who did the work), 8 due date, 9 start date (the due date of a round comes from it),
 *   10 what an OIT item lacks (TODO_NOT_DONE | TODO_NO_EVIDENCE).
 * ?4 is the first fiscal year that counts (last year), ?5 the year whose OIT window is open. */
#define ROUND_RETURNED_SQL                                                                         \
    "SELECT m.id, c.id, c.name, m.plan_year, NULL, m.title, rr.round_months, rr.comment, NULL,"    \
    " m.start_date, 0 FROM c JOIN measure m ON m.agency_id = c.id AND m.plan_year >= ?4"           \
    " JOIN round_review rr ON rr.measure_id = m.id WHERE rr.verdict = 'returned'"
#define OIT_TITLE " CASE WHEN i.known THEN i.title_th END"
#define OIT_RETURNED_SQL                                                                           \
    "SELECT 0, c.id, c.name, r.year, r.code," OIT_TITLE ", 0, r.comment,"                          \
    " (SELECT date FROM ita_calendar k WHERE k.year = r.year AND k.key = 'oit_close'), NULL, 0"    \
    " FROM c JOIN oit_review r ON r.agency_id = c.id AND r.year >= ?4"                             \
    " LEFT JOIN oit_item i ON i.year = r.year AND i.code = r.code WHERE r.verdict = 'returned'"
#define OIT_OPEN_SQL                                                                               \
    "SELECT 0, c.id, c.name, i.year, i.code," OIT_TITLE ", 0, NULL, NULL, NULL,"                   \
    " (coalesce(s.state, 'not-done') <> 'done') | ((coalesce(s.evidence_url, '') = '') << 1)"      \
    " FROM c JOIN oit_item i ON i.year = ?5"                                                       \
    " LEFT JOIN oit_status s ON s.agency_id = c.id AND s.year = i.year AND s.code = i.code"        \
    " WHERE (coalesce(s.state, 'not-done') <> 'done' OR coalesce(s.evidence_url, '') = '')"
#define FINDING_SQL                                                                                \
    "SELECT f.id, c.id, c.name, f.year, NULL,"                                                     \
    " coalesce(nullif(f.weakness, ''), nullif(f.to_develop, ''), f.issue_title, ''),"              \
    " 0, NULL, NULL, NULL, 0 FROM c JOIN finding f ON f.agency_id = c.id AND f.year >= ?4"         \
    " WHERE (coalesce(f.weakness, '') <> '' OR coalesce(f.to_develop, '') <> '')"                  \
    " AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.finding_id = f.id)"                          \
    " AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.agency_id = f.agency_id"                     \
    " AND m.plan_year = f.year + 1 AND m.finding_id IS NULL AND m.issue_no = f.issue_no)"
/* For reviewers: reported rounds (a text or a state past not-done, as db_review.c asks)
 * and items marked done, without a verdict. */
#define ROUND_TO_CHECK_SQL                                                                         \
    "SELECT m.id, c.id, c.name, m.plan_year, NULL, m.title, p.round_months,"                       \
    " coalesce(p.reported_by, ''), NULL, NULL, 0 FROM c JOIN measure m ON m.agency_id = c.id"      \
    " AND m.plan_year >= ?4 JOIN progress p ON p.measure_id = m.id"                                \
    " WHERE (coalesce(p.text, '') <> '' OR p.state <> 'not-done') AND NOT EXISTS (SELECT 1"        \
    " FROM round_review rr WHERE rr.measure_id = p.measure_id AND rr.round_months = "              \
    "p.round_months)"
#define OIT_TO_CHECK_SQL                                                                           \
    "SELECT 0, c.id, c.name, i.year, i.code," OIT_TITLE ", 0, coalesce(s.updated_by, ''),"         \
    " NULL, NULL, 0 FROM c JOIN oit_item i ON i.year = ?5"                                         \
    " JOIN oit_status s ON s.agency_id = c.id AND s.year = i.year AND s.code = i.code"             \
    " WHERE s.state = 'done' AND NOT EXISTS (SELECT 1 FROM oit_review v"                           \
    " WHERE v.agency_id = s.agency_id AND v.year = s.year AND v.code = s.code)"
/* The measures whose next round may be due: their rounds and those reported done. */
#define ROUNDS_SQL                                                                                 \
    "SELECT m.id, c.id, c.name, m.plan_year, m.title, m.start_date, m.rounds,"                     \
    " (SELECT group_concat(p.round_months) FROM progress p WHERE p.measure_id = m.id"              \
    " AND p.state = 'done') FROM c JOIN measure m ON m.agency_id = c.id AND m.plan_year >= ?4"     \
    " WHERE m.status <> 'done' AND m.rounds IS NOT NULL AND m.start_date IS NOT NULL"

/* X(query, SQL with its covered agencies, kind of item). The rounds' query is read apart. */
#define TODO_QUERIES(X, AGENCY)                                                                    \
    X(Q_ROUNDS, WORKER(AGENCY) ROUNDS_SQL, TODO_ROUND_DUE)                                         \
    X(Q_ROUND_RETURNED, WORKER(AGENCY) ROUND_RETURNED_SQL, TODO_ROUND_RETURNED)                    \
    X(Q_OIT_RETURNED, WORKER(AGENCY) OIT_RETURNED_SQL, TODO_OIT_RETURNED)                          \
    X(Q_OIT_OPEN, WORKER(AGENCY) OIT_OPEN_SQL, TODO_OIT_OPEN)                                      \
    X(Q_FINDING, WORKER(AGENCY) FINDING_SQL, TODO_FINDING)                                         \
    X(Q_ROUND_TO_CHECK, CHECKER(AGENCY) ROUND_TO_CHECK_SQL, TODO_ROUND_TO_CHECK)                   \
    X(Q_OIT_TO_CHECK, CHECKER(AGENCY) OIT_TO_CHECK_SQL, TODO_OIT_TO_CHECK)

#define Q_ENUM(q, sql, kind) q,
enum todo_query_kind { TODO_QUERIES(Q_ENUM, "") Q_COUNT };
#undef Q_ENUM
#define Q_SQL(q, sql, kind) [q] = sql,
#define Q_KIND(q, sql, kind) [q] = kind,
/* Each statement in two forms: one agency, every agency. */
static const char *const sql_one[Q_COUNT] = {TODO_QUERIES(Q_SQL, "a.id = ?2")};
static const char *const sql_all[Q_COUNT] = {TODO_QUERIES(Q_SQL, "?2 < 0")};
static const enum todo_kind kind_of[Q_COUNT] = {TODO_QUERIES(Q_KIND, "")};

struct run {
    struct itadb *db;
    const struct todo_query *q;
    struct todo_list *l;
    int first_year;
    struct db_error *err;
};

static sqlite3_stmt *prepare(struct run *r, enum todo_query_kind k, int oit_year)
{
    const char *sql = r->q->agency_id >= 0 ? sql_one[k] : sql_all[k];
    sqlite3_stmt *st = db_prepare(r->db, sql, _("reading the to-do list"), r->err);
    if (!st) return NULL;
    sqlite3_bind_text(st, 1, r->q->login, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, r->q->agency_id);
    /* Each text names only the parameters it uses (the highest is the count). */
    int n = sqlite3_bind_parameter_count(st);
    if (n >= 4) sqlite3_bind_int(st, 4, r->first_year);
    if (n >= 5) sqlite3_bind_int(st, 5, oit_year);
    return st;
}

static void read_item(sqlite3_stmt *st, struct todo_item *it)
{
    it->id = (long)sqlite3_column_int64(st, 0);
    it->agency_id = (long)sqlite3_column_int64(st, 1);
    it->agency = xstrdup((const char *)sqlite3_column_text(st, 2));
    it->year = sqlite3_column_int(st, 3);
    const unsigned char *code = sqlite3_column_text(st, 4);
    snprintf(it->code, sizeof it->code, "%s", code ? (const char *)code : "");
    it->title = db_column_strdup(st, 5);
    it->months = sqlite3_column_int(st, 6);
    it->comment = db_column_strdup(st, 7);
    const unsigned char *due = sqlite3_column_text(st, 8);
    snprintf(it->due, sizeof it->due, "%s", due ? (const char *)due : "");
    if (!due && sqlite3_column_type(st, 9) != SQLITE_NULL) {
        struct measure m = {.start_date = (char *)sqlite3_column_text(st, 9)};
        measure_round_due(&m, it->months, it->due);
    }
    it->missing = sqlite3_column_int(st, 10);
}

/* Runs query k, one item per row; items without a date take `due` (an OIT window's end). */
static int load_items(struct run *r, enum todo_query_kind k, int oit_year, const char *due)
{
    sqlite3_stmt *st = prepare(r, k, oit_year);
    if (!st) return -1;
    int rc;
    while ((rc = db_row(r->db, st, _("reading the to-do list"), r->err)) > 0) {
        struct todo_item *it = todo_push(r->l, kind_of[k]);
        read_item(st, it);
        if (!it->due[0] && due) snprintf(it->due, sizeof it->due, "%s", due);
    }
    sqlite3_finalize(st);
    return rc < 0 ? -1 : 0;
}

/* The measure's rounds reported done, from "6,12". */
static void fill_done_rounds(struct measure *m, struct progress_round done[4], const char *list)
{
    m->progress = done;
    m->n_progress = 0;
    for (const char *p = list; p && *p && m->n_progress < 4;) {
        done[m->n_progress] = (struct progress_round){.months = atoi(p), .state = ITA_DONE};
        m->n_progress++;
        p = strchr(p, ',');
        if (p) p++;
    }
}

/* Each measure's next round, kept when overdue or due within the days (src/todo.c). */
static int load_rounds(struct run *r)
{
    sqlite3_stmt *st = prepare(r, Q_ROUNDS, 0);
    if (!st) return -1;
    int rc;
    while ((rc = db_row(r->db, st, _("reading the to-do list"), r->err)) > 0) {
        struct progress_round done[4];
        struct measure m = {
            .id = (long)sqlite3_column_int64(st, 0),
            .agency_id = (long)sqlite3_column_int64(st, 1),
            .plan_year = sqlite3_column_int(st, 3),
            .title = (char *)sqlite3_column_text(st, 4),
            .start_date = (char *)sqlite3_column_text(st, 5),
            .rounds = (char *)sqlite3_column_text(st, 6),
            .status = ITA_NOT_DONE,
        };
        fill_done_rounds(&m, done, (const char *)sqlite3_column_text(st, 7));
        todo_add_round(r->l, &m, (const char *)sqlite3_column_text(st, 2), r->q->today, r->q->days);
    }
    sqlite3_finalize(st);
    return rc < 0 ? -1 : 0;
}

/* The OIT window that can be open today is that of this fiscal year or the next (a
 * notice may set it early); each year's calendar says. */
static int load_open_windows(struct run *r, int fy)
{
    for (int y = fy; y <= fy + 1; y++) {
        struct ita_calendar cal;
        if (db_calendar_get(r->db, y, &cal, r->err)) return -1;
        if (!ita_cal_oit_open(&cal, r->q->today)) continue;
        const char *close = cal.date[ITA_CAL_OIT_CLOSE];
        if (load_items(r, Q_OIT_OPEN, y, close) || load_items(r, Q_OIT_TO_CHECK, y, close))
            return -1;
    }
    return 0;
}

static int load_all(struct run *r, int fy)
{
    if (load_rounds(r) || load_items(r, Q_ROUND_RETURNED, 0, NULL) ||
        load_items(r, Q_OIT_RETURNED, 0, NULL) || load_open_windows(r, fy) ||
        load_items(r, Q_FINDING, 0, NULL) || load_items(r, Q_ROUND_TO_CHECK, 0, NULL))
        return -1;
    return 0;
}

int db_todo_login_known(struct itadb *db, const char *login, struct db_error *err)
{
    if (db_schema_version(db) < DB_SCHEMA_PEOPLE) return 0; /* everyone may do everything */
    sqlite3_stmt *st = db_prepare(db, "SELECT 1 FROM user_role WHERE login = ?1 LIMIT 1",
                                  _("reading the roles"), err);
    if (!st) return -1;
    sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
    int r = db_row(db, st, _("reading the roles"), err);
    sqlite3_finalize(st);
    if (r == 0)
        db_error_printf(err,
                        _("%s has no role in any agency, so it has no to-do list (a misspelt "
                          "login? 'itadesk user list' shows who has one)"),
                        login);
    return r < 0 ? -1 : r == 0 ? 1 : 0;
}

int db_todo_load(struct itadb *db, const struct todo_query *q, struct todo_list *out,
                 struct db_error *err)
{
    tt_date today;
    memset(out, 0, sizeof *out);
    if (!q->login || tt_date_parse(q->today, &today) != TT_DATE_OK) {
        db_error_printf(err, "%s", _("the to-do list needs a login and today's date"));
        return -1;
    }
    int fy = tt_fiscal_year(today);
    struct run r = {db, q, out, fy - 1, err};
    int began = db_read_begin(db, err);
    if (began < 0) return -1;
    int rc = load_all(&r, fy);
    db_read_end(db, began);
    if (rc) {
        todo_free(out);
        return -1;
    }
    todo_mark_overdue(out, q->today);
    todo_sort(out);
    return 0;
}
