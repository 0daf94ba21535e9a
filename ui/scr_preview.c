/* The print preview: the text rendering of the report in a scrollable box (Left/Right
 * scroll sideways), then Enter writes the file -- asking before it replaces one -- or
 * sends the job to lp. The bytes to write are made when the preview opens, so a character
 * the chosen encoding lacks is reported before anything is shown as ready. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_report.h"
#include "fileio.h"
#include "i18n.h"
#include "report_out.h"
#include "text/tt.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_print.h"
#include "xalloc.h"

struct preview {
    struct ui_print_job job;
    char *text;    /* the text rendering, UTF-8 */
    size_t *lines; /* byte offset of each line of text */
    size_t nlines;
    char *out; /* what goes to the file or the printer */
    size_t outlen;
    char title[512]; /* of the print job */
    long top;
    int left;    /* first column shown */
    int confirm; /* the file exists and Enter was pressed once */
    struct ui_rect box;
};

static int split_lines(struct preview *p)
{
    size_t n = 1;
    for (const char *c = p->text; *c; c++)
        n += *c == '\n';
    p->lines = xcalloc(n, sizeof *p->lines);
    p->nlines = 0;
    p->lines[p->nlines++] = 0;
    for (const char *c = p->text; *c; c++)
        if (*c == '\n' && c[1]) p->lines[p->nlines++] = (size_t)(c + 1 - p->text);
    return 0;
}

/* Loads the report and makes both renderings; -1 after a status message. */
static int produce(struct preview *p, struct ui_app *app)
{
    struct report_input in;
    struct db_error err;
    if (db_report_load(app->db, p->job.kind, app->agency_id, p->job.year, &in, &err)) {
        ui_message(app, 1, "%s", err.msg);
        return -1;
    }
    in.english = !app->thai;
    struct report_job view = {
        .format = REPORT_TEXT, .thai_digits = p->job.thai_digits, .brk = tt_brk_shared()};
    struct report_job job = {.format = p->job.format,
                             .charset = p->job.cp874 ? "cp874" : "utf-8",
                             .thai_digits = p->job.thai_digits,
                             .brk = tt_brk_shared()};
    char why[1024];
    size_t len;
    int rc = report_produce(&in, &view, &p->text, &len, why, sizeof why) ||
             report_produce(&in, &job, &p->out, &p->outlen, why, sizeof why);
    snprintf(p->title, sizeof p->title, "itadesk %s %s %d", report_kind_name(p->job.kind),
             in.agency.name ? in.agency.name : "", p->job.year);
    report_input_free(&in);
    if (rc) {
        ui_message(app, 1, "%s", why);
        return -1;
    }
    return split_lines(p);
}

static int preview_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct preview *p = xcalloc(1, sizeof *p);
    s->st = p;
    p->job = *(const struct ui_print_job *)arg;
    return produce(p, app);
}

static void preview_leave(struct ui_screen *s, struct ui_app *app)
{
    struct preview *p = s->st;
    if (!p) return;
    free(p->text);
    free(p->lines);
    free(p->out);
    free(p);
}

static void preview_layout(struct ui_screen *s, struct ui_app *app)
{
    struct preview *p = s->st;
    p->box = s->area;
}

static int page(const struct preview *p)
{
    return p->box.h > 4 ? p->box.h - 4 : 1;
}

static void preview_draw(struct ui_screen *s, struct ui_app *app)
{
    struct preview *p = s->st;
    struct ui_rect b = p->box;
    char title[1200];
    if (p->job.to_printer)
        snprintf(title, sizeof title, _("Preview: to the printer %s"),
                 *p->job.printer ? p->job.printer : _("(default)"));
    else
        snprintf(title, sizeof title, _("Preview: to %s (%s)"), p->job.path,
                 report_format_name(p->job.format));
    ui_box(app, b, title);
    int h = page(p), w = b.w - 4;
    if (p->top > (long)p->nlines - h) p->top = (long)p->nlines - h;
    if (p->top < 0) p->top = 0;
    for (int i = 0; i < h && p->top + i < (long)p->nlines; i++) {
        size_t k = (size_t)(p->top + i);
        const char *line = p->text + p->lines[k];
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        size_t off = tt_offset_at_col(line, len, p->left, NULL);
        char *cut = xstrndup(line + off, len - off);
        ui_put(app, b.y + 1 + i, b.x + 2, w, cut, TT_ALIGN_LEFT, UI_ROLE_NORMAL);
        free(cut);
    }
    ui_put(app, b.y + b.h - 2, b.x + 2, w,
           p->job.to_printer ? _("Enter: print   Left/Right: scroll sideways   Esc: back")
                             : _("Enter: write the file   Left/Right: scroll sideways   Esc: back"),
           TT_ALIGN_LEFT, UI_ROLE_DIM);
}

