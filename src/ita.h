/* Domain vocabulary of the ITA shared by every layer: tools, checklist states. */
#ifndef ITADESK_ITA_H
#define ITADESK_ITA_H

#include <stdbool.h>

enum ita_tool { ITA_IIT, ITA_EIT, ITA_OIT, ITA_TOOL_COUNT };

/* Progress of an OIT item, a measure or a monitoring round. */
enum ita_state { ITA_NOT_DONE, ITA_IN_PROGRESS, ITA_DONE, ITA_STATE_COUNT };

/* A score that may be absent (not entered, or nothing to compute it from). */
struct opt_score {
    bool set;
    double v;
};

/* "IIT" → ITA_IIT; -1 when the name is not a tool. */
int ita_tool_parse(const char *name);
const char *ita_tool_name(enum ita_tool tool);

/* "done" / "not-done" / "in-progress" (the words stored and used on the command line). */
int ita_state_parse(const char *word);
const char *ita_state_word(enum ita_state state);

#endif
