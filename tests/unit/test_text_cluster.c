/* Clusters: base + zero-width marks + optional SARA AM, never split. */
#include <criterion/criterion.h>
#include <string.h>

#include "text/tt_cluster.h"
#include "text/tt_utf8.h"

/* Splits s into clusters joined by '|' in out. */
static void split(const char *s, char *out)
{
    size_t len = strlen(s), o = 0;
    for (size_t pos = 0; pos < len;) {
        size_t next = tt_cluster_next(s, len, pos);
        if (pos) out[o++] = '|';
        memcpy(out + o, s + pos, next - pos);
        o += next - pos;
        pos = next;
    }
    out[o] = '\0';
}

#define EXPECT_SPLIT(in, want)                                                                     \
    do {                                                                                           \
        char got[256];                                                                             \
        split(in, got);                                                                            \
        cr_expect_str_eq(got, want);                                                               \
    } while (0)

Test(cluster, thai_words)
{
    EXPECT_SPLIT("น้ำ", "น้ำ");
    EXPECT_SPLIT("ผู้ใหญ่", "ผู้|ใ|ห|ญ่");
    EXPECT_SPLIT("เกี๊ยว", "เ|กี๊|ย|ว");
    EXPECT_SPLIT("กำลัง", "กำ|ลั|ง");
}

Test(cluster, latin_mixed_and_empty)
{
    EXPECT_SPLIT("ab", "a|b");
    EXPECT_SPLIT("e\xCC\x81x", "e\xCC\x81|x"); /* e + combining acute */
    EXPECT_SPLIT("ITA ข้อ", "I|T|A| |ข้|อ");
    EXPECT_SPLIT("", "");
    cr_expect_eq(tt_cluster_next("", 0, 0), 0);
    cr_expect_eq(tt_cluster_prev("", 0, 0), 0);
}

Test(cluster, stacked_and_orphan_marks)
{
    EXPECT_SPLIT("ก่่่ข", "ก่่่|ข");
    EXPECT_SPLIT("\xE0\xB9\x88\xE0\xB9\x88ก", "\xE0\xB9\x88\xE0\xB9\x88|ก"); /* orphans at start */
    EXPECT_SPLIT("\n\xE0\xB8\xB4", "\n|\xE0\xB8\xB4"); /* a control takes no marks */
    EXPECT_SPLIT("\xE0\xB8\xB3", "\xE0\xB8\xB3");      /* lone SARA AM */
}

Test(cluster, invalid_bytes_are_clusters_of_their_own)
{
    EXPECT_SPLIT("a\xFF\xE0\xB8", "a|\xFF|\xE0|\xB8");
    EXPECT_SPLIT("\xFF\xE0\xB9\x88", "\xFF\xE0\xB9\x88"); /* U+FFFD is a base */
}

Test(cluster, prev_mirrors_next_everywhere)
{
    const char *samples[] = {"ผู้ใหญ่บ้านกำลังทำน้ำ", "\xE0\xB9\x88\xE0\xB9\x88ก\x01\xE0\xB8\xB4x",
                             "a\xFF\xCC\x81ก่่่", "\xE0\xB8\xB3\xE0\xB8\xB3"};
    for (size_t k = 0; k < sizeof samples / sizeof samples[0]; k++) {
        const char *s = samples[k];
        size_t len = strlen(s);
        for (size_t pos = 0; pos < len;) {
            size_t next = tt_cluster_next(s, len, pos);
            cr_expect_eq(tt_cluster_prev(s, len, next), pos, "sample %zu at %zu", k, next);
            uint32_t cp;
            size_t in = pos + tt_utf8_decode(s + pos, len - pos, &cp);
            for (; in < next; in += tt_utf8_decode(s + in, len - in, &cp)) {
                cr_expect_eq(tt_cluster_prev(s, len, in), pos); /* inside: its own start */
                cr_expect_not(tt_cluster_is_boundary(s, len, in));
            }
            cr_expect(tt_cluster_is_boundary(s, len, pos));
            pos = next;
        }
    }
}

Test(cluster, widths_and_counts)
{
    const char *s = "น้ำกับ";
    size_t len = strlen(s), e = tt_cluster_next(s, len, 0);
    cr_expect_eq(tt_cluster_width(s, 0, e), 2); /* น้ำ is one cluster of 2 columns */
    cr_expect_eq(tt_cluster_count(s, len), 3);
    cr_expect_eq(tt_cluster_width("\xE0\xB8\xB4", 0, 3), 1); /* orphan mark on ◌ */
    cr_expect(tt_cp_is_extender(0x0E33));
    cr_expect(tt_cp_is_extender(0x0E48));
    cr_expect_not(tt_cp_is_extender(0x0E01));
    cr_expect_not(tt_cp_is_extender(0x202E));
}
