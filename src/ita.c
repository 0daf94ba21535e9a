#include "ita.h"

#include <string.h>

static const char *const tool_names[ITA_TOOL_COUNT] = {"IIT", "EIT", "OIT"};
static const char *const state_words[ITA_STATE_COUNT] = {"not-done", "in-progress", "done"};

static int find_word(const char *const *words, int n, const char *word)
{
    for (int i = 0; word && i < n; i++)
        if (strcmp(words[i], word) == 0) return i;
    return -1;
}

int ita_tool_parse(const char *name)
{
    return find_word(tool_names, ITA_TOOL_COUNT, name);
}

const char *ita_tool_name(enum ita_tool tool)
{
    return (unsigned)tool < ITA_TOOL_COUNT ? tool_names[tool] : "?";
}

int ita_state_parse(const char *word)
{
    return find_word(state_words, ITA_STATE_COUNT, word);
}

const char *ita_state_word(enum ita_state state)
{
    return (unsigned)state < ITA_STATE_COUNT ? state_words[state] : "?";
}
