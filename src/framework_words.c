/* The words stored for a year's grading and catalog status, and what people read. */
#include <string.h>

#include "framework.h"
#include "framework_cols.h"
#include "i18n.h"

/* The stored words and what the screens say for them. */
static const char *const gradings[][2] = {
    {"letters", N_("letter grades")},
    {"pass", N_("pass or fail")},
    {"levels", N_("levels")},
    {"unknown", N_("not published")},
};
static const char *const statuses[][2] = {
    {"complete", N_("complete")},
    {"partial", N_("partial")},
    {"provisional", N_("provisional")},
};

static const char *label(const char *const (*words)[2], size_t n, const char *word)
{
    for (size_t i = 0; word && i < n; i++)
        if (strcmp(words[i][0], word) == 0) return _(words[i][1]);
    return word ? word : "-";
}

const char *fw_grading_label(const char *grading)
{
    return label(gradings, sizeof gradings / sizeof gradings[0], grading);
}

const char *fw_status_label(const char *status)
{
    return label(statuses, sizeof statuses / sizeof statuses[0], status);
}

/* What each catalog column holds, in words (fw_columns order): messages and the audit
 * trail name a field by these, the file's header by the column name. */
static const char *const column_words[C_COUNT] = {
    [C_RECORD] = N_("row kind"),
    [C_CODE] = N_("code"),
    [C_TITLE_TH] = N_("Thai title"),
    [C_TITLE_EN] = N_("English title"),
    [C_TOOL] = N_("tool"),
    [C_WEIGHT] = N_("weight"),
    [C_INDICATOR] = N_("indicator number"),
    [C_SEQ] = N_("order"),
    [C_GROUP_KEY] = N_("group"),
    [C_GROUP_TITLE] = N_("group name"),
    [C_COMPONENTS] = N_("required components"),
    [C_KNOWN] = N_("title known"),
    [C_CONFIDENCE] = N_("confidence of the title"),
    [C_MIN_TOTAL] = N_("lowest total"),
    [C_MIN_EACH] = N_("lowest score of each tool"),
    [C_PASSED] = N_("passes"),
    [C_CERTAIN] = N_("stated plainly"),
    [C_GRADING] = N_("grading"),
    [C_PASS_MARK] = N_("pass mark"),
    [C_STATUS] = N_("catalog status"),
    [C_NOTE] = N_("note"),
    [C_NATIONAL] = N_("national average"),
};

const char *fw_column_label(size_t col)
{
    return col < C_COUNT ? _(column_words[col]) : "";
}

int fw_column_find(const char *name)
{
    for (int k = 0; name && k < C_COUNT; k++)
        if (strcmp(fw_columns[k], name) == 0) return k;
    return -1;
}

static const char *const confidences[FW_CONFIDENCE_COUNT] = {N_("sure"), N_("medium"), N_("low")};

const char *fw_confidence_label(enum fw_confidence c)
{
    return (unsigned)c < FW_CONFIDENCE_COUNT ? _(confidences[c]) : "-";
}
