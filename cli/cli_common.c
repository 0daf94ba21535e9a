#include <ctype.h>
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "fileio.h"
#include "db_agency.h"
#include "db_busy.h"
#include "db_role.h"
#include "i18n.h"
#include "priv.h"
#include "text/tt.h"

/* Running setgid, only the server's database: a path the user gave is refused unless it
 * names a file in the data folder (the group could otherwise open any itadesk-group
 * file, or create one anywhere it can write). */
static const char *server_db_path(const struct cli_args *a, char *buf, size_t bufsz)
{
    const char *given = a->db && *a->db ? a->db : getenv("ITADESK_DB");
    if (given && *given) {
        if (priv_path_inside(given, ITADESK_SERVER_DIR)) return given;
        cli_error(_("this itadesk is installed for a shared server and opens only databases in "
                    "%s, not %s"),
                  ITADESK_SERVER_DIR, given);
        return NULL;
    }
    snprintf(buf, bufsz, "%s/itadesk.db", ITADESK_SERVER_DIR);
    return buf;
}

const char *cli_db_path(const struct cli_args *a, char *buf, size_t bufsz)
{
    if (priv_setgid()) return server_db_path(a, buf, bufsz);
    if (a->db && *a->db) return a->db;
    const char *env = getenv("ITADESK_DB");
    if (env && *env) return env;
    const char *data = getenv("XDG_DATA_HOME");
    if (data && *data)
        snprintf(buf, bufsz, "%s/itadesk/itadesk.db", data);
    else
        snprintf(buf, bufsz, "%s/.local/share/itadesk/itadesk.db",
                 getenv("HOME") ? getenv("HOME") : ".");
    return buf;
}

const char *cli_login(void)
{
    static char name[64];
    /* The real uid: what a setgid or setuid start cannot change; never $USER. */
    struct passwd *pw = getpwuid(getuid());
    if (pw && pw->pw_name)
        snprintf(name, sizeof name, "%s", pw->pw_name);
    else
        snprintf(name, sizeof name, "uid%ld", (long)getuid());
    return name;
}

int cli_wait_ms(const char *text)
{
    const char *p = text;
    long ms = 0;
    int digits = 0;
    for (; *p >= '0' && *p <= '9' && ms < 100000000; p++, digits++)
        ms = ms * 10 + (*p - '0');
    ms *= 1000;
    if (*p == '.')
        for (long unit = 100; *++p >= '0' && *p <= '9'; unit /= 10, digits++)
            ms += (*p - '0') * unit;
    if (!digits || *p || ms > 24L * 3600 * 1000) {
        cli_usage_error("--wait", _("'%s' is not a number of seconds such as 30 or 0.5"), text);
        return -1;
    }
    return (int)ms;
}

/* The setgid open: the group is raised for db_open alone. Only root creates or upgrades
 * the server's database (install-server.sh), and only people an admin added may use it. */
static struct itadb *open_server_db(const char *path, int flags, struct db_error *err)
{
    if (getuid() != 0) flags = (flags & ~DB_OPEN_CREATE) | DB_OPEN_NO_MIGRATE;
    /* gettext opens its catalog on first use: let that happen now, with the user's group
     * ($ITADESK_LOCALEDIR and $LANGUAGE are the user's to choose). */
    (void)gettext("");
    if (priv_raise()) {
        db_error_printf(err, "%s", _("cannot take the itadesk group to open the database"));
        return NULL;
    }
    struct itadb *db = db_open(path, cli_login(), flags, err);
    if (priv_lower()) {
        db_close(db);
        db_error_printf(err, "%s", _("cannot give the itadesk group back; stopping"));
        return NULL;
    }
    if (db && getuid() != 0 && db_role_at(db, DB_ANY_AGENCY) == DB_ROLE_NONE) {
        db_error_printf(err,
                        _("%s is not an itadesk user on this server: an admin adds people with "
                          "'itadesk user add'"),
                        cli_login());
        db_close(db);
        return NULL;
    }
    return db;
}

struct itadb *cli_open(const struct cli_args *a, int flags)
{
    char buf[4096];
    const char *path = cli_db_path(a, buf, sizeof buf);
    if (!path) return NULL;
    struct db_error err = {{0}};
    struct itadb *db;
    if (priv_setgid()) {
        db = open_server_db(path, flags, &err);
    } else {
        if (flags & DB_OPEN_CREATE) file_make_parent_dirs(path);
        db = db_open(path, cli_login(), flags, &err);
    }
    if (!db) {
        cli_error("%s", err.msg);
        return NULL;
    }
    db_set_wait(db, a->wait ? cli_wait_ms(a->wait) : DB_CLI_WAIT_MS);
    return db;
}

int cli_year(const char *text, int *year)
{
    char *ascii = text ? tt_digits_to_ascii(text) : NULL;
    char *end = NULL;
    long v = ascii && isdigit((unsigned char)*ascii) ? strtol(ascii, &end, 10) : -1;
    int ok = end && *end == '\0' && v >= 2500 && v <= 2700;
    free(ascii);
    if (!ok) {
        cli_error(_("year: '%s' is not a Buddhist-era fiscal year such as 2567"), text ? text : "");
        return -1;
    }
    *year = (int)v;
    return 0;
}

int cli_agency_year(struct itadb *db, const struct cli_args *a, long *agency_id, int *year)
{
    if (!a->agency || !a->year) {
        cli_error(_("this command needs --agency ID and --year YEAR"));
        return -1;
    }
    if (cli_year(a->year, year)) return -1;
    struct db_error err = {{0}};
    *agency_id = db_agency_find(db, a->agency, &err);
    if (*agency_id < 0) {
        cli_error("%s", err.msg);
        return -1;
    }
    return 0;
}

void cli_cell(FILE *out, const char *text, int cols, enum tt_align align)
{
    char *safe = tt_sanitize(text ? text : "", TT_SAN_SINGLE_LINE);
    char *fitted = safe ? tt_fit_cols(safe, cols, NULL, align) : NULL;
    fputs(fitted ? fitted : "", out);
    free(fitted);
    free(safe);
}

void cli_row(FILE *out, const struct cli_col *cols, const char *const *cells, size_t n)
{
    while (n > 1 && (!cells[n - 1] || !*cells[n - 1]))
        n--; /* no trailing blanks */
    for (size_t i = 0; i < n; i++) {
        if (i) fputs("  ", out);
        if (cols[i].width > 0)
            cli_cell(out, cells[i], cols[i].width, cols[i].align);
        else
            cli_text(out, cells[i]);
    }
    fputc('\n', out);
}

void cli_text(FILE *out, const char *text)
{
    char *safe = tt_sanitize(text ? text : "", TT_SAN_MULTILINE);
    fputs(safe ? safe : "", out);
    free(safe);
}

int cli_thai(void)
{
    static const char *const names[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *v = getenv(names[i]);
        if (v && *v) return strncmp(v, "th", 2) == 0;
    }
    return 0;
}
