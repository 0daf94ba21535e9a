/* The to-do list (งานที่ต้องทำ): what a user has to do now, gathered from the plans, the
 * OIT checklist, the reviewers' verdicts and the analysis (db/db_todo.c reads them), and
 * sorted here. The screen and `itadesk remind` show the same list. */
#ifndef ITADESK_TODO_H
#define ITADESK_TODO_H

#include <stddef.h>

#include "plan.h"

/* X(ID, heading). The order is the list's: what is late or sent back first. */
#define TODO_KINDS(X)                                                                              \
    X(ROUND_OVERDUE, N_("Overdue monitoring rounds"))                                              \
    X(ROUND_RETURNED, N_("Round reports returned by a reviewer"))                                  \
    X(OIT_RETURNED, N_("OIT items returned by a reviewer"))                                        \
    X(ROUND_DUE, N_("Monitoring rounds due soon"))                                                 \
    X(OIT_OPEN, N_("OIT items to finish while answering is open"))                                 \
    X(ROUND_TO_CHECK, N_("Round reports waiting for a reviewer"))                                  \
    X(OIT_TO_CHECK, N_("OIT items done, waiting for a reviewer"))                                  \
    X(FINDING, N_("Findings without a measure"))

enum todo_kind {
#define TODO_ENUM(id, heading) TODO_##id,
    TODO_KINDS(TODO_ENUM)
#undef TODO_ENUM
        TODO_KIND_COUNT
};

/* What an OIT item still lacks (bits). */
enum { TODO_NOT_DONE = 1, TODO_NO_EVIDENCE = 2 };

struct todo_item {
    enum todo_kind kind;
    long agency_id;
    char *agency;  /* its name */
    int year;      /* a measure's plan year, an OIT item's or a finding's assessed year */
    long id;       /* the measure or the finding */
    char code[16]; /* the OIT item */
    int months;    /* the monitoring round */
    char due[11];  /* ISO, "" when there is no date */
    int overdue;   /* the due date has passed */
    int missing;   /* TODO_NOT_DONE | TODO_NO_EVIDENCE */
    char *title;   /* the measure's or the item's title, the finding's text; NULL: an OIT
                    * item whose title the catalog does not know (todo_title says so) */
    char *comment; /* a reviewer's comment */
};

struct todo_list {
    struct todo_item *v;
    size_t n;
};

/* Appends an empty item of kind to l and returns it (strings owned by the list). */
struct todo_item *todo_push(struct todo_list *l, enum todo_kind kind);

/* Adds m's next monitoring round when it is overdue on today (ISO) or due within days. */
void todo_add_round(struct todo_list *l, const struct measure *m, const char *agency,
                    const char *today, int days);

/* Marks items whose due date is before today as overdue. */
void todo_mark_overdue(struct todo_list *l, const char *today);

/* Kind, then due date (none last), agency, year, item code (O2 before O10), id, round. */
void todo_sort(struct todo_list *l);

/* How many items are overdue. */
size_t todo_overdue_count(const struct todo_list *l);

/* The heading of a kind, translated. */
const char *todo_kind_heading(enum todo_kind k);

/* One line saying what is to be done with the item ("6-month round of the measure",
 * "not done, no evidence link", "returned: <comment>"), translated, into buf. */
char *todo_what(const struct todo_item *it, char *buf, size_t n);

/* The item's title, or that the catalog does not know it (translated). */
const char *todo_title(const struct todo_item *it);

void todo_free(struct todo_list *l);

#endif
