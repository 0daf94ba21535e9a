#include "framework.h"
#include "framework_cols.h"

#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "i18n.h"
#include "xalloc.h"

static const char *const confidence_words[FW_CONFIDENCE_COUNT] = {"sure", "medium", "low"};
static const char *const record_words[FW_REC_COUNT] = {"framework", "band", "indicator", "question",
                                                       "item"};

const char *fw_confidence_word(enum fw_confidence c)
{
    return (unsigned)c < FW_CONFIDENCE_COUNT ? confidence_words[c] : "sure";
}

int fw_confidence_parse(const char *word)
{
    for (int i = 0; i < FW_CONFIDENCE_COUNT; i++)
        if (word && strcmp(word, confidence_words[i]) == 0) return i;
    return -1;
}

static const char *const record_entities[FW_REC_COUNT] = {"framework", "grade_band", "indicator",
                                                          "question", "oit_item"};

const char *fw_record_entity(enum fw_record r)
{
    return (unsigned)r < FW_REC_COUNT ? record_entities[r] : "?";
}

static const char *const audit_fields[FW_AUDIT_COUNT] = {"created", "deleted", "copied_from",
                                                         "imported_from"};

const char *fw_audit_field(enum fw_audit_event e)
{
    return (unsigned)e < FW_AUDIT_COUNT ? audit_fields[e] : "?";
}

const char *fw_record_word(enum fw_record r)
{
    return (unsigned)r < FW_REC_COUNT ? record_words[r] : "?";
}

static char *dup_or_empty(const char *s)
{
    return xstrdup(s ? s : "");
}

void fw_catalog_free(struct fw_catalog *c)
{
    free(c->grading);
    free(c->status);
    free(c->note);
    for (size_t i = 0; i < c->n_bands; i++) {
        free(c->bands[i].label_th);
        free(c->bands[i].label_en);
    }
    for (size_t i = 0; i < c->n_inds; i++) {
        free(c->inds[i].name_th);
        free(c->inds[i].name_en);
    }
    for (size_t i = 0; i < c->n_questions; i++) {
        free(c->questions[i].code);
        free(c->questions[i].text_th);
    }
    for (size_t i = 0; i < c->n_items; i++) {
        struct fw_item *it = &c->items[i];
        free(it->code);
        free(it->group_key);
        free(it->group_title);
        free(it->title_th);
        free(it->components_th);
    }
    free(c->bands);
    free(c->inds);
    free(c->questions);
    free(c->items);
    memset(c, 0, sizeof *c);
}

void fw_catalog_copy(struct fw_catalog *dst, const struct fw_catalog *src)
{
    *dst = *src;
    dst->grading = dup_or_empty(src->grading);
    dst->status = dup_or_empty(src->status);
    dst->note = dup_or_empty(src->note);
    dst->bands = xcalloc(src->n_bands + 1, sizeof *dst->bands);
    for (size_t i = 0; i < src->n_bands; i++) {
        dst->bands[i] = src->bands[i];
        dst->bands[i].label_th = dup_or_empty(src->bands[i].label_th);
        dst->bands[i].label_en = dup_or_empty(src->bands[i].label_en);
    }
    dst->inds = xcalloc(src->n_inds + 1, sizeof *dst->inds);
    for (size_t i = 0; i < src->n_inds; i++) {
        dst->inds[i] = src->inds[i];
        dst->inds[i].name_th = dup_or_empty(src->inds[i].name_th);
        dst->inds[i].name_en = dup_or_empty(src->inds[i].name_en);
    }
    dst->questions = xcalloc(src->n_questions + 1, sizeof *dst->questions);
    for (size_t i = 0; i < src->n_questions; i++) {
        dst->questions[i] = src->questions[i];
        dst->questions[i].code = dup_or_empty(src->questions[i].code);
        dst->questions[i].text_th = dup_or_empty(src->questions[i].text_th);
    }
    dst->items = xcalloc(src->n_items + 1, sizeof *dst->items);
    for (size_t i = 0; i < src->n_items; i++) {
        const struct fw_item *s = &src->items[i];
        struct fw_item *d = &dst->items[i];
        *d = *s;
        d->code = dup_or_empty(s->code);
        d->group_key = dup_or_empty(s->group_key);
        d->group_title = dup_or_empty(s->group_title);
        d->title_th = dup_or_empty(s->title_th);
        d->components_th = dup_or_empty(s->components_th);
    }
}

void fw_catalog_start_year(struct fw_catalog *c, int to)
{
    c->year = to;
    free(c->note);
    c->note = xstrdup("");
    free(c->status);
    c->status = xstrdup("provisional");
    c->national_average = (struct opt_score){0};
}

/* 15 significant digits: what number_parse_decimal reads, so a value read back is the
 * value written; no exponent within the catalog's ranges (0-100). */
void fw_format_number(double v, char *out, size_t outsz)
{
    snprintf(out, outsz, "%.15g", v);
}

/* ---- the catalog file ---- */

