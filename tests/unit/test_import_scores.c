/* `import scores`: all or nothing, with FILE:LINE: field: reason for every bad row. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "db_scores.h"
#include "helper_db.h"
#include "score_csv.h"
#include "textfile.h"

/* Imports text (given in `encoding`) for agency 1, 2567; returns the rows stored or
 * -1 with the message in msg. */
static long import_text(struct itadb *db, const char *text, size_t len, const char *encoding,
                        char *msg, size_t msgsz)
{
    char *path = th_write_file("scores.csv", text, len);
    char *utf8 = NULL;
    size_t n;
    struct score_rows rows = {0};
    long stored = -1;
    struct db_error err = {{0}};
    if (textfile_read_utf8(path, encoding, 0, &utf8, &n, msg, msgsz) == 0 &&
        score_csv_parse(path, utf8, n, &rows, msg, msgsz) == 0) {
        stored = db_scores_import(db, 1, 2567, path, &rows, &err);
        if (stored < 0) snprintf(msg, msgsz, "%s", err.msg);
    }
    score_rows_free(&rows);
    free(utf8);
    free(path);
    return stored;
}

/* Imports a bad file and checks the message and that nothing at all changed. */
static void assert_refused(const char *text, size_t len, const char *encoding, const char *where,
                           const char *why)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    char *before = th_snapshot(db);
    char msg[1024] = "";
    cr_assert_eq(import_text(db, text, len, encoding, msg, sizeof msg), -1, "accepted: %s", text);
    cr_assert(strstr(msg, where), "expected '%s' in: %s", where, msg);
    cr_assert(strstr(msg, why), "expected '%s' in: %s", why, msg);
    char *after = th_snapshot(db);
    cr_assert_str_eq(after, before, "the database changed");
    free(before);
    free(after);
    db_close(db);
}

#define REFUSED(text, where, why) assert_refused(text, sizeof text - 1, "utf-8", where, why)

Test(import_scores, unknown_item_is_refused_with_its_line)
{
    REFUSED("item,score\n1,99\nO99,100\n", "scores.csv:3: item:", "not in the 2567 catalog");
    REFUSED("item,score\n11,50\n", "scores.csv:2: item:", "not in the 2567 catalog");
    REFUSED("item,score\ne1,50\n", "scores.csv:2: item:", "not in the 2567 catalog");
    REFUSED("item,score\nfoo,50\n", "scores.csv:2: item:", "not an indicator number");
}

Test(import_scores, score_outside_0_to_100_is_refused)
{
    REFUSED("item,score\n1,99\n2,100.5\n", "scores.csv:3: score:", "outside 0");
    REFUSED("item,score\n1,-1\n", "scores.csv:2: score:", "outside 0");
    REFUSED("item,score\nO12,70\n", "scores.csv:2: score:", "0, 50 or 100");
}

Test(import_scores, score_that_is_not_a_number_is_refused)
{
    REFUSED("item,score\n1,ดี\n", "scores.csv:2: score:", "not a number");
    REFUSED("item,score\n1,\n", "scores.csv:2: score:", "not a number");
    REFUSED("item,score\n1,9O\n", "scores.csv:2: score:", "not a number");
}

Test(import_scores, duplicate_item_is_refused_naming_both_lines)
{
    REFUSED("item,score\n1,99\n2,98\n๑,97\n", "scores.csv:4: item:", "first on line 2");
    /* an indicator given twice by its name: the message names it (it said "item:  appears") */
    REFUSED("item,score\nการใช้งบประมาณ,84.2\nการใช้งบประมาณ,80\n",
            "scores.csv:3: item: การใช้งบประมาณ appears twice", "first on line 2");
}

Test(import_scores, missing_header_is_refused)
{
    REFUSED("1,99\n2,98\n", "scores.csv:1: header:", "item,score");
    REFUSED("", "scores.csv:1: header:", "item,score");
}

Test(import_scores, wrong_encoding_is_refused_with_its_line)
{
    /* "ดี" in CP874 bytes, read as UTF-8. */
    const char cp874[] = "item,score\n1,99\n2,\xB4\xD5\n";
    assert_refused(cp874, sizeof cp874 - 1, "utf-8", "scores.csv:3: encoding:", "not valid");
}

Test(import_scores, broken_quoting_and_extra_cells_are_refused)
{
    REFUSED("item,score\n1,\"99\n", "scores.csv:2: score:", "unterminated");
    REFUSED("item,score\n1,99,extra\n", "scores.csv:2: row:", "expected 2 cells");
}

Test(import_scores, good_file_with_thai_digits_stores_and_audits)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    const char text[] = "\xEF\xBB\xBFitem,score\r\n๗,๙๖.๐๐\r\ni5,\"90.5\"\r\no12,100\r\n";
    char msg[512] = "";
    cr_assert_eq(import_text(db, text, sizeof text - 1, "utf-8", msg, sizeof msg), 3, "%s", msg);
    cr_assert_eq(th_query_int(db,
                              "SELECT score * 100 FROM indicator_score WHERE indicator_no = 7"
                              " AND assessment_id = (SELECT id FROM assessment WHERE agency_id = 1"
                              " AND year = 2567)"),
                 9600);
    cr_assert_eq(th_query_int(db, "SELECT score * 10 FROM question_score WHERE code = 'i5'"
                                  " AND issue_no = 0"),
                 905);
    cr_assert_eq(th_query_int(db, "SELECT score FROM oit_status WHERE agency_id = 1 AND year = 2567"
                                  " AND code = 'O12'"),
                 100);
    cr_assert_eq(th_query_int(db, "SELECT count(*) FROM audit WHERE login = 'tester'"
                                  " AND key = '1/2567/O12' AND old = '0' AND new = '100'"),
                 1);
    db_close(db);
}

