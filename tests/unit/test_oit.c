/* The OIT checklist: progress, filters, saves with version checks, bulk, import, history. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_agency.h"
#include "db_oit.h"
#include "helper_db.h"
#include "oit_csv.h"

static struct oit_row *list(struct itadb *db, long agency, int year, size_t *n)
{
    struct oit_row *rows = NULL;
    struct db_error err = {{0}};
    cr_assert_eq(db_oit_list(db, agency, year, &rows, n, &err), 0, "%s", err.msg);
    return rows;
}

static struct oit_change set_state(enum ita_state s)
{
    return (struct oit_change){.fields = OIT_SET_STATE, .state = s};
}

Test(oit, progress_per_sub_indicator_group_in_catalog_order)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    size_t n;
    struct oit_row *rows = list(db, 1, 2567, &n);
    cr_assert_eq(n, 35);
    struct oit_progress g[16], all;
    int ng = oit_progress_by_group(rows, n, g, 16, &all);
    cr_assert_eq(ng, 6); /* 9.1 … 9.5 and 10 */
    cr_assert_str_eq(g[0].group_key, "9.1");
    cr_assert_str_eq(g[5].group_key, "10");
    /* Seed 000: 9.2 O7–O13 with O12 and O13 at 0. */
    cr_assert_eq(g[1].total, 7);
    cr_assert_eq(g[1].done, 5);
    /* O16 scored 50: in progress. O5 has no score: not done. */
    cr_assert_eq(g[2].in_progress, 1);
    cr_assert_eq(g[0].done, 5);
    cr_assert_eq(all.total, 35);
    cr_assert_eq(all.done + all.in_progress + (all.total - all.done - all.in_progress), 35);
    cr_assert_eq(oit_progress_by_group(rows, n, g, 3, NULL), -1, "too many groups reported");
    oit_rows_free(rows, n);
    db_close(db);
}

Test(oit, unknown_titles_still_listed_and_marked)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    th_exec_write(db, "UPDATE oit_item SET known = 0, title_th = '' WHERE year = 2567"
                      " AND code = 'O5'");
    size_t n;
    struct oit_row *rows = list(db, 1, 2567, &n);
    cr_assert_str_eq(rows[4].code, "O5");
    cr_assert_eq(rows[4].known, 0);
    oit_rows_free(rows, n);
    db_close(db);
}

Test(oit, state_change_saves_version_and_audit)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    struct oit_row r;
    struct db_error err = {{0}};
    cr_assert_eq(db_oit_get(db, 1, 2567, "O12", &r, &err), 0);
    cr_assert_eq(r.state, ITA_NOT_DONE);
    long v = r.version;
    struct oit_change c = set_state(ITA_DONE);
    cr_assert_eq(db_oit_save(db, 1, 2567, "O12", v, &c, &err), DB_SAVED, "%s", err.msg);
    oit_row_clear(&r);
    cr_assert_eq(db_oit_get(db, 1, 2567, "O12", &r, &err), 0);
    cr_assert_eq(r.state, ITA_DONE);
    cr_assert_eq(r.version, v + 1);
    cr_assert_str_eq(r.updated_by, "tester");
    /* Saving the same state again changes nothing and writes no audit row. */
    cr_assert_eq(db_oit_save(db, 1, 2567, "O12", r.version, &c, &err), DB_UNCHANGED);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE key = '1/2567/O12'"), 1);
    struct audit_entry *h;
    size_t nh;
    cr_assert_eq(db_oit_history(db, 1, 2567, "O12", &h, &nh, &err), 0);
    cr_assert_eq(nh, 1);
    cr_assert_str_eq(h[0].field, "state");
    cr_assert_str_eq(h[0].old_value, "not-done");
    cr_assert_str_eq(h[0].new_value, "done");
    cr_assert_str_eq(h[0].login, "tester");
    audit_entries_free(h, nh);
    oit_row_clear(&r);
    db_close(db);
}

Test(oit, stale_save_is_refused_naming_who_and_when_and_nothing_is_undone)
{
    char *path;
    struct itadb *mine = th_open_fresh(&path, 1);
    struct db_error err = {{0}};
    struct itadb *theirs = th_open_as(path, "somchai", "officer");
    cr_assert_not_null(theirs, "%s", err.msg);
    struct oit_row r;
    cr_assert_eq(db_oit_get(mine, 1, 2567, "O13", &r, &err), 0);
    struct oit_change done = set_state(ITA_DONE), undo = set_state(ITA_NOT_DONE);
    /* They tick first; my screen still shows the old version. */
    cr_assert_eq(db_oit_save(theirs, 1, 2567, "O13", r.version, &done, &err), DB_SAVED);
    cr_assert_eq(db_oit_save(mine, 1, 2567, "O13", r.version, &undo, &err), DB_CONFLICT);
    cr_assert(strstr(err.msg, "changed by somchai at "), "message: %s", err.msg);
    oit_row_clear(&r);
    cr_assert_eq(db_oit_get(mine, 1, 2567, "O13", &r, &err), 0);
    cr_assert_eq(r.state, ITA_DONE, "their tick was undone");
    oit_row_clear(&r);
    db_close(theirs);
    db_close(mine);
    free(path);
}

