/* Reading a catalog file and checking a catalog: every row is checked field by field
 * before anything is used, so a bad file names its line and column and changes nothing. */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "field_limits.h"
#include "framework.h"
#include "framework_cols.h"
#include "i18n.h"
#include "number.h"
#include "text/tt_sanitize.h"
#include "xalloc.h"

/* One row being read: where it is (for messages) and its cells in fw_columns order. */
struct rd {
    const char *where; /* "FILE:LINE" or a record's key */
    const char *const *cells;
    char *err;
    size_t errsz;
    int in_file; /* where is FILE:LINE: the file's header names the column too */
};

/* "WHERE: field: why", the field in words; a file's column name follows in parentheses,
 * since that is what the file's header says. */
static int say(char *err, size_t errsz, const char *where, int in_file, int col, const char *why)
{
    if (in_file)
        snprintf(err, errsz, "%s: %s (%s): %s", where, fw_column_label((size_t)col),
                 fw_columns[col], why);
    else
        snprintf(err, errsz, "%s: %s: %s", where, fw_column_label((size_t)col), why);
    return -1;
}

static int fail(struct rd *rd, int col, const char *why)
{
    return say(rd->err, rd->errsz, rd->where, rd->in_file, col, why);
}

static const char *cell(const struct rd *rd, int col)
{
    return rd->cells[col] ? rd->cells[col] : "";
}

static int get_int(struct rd *rd, int col, long min, long max, int *out)
{
    long v;
    if (number_parse_int(cell(rd, col), min, max, &v)) {
        char why[160];
        snprintf(why, sizeof why, _("a whole number from %ld to %ld is needed, not \"%s\""), min,
                 max, cell(rd, col));
        return fail(rd, col, why);
    }
    *out = (int)v;
    return 0;
}

static int get_opt_int(struct rd *rd, int col, long min, long max, int *out)
{
    *out = 0;
    return *cell(rd, col) ? get_int(rd, col, min, max, out) : 0;
}

static int get_num(struct rd *rd, int col, double min, double max, double *out)
{
    double v;
    if (number_parse_decimal(cell(rd, col), &v) || v < min || v > max) {
        char why[160];
        snprintf(why, sizeof why, _("a number from %g to %g is needed, not \"%s\""), min, max,
                 cell(rd, col));
        return fail(rd, col, why);
    }
    *out = v;
    return 0;
}

static int get_opt_num(struct rd *rd, int col, double min, double max, struct opt_score *out)
{
    out->set = *cell(rd, col) != '\0';
    out->v = 0;
    return out->set ? get_num(rd, col, min, max, &out->v) : 0;
}

static int get_flag(struct rd *rd, int col, int *out)
{
    return get_int(rd, col, 0, 1, out);
}

/* Text as it will be shown: a cell the sanitiser would change (a control, an escape, a
 * bidi override) is refused rather than stored and shown differently. */
static int get_text(struct rd *rd, int col, int required, size_t max, char **out)
{
    const char *s = cell(rd, col);
    if (required && !*s) return fail(rd, col, _("this cannot be empty"));
    char *clean = tt_sanitize(s, TT_SAN_SINGLE_LINE);
    int odd = strcmp(clean, s) != 0;
    free(clean);
    if (odd) return fail(rd, col, _("holds a control character or an invisible mark"));
    char why[200];
    if (limit_check(_("length"), s, max, why, sizeof why)) return fail(rd, col, why);
    *out = xstrdup(s);
    return 0;
}

static int get_word(struct rd *rd, int col, const char *const *words, int n, int *out)
{
    for (int i = 0; i < n; i++)
        if (strcmp(cell(rd, col), words[i]) == 0) {
            *out = i;
            return 0;
        }
    char why[200] = "";
    size_t used = (size_t)snprintf(why, sizeof why, _("one of"));
    for (int i = 0; i < n && used < sizeof why; i++)
        used += (size_t)snprintf(why + used, sizeof why - used, "%s %s", i ? "," : "", words[i]);
    return fail(rd, col, why);
}

