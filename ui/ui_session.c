#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <thai/thbrk.h>

#include "db_busy.h"
#include "i18n.h"
#include "ui.h"
#include "ui_app.h"
#include "ui_dump.h"
#include "ui_input.h"
#include "ui_locale.h"
#include "db_view_agency.h"
#include "ui_mouse.h"
#include "ui_plans.h"
#include "ui_registry.h"
#include "ui_screens.h"
#include "ui_state.h"
#include "ui_term.h"
#include "xalloc.h"

struct ui_session {
    struct ui_app app;
    struct ui_term term;
    struct ui_locale loc;
};

int ui_screen_name_valid(const char *name)
{
    return ui_reg_openable(ui_reg_by_name(name));
}

void ui_screen_names(char *buf, size_t n)
{
    ui_reg_names(buf, n);
}

/* 0 with the only agency's id and its newest year with something stored (else the newest
 * year of the catalog); -1 when there are none or several. */
static int ui_single_agency(struct ui_app *app, long *id, int *year)
{
    struct db_view_year *years = NULL;
    struct db_error err;
    size_t ny = 0;
    if (db_view_agency_single(app->db, id, &err)) return -1;
    if (db_view_agency_years(app->db, *id, &years, &ny, &err) || !ny) {
        free(years);
        return -1;
    }
    *year = years[0].year;
    for (size_t i = 0; i < ny; i++) /* newest first */
        if (years[i].has_result || years[i].oit_items || years[i].measures) {
            *year = years[i].year;
            break;
        }
    free(years);
    return 0;
}

/* With one agency there is nothing to pick: it, and its newest year with data. */
static void only_agency(struct ui_app *app, long *agency, int *year)
{
    long id;
    int y;
    if (ui_single_agency(app, &id, &y) == 0) {
        *agency = id;
        *year = y;
    }
}

/* Where the session opens: the asked screen (--screen, else ui.screen in the config)
 * over the main menu of a given agency and year (or the only agency's), else the picker
 * (on the remembered agency). */
static void open_first(struct ui_app *app, const struct ui_options *o)
{
    long agency = o->agency_id;
    int year = o->year;
    const char *screen = o->screen ? o->screen : app->cfg.screen[0] ? app->cfg.screen : NULL;
    if (agency < 0 && screen && strcmp(screen, "picker") != 0 && app->state_path[0])
        ui_state_load(app->state_path, &agency, &year);
    if (agency < 0 && !o->screen) only_agency(app, &agency, &year);
    if (agency >= 0 && year && ui_set_choice(app, agency, year) == 0) {
        if (screen && strcmp(screen, "picker") == 0) {
            ui_open_named(app, "picker");
            return;
        }
        ui_open_named(app, "home");
        /* A screen that exists but cannot open here has said why (its enter). */
        if (screen && strcmp(screen, "home") != 0 && ui_open_named(app, screen) != 0 &&
            !ui_reg_openable(ui_reg_by_name(screen)))
            ui_message(app, 1, _("There is no screen '%s' (see man itadesk)."), screen);
        return;
    }
    ui_open_named(app, "picker");
    if (agency >= 0 && !year) ui_push(app, &ui_year_ops, &agency);
}

/* Notes for the first status line: a read-only database, a locale fallback, a bad config
 * line. */
static void startup_notes(struct ui_session *s)
{
    struct ui_app *app = &s->app;
    if (app->message[0]) return; /* opening a screen had more to say */
    if (app->db->readonly)
        ui_message(app, 0, "%s", _(DB_READONLY_MSG));
    else if (s->loc.fell_back)
        ui_message(app, 0, _("The locale '%s' is not UTF-8; using C.UTF-8 for the screens."),
                   s->loc.asked);
    else if (app->cfg.bad_line)
        ui_message(app, 1, _("Config file line %d: cannot use '%s' (see man itadesk)."),
                   app->cfg.bad_line, app->cfg.bad_text);
}

