#include "db_oit_carry.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_audit.h"
#include "db_oit.h"
#include "db_simple.h"
#include "db_stmt.h"
#include "i18n.h"
#include "text/tt_wrap.h"
#include "xalloc.h"

int db_oit_map_list(struct itadb *db, int from_year, int to_year, struct oit_map_rule **rules,
                    size_t *n, struct db_error *err)
{
    const char *doing = _("reading the stored OIT mapping");
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT from_code, coalesce(to_code, '') FROM oit_map"
                                  " WHERE from_year = ?1 AND to_year = ?2"
                                  " ORDER BY length(from_code), from_code",
                                  doing, err);
    if (!st) return -1;
    sqlite3_bind_int(st, 1, from_year);
    sqlite3_bind_int(st, 2, to_year);
    struct oit_map_rule *list = NULL;
    size_t count = 0;
    int r;
    while ((r = db_row(db, st, doing, err)) > 0) {
        struct oit_map_rule *m = db_grow((void **)&list, &count, sizeof *list);
        snprintf(m->from, sizeof m->from, "%s", (const char *)sqlite3_column_text(st, 0));
        snprintf(m->to, sizeof m->to, "%s", (const char *)sqlite3_column_text(st, 1));
    }
    sqlite3_finalize(st);
    if (r < 0) {
        free(list);
        return -1;
    }
    *rules = list;
    *n = count;
    return 0;
}

/* 0 when the year's catalog has the item, else -1 naming it. */
static int check_item(struct itadb *db, int year, const char *code, struct db_error *err)
{
    const char *doing = _("reading the catalog");
    sqlite3_stmt *st =
        db_prepare(db, "SELECT 1 FROM oit_item WHERE year = ?1 AND code = ?2", doing, err);
    if (!st) return -1;
    sqlite3_bind_int(st, 1, year);
    sqlite3_bind_text(st, 2, code, -1, SQLITE_STATIC);
    int r = db_row(db, st, doing, err);
    sqlite3_finalize(st);
    if (r == 0) db_error_printf(err, _("no item %s in the %d catalog"), code, year);
    return r > 0 ? 0 : -1;
}

/* 0 when no other item of from_year has a stored rule into to_code, else -1 naming it: each
 * item of to_year receives one item at most. */
