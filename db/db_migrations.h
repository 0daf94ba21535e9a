/* The numbered schema migrations, embedded at build time from db/schema/. */
#ifndef ITADESK_DB_MIGRATIONS_H
#define ITADESK_DB_MIGRATIONS_H

struct db_migration {
    int number;
    const char *name;
    const char *sql;
};

extern const struct db_migration db_migrations[];
extern const int db_migration_count;

#endif
