/* Atomic replacement of the small state files (last agency and year, print choices). */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fileio.h"

static char dir[] = "/tmp/itadesk-fileio-XXXXXX";

static void setup(void)
{
    cr_assert_not_null(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_expect_eq(system(cmd), 0);
}

static char *read_text(const char *path)
{
    char *buf;
    size_t len;
    cr_assert_eq(file_read_all(path, &buf, &len), 0, "%s", path);
    return buf;
}

static size_t entries(const char *path)
{
    DIR *d = opendir(path);
    size_t n = 0;
    for (struct dirent *e; d && (e = readdir(d)) != NULL;)
        n += e->d_name[0] != '.';
    if (d) closedir(d);
    return n;
}

Test(fileio, write_atomic_makes_folders_replaces_and_leaves_no_temporary, .init = setup,
     .fini = teardown)
{
    char path[256], sub[200];
    snprintf(sub, sizeof sub, "%s/a/b", dir);
    snprintf(path, sizeof path, "%s/state", sub);
    cr_assert_eq(file_write_atomic(path, "agency = 1\n"), 0);
    char *t = read_text(path);
    cr_assert_str_eq(t, "agency = 1\n");
    free(t);
    cr_assert_eq(file_write_atomic(path, "agency = 2\nyear = 2568\n"), 0);
    t = read_text(path);
    cr_assert_str_eq(t, "agency = 2\nyear = 2568\n");
    free(t);
    cr_assert_eq(entries(sub), 1, "only the file itself, no temporary left");
    /* A folder where the file should be: refused, the folder kept, no temporary left. */
    char parent[200];
    snprintf(parent, sizeof parent, "%s/a", dir);
    cr_assert_eq(file_write_atomic(sub, "x"), -1);
    cr_assert_eq(entries(sub), 1);
    cr_assert_eq(entries(parent), 1);
}