static int get_tool(struct rd *rd, int col, int allow_oit, enum ita_tool *out)
{
    static const char *const tools[] = {"IIT", "EIT", "OIT"};
    int t;
    if (get_word(rd, col, tools, allow_oit ? 3 : 2, &t)) return -1;
    *out = (enum ita_tool)t;
    return 0;
}

static const char *const gradings[] = {"letters", "pass", "levels", "unknown"};
static const char *const statuses[] = {"complete", "partial", "provisional"};

static int read_framework(struct rd *rd, struct fw_catalog *c)
{
    int g, s;
    if (get_word(rd, C_GRADING, gradings, 4, &g) ||
        get_opt_num(rd, C_PASS_MARK, 0, 100, &c->pass_mark) ||
        get_word(rd, C_STATUS, statuses, 3, &s) || get_text(rd, C_NOTE, 0, LIMIT_TEXT, &c->note) ||
        get_opt_num(rd, C_NATIONAL, 0, 100, &c->national_average))
        return -1;
    c->grading = xstrdup(gradings[g]);
    c->status = xstrdup(statuses[s]);
    return 0;
}

static int read_band(struct rd *rd, struct fw_catalog *c)
{
    struct fw_band b = {0};
    if (get_int(rd, C_CODE, 1, 99, &b.rank) || get_num(rd, C_MIN_TOTAL, 0, 100, &b.min_total) ||
        get_opt_num(rd, C_MIN_EACH, 0, 100, &b.min_each_tool) ||
        get_flag(rd, C_PASSED, &b.passed) || get_flag(rd, C_CERTAIN, &b.certain))
        return -1;
    for (size_t i = 0; i < c->n_bands; i++)
        if (c->bands[i].rank == b.rank) return fail(rd, C_CODE, _("this rank is given twice"));
    if (get_text(rd, C_TITLE_TH, 1, LIMIT_NAME, &b.label_th)) return -1;
    if (get_text(rd, C_TITLE_EN, 1, LIMIT_NAME, &b.label_en)) {
        free(b.label_th);
        return -1;
    }
    c->bands = xreallocarray(c->bands, c->n_bands + 1, sizeof *c->bands);
    c->bands[c->n_bands++] = b;
    return 0;
}

static int read_indicator(struct rd *rd, struct fw_catalog *c)
{
    struct fw_indicator d = {0};
    if (get_int(rd, C_CODE, 1, 99, &d.no) || get_tool(rd, C_TOOL, 1, &d.tool) ||
        get_num(rd, C_WEIGHT, 0.01, 100, &d.weight))
        return -1;
    for (size_t i = 0; i < c->n_inds; i++)
        if (c->inds[i].no == d.no) return fail(rd, C_CODE, _("this indicator is given twice"));
    if (get_text(rd, C_TITLE_TH, 1, LIMIT_NAME, &d.name_th)) return -1;
    if (get_text(rd, C_TITLE_EN, 0, LIMIT_NAME, &d.name_en)) {
        free(d.name_th);
        return -1;
    }
    c->inds = xreallocarray(c->inds, c->n_inds + 1, sizeof *c->inds);
    c->inds[c->n_inds++] = d;
    return 0;
}

/* A code as the checklist and the score files name it: letters and digits only. */
static int get_code(struct rd *rd, char **out)
{
    const char *s = cell(rd, C_CODE);
    size_t n = strlen(s);
    int ok = n > 0 && n <= 16;
    for (size_t i = 0; ok && i < n; i++)
        ok = (s[i] >= '0' && s[i] <= '9') || (s[i] >= 'A' && s[i] <= 'Z') ||
             (s[i] >= 'a' && s[i] <= 'z') || s[i] == '.';
    if (!ok) return fail(rd, C_CODE, _("a code of letters and digits is needed (O12, i3)"));
    *out = xstrdup(s);
    return 0;
}

