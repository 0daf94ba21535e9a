#include "db_collate.h"

#include <sqlite3.h>

#include "i18n.h"
#include "text/tt.h"

static int thai_compare(void *ctx, int alen, const void *a, int blen, const void *b)
{
    (void)ctx;
    return tt_collate(a, alen, b, blen);
}

int db_collate_register(struct itadb *db, struct db_error *err)
{
    if (sqlite3_create_collation_v2(db->sql, "THAI", SQLITE_UTF8, NULL, thai_compare, NULL) ==
        SQLITE_OK)
        return 0;
    db_error_set(err, db, _("setting up Thai sorting"));
    return -1;
}
