/* itadesk calendar show YEAR | set YEAR KEY DATE: each fiscal year's ITA calendar. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "db_calendar.h"
#include "i18n.h"
#include "text/tt_date.h"
#include "timefmt.h"

/* What each date is comes first, in the user's language; the key `calendar set` takes
 * comes last, under a header that says what it is for (the Thai output has no English
 * word but these keys, which are typed, not read). */
static int show(struct itadb *db, int year)
{
    struct ita_calendar c;
    struct db_error err = {{0}};
    if (db_calendar_year_known(db, year, &err) || db_calendar_get(db, year, &c, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    printf(_("ITA calendar of fiscal year %d\n"), year);
    static const struct cli_col cols[] = {
        {30, TT_ALIGN_LEFT}, {18, TT_ALIGN_LEFT}, {42, TT_ALIGN_LEFT}, {0, TT_ALIGN_LEFT}};
    cli_row(stdout, cols,
            (const char *[]){_("date of"), _("date"), _("note"), _("key for 'calendar set'")}, 4);
    for (int k = 0; k < ITA_CAL_COUNT; k++) {
        char date[64];
        const char *note = "";
        if (!c.date[k][0]) {
            snprintf(date, sizeof date, "%s", _("unknown"));
            note = ita_cal_key_usual(k);
        } else {
            timefmt_date(c.date[k], 0, date, sizeof date);
            if (!c.certain[k]) note = _("the usual cycle, not a notice of that year");
        }
        cli_row(stdout, cols,
                (const char *[]){ita_cal_key_label(k), date, note, ita_cal_key_word(k)}, 4);
    }
    return EXIT_OK;
}

/* DATE as typed (Thai or ISO forms), or "-" for unknown → ISO ("" for unknown). */
static int parse_date(const char *text, char iso[11])
{
    if (strcmp(text, "-") == 0) {
        iso[0] = '\0';
        return 0;
    }
    tt_date d;
    int rc = tt_date_parse(text, &d);
    if (rc != TT_DATE_OK) {
        cli_usage_error("calendar", "DATE: %s", tt_date_strerror(rc));
        return -1;
    }
    snprintf(iso, 11, "%04d-%02d-%02d", d.y, d.m, d.d);
    return 0;
}

static int set(struct itadb *db, int year, const char *key, const char *date)
{
    int k = ita_cal_key_parse(key);
    char iso[11];
    if (k < 0) {
        char keys[256] = "";
        for (int i = 0; i < ITA_CAL_COUNT; i++)
            snprintf(keys + strlen(keys), sizeof keys - strlen(keys), "%s%s", i ? ", " : "",
                     ita_cal_key_word(i));
        cli_usage_error("calendar", _("KEY: one of %s"), keys);
        return EXIT_USAGE;
    }
    if (parse_date(date, iso)) return EXIT_USAGE;
    struct db_error err = {{0}};
    if (db_calendar_set(db, year, k, iso, &err)) {
        cli_error("%s", err.msg);
        return EXIT_ERROR;
    }
    return EXIT_OK;
}

int cmd_calendar(int argc, char **argv, struct cli_args *a)
{
    if (cli_parse(argc, argv, OPT_DB, "calendar", a)) return EXIT_USAGE;
    int is_show = a->npos == 2 && strcmp(a->pos[0], "show") == 0;
    int is_set = a->npos == 4 && strcmp(a->pos[0], "set") == 0;
    if (!is_show && !is_set) {
        cli_usage_error("calendar", "%s", _("expected 'show YEAR' or 'set YEAR KEY DATE'"));
        return EXIT_USAGE;
    }
    int year;
    if (cli_year(a->pos[1], &year)) return EXIT_USAGE;
    struct itadb *db = cli_open(a, is_show ? DB_OPEN_READONLY : 0);
    if (!db) return EXIT_ERROR;
    int rc = is_show ? show(db, year) : set(db, year, a->pos[2], a->pos[3]);
    db_close(db);
    return rc;
}
