#include "db_busy.h"

#include <sqlite3.h>
#include <time.h>

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* SQLite's own back-off (sqliteDefaultBusyCallback): short sleeps first, then 100 ms. */
static int delay_for(int count)
{
    static const int delays[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};
    int n = (int)(sizeof delays / sizeof delays[0]);
    return count < n ? delays[count] : 100;
}

/* sqlite3_busy_handler callback: nonzero to try again, 0 to give up (SQLITE_BUSY). */
static int on_busy(void *arg, int count)
{
    struct db_busy_hook *h = arg;
    long now = now_ms();
    if (count == 0) {
        h->start_ms = now;
        h->notified = 0;
    }
    long waited = now - h->start_ms;
    if (waited >= DB_BUSY_TIMEOUT_MS) return 0;
    if (!h->notified && waited >= DB_BUSY_NOTICE_MS) {
        h->notified = 1;
        if (h->waiting) h->waiting(h->ctx, (int)waited);
    }
    int d = delay_for(count);
    if (waited + d > DB_BUSY_TIMEOUT_MS) d = (int)(DB_BUSY_TIMEOUT_MS - waited);
    sleep_ms(d);
    return 1;
}

void db_busy_hook_install(struct itadb *db, struct db_busy_hook *hook)
{
    hook->start_ms = 0;
    hook->notified = 0;
    sqlite3_busy_handler(db->sql, on_busy, hook);
}

void db_busy_hook_remove(struct itadb *db)
{
    sqlite3_busy_timeout(db->sql, DB_BUSY_TIMEOUT_MS);
}
