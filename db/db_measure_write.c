#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_audit.h"
#include "db_role.h"
#include "db_measure_internal.h"
#include "db_simple.h"
#include "db_stmt.h"
#include "db_unit.h"
#include "i18n.h"
#include "timefmt.h"
#include "xalloc.h"

/* The fields a person edits, as text for the audit trail, in one table so adding,
 * saving and auditing cannot drift apart. */
#define FIELD_COUNT 15
struct field_texts {
    const char *name[FIELD_COUNT];
    char *value[FIELD_COUNT];
};

static char *format_number(double v, int set)
{
    if (!set) return NULL;
    char buf[32];
    snprintf(buf, sizeof buf, "%g", v);
    return xstrdup(buf);
}

static void texts_of(const struct measure *m, struct field_texts *t)
{
    static const char *const names[FIELD_COUNT] = {
        "title",    "approach", "steps",  "responsible", "start_date",
        "end_date", "period",   "budget", "rounds",      "status",
        "result",   "outcome",  "issue",  "indicator",   "finding"};
    const char *plain[] = {m->title,      m->approach, m->steps,      m->responsible,
                           m->start_date, m->end_date, m->period_text};
    for (int i = 0; i < FIELD_COUNT; i++)
        t->name[i] = names[i];
    for (int i = 0; i < 7; i++)
        t->value[i] = plain[i] ? xstrdup(plain[i]) : NULL;
    t->value[7] = format_number(m->budget.v, m->budget.set);
    t->value[8] = m->rounds ? xstrdup(m->rounds) : NULL;
    t->value[9] = xstrdup(ita_state_word(m->status));
    t->value[10] = m->result ? xstrdup(m->result) : NULL;
    t->value[11] = m->outcome ? xstrdup(m->outcome) : NULL;
    t->value[12] = m->issue_label ? xstrdup(m->issue_label) : NULL;
    t->value[13] = format_number(m->indicator_no, m->indicator_no != 0);
    t->value[14] = format_number((double)m->finding_id, m->finding_id != 0);
}

static void texts_free(struct field_texts *t)
{
    for (int i = 0; i < FIELD_COUNT; i++)
        free(t->value[i]);
}

