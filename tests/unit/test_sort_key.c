/* The stored Thai sort key (tt_collate_key, agency.sort_key): memcmp of keys must order names
 * exactly as the THAI collation does, for the seed names and for 10,000 generated ones, and
 * the database must keep the key current on insert and rename. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agency.h"
#include "db.h"
#include "db_agency.h"
#include "helper_db.h"
#include "text/tt_collate.h"

struct named {
    const char *s;
    unsigned char *key;
    size_t keylen;
};

static int by_collation(const void *a, const void *b)
{
    const char *x = ((const struct named *)a)->s, *y = ((const struct named *)b)->s;
    return tt_collate(x, (int)strlen(x), y, (int)strlen(y));
}

/* As SQLite compares BLOBs: memcmp, then the shorter first. */
static int by_key(const void *a, const void *b)
{
    const struct named *x = a, *y = b;
    size_t n = x->keylen < y->keylen ? x->keylen : y->keylen;
    int r = memcmp(x->key, y->key, n);
    if (r) return r;
    return (x->keylen > y->keylen) - (x->keylen < y->keylen);
}

/* Sorts names both ways and expects the same sequence. */
static void expect_same_order(const char **names, size_t n)
{
    struct named *a = calloc(n, sizeof *a), *b = calloc(n, sizeof *b);
    for (size_t i = 0; i < n; i++) {
        a[i].s = names[i];
        a[i].key = tt_collate_key(names[i], strlen(names[i]), &a[i].keylen);
        b[i] = a[i];
    }
    qsort(a, n, sizeof *a, by_collation);
    qsort(b, n, sizeof *b, by_key);
    size_t differ = 0, first = n;
    for (size_t i = 0; i < n; i++)
        if (strcmp(a[i].s, b[i].s) != 0 && differ++ == 0) first = i;
    cr_expect_eq(differ, 0, "%zu of %zu positions differ; first at %zu: collation '%s', key '%s'",
                 differ, n, first, first < n ? a[first].s : "", first < n ? b[first].s : "");
    for (size_t i = 0; i < n; i++)
        free(a[i].key);
    free(a);
    free(b);
}

/* The agency names of the seed documents (db/demo/agencies.csv and the names the seeds
 * print), the words of the collation tests, and odd input. */
static const char *const seed_names[] = {
    "เทศบาลตำบลคำเขื่อนแก้ว",
    "องค์การบริหารส่วนตำบลศรีคำ",
    "เทศบาลตำบลพอกน้อย",
    "องค์การบริหารส่วนตำบลสุวรรณคาม",
    "อบต.สุวรรณคาม",
    "มะนัง",
    "เชียงราย",
    "พรรณานิคม",
    "สกลนคร",
    "ไก่",
    "กา",
    "เกม",
    "ขา",
    "กก",
    "ใคร",
    "แก",
    "คน",
    "เขา",
    "กิน",
    "ก้า",
    "ก่า",
    "ก๊า",
    "a",
    "A",
    "abc",
    "ข้อ 3",
    "😀",
    "中",
    "ก่่่",
    "ก่",
    "ก",
    "e\xCC\x81",
    "é",
    "เทศบาลนครเชียงใหม่",
    "เทศบาลเมืองน่าน",
    "องค์การบริหารส่วนจังหวัดน่าน",
    "กรมบัญชีกลาง",
    "กองคลัง",
    "สำนักปลัด",
    "โรงเรียนบ้านหนองบัว",
    "ฤๅษี",
    "ฦๅ",
    "๑๒๓",
    "123",
    "เ",
    "แ",
    "",
    "ก😀",
    "😀ก",
    "กé",
    "ก中ข",
    "กข",
    "ก\xFFข",
    "\xFE",
};

Test(sort_key, orders_the_seed_names_as_the_collation)
{
    expect_same_order((const char **)seed_names, sizeof seed_names / sizeof seed_names[0]);
}

static uint64_t next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* Appends code point cp (U+0E00 block or ASCII) as UTF-8. */
static size_t put_cp(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
}

/* A name like the generator's: a kind prefix, then syllables of a leading vowel, consonants,
 * vowels above and below, tone marks, sometimes a digit or a Latin letter. Duplicates are
 * fine (the order of equal strings is the same either way). */