const char *const fw_columns[C_COUNT] = {
    "record",       "code",      "title_th",      "title_en",        "tool",          "weight",
    "indicator_no", "seq",       "group_key",     "group_title",     "components_th", "known",
    "confidence",   "min_total", "min_each_tool", "passed",          "certain",       "grading",
    "pass_mark",    "status",    "note",          "national_average"};
const size_t fw_column_count = C_COUNT;

static char *num_cell(double v)
{
    char buf[40];
    fw_format_number(v, buf, sizeof buf);
    return xstrdup(buf);
}

static char *opt_cell(struct opt_score s)
{
    return s.set ? num_cell(s.v) : xstrdup("");
}

static char *int_cell(long v)
{
    return xasprintf("%ld", v);
}

static char *ind_cell(int no)
{
    return no > 0 ? int_cell(no) : xstrdup("");
}

char **fw_record_cells(const struct fw_catalog *c, enum fw_record r, size_t i)
{
    char **v = xcalloc(C_COUNT + 1, sizeof *v);
    v[C_RECORD] = xstrdup(record_words[r]);
    switch (r) {
    case FW_REC_FRAMEWORK:
        v[C_GRADING] = dup_or_empty(c->grading);
        v[C_PASS_MARK] = opt_cell(c->pass_mark);
        v[C_STATUS] = dup_or_empty(c->status);
        v[C_NOTE] = dup_or_empty(c->note);
        v[C_NATIONAL] = opt_cell(c->national_average);
        break;
    case FW_REC_BAND: {
        const struct fw_band *b = &c->bands[i];
        v[C_CODE] = int_cell(b->rank);
        v[C_TITLE_TH] = dup_or_empty(b->label_th);
        v[C_TITLE_EN] = dup_or_empty(b->label_en);
        v[C_MIN_TOTAL] = num_cell(b->min_total);
        v[C_MIN_EACH] = opt_cell(b->min_each_tool);
        v[C_PASSED] = int_cell(b->passed);
        v[C_CERTAIN] = int_cell(b->certain);
        break;
    }
    case FW_REC_INDICATOR: {
        const struct fw_indicator *d = &c->inds[i];
        v[C_CODE] = int_cell(d->no);
        v[C_TITLE_TH] = dup_or_empty(d->name_th);
        v[C_TITLE_EN] = dup_or_empty(d->name_en);
        v[C_TOOL] = xstrdup(ita_tool_name(d->tool));
        v[C_WEIGHT] = num_cell(d->weight);
        break;
    }
    case FW_REC_QUESTION: {
        const struct fw_question *q = &c->questions[i];
        v[C_CODE] = dup_or_empty(q->code);
        v[C_TITLE_TH] = dup_or_empty(q->text_th);
        v[C_TOOL] = xstrdup(ita_tool_name(q->tool));
        v[C_INDICATOR] = ind_cell(q->indicator_no);
        v[C_SEQ] = int_cell(q->seq);
        break;
    }
    case FW_REC_ITEM: {
        const struct fw_item *it = &c->items[i];
        v[C_CODE] = dup_or_empty(it->code);
        v[C_TITLE_TH] = dup_or_empty(it->title_th);
        v[C_INDICATOR] = ind_cell(it->indicator_no);
        v[C_SEQ] = int_cell(it->seq);
        v[C_GROUP_KEY] = dup_or_empty(it->group_key);
        v[C_GROUP_TITLE] = dup_or_empty(it->group_title);
        v[C_COMPONENTS] = dup_or_empty(it->components_th);
        v[C_KNOWN] = int_cell(it->known);
        v[C_CONFIDENCE] = xstrdup(fw_confidence_word(it->confidence));
        break;
    }
    default:
        break;
    }
    for (size_t k = 0; k < C_COUNT; k++)
        if (!v[k]) v[k] = xstrdup("");
    return v;
}

void fw_cells_free(char **cells)
{
    for (size_t k = 0; cells && k < C_COUNT; k++)
        free(cells[k]);
    free(cells);
}

char *fw_record_key(const struct fw_catalog *c, enum fw_record r, size_t i)
{
    switch (r) {
    case FW_REC_BAND:
        return xasprintf("%d/band%d", c->year, c->bands[i].rank);
    case FW_REC_INDICATOR:
        return xasprintf("%d/ind%d", c->year, c->inds[i].no);
    case FW_REC_QUESTION:
        return xasprintf("%d/%s", c->year, c->questions[i].code);
    case FW_REC_ITEM:
        return xasprintf("%d/%s", c->year, c->items[i].code);
    default:
        return xasprintf("%d", c->year);
    }
}

int fw_record_find(const struct fw_catalog *c, const char *key, enum fw_record *r, size_t *i)
{
    for (int k = 0; k < FW_REC_COUNT; k++)
        for (size_t j = 0; j < fw_record_count(c, (enum fw_record)k); j++) {
            char *have = fw_record_key(c, (enum fw_record)k, j);
            int same = strcmp(have, key) == 0;
            free(have);
            if (same) {
                *r = (enum fw_record)k, *i = j;
                return 0;
            }
        }
    return -1;
}