/* "~/x" under the home folder. */
static void expand_home(const char *path, char *out, size_t n)
{
    const char *home = getenv("HOME");
    if (strncmp(path, "~/", 2) == 0 && home && *home)
        snprintf(out, n, "%s/%s", home, path + 2);
    else
        snprintf(out, n, "%s", path);
}

/* Closes the preview and the dialog under it, leaving msg on the status line. */
static int done(struct ui_app *app, const char *msg)
{
    ui_pop(app);
    if (ui_top(app) && ui_top(app)->ops == &ui_print_ops) ui_pop(app);
    ui_message(app, 0, "%s", msg);
    return UI_LAYOUT;
}

/* What was chosen is remembered for the next dialog: the folder of the file too. */
static void remember(const struct ui_print_job *j)
{
    struct ui_print_choice c = {j->format, j->cp874, j->thai_digits, j->to_printer, ""};
    if (!j->to_printer) {
        const char *slash = strrchr(j->path, '/');
        if (slash) snprintf(c.folder, sizeof c.folder, "%.*s", (int)(slash - j->path), j->path);
    }
    struct ui_print_choice last = {j->format, 0, 0, 0, ""};
    ui_print_recall(&last);
    if (!c.folder[0]) /* printed, or a bare file name: keep the folder remembered */
        memcpy(c.folder, last.folder, sizeof c.folder);
    if (j->to_printer) /* the printer always gets a PDF: keep the format chosen for files */
        c.format = last.format;
    ui_print_remember(&c);
}

static int perform(struct preview *p, struct ui_app *app)
{
    char err[1200], msg[1200];
    if (p->job.to_printer) {
        if (report_lp(p->job.printer, p->title, p->out, p->outlen, err, sizeof err)) {
            ui_message(app, 1, "%s", err);
            return UI_DRAW;
        }
        remember(&p->job);
        return done(app, _("Sent to the printer."));
    }
    char path[1200];
    expand_home(p->job.path, path, sizeof path);
    file_make_parent_dirs(path); /* the reports folder is made on first use */
    enum report_write w = report_write_file(path, p->out, p->outlen, p->confirm, err, sizeof err);
    if (w == REPORT_EXISTS) {
        p->confirm = 1;
        ui_message(app, 1, _("%s exists: press Enter again to replace it, Esc to keep it."),
                   p->job.path);
        return UI_DRAW;
    }
    if (w != REPORT_WRITTEN) {
        ui_message(app, 1, "%s", err);
        return UI_DRAW;
    }
    remember(&p->job);
    snprintf(msg, sizeof msg, _("Written to %s"), path);
    return done(app, msg);
}

static int preview_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct preview *p = s->st;
    if (key == UI_KEY_FN(KEY_LEFT)) {
        p->left = p->left > 8 ? p->left - 8 : 0;
        return UI_DRAW;
    }
    if (key == UI_KEY_FN(KEY_RIGHT)) {
        p->left += 8;
        return UI_DRAW;
    }
    if (key != UI_KEY_ENTER) p->confirm = 0;
    return UI_UNHANDLED;
}

static int preview_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct preview *p = s->st;
    long last = (long)p->nlines - page(p);
    if (a == UI_ACT_UP) p->top--;
    if (a == UI_ACT_DOWN) p->top++;
    if (a == UI_ACT_PAGE_UP) p->top -= page(p);
    if (a == UI_ACT_PAGE_DOWN) p->top += page(p);
    if (a == UI_ACT_FIRST) p->top = 0;
    if (a == UI_ACT_LAST) p->top = last;
    if (p->top > last) p->top = last;
    if (p->top < 0) p->top = 0;
    return UI_DRAW;
}

static int preview_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return perform(s->st, app);
}

static const struct ui_handler preview_handlers[] = {
    {UI_ACT_OPEN, preview_open},
    UI_HANDLE_MOVES(preview_move),
    {0, NULL},
};

const struct ui_screen_ops ui_preview_ops = {
    .modal = 1,
    .enter = preview_enter,
    .leave = preview_leave,
    .layout = preview_layout,
    .draw = preview_draw,
    .handlers = preview_handlers,
    .key = preview_key,
};
