/* The print dialog: one line per choice. Up and Down move between them; Left, Right or
 * Space change the one selected; the file line is a text field. Enter shows the preview. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report_data.h"
#include "ui_dialog.h"
#include "ui_draw.h"
#include "ui_field.h"
#include "ui_keys.h"
#include "ui_print.h"
#include "xalloc.h"

enum row { ROW_FORMAT, ROW_ENCODING, ROW_DIGITS, ROW_DEST, ROW_FILE, NROWS };

struct print_dlg {
    struct ui_print_job job;
    char folder[1024]; /* where the default file name goes */
    tt_field path;
    int path_edited; /* the user typed a path: format changes no longer rename it */
    int row;
    struct ui_rect box;
};

void ui_print_default_path(const struct ui_app *app, enum report_kind kind, int year,
                           enum report_format format, const char *folder, char *out, size_t n)
{
    char name[256];
    report_file_name(app->agency_id, year, kind, format, name, sizeof name);
    if (snprintf(out, n, "%s/%s", folder && *folder ? folder : UI_PRINT_FOLDER, name) >= (int)n)
        snprintf(out, n, "%s/%s", UI_PRINT_FOLDER, name); /* a folder too long to use */
}

static const char *kind_title(enum report_kind k)
{
    switch (k) {
    case REPORT_SUMMARY:
        return _("Summary (the dashboard)");
    case REPORT_INDICATORS:
        return _("Indicators");
    case REPORT_OIT:
        return _("OIT checklist");
    case REPORT_ANALYSIS:
        return _("Analysis and measures");
    case REPORT_MEMO:
        return _("Covering memo");
    default:
        return _("Progress of the measures");
    }
}

static int print_enter(struct ui_screen *s, struct ui_app *app, const void *arg)
{
    struct print_dlg *p = xcalloc(1, sizeof *p);
    s->st = p;
    p->job = *(const struct ui_print_job *)arg;
    /* The user's last choices (a yearly document keeps its PDF with Thai digits); the
     * config's folder wins over the last one used. */
    struct ui_print_choice c = {.format = p->job.format, .thai_digits = p->job.thai_digits};
    ui_print_recall(&c);
    if (!report_kind_is_document(p->job.kind)) {
        p->job.format = c.format;
        p->job.cp874 = c.cp874 && c.format != REPORT_HTML && !report_format_is_binary(c.format);
        p->job.thai_digits = c.thai_digits;
    }
    p->job.to_printer = c.to_printer;
    snprintf(p->folder, sizeof p->folder, "%s",
             app->cfg.print_folder[0] ? app->cfg.print_folder
             : c.folder[0]            ? c.folder
                                      : UI_PRINT_FOLDER);
    snprintf(p->job.printer, sizeof p->job.printer, "%s", app->cfg.printer);
    char path[1024];
    ui_print_default_path(app, p->job.kind, p->job.year, p->job.format, p->folder, path,
                          sizeof path);
    return tt_field_init(&p->path, path);
}

static void print_leave(struct ui_screen *s, struct ui_app *app)
{
    struct print_dlg *p = s->st;
    if (!p) return;
    tt_field_free(&p->path);
    free(p);
}

static void print_layout(struct ui_screen *s, struct ui_app *app)
{
    struct print_dlg *p = s->st;
    int w = s->area.w - 4;
    if (w > 78) w = 78;
    p->box = ui_dialog_rect(s->area, NROWS + 6, w);
}

static const char *format_title(enum report_format f)
{
    switch (f) {
    case REPORT_HTML:
        return _("web page (HTML)");
    case REPORT_CSV:
        return _("table (CSV)");
    case REPORT_PDF:
        return _("document (PDF)");
    case REPORT_DOCX:
        return _("Word document (DOCX)");
    default:
        return _("plain text");
    }
}

/* The value shown on a line, "< text >" when it can be changed there. */
static void row_value(const struct print_dlg *p, int row, char *out, size_t n)
{
    const struct ui_print_job *j = &p->job;
    switch (row) {
    case ROW_FORMAT:
        if (j->to_printer)
            snprintf(out, n, "%s %s", format_title(REPORT_PDF), _("(the printer gets the PDF)"));
        else
            snprintf(out, n, "< %s >", format_title(j->format));
        break;
    case ROW_ENCODING:
        if (j->to_printer || report_format_is_binary(j->format))
            snprintf(out, n, "UTF-8");
        else if (j->format == REPORT_HTML)
            snprintf(out, n, "UTF-8 %s", _("(HTML is always UTF-8)"));
        else
            snprintf(out, n, "< %s >", j->cp874 ? "CP874" : "UTF-8");
        break;
    case ROW_DIGITS:
        snprintf(out, n, "%s", j->thai_digits ? "[x] ๐๑๒" : "[ ] 012");
        break;
    case ROW_DEST:
        if (j->to_printer)
            snprintf(out, n, "< %s: %s >", _("printer"),
                     *j->printer ? j->printer : _("the default printer"));
        else
            snprintf(out, n, "< %s >", _("file"));
        break;
    default:
        out[0] = '\0';
    }
}

