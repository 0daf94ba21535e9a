#include "db_role.h"

#include <string.h>

#include "db_stmt.h"
#include "i18n.h"

static const char *const role_words[] = {NULL, "admin", "officer", "reviewer", "viewer"};

const char *db_role_word(enum db_role role)
{
    return role > DB_ROLE_NONE && role <= DB_ROLE_VIEWER ? role_words[role] : NULL;
}

const char *db_role_label(enum db_role role)
{
    switch (role) {
    case DB_ROLE_ADMIN:
        return _("admin");
    case DB_ROLE_OFFICER:
        return _("officer");
    case DB_ROLE_REVIEWER:
        return _("reviewer");
    case DB_ROLE_VIEWER:
        return _("viewer");
    default:
        return _("no role");
    }
}

int db_role_parse(const char *word)
{
    if (!word) return -1;
    for (int r = DB_ROLE_ADMIN; r <= DB_ROLE_VIEWER; r++)
        if (strcmp(word, role_words[r]) == 0 || strcmp(word, db_role_label(r)) == 0) return r;
    return -1;
}

unsigned db_role_caps(enum db_role role)
{
    switch (role) {
    case DB_ROLE_ADMIN:
        return DB_CAP_EDIT | DB_CAP_REVIEW | DB_CAP_ADMIN | DB_CAP_DRAFT;
    case DB_ROLE_OFFICER:
        return DB_CAP_EDIT | DB_CAP_DRAFT;
    case DB_ROLE_REVIEWER:
        return DB_CAP_REVIEW | DB_CAP_DRAFT;
    default:
        return 0;
    }
}

/* Folds the roles the login holds that count for agency_id into capabilities; drafts
 * (DB_ANY_AGENCY) count every role the login holds anywhere. */
static unsigned fold_roles(struct itadb *db, long agency_id, enum db_role *strongest)
{
    static const char sql[] = "SELECT role FROM user_role WHERE login = ?1"
                              " AND (agency_id IS NULL OR agency_id = ?2 OR ?2 = -2)";
    sqlite3_stmt *st = db_prepare_cached(db, sql, "roles", NULL);
    unsigned caps = 0;
    enum db_role best = DB_ROLE_NONE;
    if (!st) return 0;
    sqlite3_bind_text(st, 1, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, agency_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        int r = db_role_parse((const char *)sqlite3_column_text(st, 0));
        if (r < 0) continue;
        caps |= db_role_caps(r);
        if (best == DB_ROLE_NONE || r < (int)best) best = r;
    }
    db_release(db, st);
    if (strongest) *strongest = best;
    return caps;
}

unsigned db_caps(struct itadb *db, long agency_id)
{
    if (db_schema_version(db) < DB_SCHEMA_PEOPLE) return ~0u;
    return fold_roles(db, agency_id, NULL);
}

enum db_role db_role_at(struct itadb *db, long agency_id)
{
    enum db_role best = DB_ROLE_NONE;
    if (db_schema_version(db) >= DB_SCHEMA_PEOPLE) fold_roles(db, agency_id, &best);
    return best;
}

/* Who may, in words, for the refusal message. */
static const char *who_may(enum db_cap cap)
{
    switch (cap) {
    case DB_CAP_EDIT:
        return _("only officers and admins of the agency change its data");
    case DB_CAP_REVIEW:
        return _("only reviewers and admins check or return work");
    case DB_CAP_ADMIN:
        return _("only admins manage people, agencies and catalogs");
    default:
        return _("viewers only read");
    }
}

int db_may(struct itadb *db, long agency_id, enum db_cap cap, struct db_error *err)
{
    if (db_schema_version(db) < DB_SCHEMA_PEOPLE) return 0;
    enum db_role role = DB_ROLE_NONE;
    unsigned caps = fold_roles(db, cap == DB_CAP_DRAFT ? DB_ANY_AGENCY : agency_id, &role);
    if (caps & cap) return 0;
    enum db_role elsewhere = DB_ROLE_NONE;
    /* Admin work is checked over every agency, where an officer of one agency holds no
     * role: "no role here" would send them to ask for one. Say that it is an admin's. */
    if (role == DB_ROLE_NONE && cap == DB_CAP_ADMIN) fold_roles(db, DB_ANY_AGENCY, &elsewhere);
    if (elsewhere != DB_ROLE_NONE)
        db_error_printf(err,
                        _("not allowed: only an admin of every agency may do this; %s is %s of an "
                          "agency only; %s; nothing was changed"),
                        db->login, db_role_label(elsewhere), who_may(cap));
    else if (role == DB_ROLE_NONE)
        db_error_printf(err,
                        _("not allowed: %s has no role here (an admin adds people with 'itadesk "
                          "user add'); %s; nothing was changed"),
                        db->login, who_may(cap));
    else
        db_error_printf(err, _("not allowed: %s is %s here; %s; nothing was changed"), db->login,
                        db_role_label(role), who_may(cap));
    return -1;
}

static long agency_of(struct itadb *db, const char *sql, long id)
{
    sqlite3_stmt *st = db_prepare(db, sql, "owner", NULL);
    if (!st) return DB_ALL_AGENCIES;
    sqlite3_bind_int64(st, 1, id);
    long agency =
        sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : DB_ALL_AGENCIES;
    sqlite3_finalize(st);
    return agency;
}

long db_measure_agency(struct itadb *db, long measure_id)
{
    return agency_of(db, "SELECT agency_id FROM measure WHERE id = ?1", measure_id);
}

long db_finding_agency(struct itadb *db, long finding_id)
{
    return agency_of(db, "SELECT agency_id FROM finding WHERE id = ?1", finding_id);
}

long db_unit_agency(struct itadb *db, long unit_id)
{
    return agency_of(db, "SELECT agency_id FROM unit WHERE id = ?1", unit_id);
}
