#include "db_calendar.h"

#include <stdio.h>
#include <string.h>

#include "db_audit.h"
#include "db_stmt.h"
#include "i18n.h"

static int read_calendar(struct itadb *db, int year, struct ita_calendar *c, struct db_error *err)
{
    memset(c, 0, sizeof *c);
    c->year = year;
    for (int k = 0; k < ITA_CAL_COUNT; k++)
        c->certain[k] = 1;
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT key, coalesce(date, ''), certain FROM ita_calendar"
                                  " WHERE year = ?1",
                                  _("reading the ITA calendar"), err);
    if (!st) return -1;
    sqlite3_bind_int(st, 1, year);
    int r;
    while ((r = db_row(db, st, _("reading the ITA calendar"), err)) > 0) {
        int k = ita_cal_key_parse((const char *)sqlite3_column_text(st, 0));
        if (k < 0) continue;
        snprintf(c->date[k], sizeof c->date[k], "%s", (const char *)sqlite3_column_text(st, 1));
        c->certain[k] = sqlite3_column_int(st, 2);
    }
    sqlite3_finalize(st);
    return r < 0 ? -1 : 0;
}

int db_calendar_year_known(struct itadb *db, int year, struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db, "SELECT 1 FROM framework WHERE year = ?1",
                                  _("reading the ITA calendar"), err);
    if (!st) return -1;
    sqlite3_bind_int(st, 1, year);
    int r = db_row(db, st, _("reading the ITA calendar"), err);
    sqlite3_finalize(st);
    if (r == 0)
        db_error_printf(err,
                        _("there is no framework for fiscal year %d, so it has no ITA calendar "
                          "(an admin adds the year with 'itadesk framework copy')"),
                        year);
    return r < 0 ? -1 : r == 0 ? 1 : 0;
}

int db_calendar_get(struct itadb *db, int year, struct ita_calendar *c, struct db_error *err)
{
    return read_calendar(db, year, c, err);
}

static int write_date(struct itadb *db, int year, enum ita_cal_key k, const char *iso,
                      struct db_error *err)
{
    sqlite3_stmt *st = db_prepare(db,
                                  "INSERT INTO ita_calendar (year, key, date, certain)"
                                  " VALUES (?1, ?2, ?3, 1) ON CONFLICT (year, key) DO UPDATE"
                                  " SET date = excluded.date, certain = 1",
                                  _("saving the ITA calendar"), err);
    if (!st) return -1;
    sqlite3_bind_int(st, 1, year);
    sqlite3_bind_text(st, 2, ita_cal_key_word(k), -1, SQLITE_STATIC);
    db_bind_text_or_null(st, 3, iso);
    return db_finish(db, st, sqlite3_step(st), _("saving the ITA calendar"), err);
}

int db_calendar_set(struct itadb *db, int year, enum ita_cal_key k, const char *iso,
                    struct db_error *err)
{
    if ((unsigned)k >= ITA_CAL_COUNT || year < 2500 || year > 2700) {
        db_error_printf(err, "%s", _("calendar: no such year or date"));
        return -1;
    }
    if (!iso) iso = "";
    if (db_begin(db, DB_ALL_AGENCIES, DB_CAP_ADMIN, err)) return -1;
    struct ita_calendar c;
    char key[16];
    snprintf(key, sizeof key, "%d", year);
    if (db_calendar_year_known(db, year, err) || read_calendar(db, year, &c, err) ||
        ita_cal_check(&c, k, iso, err->msg, sizeof err->msg) || write_date(db, year, k, iso, err) ||
        db_audit_add(db, "calendar", key, ita_cal_key_word(k), c.date[k][0] ? c.date[k] : NULL,
                     iso[0] ? iso : NULL, err)) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err);
}