static size_t record_count(const struct fw_catalog *c, enum fw_record r)
{
    switch (r) {
    case FW_REC_FRAMEWORK:
        return 1;
    case FW_REC_BAND:
        return c->n_bands;
    case FW_REC_INDICATOR:
        return c->n_inds;
    case FW_REC_QUESTION:
        return c->n_questions;
    case FW_REC_ITEM:
        return c->n_items;
    default:
        return 0;
    }
}

void fw_write_csv(FILE *out, const struct fw_catalog *c)
{
    csv_write_row(out, fw_columns, C_COUNT, CSV_WRITE_PLAIN);
    for (int r = 0; r < FW_REC_COUNT; r++)
        for (size_t i = 0; i < record_count(c, (enum fw_record)r); i++) {
            char **cells = fw_record_cells(c, (enum fw_record)r, i);
            csv_write_row(out, (const char *const *)cells, C_COUNT, CSV_WRITE_CLEAN);
            fw_cells_free(cells);
        }
}

static void put_band(struct fw_catalog *d, const struct fw_band *s)
{
    size_t j = 0;
    while (j < d->n_bands && d->bands[j].rank != s->rank)
        j++;
    if (j == d->n_bands)
        d->bands = xreallocarray(d->bands, ++d->n_bands, sizeof *d->bands);
    else {
        free(d->bands[j].label_th);
        free(d->bands[j].label_en);
    }
    d->bands[j] = *s;
    d->bands[j].label_th = dup_or_empty(s->label_th);
    d->bands[j].label_en = dup_or_empty(s->label_en);
}

static void put_indicator(struct fw_catalog *d, const struct fw_indicator *s)
{
    size_t j = 0;
    while (j < d->n_inds && d->inds[j].no != s->no)
        j++;
    if (j == d->n_inds)
        d->inds = xreallocarray(d->inds, ++d->n_inds, sizeof *d->inds);
    else {
        free(d->inds[j].name_th);
        free(d->inds[j].name_en);
    }
    d->inds[j] = *s;
    d->inds[j].name_th = dup_or_empty(s->name_th);
    d->inds[j].name_en = dup_or_empty(s->name_en);
}

static void put_question(struct fw_catalog *d, const struct fw_question *s)
{
    size_t j = 0;
    while (j < d->n_questions && strcmp(d->questions[j].code, s->code) != 0)
        j++;
    if (j == d->n_questions)
        d->questions = xreallocarray(d->questions, ++d->n_questions, sizeof *d->questions);
    else {
        free(d->questions[j].code);
        free(d->questions[j].text_th);
    }
    d->questions[j] = *s;
    d->questions[j].code = dup_or_empty(s->code);
    d->questions[j].text_th = dup_or_empty(s->text_th);
}

static void put_item(struct fw_catalog *d, const struct fw_item *s)
{
    size_t j = 0;
    while (j < d->n_items && strcmp(d->items[j].code, s->code) != 0)
        j++;
    if (j == d->n_items)
        d->items = xreallocarray(d->items, ++d->n_items, sizeof *d->items);
    else {
        struct fw_item *o = &d->items[j];
        free(o->code);
        free(o->group_key);
        free(o->group_title);
        free(o->title_th);
        free(o->components_th);
    }
    struct fw_item *t = &d->items[j];
    *t = *s;
    t->code = dup_or_empty(s->code);
    t->group_key = dup_or_empty(s->group_key);
    t->group_title = dup_or_empty(s->group_title);
    t->title_th = dup_or_empty(s->title_th);
    t->components_th = dup_or_empty(s->components_th);
}

void fw_put_record(struct fw_catalog *dst, const struct fw_catalog *src, enum fw_record r, size_t i)
{
    switch (r) {
    case FW_REC_FRAMEWORK:
        free(dst->grading);
        free(dst->status);
        free(dst->note);
        dst->grading = dup_or_empty(src->grading);
        dst->status = dup_or_empty(src->status);
        dst->note = dup_or_empty(src->note);
        dst->pass_mark = src->pass_mark;
        dst->national_average = src->national_average;
        break;
    case FW_REC_BAND:
        put_band(dst, &src->bands[i]);
        break;
    case FW_REC_INDICATOR:
        put_indicator(dst, &src->inds[i]);
        break;
    case FW_REC_QUESTION:
        put_question(dst, &src->questions[i]);
        break;
    default:
        put_item(dst, &src->items[i]);
        break;
    }
}

size_t fw_record_count(const struct fw_catalog *c, enum fw_record r)
{
    return record_count(c, r);
}

void fw_name_group(struct fw_catalog *c, const char *group_key, const char *title)
{
    for (size_t i = 0; i < c->n_items; i++)
        if (strcmp(c->items[i].group_key, group_key) == 0 &&
            strcmp(c->items[i].group_title, title) != 0) {
            free(c->items[i].group_title);
            c->items[i].group_title = xstrdup(title);
        }
}
