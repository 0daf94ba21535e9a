/* The CSV reader and writer (RFC 4180). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "text/tt_sanitize.h"

static enum csv_status next(struct csv_reader *r, struct csv_record *rec)
{
    char err[128];
    return csv_next(r, rec, err, sizeof err);
}

Test(csv, quoted_cells_keep_commas_quotes_and_line_breaks_and_lines_are_counted)
{
    const char text[] =
        "\xEF\xBB\xBFid,note\r\nO1,\"ดำเนินการ, แล้ว\"\r\nO2,\"บรรทัด ๑\nบรรทัด \"\"๒\"\"\"\r\nO3,\r\n";
    struct csv_reader r;
    struct csv_record rec = {0};
    csv_reader_init(&r, text, sizeof text - 1);
    cr_assert_eq(next(&r, &rec), CSV_RECORD);
    cr_assert_str_eq(rec.fields[0], "id"); /* BOM skipped */
    cr_assert_eq(next(&r, &rec), CSV_RECORD);
    cr_assert_eq(rec.line, 2);
    cr_assert_str_eq(rec.fields[1], "ดำเนินการ, แล้ว");
    cr_assert_eq(next(&r, &rec), CSV_RECORD);
    cr_assert_eq(rec.line, 3);
    cr_assert_str_eq(rec.fields[1], "บรรทัด ๑\nบรรทัด \"๒\"");
    cr_assert_eq(next(&r, &rec), CSV_RECORD);
    cr_assert_eq(rec.line, 5, "a record after a multi-line cell starts on its own line");
    cr_assert_eq(rec.n, 2);
    cr_assert_str_eq(rec.fields[1], "");
    cr_assert_eq(next(&r, &rec), CSV_END);
    csv_record_free(&rec);
}

Test(csv, broken_quoting_is_an_error)
{
    const char *bad[] = {"a,\"b\n", "a,b\"c\n", "a,\"b\"c\n"};
    for (size_t i = 0; i < 3; i++) {
        struct csv_reader r;
        struct csv_record rec = {0};
        char err[128] = "";
        csv_reader_init(&r, bad[i], strlen(bad[i]));
        cr_assert_eq(csv_next(&r, &rec, err, sizeof err), CSV_ERROR, "accepted %s", bad[i]);
        cr_assert_neq(err[0], '\0');
        csv_record_free(&rec);
    }
}

Test(csv, last_line_without_newline_is_read)
{
    struct csv_reader r;
    struct csv_record rec = {0};
    csv_reader_init(&r, "a,b\n1,2", 7);
    cr_assert_eq(next(&r, &rec), CSV_RECORD);
    cr_assert_eq(next(&r, &rec), CSV_RECORD);
    cr_assert_str_eq(rec.fields[1], "2");
    cr_assert_eq(next(&r, &rec), CSV_END);
    csv_record_free(&rec);
}

Test(csv, writer_quotes_and_defuses_formulas)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    const char *cells[] = {"=HYPERLINK(\"x\")", "- จัดทำมาตรการ", "ผ่าน, ดี", "90.49", "@SUM", "+1"};
    csv_write_row(f, cells, 6, CSV_WRITE_SAFE);
    fclose(f);
    cr_assert_str_eq(
        buf,
        "\"'=HYPERLINK(\"\"x\"\")\",\"'- จัดทำมาตรการ\",\"ผ่าน, ดี\",90.49,\"'@SUM\",\"'+1\"\r\n");
    free(buf);
}

Test(csv, writer_round_trips_through_the_reader)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    const char *cells[] = {"line 1\nline \"2\"", "", "ไทย,comma"};
    csv_write_row(f, cells, 3, CSV_WRITE_PLAIN);
    fclose(f);
    struct csv_reader r;
    struct csv_record rec = {0};
    csv_reader_init(&r, buf, len);
    cr_assert_eq(next(&r, &rec), CSV_RECORD);
    cr_assert_eq(rec.n, 3);
    for (int i = 0; i < 3; i++)
        cr_assert_str_eq(rec.fields[i], cells[i]);
    csv_record_free(&rec);
    free(buf);
}

