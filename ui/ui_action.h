/* The one action table. Each row: action id, config name (stable, used in the config file
 * and never translated), default keys (key names, see ui_keys.h), help text, status-bar
 * hint (NULL = not hinted) and the screens where it applies. Key dispatch, the help screen,
 * the status-bar hints, the user's bindings and the man page's key section all read it. */
#ifndef ITADESK_UI_ACTION_H
#define ITADESK_UI_ACTION_H

#include "i18n.h"

/* Screens, as bits for the action table. */
enum ui_scr {
    UI_SCR_PICKER = 1 << 0,
    UI_SCR_YEAR = 1 << 1,
    UI_SCR_DASH = 1 << 2,
    UI_SCR_IND = 1 << 3,
    UI_SCR_DETAIL = 1 << 4,
    UI_SCR_HELP = 1 << 5,
    UI_SCR_TODO = 1 << 6,
    UI_SCR_OIT = 1 << 7,    /* the OIT checklist */
    UI_SCR_DIALOG = 1 << 8, /* modal choosers, prompts, editors and the item history */
    UI_SCR_PLANS = 1 << 9,  /* the action plan: measures, findings, constraints */
    UI_SCR_EDIT = 1 << 10,  /* the measure, finding and constraint editors */
    UI_SCR_COUNT = 11,
    UI_SCR_ALL = (1 << 11) - 1,
    UI_SCR_SCROLL = UI_SCR_PICKER | UI_SCR_YEAR | UI_SCR_DASH | UI_SCR_IND | UI_SCR_DETAIL |
                    UI_SCR_HELP | UI_SCR_OIT | UI_SCR_DIALOG | UI_SCR_PLANS,
    UI_SCR_RESULT = UI_SCR_DASH | UI_SCR_IND | UI_SCR_DETAIL,
};

/* X(id, config name, default keys, help text, hint, screens). Hints are one short word on
 * the status line after the key; config names and key names are never translated. */