Test(oit, unit_url_note_and_score_rules)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    struct db_error err = {{0}};
    struct oit_change c = {.fields = OIT_SET_URL, .url = "javascript:alert(1)"};
    cr_assert_eq(db_oit_save(db, 1, 2567, "O1", OIT_ANY_VERSION, &c, &err), DB_SAVE_FAILED);
    cr_assert(strstr(err.msg, "http"), "%s", err.msg);
    c.url = "https://";
    cr_assert_eq(db_oit_save(db, 1, 2567, "O1", OIT_ANY_VERSION, &c, &err), DB_SAVE_FAILED);
    c.url = "https://www.example.go.th/o1 x";
    cr_assert_eq(db_oit_save(db, 1, 2567, "O1", OIT_ANY_VERSION, &c, &err), DB_SAVE_FAILED);
    c = (struct oit_change){.fields = OIT_SET_SCORE, .score = {true, 70}};
    cr_assert_eq(db_oit_save(db, 1, 2567, "O1", OIT_ANY_VERSION, &c, &err), DB_SAVE_FAILED);
    cr_assert(strstr(err.msg, "0, 50 or 100"), "%s", err.msg);
    c = (struct oit_change){.fields = OIT_SET_UNIT | OIT_SET_URL | OIT_SET_NOTE,
                            .unit = "กองคลัง",
                            .url = "https://www.example.go.th/o1",
                            .note = "บรรทัดแรก\nบรรทัดที่สอง"};
    cr_assert_eq(db_oit_save(db, 1, 2567, "O1", OIT_ANY_VERSION, &c, &err), DB_SAVED, "%s",
                 err.msg);
    struct oit_row r;
    cr_assert_eq(db_oit_get(db, 1, 2567, "O1", &r, &err), 0);
    cr_assert_str_eq(r.unit_name, "กองคลัง");
    cr_assert_str_eq(r.note, "บรรทัดแรก\nบรรทัดที่สอง");
    oit_row_clear(&r);
    cr_assert_eq(
        th_query_int(db, "SELECT count(*) FROM unit WHERE agency_id = 1 AND name = 'กองคลัง'"), 1);
    cr_assert_eq(db_oit_get(db, 1, 2567, "O99", &r, &err), -1);
    db_close(db);
}

Test(oit, filters_by_state_unit_evidence_and_search)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    size_t n;
    struct oit_row *rows = list(db, 2, 2566, &n);
    cr_assert_eq(n, 43);
    struct oit_filter f = OIT_FILTER_ALL;
    size_t hits = 0;
    f.state = ITA_DONE;
    for (size_t i = 0; i < n; i++)
        hits += oit_row_matches(&rows[i], &f);
    cr_assert_eq(hits, 43);
    f = OIT_FILTER_ALL;
    f.unit = "กองคลัง";
    hits = 0;
    for (size_t i = 0; i < n; i++)
        hits += oit_row_matches(&rows[i], &f);
    cr_assert_gt(hits, 0);
    cr_assert_lt(hits, 43);
    f = OIT_FILTER_ALL;
    f.no_evidence = 1;
    hits = 0;
    for (size_t i = 0; i < n; i++)
        hits += oit_row_matches(&rows[i], &f);
    cr_assert_eq(hits, 43, "no demo row has a link yet");
    f = OIT_FILTER_ALL;
    f.search = "o๑๒"; /* a code in Thai digits jumps to exactly that item */
    hits = 0;
    for (size_t i = 0; i < n; i++)
        hits += oit_row_matches(&rows[i], &f);
    cr_assert_eq(hits, 1);
    f.search = "ผู้บริหาร";
    hits = 0;
    for (size_t i = 0; i < n; i++)
        hits += oit_row_matches(&rows[i], &f);
    cr_assert_geq(hits, 1);
    f.search = "Q&a";
    hits = 0;
    for (size_t i = 0; i < n; i++)
        hits += oit_row_matches(&rows[i], &f);
    cr_assert_eq(hits, 1, "Latin search ignores case");
    oit_rows_free(rows, n);
    db_close(db);
}

