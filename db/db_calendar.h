/* The ITA calendar of each fiscal year (db/schema/011_ita_calendar.sql): read by everyone,
 * changed by admins (DB_CAP_ADMIN over every agency), audited. */
#ifndef ITADESK_DB_CALENDAR_H
#define ITADESK_DB_CALENDAR_H

#include "db.h"
#include "ita_calendar.h"

/* The calendar of year (unknown dates ""). A year nobody entered is all unknown. 0 or -1. */
int db_calendar_get(struct itadb *db, int year, struct ita_calendar *c, struct db_error *err);

/* 0 when fiscal year has a framework (a calendar belongs to an assessed year); 1 when it
 * has none (err says so), or -1. */
int db_calendar_year_known(struct itadb *db, int year, struct db_error *err);

/* Sets date k of year to iso (NULL or "": unknown), as a date an admin entered (certain).
 * Refused for a year without a framework, a date outside ita_cal_range or a
 * window that would close before it opens. One transaction with an audit row
 * (entity "calendar", key the year, field the key). 0 or -1. */
int db_calendar_set(struct itadb *db, int year, enum ita_cal_key k, const char *iso,
                    struct db_error *err);

#endif