static int same(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* One audit row per field that differs; returns how many, or -1. */
static int audit_fields(struct itadb *db, long id, const struct measure *old,
                        const struct measure *new_m, struct db_error *err)
{
    struct field_texts a = {0}, b;
    if (old) texts_of(old, &a);
    texts_of(new_m, &b);
    char key[32];
    snprintf(key, sizeof key, "%ld", id);
    int changed = 0;
    for (int i = 0; i < FIELD_COUNT && changed >= 0; i++) {
        if (same(a.value[i], b.value[i])) continue;
        changed = db_audit_add(db, "measure", key, b.name[i], a.value[i], b.value[i], err)
                      ? -1
                      : changed + 1;
    }
    texts_free(&a);
    texts_free(&b);
    return changed;
}

static void bind_fields(sqlite3_stmt *st, struct itadb *db, const struct measure *m,
                        const char *now)
{
    const char *texts[] = {m->issue_label, m->title,      m->approach, m->steps,
                           m->responsible, m->start_date, m->end_date, m->period_text,
                           m->rounds,      m->result,     m->outcome};
    for (int i = 0; i < 11; i++)
        db_bind_text_or_null(st, 3 + i, texts[i]);
    if (m->budget.set) sqlite3_bind_double(st, 14, m->budget.v);
    sqlite3_bind_text(st, 15, ita_state_word(m->status), -1, SQLITE_STATIC);
    if (m->indicator_no) sqlite3_bind_int(st, 16, m->indicator_no);
    sqlite3_bind_text(st, 17, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 18, now, -1, SQLITE_TRANSIENT);
    if (m->finding_id) sqlite3_bind_int64(st, 20, m->finding_id);
}

/* Adds a round row for each month in m->rounds that has none; drops rounds no longer
 * planned unless something was already reported for them. */
static int sync_rounds(struct itadb *db, long id, const char *rounds, struct db_error *err)
{
    sqlite3_stmt *add = db_prepare(db,
                                   "INSERT INTO progress (measure_id, round_months) VALUES (?1, ?2)"
                                   " ON CONFLICT DO NOTHING",
                                   _("saving monitoring rounds"), err);
    sqlite3_stmt *drop = add ? db_prepare(db,
                                          "DELETE FROM progress WHERE measure_id = ?1"
                                          " AND instr(';' || coalesce(?2, '') || ';',"
                                          " ';' || round_months || ';') = 0"
                                          " AND text IS NULL AND state = 'not-done'",
                                          _("saving monitoring rounds"), err)
                             : NULL;
    int months[4], n = measure_round_months(rounds, months), ok = drop != NULL;
    for (int i = 0; ok && i < n; i++) {
        sqlite3_reset(add);
        sqlite3_bind_int64(add, 1, id);
        sqlite3_bind_int(add, 2, months[i]);
        ok = sqlite3_step(add) == SQLITE_DONE;
    }
    if (ok) {
        sqlite3_bind_int64(drop, 1, id);
        db_bind_text_or_null(drop, 2, rounds);
        ok = sqlite3_step(drop) == SQLITE_DONE;
    }
    if (!ok && drop) db_error_set(err, db, _("saving monitoring rounds"));
    sqlite3_finalize(add);
    sqlite3_finalize(drop);
    return ok ? 0 : -1;
}

static long insert_measure(struct itadb *db, const struct measure *m, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(
        db,
        "INSERT INTO measure (agency_id, plan_year, issue_label, title, approach, steps,"
        " responsible, start_date, end_date, period_text, rounds, result, outcome, budget, status,"
        " indicator_no, updated_by, updated_at, seq, carried_from, finding_id) VALUES (?1, ?2, ?3,"
        " ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
        " (SELECT coalesce(max(seq), 0) + 1 FROM measure WHERE agency_id = ?1 AND plan_year = ?2),"
        " ?19, ?20)",
        _("adding a measure"), err);
    if (!st) return -1;
    char now[32];
    db_now(now);
    sqlite3_bind_int64(st, 1, m->agency_id);
    sqlite3_bind_int(st, 2, m->plan_year);
    bind_fields(st, db, m, now);
    if (m->id) sqlite3_bind_int64(st, 19, m->id); /* carried over from */
    long id = sqlite3_step(st) == SQLITE_DONE ? (long)sqlite3_last_insert_rowid(db->sql) : -1;
    if (id < 0) db_error_set(err, db, _("adding a measure"));
    sqlite3_finalize(st);
    return id;
}

/* The unit a measure names as responsible joins the agency's units (to be renamed or
 * merged there like any other). 0 or -1. */
static int ensure_unit(struct itadb *db, long agency_id, const char *responsible,
                       struct db_error *err)
{
    if (!responsible || !*responsible) return 0;
    return db_unit_ensure(db, agency_id, responsible, err) < 0 ? -1 : 0;
}

long db_measure_add_in_txn(struct itadb *db, const struct measure *m, struct db_error *err)
{
    long id = insert_measure(db, m, err);
    if (id < 0 || audit_fields(db, id, NULL, m, err) < 0 || sync_rounds(db, id, m->rounds, err) ||
        ensure_unit(db, m->agency_id, m->responsible, err))
        return -1;
    return id;
}

static int save_changed_rounds(struct itadb *db, const struct measure *m, const struct measure *cur,
                               struct db_error *err);

/* A measure answers a finding of its own agency (0: none). 0, or -1 with err. */
static int check_finding(struct itadb *db, const struct measure *m, struct db_error *err)
{
    if (!m->finding_id) return 0;
    long n = db_simple_long(db, "SELECT count(*) FROM finding WHERE id = ?1 AND agency_id = ?2",
                            m->finding_id, m->agency_id, _("reading a finding"), err);
    if (n == 1) return 0;
    if (n == 0)
        db_error_printf(err, _("finding: the agency has no finding with the id %ld"),
                        m->finding_id);
    return -1;
}

long db_measure_add(struct itadb *db, const struct measure *m, struct db_error *err)
{
    if (!m->title || !*m->title) {
        db_error_printf(err, "%s", _("title: a measure needs a title"));
        return -1;
    }
    if (check_finding(db, m, err)) return -1;
    struct measure fresh = *m;
    fresh.id = 0; /* not carried over */
    if (db_begin(db, m->agency_id, DB_CAP_EDIT, err)) return -1;
    long id = db_measure_add_in_txn(db, &fresh, err);
    fresh.id = id;
    struct measure none = {0};
    if (id >= 0 && fresh.n_progress && save_changed_rounds(db, &fresh, &none, err) < 0) id = -1;
    if (id < 0) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err) ? -1 : id;
}