/* Issue 11, item 2: a NUL would cut "9\0" + "0" to 9 in C strings; every C0 control but
 * TAB, CR and LF (and DEL) is an error naming the line and cell, quoted or not. */
Test(csv, control_bytes_in_a_cell_are_errors_with_line_and_cell)
{
    static const struct {
        const char *text;
        size_t len;
        long line;
        int col;
    } bad[] = {
        {"item,score\n1,9\0000\n", 16, 2, 1},
        {"a,b\nx,\"ab\0cd\"\n", 15, 2, 1},
        {"a,b\nx,\"l1\nl2\x1b]52;c;aGk=\x07\"\n", 30, 3, 1},
        {"a,b\n\x07x,y\n", 9, 2, 0},
        {"a,b\nx,y\x7f\n", 9, 2, 1},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct csv_reader r;
        struct csv_record rec = {0};
        char err[128] = "";
        csv_reader_init(&r, bad[i].text, bad[i].len);
        enum csv_status st;
        while ((st = csv_next(&r, &rec, err, sizeof err)) == CSV_RECORD)
            ;
        cr_assert_eq(st, CSV_ERROR, "case %zu accepted", i);
        cr_assert(strstr(err, "control character"), "case %zu: %s", i, err);
        cr_assert_eq(rec.error_line, bad[i].line, "case %zu: line %ld", i, rec.error_line);
        cr_assert_eq(rec.error_col, bad[i].col, "case %zu: cell %d", i, rec.error_col);
        csv_record_free(&rec);
    }
    /* TAB, CR and LF are text. */
    struct csv_reader r;
    struct csv_record rec = {0};
    csv_reader_init(&r, "a,\"x\ty\r\nz\"\n", 12);
    cr_assert_eq(next(&r, &rec), CSV_RECORD);
    cr_assert_str_eq(rec.fields[1], "x\ty\r\nz");
    csv_record_free(&rec);
}

/* Issue 11, item 3: CSV for a terminal or spreadsheet carries no escape sequence, and a
 * formula behind blanks is defused too. */
Test(csv, safe_writer_sanitises_and_defuses_formulas_behind_blanks)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    const char *cells[] = {" =1+1",
                           "\t@SUM(A1)",
                           "\xc2\xa0-2",
                           "x\x1b]52;c;aGk=\x07y",
                           "\xc2\x9b"
                           "2J\xe2\x80\xae",
                           "\x1b[2J",
                           "บรรทัด ๑\nบรรทัด ๒"};
    csv_write_row(f, cells, 7, CSV_WRITE_SAFE);
    fclose(f);
    cr_assert_str_eq(buf, "\"' =1+1\",\"' @SUM(A1)\",\"'\xc2\xa0-2\",x\xe2\x90\x9by,"
                          "\xe2\x90\x9b\xef\xbf\xbd,\xe2\x90\x9b,\"บรรทัด ๑\nบรรทัด ๒\"\r\n");
    free(buf);
}

/* A catalog export is read back by import: ordinary text (a tab, a formula, a mark at the
 * start) is written exactly, and only a cell that would drive a terminal is sanitised. */
Test(csv, clean_writer_keeps_ordinary_text_and_sanitises_escapes)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    const char *cells[] = {"=1+1", "a\tb",        "\xe0\xb8\xb1x", "x\x1b]0;pwn\x07y",
                           "\x9b", "\xe2\x80\xae"};
    csv_write_row(f, cells, 6, CSV_WRITE_CLEAN);
    fclose(f);
    cr_assert_str_eq(buf, "=1+1,a\tb,\xe0\xb8\xb1x,x\xe2\x90\x9by,\xef\xbf\xbd,\xef\xbf\xbd\r\n");
    free(buf);
    cr_expect(tt_is_inert("กองคลัง\t=1\r\n"));
    cr_expect(!tt_is_inert("\x7f"));
    cr_expect(!tt_is_inert("\xc2\x85"));
    cr_expect(!tt_is_inert("\xe2\x81\xa6"));
}
