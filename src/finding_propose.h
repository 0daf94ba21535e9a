/* Proposed opening findings, drafted from a year's scores for the officer to edit and
 * accept (never saved by themselves): the lowest indicator of each tool with its score,
 * the questions scored below a threshold, the OIT items scored 0 or 50. */
#ifndef ITADESK_FINDING_PROPOSE_H
#define ITADESK_FINDING_PROPOSE_H

#include <stddef.h>

#include "result.h"

#define PROPOSE_THRESHOLD 85.0 /* the usual "fix urgently below" of the documents */

struct propose_question {
    const char *code; /* "i3" */
    int indicator_no;
    double score;
};

struct propose_item {
    const char *code; /* "O12" */
    int indicator_no;
    double score;
};

struct finding_proposal {
    int kind;          /* enum finding_kind */
    int indicator_no;  /* the issue: the indicator it is about */
    char *issue_title; /* the indicator's name */
    char *text;        /* the drafted finding */
    char *indicators;  /* "9" */
    char *questions;   /* "i3 i7" or "" */
    char *oit;         /* "O12 O17" or "" */
};

/* Drafts the proposals from r (indicators, entered or computed), the question scores and
 * the OIT item scores, questions below threshold. *out malloc'd; returns how many. */
size_t finding_propose(const struct ita_result *r, const struct propose_question *q, size_t nq,
                       const struct propose_item *items, size_t ni, double threshold,
                       struct finding_proposal **out);

void finding_proposals_free(struct finding_proposal *p, size_t n);

#endif