static int update_measure(struct itadb *db, const struct measure *m, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(
        db,
        "UPDATE measure SET issue_label = ?3, title = ?4, approach = ?5, steps = ?6,"
        " responsible = ?7, start_date = ?8, end_date = ?9, period_text = ?10, rounds = ?11,"
        " result = ?12, outcome = ?13, budget = ?14, status = ?15, indicator_no = ?16,"
        " updated_by = ?17, updated_at = ?18, version = version + 1, finding_id = ?20"
        " WHERE id = ?1 AND version = ?2 AND ?19 IS NULL",
        _("saving the measure"), err);
    if (!st) return -1;
    char now[32];
    db_now(now);
    sqlite3_bind_int64(st, 1, m->id);
    sqlite3_bind_int64(st, 2, m->version);
    bind_fields(st, db, m, now);
    int ok = sqlite3_step(st) == SQLITE_DONE && sqlite3_changes(db->sql) == 1;
    if (!ok) db_error_set(err, db, _("saving the measure"));
    sqlite3_finalize(st);
    return ok ? 0 : -1;
}

static const struct progress_round *round_in(const struct measure *m, int months)
{
    for (size_t i = 0; i < m->n_progress; i++)
        if (m->progress[i].months == months) return &m->progress[i];
    return NULL;
}

/* Writes the planned rounds of m that differ from cur's, each with an audit row;
 * returns how many, or -1. */
static int save_changed_rounds(struct itadb *db, const struct measure *m, const struct measure *cur,
                               struct db_error *err)
{
    int planned[4], n = measure_round_months(m->rounds, planned), changed = 0;
    char key[32], field[16];
    snprintf(key, sizeof key, "%ld", m->id);
    for (int i = 0; i < n; i++) {
        const struct progress_round *p = round_in(m, planned[i]), *q = round_in(cur, planned[i]);
        if (!p || (q && q->state == p->state && same(q->reported_on, p->reported_on) &&
                   same(q->text, p->text)))
            continue;
        if (!q && p->state == ITA_NOT_DONE && same(p->reported_on, NULL) && same(p->text, NULL))
            continue; /* an empty round of a new measure */
        snprintf(field, sizeof field, "round_%d", p->months);
        if (db_progress_write(db, m->id, p->months, p->reported_on, p->state, p->text, err) ||
            db_audit_add(db, "measure", key, field, q ? q->text : NULL, p->text, err))
            return -1;
        changed++;
    }
    return changed;
}

/* A change of rounds alone still makes the measure newer, so a stale editor notices. */
static int touch_measure(struct itadb *db, long id, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "UPDATE measure SET version = version + 1, updated_by = ?2,"
                                  " updated_at = ?3 WHERE id = ?1",
                                  _("saving the measure"), err);
    if (!st) return -1;
    char now[32];
    db_now(now);
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
    int ok = sqlite3_step(st) == SQLITE_DONE;
    if (!ok) db_error_set(err, db, _("saving the measure"));
    sqlite3_finalize(st);
    return ok ? 0 : -1;
}