#define UI_ACTIONS(X)                                                                              \
    X(UP, "up", "Up k", N_("Move up one line"), NULL, UI_SCR_SCROLL)                               \
    X(DOWN, "down", "Down j", N_("Move down one line"), NULL, UI_SCR_SCROLL)                       \
    X(PAGE_UP, "page-up", "PgUp C-b", N_("Move up one page"), NULL, UI_SCR_SCROLL)                 \
    X(PAGE_DOWN, "page-down", "PgDn C-f", N_("Move down one page"), NULL, UI_SCR_SCROLL)           \
    X(FIRST, "first", "Home g", N_("Go to the first line"), NULL, UI_SCR_SCROLL)                   \
    X(LAST, "last", "End G", N_("Go to the last line"), NULL, UI_SCR_SCROLL)                       \
    X(OPEN, "open", "Enter", N_("Open the selected line"), N_("open"),                             \
      UI_SCR_PICKER | UI_SCR_YEAR | UI_SCR_IND | UI_SCR_OIT | UI_SCR_DIALOG | UI_SCR_PLANS)        \
    X(FILTER, "filter", "/", N_("Filter the list by typing (Thai or Latin)"), N_("filter"),        \
      UI_SCR_PICKER | UI_SCR_OIT)                                                                  \
    X(TICK, "tick", "Space", N_("Tick the item done, or back to not done (saved at once)"),        \
      N_("tick"), UI_SCR_OIT)                                                                      \
    X(IN_PROGRESS, "in-progress", "~", N_("Set the item in progress"), NULL, UI_SCR_OIT)           \
    X(UNIT, "unit", "u", N_("Choose the responsible unit, or add a new one"), N_("unit"),          \
      UI_SCR_OIT)                                                                                  \
    X(LINK, "evidence-link", "l", N_("Set the evidence link (http:// or https://)"), NULL,         \
      UI_SCR_OIT)                                                                                  \
    X(NOTE, "note", "n", N_("Edit the note"), NULL, UI_SCR_OIT)                                    \
    X(SCORE, "score", "S", N_("Set the panel score (0, 50, 100 or none)"), NULL, UI_SCR_OIT)       \
    X(HISTORY, "history", "h", N_("Show every change of the item"), NULL, UI_SCR_OIT)              \
    X(MARK, "mark", "m", N_("Mark the item for a change to several items at once"), NULL,          \
      UI_SCR_OIT)                                                                                  \
    X(MARK_GROUP, "mark-group", "M", N_("Mark or unmark the item's whole group"), NULL,            \
      UI_SCR_OIT)                                                                                  \
    X(UNMARK_ALL, "unmark-all", "U", N_("Unmark every item"), NULL, UI_SCR_OIT)                    \
    X(SHOW, "show", "f",                                                                           \
      N_("Show only items not done, done, in progress, of a unit or without a link"), N_("show"),  \
      UI_SCR_OIT)                                                                                  \
    X(JUMP, "jump", "O", N_("Jump to an item by typing its code (O12, or just 12)"), NULL,         \
      UI_SCR_OIT)                                                                                  \
    X(SAVE, "save", "F2 C-s", N_("Save the text being edited"), NULL, UI_SCR_DIALOG | UI_SCR_EDIT) \
    X(NEXT_FIELD, "next-field", "Tab", N_("Go to the next field, or the next part of the plan"),   \
      N_("next"), UI_SCR_EDIT | UI_SCR_PLANS)                                                      \
    X(PREV_FIELD, "previous-field", "BackTab",                                                     \
      N_("Go to the previous field, or part of the plan"), NULL, UI_SCR_EDIT | UI_SCR_PLANS)       \
    X(UNDO, "undo", "C-z", N_("Undo the last change to the text"), NULL,                           \
      UI_SCR_EDIT | UI_SCR_DIALOG)                                                                 \
    X(REDO, "redo", "C-y", N_("Redo the change undone"), NULL, UI_SCR_EDIT | UI_SCR_DIALOG)        \
    X(EXTERNAL_EDITOR, "external-editor", "C-e",                                                   \
      N_("Edit the field in $VISUAL or $EDITOR (vi by default)"), NULL, UI_SCR_EDIT)               \
    X(NEW, "new", "+ Insert", N_("Add a new measure"), N_("new"), UI_SCR_PLANS)                    \
    X(CARRY_OVER, "carry-over", "C",                                                               \
      N_("Start next year's plan from this year's unfinished measures"), NULL, UI_SCR_PLANS)       \
    X(DRAFTS, "drafts", "r", N_("Show your unsaved drafts, to restore one"), NULL,                 \
      UI_SCR_PLANS | UI_SCR_DASH)                                                                  \
    X(CONFIRM, "yes", "y", N_("Answer yes to the question asked"), NULL, UI_SCR_DIALOG)            \
    X(DISCARD, "discard", "D", N_("Discard the unsaved changes (or the draft)"), NULL,             \
      UI_SCR_DIALOG)                                                                               \
    X(INDICATORS, "indicators", "i", N_("Show the indicators"), N_("indicators"),                  \
      UI_SCR_DASH | UI_SCR_DETAIL)                                                                 \
    X(DASHBOARD, "dashboard", "d", N_("Show the dashboard"), N_("dashboard"),                      \
      UI_SCR_IND | UI_SCR_DETAIL)                                                                  \
    X(OIT, "oit", "o", N_("Show the OIT checklist"), NULL, UI_SCR_RESULT)                          \
    X(PLANS, "plans", "p", N_("Show the action plan"), NULL, UI_SCR_RESULT)                        \
    X(SORT, "sort", "s", N_("Sort by number or by score (weakest first)"), N_("sort"), UI_SCR_IND) \
    X(TREND, "trend", "t", N_("Compare the agency's years side by side"), N_("trend"), UI_SCR_IND) \
    X(PREV_YEAR, "previous-year", "[", N_("Show the previous fiscal year"), NULL,                  \
      UI_SCR_RESULT | UI_SCR_OIT | UI_SCR_PLANS)                                                   \
    X(NEXT_YEAR, "next-year", "]", N_("Show the next fiscal year"), NULL,                          \
      UI_SCR_RESULT | UI_SCR_OIT | UI_SCR_PLANS)                                                   \
    X(AGENCY, "choose-agency", "a", N_("Choose another agency and year"), N_("agency"),            \
      UI_SCR_RESULT)                                                                               \
    X(PRINT, "print", "P", N_("Print or export the screen's report (with a preview)"), NULL,       \
      UI_SCR_DASH | UI_SCR_IND | UI_SCR_OIT | UI_SCR_PLANS)                                                       \
    X(BACK, "back", "Esc q", N_("Go back (quit from the first screen)"), N_("back"), UI_SCR_ALL)   \
    X(HELP, "help", "? F1", N_("Show this help"), N_("help"),                                      \
      UI_SCR_ALL & ~(UI_SCR_HELP | UI_SCR_DIALOG))                                                 \
    X(REDRAW, "redraw", "C-l", N_("Redraw the screen"), NULL, UI_SCR_ALL)                          \
    X(QUIT, "quit", "F10 Q", N_("Quit itadesk"), N_("quit"), UI_SCR_ALL)                           \
    X(INTERRUPT, "interrupt", "C-c",                                                               \
      N_("In an editor: ask whether to save, discard or keep editing; elsewhere: ask whether "     \
         "to quit"),                                                                               \
      NULL, UI_SCR_ALL)

enum ui_action {
#define UI_ACTION_ENUM(id, name, keys, help, hint, screens) UI_ACT_##id,
    UI_ACTIONS(UI_ACTION_ENUM)
#undef UI_ACTION_ENUM
        UI_ACT_COUNT
};

struct ui_action_def {
    enum ui_action id;
    const char *name; /* config name */
    const char *keys; /* default keys, space-separated key names */
    const char *help; /* N_() marked; translate where shown */
    const char *hint; /* N_() marked short label, or NULL */
    unsigned screens; /* enum ui_scr bits */
};

const struct ui_action_def *ui_action_def(enum ui_action a);

/* The action with config name `name`, or -1. */
int ui_action_by_name(const char *name);

/* Untranslated name of a screen bit ("dashboard"), used in the help and the man page. */
const char *ui_scr_name(unsigned scr_bit);

/* Translated title of a screen bit. */
const char *ui_scr_title(unsigned scr_bit);

#endif