Test(oit, bulk_change_is_one_transaction)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    struct db_error err = {{0}};
    const char *codes[] = {"O12", "O13", "O14"};
    struct oit_change c = {
        .fields = OIT_SET_STATE | OIT_SET_UNIT, .state = ITA_IN_PROGRESS, .unit = "สำนักปลัด"};
    cr_assert_eq(db_oit_save_many(db, 1, 2567, codes, 3, &c, &err), 3, "%s", err.msg);
    cr_assert_eq(th_query_int(db,
                              "SELECT count(*) FROM oit_status WHERE agency_id = 1 AND year = 2567"
                              " AND state = 'in-progress' AND code IN ('O12','O13','O14')"),
                 3);
    char *before = th_snapshot(db);
    const char *bad[] = {"O17", "O99"};
    cr_assert_eq(db_oit_save_many(db, 1, 2567, bad, 2, &c, &err), -1);
    char *after = th_snapshot(db);
    cr_assert_str_eq(after, before, "half a bulk change was kept");
    free(before);
    free(after);
    db_close(db);
}

Test(oit, import_of_seed001_gives_43_done_with_units)
{
    struct itadb *db = th_open_fresh(NULL, 0);
    struct db_error err = {{0}};
    struct agency a = {.name = "องค์การบริหารส่วนตำบลศรีคำ"};
    long id = db_agency_add(db, &a, &err);
    char *text;
    size_t len;
    text = th_read_file(ITADESK_TEST_DATA_DIR "/ita-acceptance-seed001-2566-oit-status.csv", &len);
    struct oit_csv csv;
    char why[512];
    cr_assert_eq(oit_csv_parse("seed001.csv", text, len, 2566, a.name, &csv, why, sizeof why), 0,
                 "%s", why);
    cr_assert_eq(csv.n, 43);
    struct oit_import_row *rows = calloc(csv.n, sizeof *rows);
    for (size_t i = 0; i < csv.n; i++) {
        rows[i].line = csv.rows[i].line;
        strcpy(rows[i].code, csv.rows[i].code);
        rows[i].change = (struct oit_change){.fields = OIT_SET_STATE | OIT_SET_UNIT | OIT_SET_NOTE,
                                             .state = csv.rows[i].state,
                                             .unit = csv.rows[i].unit,
                                             .note = csv.rows[i].note};
    }
    cr_assert_eq(db_oit_import(db, id, 2566, "seed001.csv", rows, csv.n, &err), 43, "%s", err.msg);
    size_t n;
    struct oit_row *list_rows = list(db, id, 2566, &n);
    struct oit_progress all;
    struct oit_progress g[16];
    oit_progress_by_group(list_rows, n, g, 16, &all);
    cr_assert_eq(all.done, 43);
    cr_assert_eq(all.total, 43);
    cr_assert_str_eq(list_rows[0].unit_name, "สำนักปลัด");
    oit_rows_free(list_rows, n);
    oit_csv_free(&csv);
    free(rows);
    free(text);
    db_close(db);
}

static void assert_csv_refused(const char *text, const char *expect)
{
    struct oit_csv csv;
    char why[512] = "";
    cr_assert_eq(oit_csv_parse("f.csv", text, strlen(text), 2566, "อบต.ก", &csv, why, sizeof why),
                 -1, "accepted: %s", text);
    cr_assert(strstr(why, expect), "expected '%s' in: %s", expect, why);
}

Test(oit, import_errors_name_file_line_and_field)
{
    assert_csv_refused("name,status\nO1,done\n", "f.csv:1: header:");
    assert_csv_refused("id,status\nO1,done\nX9,done\n", "f.csv:3: id:");
    assert_csv_refused("id,status\nO1,finished\n", "f.csv:2: status:");
    assert_csv_refused("id,status\nO1,done\nO1,done\n", "f.csv:3: id: O1 appears twice");
    assert_csv_refused("year,id,status\n2567,O1,done\n", "f.csv:2: year:");
    assert_csv_refused("agency,id,status\nอบต.ข,O1,done\n", "f.csv:2: agency:");
}

Test(oit, import_unknown_code_changes_nothing)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    char *before = th_snapshot(db);
    struct oit_import_row rows[2] = {
        {.line = 2, .code = "O1", .change = {.fields = OIT_SET_STATE, .state = ITA_NOT_DONE}},
        {.line = 3, .code = "O77", .change = {.fields = OIT_SET_STATE, .state = ITA_DONE}},
    };
    struct db_error err = {{0}};
    cr_assert_eq(db_oit_import(db, 2, 2566, "f.csv", rows, 2, &err), -1);
    cr_assert(strstr(err.msg, "f.csv:3: "), "%s", err.msg);
    char *after = th_snapshot(db);
    cr_assert_str_eq(after, before);
    free(before);
    free(after);
    db_close(db);
}

