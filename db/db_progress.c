#include <stdio.h>
#include <stdlib.h>

#include "db_audit.h"
#include "db_review.h"
#include "db_role.h"
#include "db_measure_internal.h"
#include "db_stmt.h"
#include "field_limits.h"
#include "i18n.h"

int db_progress_write(struct itadb *db, long measure_id, int months, const char *reported_on,
                      enum ita_state state, const char *text, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(
        db,
        "INSERT INTO progress (measure_id, round_months, reported_on, state, text, reported_by)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO UPDATE SET"
        " reported_on = excluded.reported_on, state = excluded.state, text = excluded.text,"
        " reported_by = excluded.reported_by",
        _("saving a monitoring round"), err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, measure_id);
    sqlite3_bind_int(st, 2, months);
    db_bind_text_or_null(st, 3, reported_on);
    sqlite3_bind_text(st, 4, ita_state_word(state), -1, SQLITE_STATIC);
    db_bind_text_or_null(st, 5, text);
    sqlite3_bind_text(st, 6, db->login, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    /* A new report replaces the one a reviewer saw. */
    if (rc == SQLITE_DONE) return db_round_review_clear(db, measure_id, months, err);
    db_error_set(err, db, _("saving a monitoring round"));
    return -1;
}

int db_progress_save(struct itadb *db, long measure_id, int months, const char *reported_on,
                     enum ita_state state, const char *text, struct db_error *err)
{
    if (months != 3 && months != 6 && months != 9 && months != 12) {
        db_error_printf(err, "%s", _("round: a monitoring round is at 3, 6, 9 or 12 months"));
        return -1;
    }
    if (limit_check(_("note"), text, LIMIT_TEXT, err->msg, sizeof err->msg)) return -1;
    char key[48], field[16];
    snprintf(key, sizeof key, "%ld", measure_id);
    snprintf(field, sizeof field, "round_%d", months);
    if (db_begin(db, db_measure_agency(db, measure_id), DB_CAP_EDIT, err)) return -1;
    if (db_progress_write(db, measure_id, months, reported_on, state, text, err) ||
        db_audit_add(db, "measure", key, field, NULL, ita_state_word(state), err)) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err);
}

long db_measures_carry_over(struct itadb *db, long agency_id, int plan_year, struct db_error *err)
{
    struct measure *list = NULL;
    size_t n = 0;
    if (db_measures_list(db, agency_id, plan_year, &list, &n, err)) return -1;
    if (db_begin(db, agency_id, DB_CAP_EDIT, err)) {
        measures_free(list, n);
        return -1;
    }
    long carried = 0;
    sqlite3_stmt *seen = db_prepare(db,
                                    "SELECT 1 FROM measure WHERE carried_from = ?1"
                                    " AND plan_year = ?2",
                                    _("carrying measures over"), err);
    for (size_t i = 0; seen && i < n && carried >= 0; i++) {
        sqlite3_reset(seen);
        sqlite3_bind_int64(seen, 1, list[i].id);
        sqlite3_bind_int(seen, 2, plan_year + 1);
        if (list[i].status == ITA_DONE || sqlite3_step(seen) == SQLITE_ROW) continue;
        struct measure next = list[i]; /* shares strings; only read below */
        next.plan_year = plan_year + 1;
        next.status = ITA_NOT_DONE;
        next.start_date = next.end_date = next.period_text = NULL;
        next.result = next.outcome = NULL;
        carried = db_measure_add_in_txn(db, &next, err) < 0 ? -1 : carried + 1;
    }
    sqlite3_finalize(seen);
    measures_free(list, n);
    if (!seen || carried < 0) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err) ? -1 : carried;
}