static void print_draw(struct ui_screen *s, struct ui_app *app)
{
    struct print_dlg *p = s->st;
    struct ui_rect b = p->box;
    static const char *const labels[NROWS] = {N_("Format"), N_("Encoding"), N_("Thai digits"),
                                              N_("Destination"), N_("File")};
    char title[256];
    snprintf(title, sizeof title, _("Print: %s"), kind_title(p->job.kind));
    ui_box(app, b, title);
    int x = b.x + 2, w = b.w - 4, lw = 16;
    for (int r = 0; r < NROWS; r++) {
        int y = b.y + 2 + r;
        enum ui_role role = r == p->row ? UI_ROLE_SELECT : UI_ROLE_NORMAL;
        ui_put(app, y, x, lw, _(labels[r]), TT_ALIGN_LEFT, role);
        if (r == ROW_FILE) {
            if (p->job.to_printer)
                ui_put(app, y, x + lw, w - lw, _("(not used: printing)"), TT_ALIGN_LEFT,
                       UI_ROLE_DIM);
            else
                ui_field_draw(app, y, x + lw, w - lw, &p->path, r == p->row, NULL);
            continue;
        }
        char v[256];
        row_value(p, r, v, sizeof v);
        ui_put(app, y, x + lw, w - lw, v, TT_ALIGN_LEFT, role);
    }
    ui_put(app, b.y + b.h - 2, x, w,
           _("Up/Down: choose a line  Left/Right: change  Enter: preview  Esc: cancel"),
           TT_ALIGN_LEFT, UI_ROLE_DIM);
}

/* The file name follows the format until the user edits it. */
static void follow_format(struct print_dlg *p, struct ui_app *app)
{
    if (p->path_edited) return;
    char path[1024];
    ui_print_default_path(app, p->job.kind, p->job.year, p->job.format, p->folder, path,
                          sizeof path);
    tt_field_set_text(&p->path, path);
}

static int change(struct print_dlg *p, struct ui_app *app, int dir)
{
    struct ui_print_job *j = &p->job;
    switch (p->row) {
    case ROW_FORMAT:
        if (j->to_printer) return UI_NONE;
        j->format =
            (enum report_format)((j->format + REPORT_FORMAT_COUNT + dir) % REPORT_FORMAT_COUNT);
        follow_format(p, app);
        break;
    case ROW_ENCODING:
        j->cp874 = j->format != REPORT_HTML && !report_format_is_binary(j->format) && !j->cp874;
        break;
    case ROW_DIGITS:
        j->thai_digits = !j->thai_digits;
        break;
    case ROW_DEST:
        j->to_printer = !j->to_printer;
        break;
    default:
        return UI_NONE;
    }
    return UI_DRAW;
}

static int preview(struct print_dlg *p, struct ui_app *app)
{
    snprintf(p->job.path, sizeof p->job.path, "%s", p->path.text);
    if (!p->job.to_printer && !p->job.path[0]) {
        ui_message(app, 1, "%s", _("Type the name of the file to write."));
        p->row = ROW_FILE;
        return UI_DRAW;
    }
    struct ui_print_job job = p->job;
    if (job.to_printer) job.format = REPORT_PDF; /* lp prints the PDF as it is laid out */
    if (job.format == REPORT_HTML || report_format_is_binary(job.format)) job.cp874 = 0;
    ui_push(app, &ui_preview_ops, &job); /* says why itself when it cannot */
    return UI_LAYOUT;
}

static int print_key(struct ui_screen *s, struct ui_app *app, int key)
{
    struct print_dlg *p = s->st;
    if (key == UI_KEY_ENTER) return preview(p, app);
    if (p->row == ROW_FILE && !p->job.to_printer) {
        enum ui_field_result r = ui_field_key(&p->path, key);
        if (r == UI_FIELD_CHANGED) p->path_edited = 1;
        if (r != UI_FIELD_NOT_MINE) return UI_DRAW;
        return UI_UNHANDLED;
    }
    if (key == UI_KEY_FN(KEY_LEFT)) return change(p, app, -1);
    if (key == UI_KEY_FN(KEY_RIGHT) || key == ' ') return change(p, app, +1);
    return UI_UNHANDLED;
}

/* Up and down go round the rows; the page keys go to the first and the last. */
static int print_move(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    struct print_dlg *p = s->st;
    if (a == UI_ACT_UP) p->row = (p->row + NROWS - 1) % NROWS;
    if (a == UI_ACT_DOWN) p->row = (p->row + 1) % NROWS;
    if (a == UI_ACT_FIRST || a == UI_ACT_PAGE_UP) p->row = 0;
    if (a == UI_ACT_LAST || a == UI_ACT_PAGE_DOWN) p->row = NROWS - 1;
    return UI_DRAW;
}

static int print_open(struct ui_screen *s, struct ui_app *app, enum ui_action a)
{
    return preview(s->st, app);
}

static const struct ui_handler print_handlers[] = {
    {UI_ACT_OPEN, print_open},
    UI_HANDLE_MOVES(print_move),
    {0, NULL},
};

int ui_print_open_kind(struct ui_app *app, enum report_kind kind, int year)
{
    if (app->agency_id < 0) return UI_NONE;
    int doc = report_kind_is_document(kind);
    struct ui_print_job job = {
        .kind = kind, .year = year, .format = doc ? REPORT_PDF : REPORT_TEXT, .thai_digits = doc};
    ui_push(app, &ui_print_ops, &job);
    return UI_LAYOUT;
}

int ui_print_open(struct ui_app *app)
{
    struct ui_screen *top = ui_top(app);
    if (!top) return UI_NONE;
    if (top->ops == &ui_analysis_ops) return ui_print_open_kind(app, REPORT_ANALYSIS, app->year);
    enum report_kind kind = top->ops == &ui_indicators_ops ? REPORT_INDICATORS
                            : top->ops == &ui_oit_ops      ? REPORT_OIT
                                                           : REPORT_SUMMARY;
    return ui_print_open_kind(app, kind, app->year);
}

const struct ui_screen_ops ui_print_ops = {
    .modal = 1,
    .enter = print_enter,
    .leave = print_leave,
    .layout = print_layout,
    .draw = print_draw,
    .handlers = print_handlers,
    .key = print_key,
};
