#include "todo.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "xalloc.h"

static const char *const headings[TODO_KIND_COUNT] = {
#define TODO_HEADING(id, heading) [TODO_##id] = heading,
    TODO_KINDS(TODO_HEADING)
#undef TODO_HEADING
};

const char *todo_kind_heading(enum todo_kind k)
{
    return (unsigned)k < TODO_KIND_COUNT ? _(headings[k]) : "";
}

struct todo_item *todo_push(struct todo_list *l, enum todo_kind kind)
{
    l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
    struct todo_item *it = &l->v[l->n++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    return it;
}

void todo_add_round(struct todo_list *l, const struct measure *m, const char *agency,
                    const char *today, int days)
{
    int months = 0;
    char due[11];
    enum round_due d = measure_next_round_within(m, today, days, &months, due);
    if (d != ROUND_OVERDUE && d != ROUND_DUE) return;
    struct todo_item *it = todo_push(l, d == ROUND_OVERDUE ? TODO_ROUND_OVERDUE : TODO_ROUND_DUE);
    it->agency_id = m->agency_id;
    it->agency = xstrdup(agency ? agency : "");
    it->year = m->plan_year;
    it->id = m->id;
    it->months = months;
    memcpy(it->due, due, sizeof it->due);
    it->overdue = d == ROUND_OVERDUE;
    it->title = xstrdup(m->title ? m->title : "");
}

void todo_mark_overdue(struct todo_list *l, const char *today)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].due[0] && strcmp(l->v[i].due, today) < 0) l->v[i].overdue = 1;
}

size_t todo_overdue_count(const struct todo_list *l)
{
    size_t n = 0;
    for (size_t i = 0; i < l->n; i++)
        n += l->v[i].overdue != 0;
    return n;
}

/* "O12" → 12, so that O2 sorts before O10; codes without a number sort by text. */
static long code_number(const char *code)
{
    return code[0] == 'O' ? strtol(code + 1, NULL, 10) : 0;
}

static int by_order(const void *pa, const void *pb)
{
    const struct todo_item *a = pa, *b = pb;
    int c;
    if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
    if (!a->due[0] != !b->due[0]) return a->due[0] ? -1 : 1;
    if ((c = strcmp(a->due, b->due))) return c;
    if ((c = strcmp(a->agency ? a->agency : "", b->agency ? b->agency : ""))) return c;
    if (a->agency_id != b->agency_id) return a->agency_id < b->agency_id ? -1 : 1;
    if (a->year != b->year) return a->year < b->year ? -1 : 1;
    long x = code_number(a->code), y = code_number(b->code);
    if (x != y) return x < y ? -1 : 1;
    if ((c = strcmp(a->code, b->code))) return c;
    if (a->id != b->id) return a->id < b->id ? -1 : 1;
    return a->months - b->months;
}

void todo_sort(struct todo_list *l)
{
    if (l->n > 1) qsort(l->v, l->n, sizeof *l->v, by_order);
}

char *todo_what(const struct todo_item *it, char *buf, size_t n)
{
    switch (it->kind) {
    case TODO_ROUND_OVERDUE:
    case TODO_ROUND_DUE:
        snprintf(buf, n, _("%d-month round of measure %ld"), it->months, it->id);
        break;
    case TODO_ROUND_RETURNED:
        snprintf(buf, n, _("%d-month round of measure %ld returned: %s"), it->months, it->id,
                 it->comment ? it->comment : "");
        break;
    case TODO_OIT_RETURNED:
        snprintf(buf, n, _("%s of %d returned: %s"), it->code, it->year,
                 it->comment ? it->comment : "");
        break;
    case TODO_OIT_OPEN:
        snprintf(buf, n, _("%s of %d: %s"), it->code, it->year,
                 it->missing == (TODO_NOT_DONE | TODO_NO_EVIDENCE) ? _("not done, no evidence link")
                 : it->missing & TODO_NOT_DONE                     ? _("not done")
                                                                   : _("no evidence link"));
        break;
    case TODO_ROUND_TO_CHECK:
        snprintf(buf, n, _("%d-month round of measure %ld, reported by %s"), it->months, it->id,
                 it->comment ? it->comment : "");
        break;
    case TODO_OIT_TO_CHECK:
        snprintf(buf, n, _("%s of %d, done by %s"), it->code, it->year,
                 it->comment ? it->comment : "");
        break;
    case TODO_FINDING:
        snprintf(buf, n, _("finding %ld of %d has no measure in plan year %d"), it->id, it->year,
                 it->year + 1);
        break;
    default:
        buf[0] = '\0';
    }
    return buf;
}

const char *todo_title(const struct todo_item *it)
{
    return it->title ? it->title : _("(title not known in the catalog)");
}

void todo_free(struct todo_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].agency);
        free(l->v[i].title);
        free(l->v[i].comment);
    }
    free(l->v);
    l->v = NULL;
    l->n = 0;
}
