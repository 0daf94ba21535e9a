/* The CSV reader and writer (RFC 4180). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

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
