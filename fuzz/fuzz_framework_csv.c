/* framework import's parser (fw_parse_csv) on any bytes: it never crashes or leaks, refuses
 * with "FILE:LINE: field: reason" and an empty catalog, and what it accepts is a valid
 * catalog (fw_validate) that export writes back and import reads again to the same file. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdint.h>
#include <stdio.h>

#include "framework.h"
#include "fuzz_check.h"

static char *export_text(const struct fw_catalog *c, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    CHECK(f != NULL);
    fw_write_csv(f, c);
    fclose(f);
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fw_catalog c = {0}, again = {0};
    char err[1024] = "";
    if (fw_parse_csv("f.csv", (const char *)data, size, 2570, &c, err, sizeof err) != 0) {
        CHECK(strncmp(err, "f.csv", 5) == 0);
        CHECK(c.n_items == 0 && c.n_inds == 0 && c.n_bands == 0 && c.n_questions == 0);
        fw_catalog_free(&c);
        return 0;
    }
    CHECK(fw_validate(&c, err, sizeof err) == 0);
    size_t len, len2;
    char *out = export_text(&c, &len);
    CHECK(fw_parse_csv("g.csv", out, len, 2570, &again, err, sizeof err) == 0);
    char *out2 = export_text(&again, &len2);
    CHECK(len == len2 && memcmp(out, out2, len) == 0);
    free(out);
    free(out2);
    fw_catalog_free(&c);
    fw_catalog_free(&again);
    return 0;
}