struct ui_session *ui_session_start(struct itadb *db, const struct ui_options *o, char *why,
                                    size_t whysz)
{
    struct ui_session *s = xcalloc(1, sizeof *s);
    struct ui_app *app = &s->app;
    char path[1024];
    ui_config_path(path, sizeof path);
    ui_config_load(&app->cfg, path);
    if (ui_locale_start(app->cfg.lang, &s->loc)) {
        snprintf(why, whysz, "%s",
                 "no UTF-8 locale is installed (not even C.UTF-8); the screens cannot show "
                 "Thai. Install one (e.g. locales: C.UTF-8 or th_TH.UTF-8).");
        free(s);
        return NULL;
    }
    struct ui_term_opts to = {o->headless, o->rows, o->cols, o->out, NULL, app->cfg.color};
    if (ui_term_start(&s->term, &to, &app->theme, why, whysz)) {
        free(s);
        return NULL;
    }
    app->db = db;
    /* A save waits briefly, then waits as a pending change while keys keep working, for
     * as long in all as the connection was set to wait. */
    app->retries.limit_ms = db_wait(db);
    db_set_wait(db, app->retries.limit_ms < UI_SAVE_WAIT_MS ? app->retries.limit_ms
                                                            : UI_SAVE_WAIT_MS);
    app->thai = s->loc.thai;
    app->agency_id = -1;
    const char *no_acs = getenv("NCURSES_NO_UTF8_ACS");
    app->ascii = app->cfg.ascii || (no_acs && *no_acs && strcmp(no_acs, "0") != 0);
    if (!o->headless) ui_mouse_start(app);
    app->in = ui_input_terminal(app->cfg.escdelay, s->term.key_flags);
    if (!o->forget) ui_state_path(app->state_path, sizeof app->state_path);
    open_first(app, o);
    ui_drafts_offer(app); /* text left by a dropped link or a crash */
    startup_notes(s);     /* after the screens opened, so that nothing hides it */
    return s;
}

int ui_session_keys(struct ui_session *s, const char *script)
{
    char bad[64];
    struct ui_input *in = ui_input_script(script, bad, sizeof bad);
    if (!in) return -1;
    struct ui_input *saved = s->app.in;
    s->app.in = in;
    ui_loop(&s->app);
    s->app.in = saved;
    ui_input_free(in);
    return 0;
}

int ui_session_action(struct ui_session *s, enum ui_action a)
{
    s->app.message[0] = '\0';
    int flags = ui_dispatch(&s->app, a);
    if (flags & UI_LAYOUT) s->app.need_layout = 1;
    ui_render(&s->app);
    return flags;
}

char *ui_session_dump(struct ui_session *s)
{
    (void)s;
    return ui_dump_screen();
}

struct ui_app *ui_session_app(struct ui_session *s)
{
    return &s->app;
}

int ui_session_end(struct ui_session *s)
{
    if (!s) return 1;
    int code = s->app.exit_code;
    s->app.message[0] = '\0';
    ui_retry_clear(&s->app); /* says what could not be saved */
    char last[sizeof s->app.message];
    snprintf(last, sizeof last, "%s", s->app.message_error ? s->app.message : "");
    ui_app_clear(&s->app);
    db_set_wait(s->app.db, s->app.retries.limit_ms);
    ui_term_stop(&s->term);
    if (last[0]) {
        fprintf(stderr, "itadesk: %s\n", last);
        code = 1;
    }
    ui_input_free(s->app.in);
    free(s);
    return code;
}

int ui_main(struct itadb *db, const struct ui_options *o)
{
    char why[512];
    struct ui_session *s = ui_session_start(db, o, why, sizeof why);
    if (!s) {
        fprintf(stderr, "itadesk: %s\n", why);
        return 1;
    }
    ui_loop(&s->app);
    int sig = ui_signal_caught;
    int code = ui_session_end(s);
    if (sig)
        fprintf(stderr, _("itadesk: stopped by signal %d; the database was closed cleanly.\n"),
                sig);
    return code;
}
