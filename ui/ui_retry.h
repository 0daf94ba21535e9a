/* Saves that found the database busy. The screens wait only briefly for another user's
 * save (UI_SAVE_WAIT_MS), so keys keep working; a change that could not get the write lock
 * in that time is kept here, shown as pending by its screen, and tried again while the
 * screens wait for keys, until it is saved or the wait limit passes and the user is told
 * it was not saved. */
#ifndef ITADESK_UI_RETRY_H
#define ITADESK_UI_RETRY_H

#define UI_RETRY_MAX 16
#define UI_SAVE_WAIT_MS 250 /* the longest one attempt holds the screen still */
#define UI_RETRY_EVERY_MS 50

struct ui_app;

enum ui_retry_result { UI_RETRY_DONE, UI_RETRY_BUSY };

struct ui_retry {
    char key[64]; /* what it changes ("oit:1:2567:O12"): a newer change replaces it */
    /* Tries the save once: UI_RETRY_DONE when it is saved or failed for good (after saying
     * so with ui_message), UI_RETRY_BUSY to try again later. */
    enum ui_retry_result (*run)(struct ui_app *app, void *ctx);
    /* The wait limit passed: says what was not saved. */
    void (*give_up)(struct ui_app *app, void *ctx);
    void *ctx; /* malloc'd, freed with the retry */
    long deadline_ms;
};

struct ui_retries {
    struct ui_retry r[UI_RETRY_MAX];
    int n;
    long next_ms; /* no attempt before this (monotonic ms) */
    int limit_ms; /* how long a change may wait in all */
};

/* Keeps a change to try again (taking ctx); one with the same key is replaced, keeping
 * its deadline. 0, or -1 when too many are waiting (ctx freed; the caller says so). */
int ui_retry_add(struct ui_app *app, const char *key,
                 enum ui_retry_result (*run)(struct ui_app *, void *),
                 void (*give_up)(struct ui_app *, void *), void *ctx);

/* The waiting change with this key (its ctx), or NULL. */
void *ui_retry_find(struct ui_app *app, const char *key);

/* Tries the waiting changes (at most every UI_RETRY_EVERY_MS unless now is set); UI_*
 * flags: UI_DRAW when one was saved or given up. */
int ui_retry_run(struct ui_app *app, int now);

/* Forgets every waiting change, saying what was not saved (leaving the screens). */
void ui_retry_clear(struct ui_app *app);

#endif
