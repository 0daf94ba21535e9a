#include "finding_propose.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "plan.h"
#include "xalloc.h"

/* A growing text: appends "sep" then the formatted piece. */
static void append(char **buf, const char *sep, const char *piece)
{
    char *old = *buf;
    *buf = xasprintf("%s%s%s", old ? old : "", old && *old ? sep : "", piece);
    free(old);
}

static struct finding_proposal *grow(struct finding_proposal **out, size_t *n)
{
    *out = xreallocarray(*out, *n + 1, sizeof **out);
    struct finding_proposal *p = &(*out)[(*n)++];
    *p = (struct finding_proposal){0};
    return p;
}

static const struct result_indicator *indicator(const struct ita_result *r, int no)
{
    for (size_t i = 0; i < r->n_ind; i++)
        if (r->ind[i].s.no == no) return &r->ind[i];
    return NULL;
}

static struct finding_proposal *start(struct finding_proposal **out, size_t *n,
                                      const struct ita_result *r, int no, int kind)
{
    const struct result_indicator *ind = indicator(r, no);
    struct finding_proposal *p = grow(out, n);
    p->kind = kind;
    p->indicator_no = no;
    p->issue_title = xstrdup(ind && ind->name_th ? ind->name_th : "");
    p->indicators = xasprintf("%d", no);
    p->questions = xstrdup("");
    p->oit = xstrdup("");
    return p;
}

/* The lowest indicator of each tool, with its score. */
static void lowest_per_tool(const struct ita_result *r, double threshold,
                            struct finding_proposal **out, size_t *n)
{
    for (int tool = 0; tool < ITA_TOOL_COUNT; tool++) {
        const struct result_indicator *low = NULL;
        double lv = 0;
        for (size_t i = 0; i < r->n_ind; i++) {
            struct opt_score v = score_effective(&r->ind[i].s);
            if ((int)r->ind[i].s.tool != tool || !v.set) continue;
            if (!low || v.v < lv) low = &r->ind[i], lv = v.v;
        }
        if (!low) continue;
        struct finding_proposal *p =
            start(out, n, r, low->s.no, lv < threshold ? FINDING_WEAKNESS : FINDING_DEVELOP);
        /* TRANSLATORS: indicator number and name, the tool, its score. */
        p->text = xasprintf(_("Indicator %d %s has the lowest score of the %s tool: %.2f points."),
                            low->s.no, low->name_th ? low->name_th : "", ita_tool_name(low->s.tool),
                            score_round2(lv));
    }
}

/* One proposal per indicator that has questions below the threshold. */
static void low_questions(const struct ita_result *r, const struct propose_question *q, size_t nq,
                          double threshold, struct finding_proposal **out, size_t *n)
{
    for (size_t k = 0; k < r->n_ind; k++) {
        int no = r->ind[k].s.no;
        char *list = NULL, *codes = NULL;
        for (size_t i = 0; i < nq; i++) {
            if (q[i].indicator_no != no || q[i].score >= threshold) continue;
            char piece[64];
            snprintf(piece, sizeof piece, "%s (%.2f)", q[i].code, score_round2(q[i].score));
            append(&list, ", ", piece);
            append(&codes, " ", q[i].code);
        }
        if (!list) continue;
        struct finding_proposal *p = start(out, n, r, no, FINDING_DEVELOP);
        /* TRANSLATORS: the threshold, then "i3 (80.00), i7 (82.50)". */
        p->text = xasprintf(_("Questions scored below %.0f points: %s."), threshold, list);
        free(p->questions);
        p->questions = codes;
        free(list);
    }
}

/* One proposal per OIT indicator with items scored 0 or 50. */
static void weak_items(const struct ita_result *r, const struct propose_item *items, size_t ni,
                       struct finding_proposal **out, size_t *n)
{
    for (size_t k = 0; k < r->n_ind; k++) {
        int no = r->ind[k].s.no;
        char *list = NULL, *codes = NULL;
        for (size_t i = 0; i < ni; i++) {
            if (items[i].indicator_no != no || items[i].score >= 100) continue;
            char piece[64];
            snprintf(piece, sizeof piece, "%s (%g)", items[i].code, items[i].score);
            append(&list, ", ", piece);
            append(&codes, " ", items[i].code);
        }
        if (!list) continue;
        struct finding_proposal *p = start(out, n, r, no, FINDING_WEAKNESS);
        /* TRANSLATORS: "O12 (0), O17 (50)". */
        p->text = xasprintf(_("OIT items scored 0 or 50: %s."), list);
        free(p->oit);
        p->oit = codes;
        free(list);
    }
}

size_t finding_propose(const struct ita_result *r, const struct propose_question *q, size_t nq,
                       const struct propose_item *items, size_t ni, double threshold,
                       struct finding_proposal **out)
{
    size_t n = 0;
    *out = NULL;
    lowest_per_tool(r, threshold, out, &n);
    low_questions(r, q, nq, threshold, out, &n);
    weak_items(r, items, ni, out, &n);
    return n;
}

void finding_proposals_free(struct finding_proposal *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(p[i].issue_title);
        free(p[i].text);
        free(p[i].indicators);
        free(p[i].questions);
        free(p[i].oit);
    }
    free(p);
}
