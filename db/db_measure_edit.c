/* Deleting and ordering measures, audited, one transaction each. */
#include <stdio.h>
#include <stdlib.h>

#include "db_audit.h"
#include "db_plan.h"
#include "db_simple.h"
#include "db_role.h"
#include "db_stmt.h"
#include "i18n.h"

long db_measure_progress_count(struct itadb *db, long id, struct db_error *err)
{
    return db_simple_long(db,
                          "SELECT count(*) FROM progress WHERE measure_id = ?1 AND (state <>"
                          " 'not-done' OR coalesce(text, '') <> '' OR reported_on IS NOT NULL)",
                          id, 0, _("reading monitoring rounds"), err);
}

int db_measure_delete(struct itadb *db, long id, int force, struct db_error *err)
{
    struct measure m;
    if (db_measure_get(db, id, &m, err)) return -1;
    if (db_begin(db, m.agency_id, DB_CAP_EDIT, err)) {
        measure_clear(&m);
        return -1;
    }
    long reported = db_measure_progress_count(db, id, err);
    int ok = reported >= 0;
    if (ok && (reported > 0 || m.status != ITA_NOT_DONE) && !force) {
        db_error_printf(err,
                        _("measure %ld has recorded progress (%ld monitoring rounds, status %s): "
                          "not deleted unless forced"),
                        id, reported, ita_state_word(m.status));
        ok = 0;
    }
    char key[24];
    snprintf(key, sizeof key, "%ld", id);
    ok = ok && db_audit_add(db, "measure", key, "deleted", m.title, NULL, err) == 0 &&
         db_simple_exec(db, "DELETE FROM measure WHERE id = ?1", id, 0, _("deleting a measure"),
                        err) == 1;
    measure_clear(&m);
    return db_simple_end(db, ok, err);
}

int db_measure_move(struct itadb *db, long id, int dir, struct db_error *err)
{
    struct measure m, *list = NULL;
    size_t n = 0;
    if (db_measure_get(db, id, &m, err)) return -1;
    long agency = m.agency_id;
    int year = m.plan_year;
    measure_clear(&m);
    if (db_begin(db, agency, DB_CAP_EDIT, err)) return -1;
    int ok = db_measures_list(db, agency, year, &list, &n, err) == 0, moved = 0;
    size_t at = n;
    for (size_t i = 0; i < n; i++)
        if (list[i].id == id) at = i;
    size_t to = dir < 0 ? at - 1 : at + 1; /* at - 1 wraps past n at the top */
    if (ok && at < n && to < n) {
        long tmp = list[at].id;
        list[at].id = list[to].id;
        list[to].id = tmp;
        for (size_t i = 0; ok && i < n; i++)
            ok = db_simple_exec(db, "UPDATE measure SET seq = ?2 WHERE id = ?1", list[i].id,
                                (long)i + 1, _("ordering measures"), err) >= 0;
        char from[24], now[24], key[24];
        snprintf(from, sizeof from, "%zu", at + 1);
        snprintf(now, sizeof now, "%zu", to + 1);
        snprintf(key, sizeof key, "%ld", id);
        ok = ok && db_audit_add(db, "measure", key, "order", from, now, err) == 0;
        moved = 1;
    }
    measures_free(list, n);
    if (db_simple_end(db, ok, err)) return -1;
    return moved;
}