static int check_target_free(struct itadb *db, int from_year, int to_year, const char *from_code,
                             const char *to_code, struct db_error *err)
{
    const char *doing = _("reading the stored OIT mapping");
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT from_code FROM oit_map WHERE from_year = ?1 AND"
                                  " to_year = ?2 AND to_code = ?3 AND from_code <> ?4",
                                  doing, err);
    if (!st) return -1;
    sqlite3_bind_int(st, 1, from_year);
    sqlite3_bind_int(st, 2, to_year);
    sqlite3_bind_text(st, 3, to_code, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, from_code, -1, SQLITE_STATIC);
    int r = db_row(db, st, doing, err);
    if (r > 0)
        db_error_printf(err,
                        _("%d %s already receives %d %s by a stored pair: change or clear that "
                          "pair first"),
                        to_year, to_code, from_year, (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return r == 0 ? 0 : -1;
}

/* The stored to_code of a rule ("-": to nothing), or NULL when there is none; malloc'd. */
static int stored_rule(struct itadb *db, int from_year, int to_year, const char *from_code,
                       char **out, struct db_error *err)
{
    const char *doing = _("reading the stored OIT mapping");
    sqlite3_stmt *st = db_prepare(db,
                                  "SELECT coalesce(to_code, '-') FROM oit_map WHERE from_year = ?1"
                                  " AND to_year = ?2 AND from_code = ?3",
                                  doing, err);
    if (!st) return -1;
    sqlite3_bind_int(st, 1, from_year);
    sqlite3_bind_int(st, 2, to_year);
    sqlite3_bind_text(st, 3, from_code, -1, SQLITE_STATIC);
    int r = db_row(db, st, doing, err);
    *out = r > 0 ? db_column_strdup(st, 0) : NULL;
    if (r > 0) r = db_row(db, st, doing, err) < 0 ? -1 : 1;
    sqlite3_finalize(st);
    return r < 0 ? -1 : 0;
}

static int write_rule(struct itadb *db, int from_year, int to_year, const char *from_code,
                      const char *to_code, struct db_error *err)
{
    const char *doing = _("saving the OIT mapping");
    sqlite3_stmt *st =
        db_prepare(db,
                   "INSERT INTO oit_map (from_year, to_year, from_code, to_code, updated_by,"
                   " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO UPDATE SET"
                   " to_code = excluded.to_code, updated_by = excluded.updated_by,"
                   " updated_at = excluded.updated_at",
                   doing, err);
    if (!st) return -1;
    char now[32];
    db_now(now);
    sqlite3_bind_int(st, 1, from_year);
    sqlite3_bind_int(st, 2, to_year);
    sqlite3_bind_text(st, 3, from_code, -1, SQLITE_STATIC);
    db_bind_text_or_null(st, 4, to_code);
    sqlite3_bind_text(st, 5, db->login, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, now, -1, SQLITE_TRANSIENT);
    return db_finish(db, st, sqlite3_step(st), doing, err);
}

static void rule_key(char *key, size_t n, int from_year, int to_year, const char *from_code)
{
    snprintf(key, n, "%d/%d/%s", from_year, to_year, from_code);
}

int db_oit_map_set(struct itadb *db, int from_year, int to_year, const char *from_code,
                   const char *to_code, struct db_error *err)
{
    int none = !to_code || !*to_code || strcmp(to_code, "-") == 0;
    if (from_year == to_year) {
        db_error_printf(err, _("an item maps to another year, not to %d itself"), from_year);
        return -1;
    }
    if (db_begin(db, DB_ALL_AGENCIES, DB_CAP_ADMIN, err)) return -1;
    char *old = NULL, key[64];
    rule_key(key, sizeof key, from_year, to_year, from_code);
    int ok = check_item(db, from_year, from_code, err) == 0 &&
             (none || (check_item(db, to_year, to_code, err) == 0 &&
                       check_target_free(db, from_year, to_year, from_code, to_code, err) == 0)) &&
             stored_rule(db, from_year, to_year, from_code, &old, err) == 0;
    const char *new_value = none ? "-" : to_code;
    if (ok && old && strcmp(old, new_value) == 0) {
        free(old);
        db_rollback(db);
        return 0;
    }
    ok = ok && write_rule(db, from_year, to_year, from_code, none ? NULL : to_code, err) == 0 &&
         db_audit_add(db, "oit_map", key, "to_code", old, new_value, err) == 0;
    free(old);
    if (!ok) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err);
}

long db_oit_map_clear(struct itadb *db, int from_year, int to_year, const char *from_code,
                      struct db_error *err)
{
    if (db_begin(db, DB_ALL_AGENCIES, DB_CAP_ADMIN, err)) return -1;
    struct oit_map_rule *rules = NULL;
    size_t n = 0;
    long removed = 0;
    int ok = db_oit_map_list(db, from_year, to_year, &rules, &n, err) == 0;
    const char *doing = _("removing the OIT mapping");
    for (size_t i = 0; ok && i < n; i++) {
        if (from_code && strcmp(rules[i].from, from_code) != 0) continue;
        char key[64];
        rule_key(key, sizeof key, from_year, to_year, rules[i].from);
        sqlite3_stmt *st = db_prepare(db,
                                      "DELETE FROM oit_map WHERE from_year = ?1 AND to_year = ?2"
                                      " AND from_code = ?3",
                                      doing, err);
        if (!st) {
            ok = 0;
            break;
        }
        sqlite3_bind_int(st, 1, from_year);
        sqlite3_bind_int(st, 2, to_year);
        sqlite3_bind_text(st, 3, rules[i].from, -1, SQLITE_STATIC);
        ok = db_finish(db, st, sqlite3_step(st), doing, err) == 0 &&
             db_audit_add(db, "oit_map", key, "to_code", rules[i].to[0] ? rules[i].to : "-", NULL,
                          err) == 0;
        removed++;
    }
    free(rules);
    if (!ok) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err) ? -1 : removed;
}