static int read_question(struct rd *rd, struct fw_catalog *c)
{
    struct fw_question q = {0};
    if (get_tool(rd, C_TOOL, 0, &q.tool) || get_opt_int(rd, C_INDICATOR, 1, 99, &q.indicator_no) ||
        get_int(rd, C_SEQ, 1, 9999, &q.seq) || get_code(rd, &q.code))
        return -1;
    for (size_t i = 0; i < c->n_questions; i++)
        if (strcmp(c->questions[i].code, q.code) == 0) {
            free(q.code);
            return fail(rd, C_CODE, _("this code is given twice"));
        }
    if (get_text(rd, C_TITLE_TH, 0, LIMIT_TEXT, &q.text_th)) {
        free(q.code);
        return -1;
    }
    c->questions = xreallocarray(c->questions, c->n_questions + 1, sizeof *c->questions);
    c->questions[c->n_questions++] = q;
    return 0;
}

static void item_free(struct fw_item *it)
{
    free(it->code);
    free(it->group_key);
    free(it->group_title);
    free(it->title_th);
    free(it->components_th);
}

static int read_item(struct rd *rd, struct fw_catalog *c)
{
    struct fw_item it = {0};
    int conf;
    if (get_opt_int(rd, C_INDICATOR, 1, 99, &it.indicator_no) ||
        get_int(rd, C_SEQ, 1, 9999, &it.seq) || get_flag(rd, C_KNOWN, &it.known) ||
        get_word(rd, C_CONFIDENCE, (const char *const[]){"sure", "medium", "low"}, 3, &conf) ||
        get_code(rd, &it.code))
        return -1;
    it.confidence = (enum fw_confidence)conf;
    for (size_t i = 0; i < c->n_items; i++)
        if (strcmp(c->items[i].code, it.code) == 0) {
            free(it.code);
            return fail(rd, C_CODE, _("this code is given twice"));
        }
    if (get_text(rd, C_TITLE_TH, 0, LIMIT_TITLE, &it.title_th) ||
        get_text(rd, C_GROUP_KEY, 0, LIMIT_NAME, &it.group_key) ||
        get_text(rd, C_GROUP_TITLE, 0, LIMIT_NAME, &it.group_title) ||
        get_text(rd, C_COMPONENTS, 0, LIMIT_TEXT, &it.components_th)) {
        item_free(&it);
        return -1;
    }
    if (it.known && !*it.title_th) {
        item_free(&it);
        return fail(rd, C_TITLE_TH, _("a known item needs its title (or known = 0)"));
    }
    c->items = xreallocarray(c->items, c->n_items + 1, sizeof *c->items);
    c->items[c->n_items++] = it;
    return 0;
}

static int read_record(struct rd *rd, struct fw_catalog *c, int *seen_framework)
{
    int r;
    if (get_word(rd, C_RECORD,
                 (const char *const[]){"framework", "band", "indicator", "question", "item"},
                 FW_REC_COUNT, &r))
        return -1;
    switch ((enum fw_record)r) {
    case FW_REC_FRAMEWORK:
        if ((*seen_framework)++) return fail(rd, C_RECORD, _("only one framework row is allowed"));
        return read_framework(rd, c);
    case FW_REC_BAND:
        return read_band(rd, c);
    case FW_REC_INDICATOR:
        return read_indicator(rd, c);
    case FW_REC_QUESTION:
        return read_question(rd, c);
    default:
        return read_item(rd, c);
    }
}

static int has_indicator(const struct fw_catalog *c, int no)
{
    for (size_t i = 0; i < c->n_inds; i++)
        if (c->inds[i].no == no) return 1;
    return 0;
}

/* References between rows, once every row is read; where[] names each item's and
 * question's row. */
static int no_indicator(const char *where, int in_file, int no, char *err, size_t errsz)
{
    char why[160];
    snprintf(why, sizeof why, _("there is no indicator %d in this catalog"), no);
    return say(err, errsz, where, in_file, C_INDICATOR, why);
}

