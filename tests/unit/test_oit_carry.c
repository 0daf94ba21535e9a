/* Carrying seed 000's OIT checklist from 2567 into 2568 in storage: what is carried, what is
 * kept, the link flagged until it is saved again, the tick states untouched, one
 * transaction, and who may carry or store a mapping. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_oit.h"
#include "db_oit_carry.h"
#include "db_people.h"
#include "db_role.h"
#include "helper_db.h"

static void set(struct itadb *db, int year, const char *code, unsigned fields, const char *unit,
                const char *url, const char *note, enum ita_state state)
{
    struct oit_change c = {
        .fields = fields, .unit = unit, .url = url, .note = note, .state = state};
    struct db_error err = {{0}};
    cr_assert_eq(db_oit_save(db, 1, year, code, OIT_ANY_VERSION, &c, &err), DB_SAVED, "%s %s", code,
                 err.msg);
}

static struct oit_row get(struct itadb *db, int year, const char *code)
{
    struct oit_row r;
    struct db_error err = {{0}};
    cr_assert_eq(db_oit_get(db, 1, year, code, &r, &err), 0, "%s", err.msg);
    return r;
}

/* Seed 000's agency: a 2567 checklist with units, links and notes; some 2568 ticks. */
static struct itadb *seeded(char **path)
{
    struct itadb *db = th_open_fresh(path, 1);
    set(db, 2567, "O1", OIT_SET_UNIT | OIT_SET_URL | OIT_SET_NOTE, "สำนักปลัด",
        "https://www.khamkhuean.go.th/o1", "แผนผังโครงสร้าง", 0);
    set(db, 2567, "O2", OIT_SET_UNIT | OIT_SET_NOTE, "สำนักปลัด", NULL, "ข้อมูลผู้บริหาร", 0);
    set(db, 2567, "O3", OIT_SET_UNIT, "สำนักปลัด", NULL, NULL, 0); /* not mapped */
    set(db, 2567, "O12", OIT_SET_UNIT | OIT_SET_URL, "กองคลัง", "https://www.khamkhuean.go.th/o12",
        NULL, 0);
    set(db, 2567, "O17", OIT_SET_UNIT | OIT_SET_NOTE, "กองคลัง", NULL, "สรุปผลจัดซื้อ", 0);
    set(db, 2568, "O1", OIT_SET_STATE, NULL, NULL, NULL, ITA_DONE);
    set(db, 2568, "O2", OIT_SET_UNIT | OIT_SET_STATE, "กองช่าง", NULL, NULL, ITA_IN_PROGRESS);
    set(db, 2568, "O13", OIT_SET_NOTE, NULL, NULL, "ของปีนี้", 0);
    return db;
}

/* Every 2568 item's state and score, as text. */
static char *ticks(struct itadb *db)
{
    struct oit_row *rows = NULL;
    size_t n = 0;
    struct db_error err = {{0}};
    cr_assert_eq(db_oit_list(db, 1, 2568, &rows, &n, &err), 0, "%s", err.msg);
    char *out = calloc(n + 1, 64);
    for (size_t i = 0; i < n; i++)
        snprintf(out + strlen(out), 64, "%s=%s/%g;", rows[i].code, ita_state_word(rows[i].state),
                 rows[i].score.set ? rows[i].score.v : -1);
    oit_rows_free(rows, n);
    return out;
}

