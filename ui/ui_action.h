/* The one action table. Each row: action id, config name (stable, used in the config file
 * and never translated), default keys (key names, see ui_keys.h), help text, status-bar
 * hint (NULL = not hinted) and the screens where it applies (bits of the screen registry,
 * ui_registry.h). Key dispatch, the help screen, the menu bar, the status-bar hints, the
 * user's bindings and the man page's key section all read it. Each screen handles its
 * actions through its own {action, handler} table (ui_app.h); test_ui_actions checks
 * that every action offered on a screen has a handler there or in the app's. */
#ifndef ITADESK_UI_ACTION_H
#define ITADESK_UI_ACTION_H

#include "i18n.h"
#include "ui_registry.h"

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
      UI_SCR(PICKER) | UI_SCR(YEAR) | UI_SCR(HOME) | UI_SCR(IND) | UI_SCR(OIT) |                   \
          UI_SCR(ANALYSIS) | UI_SCR(PLANS) | UI_SCR(REPORTS) | UI_SCR(MENU) | UI_SCR(CHOOSE) |     \
          UI_SCR(PRINT) | UI_SCR(PREVIEW) | UI_SCR(ASK) | UI_SCR(SCORES) | UI_SCR(UNITS) |         \
          UI_SCR(PEOPLE) | UI_SCR(OVERVIEW) | UI_SCR(FRAMEWORK) | UI_SCR(CARRY) | UI_SCR(TODO) |   \
          UI_SCR(CALENDAR))                                                                        \
    X(FILTER, "filter", "/", N_("Filter the list by typing (Thai or Latin), or search the help"),  \
      N_("filter"),                                                                                \
      UI_SCR(PICKER) | UI_SCR(OIT) | UI_SCR(HELP) | UI_SCR(AUDIT) | UI_SCR(OVERVIEW))              \
    X(TICK, "tick", "Space", N_("Tick the item done, or back to not done (saved at once)"),        \
      N_("tick"), UI_SCR(OIT))                                                                     \
    X(IN_PROGRESS, "in-progress", "~", N_("Set the item in progress"), NULL, UI_SCR(OIT))          \
    X(UNIT, "unit", "u", N_("Choose the responsible unit, or add a new one"), N_("unit"),          \
      UI_SCR(OIT))                                                                                 \
    X(LINK, "evidence-link", "l", N_("Set the evidence link (http:// or https://)"), NULL,         \
      UI_SCR(OIT))                                                                                 \
    X(NOTE, "note", "n", N_("Edit the note"), NULL, UI_SCR(OIT))                                   \
    X(SCORE, "score", "S", N_("Set the panel score (0, 50, 100 or none)"), NULL, UI_SCR(OIT))      \
    X(HISTORY, "history", "h", N_("Show every change of the item"), NULL, UI_SCR(OIT))             \
    X(MARK, "mark", "m", N_("Mark the item for a change to several items at once"), NULL,          \
      UI_SCR(OIT))                                                                                 \
    X(MARK_GROUP, "mark-group", "M", N_("Mark or unmark the item's whole group"), NULL,            \
      UI_SCR(OIT))                                                                                 \
    X(UNMARK_ALL, "unmark-all", "U", N_("Unmark every item"), NULL, UI_SCR(OIT))                   \
    X(SHOW, "show", "f",                                                                           \
      N_("Show only items not done, done, in progress, of a unit or without a link (oit); only "   \
         "the agency's district, or its whole province again (overview)"),                         \
      N_("show"), UI_SCR(OIT) | UI_SCR(OVERVIEW))                                                  \
    X(CHECK, "check", "c", N_("Reviewer: check the item marked done, or accept a round's report"), \
      NULL, UI_SCR(OIT) | UI_SCR(PLANS))                                                           \
    X(SEND_BACK, "send-back", "B",                                                                 \
      N_("Reviewer: send the item or a round's report back to the officer, with a comment"), NULL, \
      UI_SCR(OIT) | UI_SCR(PLANS))                                                                 \
    X(JUMP, "jump", "O", N_("Jump to an item by typing its code (O12, or just 12)"), NULL,         \
      UI_SCR(OIT))                                                                                 \
    X(WHATIF_DONE, "what-if-done", "z",                                                            \
      N_("What-if: mark an item as if done (100), again to take the mark off (never saved)"),      \
      NULL, UI_SCR(OIT) | UI_SCR(DASH))                                                            \
    X(WHATIF_HALF, "what-if-half", "V",                                                            \
      N_("What-if: mark an item as if half done (50), again to take the mark off (never saved)"),  \
      NULL, UI_SCR(OIT) | UI_SCR(DASH))                                                            \
    X(WHATIF_CLEAR, "what-if-clear", "N", N_("What-if: take every what-if mark off"), NULL,        \
      UI_SCR(OIT) | UI_SCR(DASH))                                                                  \
    X(SAVE, "save", "F2 C-s", N_("Save the text being edited"), NULL,                              \
      UI_SCR(ASK) | UI_SCR(PROMPT) | UI_SCR(NOTE) | UI_SCR_EDITORS)                                \
    X(NEXT_FIELD, "next-field", "Tab", N_("Go to the next field, or the next part of the plan"),   \
      N_("next"), UI_SCR_EDITORS | UI_SCR(PLANS) | UI_SCR(ANALYSIS))                               \
    X(PREV_FIELD, "previous-field", "BackTab",                                                     \
      N_("Go to the previous field, or part of the plan"), NULL,                                   \
      UI_SCR_EDITORS | UI_SCR(PLANS) | UI_SCR(ANALYSIS))                                           \
    X(UNDO, "undo", "C-z", N_("Undo the last change to the text"), NULL,                           \
      UI_SCR_EDITORS | UI_SCR(PROMPT) | UI_SCR(NOTE))                                              \
    X(REDO, "redo", "C-y", N_("Redo the change undone"), NULL, UI_SCR_EDITORS | UI_SCR(NOTE))      \
    X(EXTERNAL_EDITOR, "external-editor", "C-e",                                                   \
      N_("Edit the field in $VISUAL or $EDITOR (vi by default)"), NULL, UI_SCR_EDITORS)            \
    X(NEW, "new", "+ Insert",                                                                      \
      N_("Add a new line: an agency, a measure, a finding, a constraint, a unit, a score, a "      \
         "person's role or a fiscal year's framework (a copy of the one shown)"),                  \
      N_("new"),                                                                                   \
      UI_SCR(PICKER) | UI_SCR(PLANS) | UI_SCR(ANALYSIS) | UI_SCR(SCORES) | UI_SCR(UNITS) |         \
          UI_SCR(PEOPLE) | UI_SCR(FRAMEWORK))                                                      \
    X(EDIT, "edit", "e", N_("Edit the agency: name, place, signer and preparer"), NULL,            \
      UI_SCR(PICKER) | UI_SCR(DASH))                                                               \
    X(DELETE, "delete", "Delete",                                                                  \
      N_("Delete the selected line, or clear the selected score (asks first)"), NULL,              \
      UI_SCR(PICKER) | UI_SCR(PLANS) | UI_SCR(ANALYSIS) | UI_SCR(SCORES) | UI_SCR(UNITS) |         \
          UI_SCR(CALENDAR))                                                                        \
    X(MOVE_UP, "move-up", "K", N_("Move the selected measure or finding up"), NULL,                \
      UI_SCR(PLANS) | UI_SCR(ANALYSIS))                                                            \
    X(MOVE_DOWN, "move-down", "J", N_("Move the selected measure or finding down"), NULL,          \
      UI_SCR(PLANS) | UI_SCR(ANALYSIS))                                                            \
    X(PROPOSE, "propose", "w",                                                                     \
      N_("Propose findings from the scores (a draft to edit; nothing is saved unasked)"), NULL,    \
      UI_SCR(PLANS) | UI_SCR(ANALYSIS))                                                            \
    X(MERGE, "merge", "=", N_("Merge the selected unit into another one"), NULL, UI_SCR(UNITS))    \
    X(REMOVE, "remove", "X", N_("Take the selected role away"), NULL, UI_SCR(PEOPLE))              \
    X(BY_USER, "by-user", "I", N_("Show only the changes of one user"), N_("who"), UI_SCR(AUDIT))  \
    X(SINCE, "since", "T", N_("Show only the changes since a date"), N_("since"), UI_SCR(AUDIT))   \
    X(CARRY_OVER, "carry-over", "C",                                                               \
      N_("Carry into next year: unfinished measures, or the checklist"), NULL,                     \
      UI_SCR(PLANS) | UI_SCR(ANALYSIS) | UI_SCR(OIT) | UI_SCR(CARRY))                              \
    X(DRAFTS, "drafts", "r", N_("Show your unsaved drafts, to restore one"), NULL, UI_SCR_PLACES)  \
    X(CONFIRM, "yes", "y", N_("Answer yes to the question asked"), NULL, UI_SCR(ASK))              \
    X(DISCARD, "discard", "D", N_("Discard the unsaved changes (or the draft)"), NULL,             \
      UI_SCR(ASK))                                                                                 \
    X(SORT, "sort", "s",                                                                           \
      N_("Sort: by number or score (indicators), by the next column (overview)"), N_("sort"),      \
      UI_SCR(IND) | UI_SCR(OVERVIEW))                                                              \
    X(SORT_REVERSE, "sort-reverse", "-", N_("Reverse the order of the sorted column"), NULL,       \
      UI_SCR(OVERVIEW))                                                                            \
    X(TREND, "trend", "t", N_("Compare the agency's years side by side"), N_("trend"),             \
      UI_SCR(IND))                                                                                 \
    X(PREV_YEAR, "previous-year", "[", N_("Show the previous fiscal year"), NULL, UI_SCR_PLACES)   \
    X(NEXT_YEAR, "next-year", "]", N_("Show the next fiscal year"), NULL, UI_SCR_PLACES)           \
    X(AGENCY, "choose-agency", "a", N_("Choose another agency and year"), N_("agency"),            \
      UI_SCR_PLACES)                                                                               \
    X(PRINT, "print", "P", N_("Print or export the screen's report (with a preview)"), NULL,       \
      UI_SCR(DASH) | UI_SCR(IND) | UI_SCR(OIT) | UI_SCR(ANALYSIS) | UI_SCR(PLANS))                 \
    X(MENU, "menu", "F9 x", N_("Open the menu bar: this screen's actions and the places to go"),   \
      N_("menu"), UI_SCR_ALL & ~(UI_SCR(MENU) | UI_SCR_DIALOGS))                                   \
    X(BACK, "back", "Esc q", N_("Go back (quit from the first screen)"), N_("back"), UI_SCR_ALL)   \
    X(HELP, "help", "? F1", N_("Show this help"), N_("help"),                                      \
      UI_SCR_ALL & ~(UI_SCR(HELP) | UI_SCR(MENU) | UI_SCR_DIALOGS))                                \
    X(REDRAW, "redraw", "C-l", N_("Redraw the screen with current data"), NULL, UI_SCR_ALL)        \
    X(QUIT, "quit", "F10 Q", N_("Quit itadesk"), N_("quit"), UI_SCR_ALL)                           \
    X(INTERRUPT, "interrupt", "C-c",                                                               \
      N_("In an editor: ask whether to save, discard or keep editing; elsewhere: ask whether "     \
         "to quit"),                                                                               \
      NULL, UI_SCR_ALL)