static int check_references(const struct fw_catalog *c, char **q_where, char **i_where, int in_file,
                            char *err, size_t errsz)
{
    for (size_t i = 0; i < c->n_questions; i++)
        if (c->questions[i].indicator_no && !has_indicator(c, c->questions[i].indicator_no))
            return no_indicator(q_where[i], in_file, c->questions[i].indicator_no, err, errsz);
    for (size_t i = 0; i < c->n_items; i++)
        if (c->items[i].indicator_no && !has_indicator(c, c->items[i].indicator_no))
            return no_indicator(i_where[i], in_file, c->items[i].indicator_no, err, errsz);
    return 0;
}

int fw_weights_check(const struct fw_catalog *c, double *sum)
{
    *sum = 0;
    for (size_t i = 0; i < c->n_inds; i++)
        *sum += c->inds[i].weight;
    return !c->n_inds || (*sum > 100 - 0.01 && *sum < 100 + 0.01) ? 0 : -1;
}

/* The total score is the weighted sum of the indicators: a file whose weights do not add up
 * to 100 would silently move every agency's total of that year, so import refuses it. The
 * editor saves one indicator at a time, so moving weight takes two saves: there the
 * mismatch is listed among the year's gaps instead (fw_gaps) and the save says so. */
static int check_weights(const char *file, const struct fw_catalog *c, const long *line, char *err,
                         size_t errsz)
{
    double sum;
    if (!fw_weights_check(c, &sum)) return 0;
    char total[40], list[400] = "";
    fw_format_number(sum, total, sizeof total);
    size_t used = 0;
    for (size_t i = 0; i < c->n_inds && used < sizeof list; i++) {
        char w[40];
        fw_format_number(c->inds[i].weight, w, sizeof w);
        used += (size_t)snprintf(list + used, sizeof list - used, "%s%d: %s", i ? ", " : "",
                                 c->inds[i].no, w);
    }
    long first = line ? line[0] : 0, last = first;
    for (size_t i = 0; line && i < c->n_inds; i++) {
        if (line[i] < first) first = line[i];
        if (line[i] > last) last = line[i];
    }
    snprintf(err, errsz,
             _("%s:%ld-%ld: weight: the indicators' weights add up to %s, not 100 "
               "(indicator: weight %s)"),
             file, first, last, total, list);
    return -1;
}

static int no_framework_row(const char *file, char *err, size_t errsz)
{
    snprintf(err, errsz, _("%s: no 'framework' row (the year's grading rule)"), file);
    return -1;
}

/* Maps each of our columns to the header's; -1 after naming the missing one. */
static int map_header(const char *file, const struct csv_record *h, int *map, char *err,
                      size_t errsz)
{
    for (int k = 0; k < C_COUNT; k++) {
        map[k] = csv_column(h, fw_columns[k]);
        if (map[k] < 0) {
            snprintf(err, errsz, _("%s:1: the header has no column '%s'"), file, fw_columns[k]);
            return -1;
        }
    }
    return 0;
}

static void free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

struct parse {
    struct fw_catalog c;
    char **q_where, **i_where; /* FILE:LINE of each question and item */
    long *ind_line;            /* the line of each indicator */
    int seen_framework;
};

/* Reads one record into p, remembering where each question and item came from. */
static int read_one(struct parse *p, struct rd *r)
{
    size_t nq = p->c.n_questions, ni = p->c.n_items, nd = p->c.n_inds;
    if (read_record(r, &p->c, &p->seen_framework)) return -1;
    if (p->c.n_inds > nd) {
        const char *colon = strrchr(r->where, ':');
        p->ind_line = xreallocarray(p->ind_line, p->c.n_inds, sizeof *p->ind_line);
        p->ind_line[nd] = colon ? strtol(colon + 1, NULL, 10) : 0;
    }
    if (p->c.n_questions > nq) {
        p->q_where = xreallocarray(p->q_where, p->c.n_questions, sizeof *p->q_where);
        p->q_where[nq] = xstrdup(r->where);
    }
    if (p->c.n_items > ni) {
        p->i_where = xreallocarray(p->i_where, p->c.n_items, sizeof *p->i_where);
        p->i_where[ni] = xstrdup(r->where);
    }
    return 0;
}

static void parse_free(struct parse *p)
{
    free_strings(p->q_where, p->c.n_questions);
    free_strings(p->i_where, p->c.n_items);
    free(p->ind_line);
    fw_catalog_free(&p->c);
}

