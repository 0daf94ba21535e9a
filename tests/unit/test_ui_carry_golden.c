/* Golden screens of carrying the OIT checklist into the next year (C on the checklist): the
 * mapping with confidence and what each pair carries, the items not mapped with why, the
 * question before carrying, and an admin changing a pair; English and Thai at 80x24 and
 * 120x40. Seed 000's agency with units, notes and links on its 2567 checklist and a unit of
 * its own on 2568 O11. Regenerate with ITADESK_UPDATE_GOLDEN=1 and read the diff. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

#include "helper_db.h"
#include "helper_ui.h"

struct carry_case {
    const char *name;
    const char *script;
    int table; /* check the '|' columns */
};

static const struct carry_case cases[] = {
    {"carry", "C", 1},
    {"carry-unmapped", "C End", 1},
    {"carry-ask", "C j C", 0},
    {"carry-pair", "C End Enter", 0},
};

static void seed_checklist(struct itadb *db)
{
    th_exec_write(db, "INSERT INTO unit (agency_id, name) VALUES (1, 'สำนักปลัด'), (1, 'กองคลัง'),"
                      " (1, 'กองช่าง')");
    th_exec_write(db, "UPDATE oit_status SET unit_id = (SELECT id FROM unit WHERE name ="
                      " CASE WHEN code IN ('O8', 'O9', 'O14', 'O15', 'O16', 'O17') THEN 'กองคลัง'"
                      " ELSE 'สำนักปลัด' END), note = 'ปรับปรุงข้อมูลทุกไตรมาส'"
                      " WHERE agency_id = 1 AND year = 2567 AND code <> 'O27'");
    th_exec_write(db, "UPDATE oit_status SET evidence_url = 'https://www.khamkhuean.go.th/ita/' ||"
                      " code WHERE agency_id = 1 AND year = 2567 AND code IN ('O1', 'O12', 'O13')");
    th_exec_write(db,
                  "INSERT INTO oit_status (agency_id, year, code, unit_id) VALUES (1, 2568, 'O11',"
                  " (SELECT id FROM unit WHERE name = 'กองช่าง'))");
}

static void run_all(int thai, int rows, int cols)
{
    th_ui_env(thai);
    char *path;
    struct itadb *db = th_open_fresh(&path, 1); /* no case saves: one file for them all */
    seed_checklist(db);
    db_close(db);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        th_golden_case(path, "tester", cases[i].name, "1 2567 oit", cases[i].script, cases[i].table,
                       thai, rows, cols);
    free(path);
}

Test(ui_carry_golden, english_80x24)
{
    run_all(0, 24, 80);
}
Test(ui_carry_golden, english_120x40)
{
    run_all(0, 40, 120);
}
Test(ui_carry_golden, thai_80x24)
{
    run_all(1, 24, 80);
}
Test(ui_carry_golden, thai_120x40)
{
    run_all(1, 40, 120);
}
