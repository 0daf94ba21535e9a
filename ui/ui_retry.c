#include "ui_retry.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db_busy.h"
#include "ui_app.h"

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void drop(struct ui_retries *q, int i)
{
    free(q->r[i].ctx);
    memmove(&q->r[i], &q->r[i + 1], (size_t)(q->n - i - 1) * sizeof q->r[0]);
    q->n--;
}

int ui_retry_add(struct ui_app *app, const char *key,
                 enum ui_retry_result (*run)(struct ui_app *, void *),
                 void (*give_up)(struct ui_app *, void *), void *ctx)
{
    struct ui_retries *q = &app->retries;
    long deadline = now_ms() + q->limit_ms;
    for (int i = 0; i < q->n; i++)
        if (strcmp(q->r[i].key, key) == 0) {
            deadline = q->r[i].deadline_ms;
            drop(q, i);
            break;
        }
    if (q->n == UI_RETRY_MAX) {
        free(ctx);
        return -1;
    }
    struct ui_retry *r = &q->r[q->n++];
    *r = (struct ui_retry){.run = run, .give_up = give_up, .ctx = ctx, .deadline_ms = deadline};
    strncpy(r->key, key, sizeof r->key - 1);
    q->next_ms = now_ms() + UI_RETRY_EVERY_MS;
    return 0;
}

void *ui_retry_find(struct ui_app *app, const char *key)
{
    for (int i = 0; i < app->retries.n; i++)
        if (strcmp(app->retries.r[i].key, key) == 0) return app->retries.r[i].ctx;
    return NULL;
}

int ui_retry_run(struct ui_app *app, int now)
{
    struct ui_retries *q = &app->retries;
    long t = now_ms();
    if (!q->n || (!now && t < q->next_ms)) return UI_NONE;
    int flags = UI_NONE;
    /* Oldest first: the user's changes are applied in the order they were made. */
    for (int i = 0; i < q->n;) {
        struct ui_retry *r = &q->r[i];
        if (r->run(app, r->ctx) == UI_RETRY_DONE) {
            drop(q, i);
            flags |= UI_DRAW;
        } else if (now_ms() >= r->deadline_ms) {
            r->give_up(app, r->ctx);
            drop(q, i);
            flags |= UI_DRAW;
        } else {
            break; /* still busy: the later ones wait behind it */
        }
    }
    q->next_ms = now_ms() + UI_RETRY_EVERY_MS;
    return flags;
}

void ui_retry_clear(struct ui_app *app)
{
    /* Leaving: each waiting change gets one last try with the whole wait limit. */
    int wait = db_wait(app->db);
    if (app->retries.n) db_set_wait(app->db, app->retries.limit_ms);
    while (app->retries.n) {
        struct ui_retry *r = &app->retries.r[0];
        if (r->run(app, r->ctx) != UI_RETRY_DONE) r->give_up(app, r->ctx);
        drop(&app->retries, 0);
    }
    db_set_wait(app->db, wait);
}
