#include <sqlite3.h>
#include <stdio.h>

#include "db_data.h"
#include "db_load.h"
#include "db_stmt.h"
#include "i18n.h"
#include "plan.h"

/* The demo agencies are addressed by the keys of demo/agencies.csv through a
 * temporary table, so each file's SQL can find its agency's id. */
#define AGENCY_OF(key) "(SELECT agency_id FROM temp.demo_agency WHERE key = " key ")"
#define NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
#define ASSESSMENT_OF(key, year)                                                                   \
    "(SELECT id FROM assessment WHERE agency_id = " AGENCY_OF(key) " AND year = " year ")"

static const char *const agency_sql[] = {
    "INSERT INTO agency (name, kind, district, province, sort_key)"
    " VALUES (:name, :kind, :district, :province, thai_sort_key(:name))",
    "INSERT INTO temp.demo_agency (key, agency_id) VALUES (:key, last_insert_rowid())",
    "INSERT INTO assessment (agency_id, year, total_entered, level_entered, note)"
    " VALUES (" AGENCY_OF(":key") ", :fiscal_year_of_results, :total_score, :level_as_printed,"
                                  " :comment)",
};

static const char *const indicator_score_sql[] = {
    "INSERT INTO assessment (agency_id, year) VALUES (" AGENCY_OF(
        ":agency_key") ", :year)"
                       " ON CONFLICT DO NOTHING",
    "INSERT INTO indicator_score (assessment_id, indicator_no, score)"
    " VALUES (" ASSESSMENT_OF(":agency_key", ":year") ", :indicator, :score)",
};

static const char *const question_score_sql[] = {
    "INSERT INTO question_score (assessment_id, tool, code, issue_no, indicator_no, text_th, score)"
    " VALUES (" ASSESSMENT_OF(":agency_key", ":year") ", :tool, :code, coalesce(:issue_no, 0),"
                                                      " :indicator, :text, :score)",
};

/* Seed 000 prints the panel's item scores only; the internal state follows them. */
static const char *const oit_score_sql[] = {
    "INSERT INTO oit_status (agency_id, year, code, state, score, updated_by, updated_at)"
    " SELECT id, :year, :id, CASE WHEN :score + 0 >= 100 THEN 'done'"
    " WHEN :score + 0 > 0 THEN 'in-progress' ELSE 'not-done' END, :score, 'demo', " NOW
    " FROM agency WHERE name = :agency",
};

static const char *const oit_status_sql[] = {
    "INSERT OR IGNORE INTO unit (agency_id, name) SELECT id, :responsible_unit FROM agency"
    " WHERE name = :agency AND :responsible_unit IS NOT NULL",
    "INSERT INTO oit_status (agency_id, year, code, state, unit_id, note, updated_by, updated_at)"
    " SELECT a.id, :year, :id, :status, u.id, :progress_note, 'demo', " NOW
    " FROM agency a LEFT JOIN unit u ON u.agency_id = a.id AND u.name = :responsible_unit"
    " WHERE a.name = :agency",
};

static const char *const finding_sql[] = {
    "INSERT INTO finding (agency_id, year, issue_no, issue_title, indicator_no, tool, weakness,"
    " to_develop, keep_level, strength, assessment_point, updated_by, updated_at)"
    " VALUES (" AGENCY_OF(":agency_key") ", :year, :issue_no, :issue_title, :indicator, :tool,"
                                         " :weakness, :to_develop, :keep_level, :strength, "
                                         ":assessment_point, 'demo', " NOW ")",
    "INSERT INTO finding_link (finding_id, indicator_no)"
    " SELECT last_insert_rowid(), :indicator WHERE :indicator IS NOT NULL",
};

static const char *const constraint_sql[] = {
    "INSERT INTO constraint_note (agency_id, year, heading_no, heading, text, updated_by,"
    " updated_at) VALUES (" AGENCY_OF(":agency_key") ", :year, :heading_no, :heading,"
                                                     " coalesce(:text, ''), 'demo', " NOW ")",
};

/* Seed 001's indicator follow-up rows have no title of their own: they are named
 * after their indicator, from the catalog. The indicator column may name a
 * sub-indicator ("9.4"); the measure links to its indicator. */
