/* The words stored for a year's grading and catalog status, and what people read. */
#include <string.h>

#include "framework.h"
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