Test(import_scores, cp874_file_imports_when_declared)
{
    struct itadb *db = th_open_fresh(NULL, 1);
    /* Thai digits ๘๘ in CP874 are F8 F8. */
    const char text[] = "item,score\n8,\xF8\xF8\n";
    char msg[512] = "";
    cr_assert_eq(import_text(db, text, sizeof text - 1, "cp874", msg, sizeof msg), 1, "%s", msg);
    cr_assert_eq(th_query_int(db, "SELECT score FROM indicator_score WHERE indicator_no = 8"
                                  " AND assessment_id = 1"),
                 88);
    db_close(db);
}

/* Issue 11, item 2: "9\0" + "0" was stored as 9.0 and reported as success. */
Test(import_scores, nul_and_other_control_bytes_are_refused_with_line_and_field)
{
    REFUSED("item,score\n1,9\0000\n", "scores.csv:2: score:", "control character 0x00");
    REFUSED("item,score\n1,99\n2\x1b[2J,98\n", "scores.csv:3: item:", "control character 0x1B");
    REFUSED("item,score\n1,\"9\n\x01\"\n", "scores.csv:3: score:", "control character 0x01");
}

/* Issue 11, item 10: strtod took all of these. */
Test(import_scores, only_plain_decimals_are_scores)
{
    REFUSED("item,score\n1,0x10\n", "scores.csv:2: score:", "not a number");
    REFUSED("item,score\n1,1e1\n", "scores.csv:2: score:", "not a number");
    REFUSED("item,score\n1,1e-400\n", "scores.csv:2: score:", "not a number");
    REFUSED("item,score\n1,infinity\n", "scores.csv:2: score:", "not a number");
    REFUSED("item,score\n1,+50\n", "scores.csv:2: score:", "not a number");
}

/* Issue 11, item 8: a device, a pipe or a folder is refused before anything is read (the
 * FIFO has no writer: reading it would wait for ever), and so is a file over the limit. */
Test(import_scores, non_regular_and_oversized_files_are_refused_at_once, .timeout = 20)
{
    char msg[512];
    char *text = NULL;
    size_t n = 0;
    const char *devices[] = {"/dev/zero", "/dev/null", "/tmp"};
    for (size_t i = 0; i < 3; i++) {
        cr_assert_eq(textfile_read_utf8(devices[i], NULL, 0, &text, &n, msg, sizeof msg), -1,
                     "read %s", devices[i]);
        cr_assert(strstr(msg, "not a regular file"), "%s", msg);
    }
    char *fifo = th_temp_path("pipe.csv");
    cr_assert_eq(mkfifo(fifo, 0600), 0);
    cr_assert_eq(textfile_read_utf8(fifo, NULL, 0, &text, &n, msg, sizeof msg), -1);
    cr_assert(strstr(msg, "not a regular file"), "%s", msg);
    free(fifo);

    char *big = malloc(3 * 1024 * 1024);
    memset(big, '1', 3 * 1024 * 1024);
    memcpy(big, "item,score\n", 11);
    char *path = th_write_file("big.csv", big, 3 * 1024 * 1024);
    cr_assert_eq(textfile_read_utf8(path, NULL, 2 * 1024 * 1024, &text, &n, msg, sizeof msg), -1);
    cr_assert(strstr(msg, "big.csv: file: larger than the limit of 2 MB"), "%s", msg);
    cr_assert_eq(textfile_read_utf8(path, NULL, 4 * 1024 * 1024, &text, &n, msg, sizeof msg), 0,
                 "%s", msg);
    cr_assert_eq(n, 3 * 1024 * 1024);
    free(text);
    free(path);
    free(big);
}

/* Issue 11, item 8: 100,000 rows with a repeat at the end; the repeat is found (one pass,
 * no row compared with every other). How fast is bench/bench_import's business. */
Test(import_scores, a_repeat_after_many_rows_is_found_naming_both_lines)
{
    size_t cap = 100002 * 16, len = 0;
    char *text = malloc(cap);
    len += (size_t)snprintf(text + len, cap - len, "item,score\n");
    for (int i = 1; i <= 100000; i++)
        len += (size_t)snprintf(text + len, cap - len, "i%d,50\n", i);
    len += (size_t)snprintf(text + len, cap - len, "i7,60\n");
    struct score_rows rows = {0};
    char msg[512] = "";
    cr_assert_eq(score_csv_parse("big.csv", text, len, &rows, msg, sizeof msg), -1);
    cr_assert(strstr(msg, "big.csv:100002: item: i7 appears twice (first on line 8)"), "%s", msg);
    free(text);
}
