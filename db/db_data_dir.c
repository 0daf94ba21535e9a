#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "db_data.h"

static int has_catalogs(const char *dir)
{
    char path[4096];
    int n = snprintf(path, sizeof path, "%s/catalogs/frameworks.csv", dir);
    return n > 0 && (size_t)n < sizeof path && access(path, R_OK) == 0;
}

const char *db_data_dir(void)
{
    const char *env = getenv("ITADESK_DATA_DIR");
    if (env && *env) return env;
    if (has_catalogs(ITADESK_DATA_INSTALL_DIR)) return ITADESK_DATA_INSTALL_DIR;
    return ITADESK_DATA_SOURCE_DIR;
}