/* What to do with one value of the FROM item: the target keeps its own. (Each target
 * receives one item at most: oit_match_items.) */
static enum oit_carry_do decide(const char *from_value, const char *to_value)
{
    if (!from_value || !*from_value) return OIT_CARRY_NONE;
    return to_value && *to_value ? OIT_CARRY_SKIP : OIT_CARRY_YES;
}

static long row_index(const struct oit_row *rows, size_t n, const char *code)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(rows[i].code, code) == 0) return (long)i;
    return -1;
}

static char *dup_title(const struct oit_row *r)
{
    return r->known && r->title_th && *r->title_th ? xstrdup(r->title_th) : NULL;
}

static void count_row(struct oit_carry_plan *p, const struct oit_carry_row *r)
{
    if (!r->pair.to[0]) {
        p->unmapped++;
        return;
    }
    p->mapped++;
    p->stored += r->pair.source == OIT_SRC_STORED;
    p->units += r->unit_do == OIT_CARRY_YES;
    p->links += r->url_do == OIT_CARRY_YES;
    p->notes += r->note_do == OIT_CARRY_YES;
    p->skipped += (r->unit_do == OIT_CARRY_SKIP) + (r->url_do == OIT_CARRY_SKIP) +
                  (r->note_do == OIT_CARRY_SKIP);
    p->items +=
        r->unit_do == OIT_CARRY_YES || r->url_do == OIT_CARRY_YES || r->note_do == OIT_CARRY_YES;
}

/* Builds the plan from the two checklists and the rules (no transaction of its own). */
static void build_plan(struct oit_carry_plan *p, const struct oit_row *from, size_t nfrom,
                       const struct oit_row *to, size_t nto, const struct oit_map_rule *rules,
                       size_t nrules)
{
    struct oit_match_item *fi = xcalloc(nfrom + 1, sizeof *fi), *ti = xcalloc(nto + 1, sizeof *ti);
    for (size_t i = 0; i < nfrom; i++)
        fi[i] = (struct oit_match_item){from[i].code, from[i].title_th, from[i].known};
    for (size_t j = 0; j < nto; j++)
        ti[j] = (struct oit_match_item){to[j].code, to[j].title_th, to[j].known};
    struct oit_match m;
    oit_match_items(tt_brk_shared(), fi, nfrom, ti, nto, rules, nrules, &m);
    p->rows = xcalloc(nfrom + 1, sizeof *p->rows);
    p->n = nfrom;
    p->to_items = nto;
    for (size_t i = 0; i < nfrom; i++) {
        struct oit_carry_row *r = &p->rows[i];
        r->pair = m.pairs[i];
        r->from_title = dup_title(&from[i]);
        r->unit = from[i].unit_name ? xstrdup(from[i].unit_name) : NULL;
        r->url = from[i].evidence_url ? xstrdup(from[i].evidence_url) : NULL;
        r->note = from[i].note ? xstrdup(from[i].note) : NULL;
        long j = r->pair.to[0] ? row_index(to, nto, r->pair.to) : -1;
        if (j >= 0) {
            r->to_title = dup_title(&to[j]);
            r->unit_do = decide(r->unit, to[j].unit_name);
            r->url_do = decide(r->url, to[j].evidence_url);
            r->note_do = decide(r->note, to[j].note);
        }
        count_row(p, r);
    }
    oit_match_free(&m);
    free(fi);
    free(ti);
}