Test(oit_carry, carries_units_links_notes_keeps_the_target_and_the_ticks)
{
    char *path;
    struct itadb *db = seeded(&path);
    struct db_error err = {{0}};
    char *before = ticks(db);
    long y67 = th_query_int(db, "SELECT count(*) FROM oit_status WHERE year = 2567");

    struct oit_carry_plan p;
    cr_assert_eq(db_oit_carry_plan(db, 1, 2567, 2568, &p, &err), 0, "%s", err.msg);
    cr_expect_eq(p.mapped + p.unmapped, 35);
    cr_expect_geq(p.mapped, 23);
    /* O1: unit, link, note. O2: note (its unit is kept). O12 -> O11: unit, link.
     * O17 -> O13: unit (its note is kept). O3 is not mapped. */
    cr_expect_eq(p.units, 3);
    cr_expect_eq(p.links, 2);
    cr_expect_eq(p.notes, 2);
    cr_expect_eq(p.skipped, 2);
    cr_expect_eq(p.items, 4);
    oit_carry_plan_free(&p);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM oit_status WHERE year = 2568"), 3,
                 "planning changed something");

    cr_assert_eq(db_oit_carry_apply(db, 1, 2567, 2568, &p, &err), 0, "%s", err.msg);
    cr_expect_eq(p.units, 3);
    cr_expect_eq(p.items, 4);
    oit_carry_plan_free(&p);

    struct oit_row r = get(db, 2568, "O1");
    cr_expect_str_eq(r.unit_name, "สำนักปลัด");
    cr_expect_str_eq(r.evidence_url, "https://www.khamkhuean.go.th/o1");
    cr_expect_eq(r.recheck, 1);
    cr_expect_str_eq(r.note, "แผนผังโครงสร้าง");
    oit_row_clear(&r);
    r = get(db, 2568, "O2");
    cr_expect_str_eq(r.unit_name, "กองช่าง", "a unit 2568 had was overwritten");
    cr_expect_str_eq(r.note, "ข้อมูลผู้บริหาร");
    oit_row_clear(&r);
    r = get(db, 2568, "O11");
    cr_expect_str_eq(r.unit_name, "กองคลัง");
    cr_expect_eq(r.recheck, 1);
    oit_row_clear(&r);
    r = get(db, 2568, "O13");
    cr_expect_str_eq(r.note, "ของปีนี้");
    cr_expect_str_eq(r.unit_name, "กองคลัง");
    cr_expect_eq(r.recheck, 0);
    oit_row_clear(&r);

    char *after = ticks(db);
    cr_expect_str_eq(before, after, "carrying changed 2568's ticks");
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM oit_status WHERE year = 2567"), y67);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'oit_carry'"), 1);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'oit_status'"
                                  " AND key LIKE '1/2568/%' AND field = 'evidence_recheck'"),
                 2);

    /* Again: everything is there already; nothing more is carried. */
    cr_assert_eq(db_oit_carry_apply(db, 1, 2567, 2568, &p, &err), 0, "%s", err.msg);
    cr_expect_eq(p.items, 0);
    cr_expect_eq(p.skipped, 9);
    oit_carry_plan_free(&p);

    /* Saving the link again, unchanged, is confirming it: the flag goes. */
    set(db, 2568, "O1", OIT_SET_URL, NULL, "https://www.khamkhuean.go.th/o1", NULL, 0);
    r = get(db, 2568, "O1");
    cr_expect_eq(r.recheck, 0);
    cr_expect_eq(r.state, ITA_DONE);
    oit_row_clear(&r);
    free(before);
    free(after);
    db_close(db);
    free(path);
}

Test(oit_carry, stored_mapping_decides_and_only_admins_store_it)
{
    char *path;
    struct itadb *db = seeded(&path);
    struct db_error err = {{0}};
    cr_assert_eq(db_oit_map_set(db, 2567, 2568, "O3", "O3", &err), 0, "%s", err.msg);
    cr_assert_eq(db_oit_map_set(db, 2567, 2568, "O1", "-", &err), 0, "%s", err.msg);
    cr_assert_lt(db_oit_map_set(db, 2567, 2568, "O1", "O99", &err), 0);
    cr_expect(strstr(err.msg, "no item O99 in the 2568 catalog"), "%s", err.msg);
    struct oit_carry_plan p;
    cr_assert_eq(db_oit_carry_plan(db, 1, 2567, 2568, &p, &err), 0, "%s", err.msg);
    cr_expect_str_eq(p.rows[0].pair.to, "");
    cr_expect_eq(p.rows[0].pair.source, OIT_SRC_STORED);
    cr_expect_str_eq(p.rows[2].pair.to, "O3");
    cr_expect_eq(p.rows[2].pair.confidence, 100);
    cr_expect_eq(p.rows[2].unit_do, OIT_CARRY_YES);
    cr_expect_eq(p.stored, 1);
    oit_carry_plan_free(&p);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE entity = 'oit_map'"), 2);

    cr_assert_eq(db_people_put(db, PEOPLE_ADD, "somchai", 1, DB_ROLE_OFFICER, &err), 0, "%s",
                 err.msg);
    cr_assert_eq(db_people_put(db, PEOPLE_ADD, "malee", DB_ALL_AGENCIES, DB_ROLE_VIEWER, &err), 0,
                 "%s", err.msg);
    char *snap = th_snapshot(db);
    struct itadb *officer = th_open_as(path, "somchai", NULL);
    cr_expect_lt(db_oit_map_set(officer, 2567, 2568, "O6", "O3", &err), 0);
    cr_expect(strstr(err.msg, "only admins"), "%s", err.msg);
    cr_expect_lt(db_oit_map_clear(officer, 2567, 2568, NULL, &err), 0);
    db_close(officer);
    struct itadb *viewer = th_open_as(path, "malee", NULL);
    cr_expect_lt(db_oit_carry_apply(viewer, 1, 2567, 2568, &p, &err), 0);
    cr_expect(strstr(err.msg, "malee is viewer"), "%s", err.msg);
    oit_carry_plan_free(&p);
    db_close(viewer);
    char *snap2 = th_snapshot(db);
    cr_expect_str_eq(snap, snap2, "a refused carry or mapping changed the database");

    cr_expect_eq(db_oit_map_clear(db, 2567, 2568, NULL, &err), 2);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM oit_map"), 0);
    free(snap);
    free(snap2);
    db_close(db);
    free(path);
}