/* Everything of one save inside the transaction: fields, planned rounds, their reports. */
static enum db_save save_in_txn(struct itadb *db, const struct measure *m,
                                const struct measure *cur, struct db_error *err)
{
    int fields = audit_fields(db, m->id, cur, m, err);
    if (fields < 0) return DB_SAVE_FAILED;
    if (fields > 0 && (update_measure(db, m, err) || sync_rounds(db, m->id, m->rounds, err) ||
                       ensure_unit(db, cur->agency_id, m->responsible, err)))
        return DB_SAVE_FAILED;
    int rounds = save_changed_rounds(db, m, cur, err);
    if (rounds < 0) return DB_SAVE_FAILED;
    if (fields == 0 && rounds == 0) return DB_UNCHANGED;
    if (fields == 0 && touch_measure(db, m->id, err)) return DB_SAVE_FAILED;
    return DB_SAVED;
}

enum db_save db_measure_save(struct itadb *db, const struct measure *m, struct db_error *err)
{
    if (!m->title || !*m->title) {
        db_error_printf(err, "%s", _("title: a measure needs a title"));
        return DB_SAVE_FAILED;
    }
    if (check_finding(db, m, err) || db_begin(db, db_measure_agency(db, m->id), DB_CAP_EDIT, err))
        return DB_SAVE_FAILED;
    struct measure cur;
    if (db_measure_get(db, m->id, &cur, err)) {
        db_rollback(db);
        return DB_SAVE_FAILED;
    }
    enum db_save result;
    if (cur.version != m->version) {
        char when[32];
        db_error_printf(err,
                        _("measure %ld was changed by %s at %s; your text was not saved and is "
                          "still here to merge by hand"),
                        m->id, cur.updated_by ? cur.updated_by : "?",
                        timefmt_local(cur.updated_at, when, sizeof when));
        result = DB_CONFLICT;
    } else {
        result = save_in_txn(db, m, &cur, err);
    }
    measure_clear(&cur);
    if (result != DB_SAVED) {
        db_rollback(db);
        return result;
    }
    return db_commit(db, err) ? DB_SAVE_FAILED : DB_SAVED;
}

/* The conflict of a command-line change made against a version the caller named. */
static void version_conflict(struct db_error *err, const struct measure *cur, long expected)
{
    char when[32];
    db_error_printf(err,
                    _("conflict: measure %ld is at version %ld, not %ld (changed by %s at %s); "
                      "nothing was saved"),
                    cur->id, cur->version, expected, cur->updated_by ? cur->updated_by : "?",
                    timefmt_local(cur->updated_at, when, sizeof when));
}

enum db_save db_measure_update(struct itadb *db, long id, const struct measure_input *in,
                               long expect_version, struct db_error *err)
{
    if (db_begin(db, db_measure_agency(db, id), DB_CAP_EDIT, err)) return DB_SAVE_FAILED;
    struct measure cur, m;
    if (db_measure_get(db, id, &cur, err)) {
        db_rollback(db);
        return DB_SAVE_FAILED;
    }
    enum db_save result = DB_SAVE_FAILED;
    char why[512];
    if (expect_version >= 0 && cur.version != expect_version) {
        version_conflict(err, &cur, expect_version);
        result = DB_CONFLICT;
    } else if (db_measure_get(db, id, &m, err) == 0) {
        if (measure_apply_input(&m, in, why, sizeof why))
            db_error_printf(err, "%s", why);
        else if (!m.title || !*m.title)
            db_error_printf(err, "%s", _("title: a measure needs a title"));
        else
            result = save_in_txn(db, &m, &cur, err);
        measure_clear(&m);
    }
    measure_clear(&cur);
    if (result != DB_SAVED) {
        db_rollback(db);
        return result;
    }
    return db_commit(db, err) ? DB_SAVE_FAILED : DB_SAVED;
}