/* Reads both checklists and the rules, and plans (inside the caller's snapshot). */
static int plan_in(struct itadb *db, long agency_id, int from_year, int to_year,
                   struct oit_carry_plan *p, struct db_error *err)
{
    *p =
        (struct oit_carry_plan){.agency_id = agency_id, .from_year = from_year, .to_year = to_year};
    if (from_year == to_year) {
        db_error_printf(err, _("carrying needs two different years, not %d twice"), from_year);
        return -1;
    }
    struct oit_row *from = NULL, *to = NULL;
    struct oit_map_rule *rules = NULL;
    size_t nfrom = 0, nto = 0, nrules = 0;
    int rc = -1;
    if (db_oit_list(db, agency_id, from_year, &from, &nfrom, err) ||
        db_oit_list(db, agency_id, to_year, &to, &nto, err) ||
        db_oit_map_list(db, from_year, to_year, &rules, &nrules, err))
        goto out;
    if (!nfrom || !nto) {
        db_error_printf(err, _("the %d catalog lists no OIT items"), !nfrom ? from_year : to_year);
        goto out;
    }
    build_plan(p, from, nfrom, to, nto, rules, nrules);
    rc = 0;
out:
    oit_rows_free(from, nfrom);
    oit_rows_free(to, nto);
    free(rules);
    return rc;
}

int db_oit_carry_plan(struct itadb *db, long agency_id, int from_year, int to_year,
                      struct oit_carry_plan *plan, struct db_error *err)
{
    int began = db_read_begin(db, err);
    if (began < 0) return -1;
    int rc = plan_in(db, agency_id, from_year, to_year, plan, err);
    db_read_end(db, began);
    return rc;
}

/* The change that carries one row's values (only those the plan says). */
static struct oit_change change_of(const struct oit_carry_row *r)
{
    struct oit_change c = {0};
    if (r->unit_do == OIT_CARRY_YES) c.fields |= OIT_SET_UNIT, c.unit = r->unit;
    if (r->url_do == OIT_CARRY_YES) c.fields |= OIT_SET_URL | OIT_SET_RECHECK, c.url = r->url;
    c.recheck = 1;
    if (r->note_do == OIT_CARRY_YES) c.fields |= OIT_SET_NOTE, c.note = r->note;
    return c;
}

static int carry_rows(struct itadb *db, const struct oit_carry_plan *p, struct db_error *err)
{
    for (size_t i = 0; i < p->n; i++) {
        const struct oit_carry_row *r = &p->rows[i];
        struct oit_change c = change_of(r);
        if (!r->pair.to[0] || !c.fields) continue;
        if (db_oit_save_in_txn(db, p->agency_id, p->to_year, r->pair.to, OIT_ANY_VERSION, &c,
                               err) == DB_SAVE_FAILED)
            return -1;
    }
    char key[64], what[160];
    snprintf(key, sizeof key, "%ld/%d/%d", p->agency_id, p->from_year, p->to_year);
    snprintf(what, sizeof what, "items %zu, units %zu, links %zu, notes %zu, kept %zu", p->items,
             p->units, p->links, p->notes, p->skipped);
    return db_audit_add(db, "oit_carry", key, "carried", NULL, what, err);
}

int db_oit_carry_apply(struct itadb *db, long agency_id, int from_year, int to_year,
                       struct oit_carry_plan *plan, struct db_error *err)
{
    *plan = (struct oit_carry_plan){0};
    if (db_begin(db, agency_id, DB_CAP_EDIT, err)) return -1;
    if (plan_in(db, agency_id, from_year, to_year, plan, err) || carry_rows(db, plan, err)) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db, err);
}

void oit_carry_plan_free(struct oit_carry_plan *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->rows[i].from_title);
        free(p->rows[i].to_title);
        free(p->rows[i].unit);
        free(p->rows[i].url);
        free(p->rows[i].note);
    }
    free(p->rows);
    *p = (struct oit_carry_plan){0};
}

long db_oit_catalog_size(struct itadb *db, int year, struct db_error *err)
{
    return db_simple_long(db, "SELECT count(*) FROM oit_item WHERE year = ?1", year, 0,
                          _("reading the catalog"), err);
}
