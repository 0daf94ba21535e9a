/* What a year's catalog does not know yet: the list an admin works through. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "framework.h"
#include "i18n.h"
#include "xalloc.h"

static const char *const gap_labels[FW_GAP_KIND_COUNT] = {
    [FW_GAP_RULE] = N_("the grading rule is not published"),
    [FW_GAP_BAND] = N_("a level the NACC did not state plainly"),
    [FW_GAP_TITLE] = N_("the item's title is unknown"),
    [FW_GAP_CONFIDENCE] = N_("the title is not confirmed; check it on ITAS"),
    [FW_GAP_COMPONENTS] = N_("no required components"),
    [FW_GAP_UNGROUPED] = N_("in no group"),
    [FW_GAP_GROUP_NAME] = N_("the group has no name"),
    [FW_GAP_INDICATOR] = N_("under no indicator"),
    [FW_GAP_WEIGHTS] = N_("the indicators' weights do not add up to 100"),
};

const char *fw_gap_label(enum fw_gap_kind k)
{
    return (unsigned)k < FW_GAP_KIND_COUNT ? _(gap_labels[k]) : "?";
}

static void add(struct fw_gap **v, size_t *n, enum fw_gap_kind k, const char *what,
                const char *detail)
{
    *v = xreallocarray(*v, *n + 1, sizeof **v);
    (*v)[(*n)++] = (struct fw_gap){k, xstrdup(what ? what : ""), xstrdup(detail ? detail : "")};
}

static int group_named_before(const struct fw_catalog *c, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (strcmp(c->items[j].group_key, c->items[i].group_key) == 0) return 1;
    return 0;
}

static void item_gaps(const struct fw_catalog *c, struct fw_gap **v, size_t *n)
{
    for (size_t i = 0; i < c->n_items; i++) {
        const struct fw_item *it = &c->items[i];
        if (!it->known || !*it->title_th)
            add(v, n, FW_GAP_TITLE, it->code, "");
        else if (it->confidence != FW_SURE)
            add(v, n, FW_GAP_CONFIDENCE, it->code, it->title_th);
        if (!*it->components_th) add(v, n, FW_GAP_COMPONENTS, it->code, it->title_th);
        if (!*it->group_key)
            add(v, n, FW_GAP_UNGROUPED, it->code, it->title_th);
        else if (!*it->group_title && !group_named_before(c, i))
            add(v, n, FW_GAP_GROUP_NAME, it->group_key, "");
        if (!it->indicator_no) add(v, n, FW_GAP_INDICATOR, it->code, it->title_th);
    }
}

size_t fw_gaps(const struct fw_catalog *c, struct fw_gap **gaps)
{
    struct fw_gap *v = NULL;
    size_t n = 0;
    if (c->grading && strcmp(c->grading, "unknown") == 0) add(&v, &n, FW_GAP_RULE, "", "");
    for (size_t i = 0; i < c->n_bands; i++)
        if (!c->bands[i].certain) {
            char rank[16];
            snprintf(rank, sizeof rank, "%d", c->bands[i].rank);
            add(&v, &n, FW_GAP_BAND, rank, c->bands[i].label_th);
        }
    double sum;
    if (fw_weights_check(c, &sum)) {
        char total[40];
        fw_format_number(sum, total, sizeof total);
        add(&v, &n, FW_GAP_WEIGHTS, total, "");
    }
    item_gaps(c, &v, &n);
    *gaps = v;
    return n;
}

void fw_gaps_free(struct fw_gap *gaps, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(gaps[i].what);
        free(gaps[i].detail);
    }
    free(gaps);
}
