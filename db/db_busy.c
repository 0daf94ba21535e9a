#include "db_busy.h"

#include <sqlite3.h>
#include <time.h>
#include <unistd.h>

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_us(long us)
{
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000L};
    nanosleep(&ts, NULL);
}

/* xorshift32: a private sequence per connection, seeded from the pid and the clock, so
 * that processes started together do not sleep in step. */
static unsigned next_random(unsigned *state)
{
    unsigned x = *state ? *state : 2463534242u;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x;
}

/* sqlite3_busy_handler callback: nonzero to try again, 0 to give up (SQLITE_BUSY). */
static int on_busy(void *arg, int count)
{
    struct itadb *db = arg;
    long now = now_ms();
    if (count == 0) {
        db->busy_start_ms = now;
        db->busy_notified = 0;
    }
    long waited = now - db->busy_start_ms;
    if (waited >= db->wait_ms) return 0;
    if (!db->busy_notified && waited >= DB_BUSY_NOTICE_MS && db->busy_hook) {
        db->busy_notified = 1;
        db->busy_hook->waiting(db->busy_hook->ctx, (int)waited);
    }
    /* 1 to 4 ms at first; the longer a connection has waited, the shorter its sleeps (down
     * to 0.1 to 0.4 ms after 100 ms), so the oldest waiter is the likeliest to see the lock
     * free first: close to first come, first served, without a queue a kill -9 could
     * block. */
    long span = waited >= 100 ? 300 : 3000 - waited * 27;
    long us = span / 3 + (long)(next_random(&db->busy_random) % (unsigned long)span);
    long left_us = (db->wait_ms - waited) * 1000L;
    sleep_us(us < left_us ? us : left_us);
    return 1;
}

void db_busy_start(struct itadb *db)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    db->busy_random = (unsigned)getpid() * 2654435761u ^ (unsigned)ts.tv_nsec;
    if (db->wait_ms <= 0) db->wait_ms = DB_BUSY_TIMEOUT_MS;
    sqlite3_busy_handler(db->sql, on_busy, db);
}

void db_set_wait(struct itadb *db, int ms)
{
    db->wait_ms = ms > 0 ? ms : 0;
}

int db_wait(const struct itadb *db)
{
    return db->wait_ms;
}

void db_busy_hook_install(struct itadb *db, struct db_busy_hook *hook)
{
    db->busy_hook = hook && hook->waiting ? hook : NULL;
}

void db_busy_hook_remove(struct itadb *db)
{
    db->busy_hook = NULL;
}
