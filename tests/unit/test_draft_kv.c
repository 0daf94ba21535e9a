/* The draft body format: Thai text, newlines and backslashes survive a round trip. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "draft_kv.h"

Test(draft_kv, round_trip)
{
    const char *keys[] = {"title", "steps", "budget", "empty"};
    const char *values[] = {"จัดทำรายงาน=ผล", "๑.หนึ่ง\n๒.สอง\r\nC:\\dir\\n", "-", NULL};
    char *body = draft_kv_encode(keys, values, 4);
    cr_assert_not_null(body);
    cr_expect_eq(strncmp(body, DRAFT_KV_HEADER "\n", strlen(DRAFT_KV_HEADER) + 1), 0);
    cr_expect_eq(strchr(body + strlen(DRAFT_KV_HEADER) + 1, '\r'), NULL);
    struct draft_kv *v;
    size_t n;
    cr_assert_eq(draft_kv_decode(body, &v, &n), 0);
    cr_expect_eq(n, 4);
    for (int i = 0; i < 4; i++)
        cr_expect_str_eq(draft_kv_find(v, n, keys[i]), values[i] ? values[i] : "");
    cr_expect_null(draft_kv_find(v, n, "outcome"));
    draft_kv_free(v, n);
    free(body);
}

Test(draft_kv, refuses_a_foreign_body)
{
    struct draft_kv *v;
    size_t n;
    cr_expect_eq(draft_kv_decode("title=x\n", &v, &n), -1);
    cr_expect_eq(draft_kv_decode(NULL, &v, &n), -1);
    cr_expect_eq(draft_kv_decode(DRAFT_KV_HEADER "\n", &v, &n), 0);
    cr_expect_eq(n, 0);
    draft_kv_free(v, n);
}