static const char *const measure_sql[] = {
    "INSERT INTO measure (agency_id, plan_year, seq, issue_no, indicator_no, issue_label, title,"
    " approach, steps, responsible, period_text, budget, monitoring, rounds, status, result,"
    " outcome, updated_by, updated_at)"
    " VALUES (" AGENCY_OF(
        ":agency_key") ", :plan_year, :row_no, :issue_no,"
                       " CAST(:indicator AS INTEGER), coalesce(:issue_or_indicator, :indicator),"
                       " coalesce(:title, 'ตัวชี้วัดที่ ' || :indicator || ' ' || (SELECT name_th FROM "
                       "indicator"
                       " WHERE year = :plan_year AND no = CAST(:indicator AS INTEGER))),"
                       " :approach, :steps, :responsible, :period_text,"
                       " CASE WHEN :budget GLOB '[0-9]*' THEN :budget END, :monitoring,"
                       " :monitoring_rounds_months, coalesce(:status, 'not-done'), :result, "
                       ":outcome, 'demo', " NOW ")",
    "INSERT INTO progress (measure_id, round_months)"
    " SELECT last_insert_rowid(), value FROM json_each('[' || replace(coalesce("
    ":monitoring_rounds_months, ''), ';', ',') || ']')",
};

struct demo_file {
    const char *name;
    const char *const *sql;
    size_t n;
};

#define DEMO(name, sql)                                                                            \
    {                                                                                              \
        name, sql, sizeof sql / sizeof sql[0]                                                      \
    }
static const struct demo_file demo_files[] = {
    DEMO("agencies.csv", agency_sql),
    DEMO("indicator-scores.csv", indicator_score_sql),
    DEMO("question-scores.csv", question_score_sql),
    DEMO("oit-scores.csv", oit_score_sql),
    DEMO("oit-status.csv", oit_status_sql),
    DEMO("findings.csv", finding_sql),
    DEMO("constraints.csv", constraint_sql),
    DEMO("measures.csv", measure_sql),
};

static int demo_present(struct itadb *db)
{
    sqlite3_stmt *st;
    int present = 0;
    if (sqlite3_prepare_v2(db->sql, "SELECT 1 FROM agency WHERE name = 'เทศบาลตำบลคำเขื่อนแก้ว'", -1,
                           &st, NULL) == SQLITE_OK)
        present = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return present;
}

static int load_files(struct itadb *db, const char *dir, struct db_error *err)
{
    for (size_t i = 0; i < sizeof demo_files / sizeof demo_files[0]; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/demo/%s", dir, demo_files[i].name);
        if (db_load_csv(db, path, demo_files[i].sql, demo_files[i].n, err) < 0) return -1;
    }
    return 0;
}

/* The seeds print periods as text ("๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘"); read their
 * dates so the plan screens can tell which rounds are due. */
static int date_periods(struct itadb *db, struct db_error *err)
{
    sqlite3_stmt *sel = db_prepare(db,
                                   "SELECT id, period_text, plan_year FROM measure"
                                   " WHERE start_date IS NULL"
                                   " AND period_text IS NOT NULL",
                                   _("loading the demo data"), err);
    sqlite3_stmt *upd = sel ? db_prepare(db,
                                         "UPDATE measure SET start_date = ?2, end_date = ?3"
                                         " WHERE id = ?1",
                                         _("loading the demo data"), err)
                            : NULL;
    int ok = upd != NULL, r = 0;
    while (ok && (r = db_row(db, sel, _("loading the demo data"), err)) > 0) {
        char start[11], end[11];
        const char *text = (const char *)sqlite3_column_text(sel, 1);
        if (measure_parse_period(text, start, end) &&
            measure_whole_year_period(text, sqlite3_column_int(sel, 2), start, end))
            continue;
        sqlite3_reset(upd);
        sqlite3_bind_int64(upd, 1, sqlite3_column_int64(sel, 0));
        sqlite3_bind_text(upd, 2, start, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(upd, 3, end, -1, SQLITE_TRANSIENT);
        ok = sqlite3_step(upd) == SQLITE_DONE;
    }
    if (!ok && upd) db_error_set(err, db, _("loading the demo data"));
    sqlite3_finalize(sel);
    sqlite3_finalize(upd);
    return ok && r == 0 ? 0 : -1;
}

int db_demo_load(struct itadb *db, const char *dir, struct db_error *err)
{
    if (db_begin(db, DB_ALL_AGENCIES, DB_CAP_ADMIN, err)) return -1;
    if (demo_present(db)) {
        db_rollback(db);
        return 0;
    }
    if (sqlite3_exec(db->sql,
                     "CREATE TEMP TABLE IF NOT EXISTS demo_agency (key TEXT PRIMARY KEY,"
                     " agency_id INTEGER); DELETE FROM temp.demo_agency",
                     NULL, NULL, NULL) != SQLITE_OK) {
        db_error_set(err, db, _("loading the demo data"));
        db_rollback(db);
        return -1;
    }
    if (load_files(db, dir, err) || date_periods(db, err)) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err) ? -1 : 1;
}