/* Issue 11, item 2: a note "ab\0cd" was stored as "ab". */
Test(oit, import_refuses_control_bytes_naming_the_column)
{
    struct oit_csv csv;
    char why[512] = "";
    const char text[] = "id,responsible_unit,status,progress_note\nO1,กอง,done,\"ab\0cd\"\n";
    cr_assert_eq(oit_csv_parse("f.csv", text, sizeof text - 1, 2566, NULL, &csv, why, sizeof why),
                 -1);
    cr_assert(strstr(why, "f.csv:2: progress_note: control character 0x00"), "%s", why);
    const char esc[] = "id,responsible_unit,status\nO1,กอง\x1b]0;x\x07,done\n";
    cr_assert_eq(oit_csv_parse("f.csv", esc, sizeof esc - 1, 2566, NULL, &csv, why, sizeof why),
                 -1);
    cr_assert(strstr(why, "f.csv:2: responsible_unit: control character 0x1B"), "%s", why);
}

/* Issue 11, item 10: the year column was read with atoi. */
Test(oit, import_year_column_is_a_plain_number)
{
    assert_csv_refused("year,id,status\n2566abc,O1,done\n", "f.csv:2: year:");
    assert_csv_refused("year,id,status\n0x9F6,O1,done\n", "f.csv:2: year:");
    struct oit_csv csv;
    char why[512] = "";
    const char ok[] = "year,id,status\n๒๕๖๖,O1,done\n";
    cr_assert_eq(oit_csv_parse("f.csv", ok, sizeof ok - 1, 2566, NULL, &csv, why, sizeof why), 0,
                 "%s", why);
    oit_csv_free(&csv);
}

/* Issue 11, item 9: a zero-width space made a second unit that looks the same. */
Test(oit, look_alike_unit_names_are_one_unit_and_filter_together)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    struct db_error err = {{0}};
    const char *typed[] = {"กองคลัง", "กองคลัง\u200b", " กอง\u00adคลัง\u202c ", "\u200eกองคลัง"};
    const char *codes[] = {"O1", "O2", "O3", "O4"};
    for (int i = 0; i < 4; i++) {
        struct oit_change c = {.fields = OIT_SET_UNIT, .unit = typed[i]};
        cr_assert_eq(db_oit_save(db, 1, 2567, codes[i], OIT_ANY_VERSION, &c, &err), DB_SAVED, "%s",
                     err.msg);
    }
    cr_assert_eq(
        th_query_int(db, "SELECT count(*) FROM unit WHERE agency_id = 1 AND name LIKE 'กอง%'"), 1);
    size_t n;
    struct oit_row *rows = list(db, 1, 2567, &n);
    struct oit_filter f = OIT_FILTER_ALL;
    f.unit = "กองคลัง\u200b";
    int matched = 0;
    for (size_t i = 0; i < n; i++)
        matched += oit_row_matches(&rows[i], &f);
    cr_assert_eq(matched, 4);
    oit_rows_free(rows, n);
    db_close(db);
}

/* Issue 11, item 11: the command line and imports took a 1 MB note. */
Test(oit, unit_note_and_url_limits_hold_on_every_save)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    struct db_error err = {{0}};
    char *note = malloc(3 * 4001 + 1); /* 4,001 Thai letters, 3 bytes each */
    for (int i = 0; i < 4001; i++)
        memcpy(note + 3 * i, "ก", 3);
    note[3 * 4001] = '\0';
    struct oit_change c = {.fields = OIT_SET_NOTE, .note = note};
    char *before = th_snapshot(db);
    cr_assert_eq(db_oit_save(db, 1, 2567, "O1", OIT_ANY_VERSION, &c, &err), DB_SAVE_FAILED);
    cr_assert(strstr(err.msg, "at most 4000 characters, this has 4001"), "%s", err.msg);
    struct oit_import_row row = {.line = 5, .code = "O1", .change = c};
    cr_assert_eq(db_oit_import(db, 1, 2567, "f.csv", &row, 1, &err), -1);
    cr_assert(strstr(err.msg, "f.csv:5: "), "%s", err.msg);
    note[3 * 4000] = '\0'; /* exactly 4000 characters is fine */
    char *after = th_snapshot(db);
    cr_assert_str_eq(after, before);
    cr_assert_eq(db_oit_save(db, 1, 2567, "O1", OIT_ANY_VERSION, &c, &err), DB_SAVED, "%s",
                 err.msg);
    c = (struct oit_change){.fields = OIT_SET_UNIT, .unit = note};
    cr_assert_eq(db_oit_save(db, 1, 2567, "O1", OIT_ANY_VERSION, &c, &err), DB_SAVE_FAILED);
    cr_assert(strstr(err.msg, "at most 300 characters"), "%s", err.msg);
    free(before);
    free(after);
    free(note);
    db_close(db);
}