static char *generated_name(uint64_t *s)
{
    static const char *const prefixes[] = {
        "เทศบาลตำบล", "เทศบาลเมือง", "องค์การบริหารส่วนตำบล", "โรงเรียน", "สำนักงาน", "", "อบต.", "กรม"};
    char *out = malloc(512);
    size_t n = 0;
    const char *p = prefixes[next(s) % 8];
    memcpy(out, p, strlen(p));
    n += strlen(p);
    int syllables = 1 + (int)(next(s) % 5);
    for (int k = 0; k < syllables; k++) {
        if (next(s) % 4 == 0) n += put_cp(out + n, 0x0E40 + (uint32_t)(next(s) % 5)); /* เ-ไ */
        n += put_cp(out + n, 0x0E01 + (uint32_t)(next(s) % 46));                      /* ก-ฮ */
        switch (next(s) % 6) {
        case 0:
            n += put_cp(out + n, 0x0E31 + (uint32_t)(next(s) % 10)); /* ั ... ฺ, above/below */
            break;
        case 1:
            n += put_cp(out + n, 0x0E30 + (uint32_t)(next(s) % 6) * (next(s) % 2)); /* ะ า ำ */
            break;
        case 2:
            n += put_cp(out + n, 0x0E01 + (uint32_t)(next(s) % 46));
            break;
        default:
            break;
        }
        if (next(s) % 3 == 0) n += put_cp(out + n, 0x0E48 + (uint32_t)(next(s) % 4)); /* tones */
        if (next(s) % 40 == 0) n += put_cp(out + n, '0' + (uint32_t)(next(s) % 10));
        if (next(s) % 60 == 0) n += put_cp(out + n, 'A' + (uint32_t)(next(s) % 26));
        if (next(s) % 50 == 0) n += put_cp(out + n, 0x0E50 + (uint32_t)(next(s) % 10));
        if (next(s) % 30 == 0) out[n++] = ' ';
    }
    out[n] = 0;
    return out;
}

Test(sort_key, orders_ten_thousand_generated_names_as_the_collation)
{
    enum { N = 10000 };
    const char **names = calloc(N, sizeof *names);
    uint64_t s = 0x9E3779B97F4A7C15u;
    for (size_t i = 0; i < N; i++)
        names[i] = generated_name(&s);
    expect_same_order(names, N);
    for (size_t i = 0; i < N; i++)
        free((void *)names[i]);
    free(names);
}

/* Names in sort_key order equal names in COLLATE THAI order. */
static void expect_db_orders_alike(struct itadb *db)
{
    sqlite3_stmt *a, *b;
    cr_assert_eq(sqlite3_prepare_v2(db->sql, "SELECT name FROM agency ORDER BY name COLLATE THAI",
                                    -1, &a, NULL),
                 SQLITE_OK);
    cr_assert_eq(
        sqlite3_prepare_v2(db->sql, "SELECT name FROM agency ORDER BY sort_key, id", -1, &b, NULL),
        SQLITE_OK);
    int rows = 0;
    while (sqlite3_step(a) == SQLITE_ROW) {
        cr_assert_eq(sqlite3_step(b), SQLITE_ROW);
        cr_expect_str_eq((const char *)sqlite3_column_text(b, 0),
                         (const char *)sqlite3_column_text(a, 0), "row %d", rows);
        rows++;
    }
    cr_expect_eq(sqlite3_step(b), SQLITE_DONE);
    cr_expect_gt(rows, 3);
    sqlite3_finalize(a);
    sqlite3_finalize(b);
}

Test(sort_key, is_stored_on_insert_and_kept_current_after_a_rename_elsewhere)
{
    char *path;
    struct itadb *db = th_open_fresh(&path, 1);
    struct db_error err;
    for (size_t i = 9; i < 20; i++) {
        struct agency a = {.name = (char *)seed_names[i]};
        cr_assert_geq(db_agency_add(db, &a, &err), 0, "%s", err.msg);
    }
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM agency WHERE sort_key IS NULL"), 0);
    expect_db_orders_alike(db);
    /* A rename by another program: the stock sqlite3 shell, which has no thai_sort_key. */
    sqlite3 *shell;
    cr_assert_eq(sqlite3_open(path, &shell), SQLITE_OK);
    cr_assert_eq(
        sqlite3_exec(shell, "UPDATE agency SET name = 'ฮา' WHERE name = 'กก'", NULL, NULL, NULL),
        SQLITE_OK, "%s", sqlite3_errmsg(shell));
    sqlite3_close(shell);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM agency WHERE sort_key IS NULL"), 1);
    /* ... and one that sets the key with the name keeps it. */
    th_exec_write(db, "UPDATE agency SET name = 'ขก', sort_key = thai_sort_key('ขก')"
                      " WHERE name = 'กา'");
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM agency WHERE sort_key IS NULL"), 1);
    db_close(db);
    db = th_open_as(path, "tester", NULL);
    cr_assert_not_null(db, "%s", err.msg);
    cr_expect_eq(th_query_int(db, "SELECT count(*) FROM agency WHERE sort_key IS NULL"), 0,
                 "opening for writing fills the missing key");
    expect_db_orders_alike(db);
    db_close(db);
    free(path);
}