static int parse_rows(const char *file, struct csv_reader *rd, const struct csv_record *header,
                      const int *map, struct parse *p, char *err, size_t errsz)
{
    struct csv_record rec = {0};
    char why[200];
    enum csv_status st;
    int rc = 0;
    while (!rc && (st = csv_next(rd, &rec, why, sizeof why)) == CSV_RECORD) {
        if (rec.n == 1 && rec.fields[0][0] == '\0') continue; /* blank line */
        const char *cells[C_COUNT];
        for (int k = 0; k < C_COUNT; k++)
            cells[k] = (size_t)map[k] < rec.n ? rec.fields[map[k]] : "";
        char *where = xasprintf("%s:%ld", file, rec.line);
        struct rd r = {where, cells, err, errsz, 1};
        rc = read_one(p, &r);
        free(where);
    }
    if (!rc && st == CSV_ERROR) {
        /* The header's columns as the other messages name them: words, then the column. */
        char **names = xcalloc(header->n + 1, sizeof *names);
        for (size_t k = 0; k < header->n; k++) {
            int col = fw_column_find(header->fields[k]);
            names[k] = col < 0
                           ? xstrdup(header->fields[k])
                           : xasprintf("%s (%s)", fw_column_label((size_t)col), header->fields[k]);
        }
        csv_error_message(file, &rec, (const char *const *)names, header->n, why, err, errsz);
        free_strings(names, header->n);
        rc = -1;
    }
    csv_record_free(&rec);
    return rc;
}

int fw_parse_csv(const char *file, const char *buf, size_t len, int year, struct fw_catalog *out,
                 char *err, size_t errsz)
{
    struct csv_reader rd;
    struct csv_record header = {0};
    struct parse p;
    memset(&p, 0, sizeof p);
    int map[C_COUNT];
    char why[200];
    int rc = -1;
    memset(out, 0, sizeof *out);
    csv_reader_init(&rd, buf, len);
    if (csv_next(&rd, &header, why, sizeof why) != CSV_RECORD) {
        snprintf(err, errsz, _("%s:1: no header row"), file);
        goto out;
    }
    if (map_header(file, &header, map, err, errsz) ||
        parse_rows(file, &rd, &header, map, &p, err, errsz))
        goto out;
    if (!p.seen_framework) {
        no_framework_row(file, err, errsz);
        goto out;
    }
    if (check_references(&p.c, p.q_where, p.i_where, 1, err, errsz) ||
        check_weights(file, &p.c, p.ind_line, err, errsz))
        goto out;
    p.c.year = year;
    fw_catalog_copy(out, &p.c);
    rc = 0;
out:
    parse_free(&p);
    csv_record_free(&header);
    return rc;
}

int fw_validate(const struct fw_catalog *c, char *err, size_t errsz)
{
    struct parse p;
    memset(&p, 0, sizeof p);
    static const enum fw_record order[] = {FW_REC_FRAMEWORK, FW_REC_BAND, FW_REC_INDICATOR,
                                           FW_REC_QUESTION, FW_REC_ITEM};
    int rc = 0;
    for (size_t o = 0; !rc && o < sizeof order / sizeof order[0]; o++) {
        size_t n = order[o] == FW_REC_FRAMEWORK   ? 1
                   : order[o] == FW_REC_BAND      ? c->n_bands
                   : order[o] == FW_REC_INDICATOR ? c->n_inds
                   : order[o] == FW_REC_QUESTION  ? c->n_questions
                                                  : c->n_items;
        for (size_t i = 0; !rc && i < n; i++) {
            char **cells = fw_record_cells(c, order[o], i);
            char *where = fw_record_key(c, order[o], i);
            struct rd r = {where, (const char *const *)cells, err, errsz, 0};
            rc = read_one(&p, &r);
            free(where);
            fw_cells_free(cells);
        }
    }
    if (!rc) rc = check_references(&p.c, p.q_where, p.i_where, 0, err, errsz);
    parse_free(&p);
    return rc;
}
