/* The three kinds of finding and the five constraint areas, as words for the command line
 * and labels for the screens. */
#include <string.h>

#include "i18n.h"
#include "plan.h"

static const char *const kind_words[FINDING_KINDS] = {"weakness", "develop", "keep"};
/* TRANSLATORS: the three kinds of finding of the analysis document. */
static const char *const kind_labels[FINDING_KINDS] = {N_("Weakness to fix"), N_("To develop"),
                                                       N_("To keep at its level")};
static const char *const area_words[PLAN_CONSTRAINT_HEADINGS] = {"staff", "budget", "technology",
                                                                 "area", "economy"};

int finding_kind_parse(const char *word)
{
    for (int i = 0; word && i < FINDING_KINDS; i++)
        if (strcmp(word, kind_words[i]) == 0 || strcmp(word, _(kind_labels[i])) == 0) return i;
    if (word && word[0] >= '1' && word[0] <= '3' && !word[1]) return word[0] - '1';
    return -1;
}

const char *finding_kind_word(int kind)
{
    return kind >= 0 && kind < FINDING_KINDS ? kind_words[kind] : "";
}

const char *finding_kind_label(int kind)
{
    return kind >= 0 && kind < FINDING_KINDS ? _(kind_labels[kind]) : "";
}

char **finding_kind_text(struct finding *f, int kind)
{
    char **slots[FINDING_KINDS] = {&f->weakness, &f->to_develop, &f->keep_level};
    return kind >= 0 && kind < FINDING_KINDS ? slots[kind] : NULL;
}

int finding_kind_of(const struct finding *f)
{
    const char *t[FINDING_KINDS] = {f->weakness, f->to_develop, f->keep_level};
    for (int i = 0; i < FINDING_KINDS; i++)
        if (t[i] && *t[i]) return i;
    return -1;
}

int constraint_area_parse(const char *word)
{
    for (int i = 0; word && i < PLAN_CONSTRAINT_HEADINGS; i++)
        if (strcmp(word, area_words[i]) == 0 || strcmp(word, plan_constraint_heading(i + 1)) == 0)
            return i + 1;
    if (word && word[0] >= '1' && word[0] <= '5' && !word[1]) return word[0] - '0';
    return -1;
}