/* The actions above, then one per registry row that opens the screen (UI_ACT_GO_DASH...):
 * its config name is the screen's name, its keys and help the registry's. */
enum ui_action {
#define UI_ACTION_ENUM(id, name, keys, help, hint, screens) UI_ACT_##id,
    UI_ACTIONS(UI_ACTION_ENUM)
#undef UI_ACTION_ENUM
#define UI_ACTION_GO_ENUM(id, ...) UI_ACT_GO_##id,
        UI_SCREENS(UI_ACTION_GO_ENUM)
#undef UI_ACTION_GO_ENUM
            UI_ACT_COUNT
};

/* The registry row a go action opens, or NULL for another action. */
const struct ui_reg *ui_action_target(enum ui_action a);

struct ui_action_def {
    enum ui_action id;
    const char *name;   /* config name */
    const char *keys;   /* default keys, space-separated key names */
    const char *help;   /* N_() marked; translate where shown */
    const char *hint;   /* N_() marked short label, or NULL */
    ui_scr_set screens; /* the screens where it applies */
};

const struct ui_action_def *ui_action_def(enum ui_action a);

/* The action with config name `name`, or -1. */
int ui_action_by_name(const char *name);

/* "all screens", or the screens in `screens` (dialogs and editors as one word each):
 * untranslated names for the man page (translate = 0), titles for the help. */
void ui_scr_list(ui_scr_set screens, int translate, char *buf, unsigned long n);

#endif
