/* The screen registry: every screen, dialog and editor is one row here (the model is tig's
 * VIEW_INFO). The rest follows from the row: the screen's bit for the action table, its
 * name for --screen and the config, its title on the title line, the action (and default
 * key) that opens it, its place on the main menu and in the menu bar, and whether it needs
 * an agency and a year first. Adding a screen = one row here + its scr_NAME.c + po/.
 *
 * X(ID, name, kind, needs, place, keys, title, hint, purpose, ops)
 *   ID       UI_SCR_ID_ID its row number, UI_SCR(ID) its bit, UI_ACT_GO_ID the action
 *   name     stable, never translated: --screen NAME, ui.screen = NAME, bind.NAME
 *   kind     UI_KIND_SCREEN (full screen), _DIALOG (a box over a screen), _EDITOR (a form)
 *   needs    1: needs an agency and a year (the picker asks first)
 *   place    order on the main menu and in the menu bar's "Go" list; 0 = not listed (and
 *            no action opens it by name)
 *   keys     default keys of the action that opens it (NULL: none)
 *   title    N_(): the title line, the menus' entries
 *   hint     N_(): one word after the key on the status line (NULL: not hinted)
 *   purpose  N_(): one line on the main menu and in the help (NULL: not listed)
 *   ops      the struct ui_screen_ops defined in the screen's file
 */
#ifndef ITADESK_UI_REGISTRY_H
#define ITADESK_UI_REGISTRY_H

#include <stdint.h>

#include "i18n.h"

enum ui_kind { UI_KIND_SCREEN, UI_KIND_DIALOG, UI_KIND_EDITOR };

#define UI_SCREENS(X)                                                                              \
    X(PICKER, "picker", UI_KIND_SCREEN, 0, 0, NULL, N_("Agency and year"), NULL, NULL,             \
      ui_picker_ops)                                                                               \
    X(YEAR, "year", UI_KIND_DIALOG, 0, 0, NULL, N_("Fiscal year"), NULL, NULL, ui_year_ops)        \
    X(HOME, "home", UI_KIND_SCREEN, 1, 1, "H", N_("Main menu"), N_("main menu"),                   \
      N_("Everything itadesk does for this agency and year, one line each"), ui_home_ops)          \
    X(TODO, "todo", UI_KIND_SCREEN, 1, 2, "Y", N_("To do"), NULL,                                  \
      N_("What is overdue, due soon, sent back or still missing, for you"), ui_todo_ops)           \
    X(DASH, "dashboard", UI_KIND_SCREEN, 1, 2, "d", N_("Dashboard"), N_("dashboard"),              \
      N_("The year at a glance: total, level, indicators, checklist, measures"), ui_dashboard_ops) \
    X(IND, "indicators", UI_KIND_SCREEN, 1, 3, "i", N_("Indicators"), N_("indicators"),            \
      N_("The ten indicators' scores, sorted or year by year"), ui_indicators_ops)                 \
    X(DETAIL, "detail", UI_KIND_SCREEN, 1, 0, NULL, N_("Indicator detail"), NULL, NULL,            \
      ui_detail_ops)                                                                               \
    X(OIT, "oit", UI_KIND_SCREEN, 1, 4, "o", N_("OIT checklist"), N_("OIT"),                       \
      N_("What the agency must publish on its website, item by item"), ui_oit_ops)                 \
    X(ANALYSIS, "analysis", UI_KIND_SCREEN, 1, 5, "A", N_("Analysis results"), NULL,               \
      N_("Findings from the assessment and the constraints met"), ui_analysis_ops)                 \
    X(PLANS, "plans", UI_KIND_SCREEN, 1, 6, "p", N_("Action plan and monitoring"), N_("plan"),     \
      N_("The measures of next year's plan and their monitoring rounds"), ui_plans_ops)            \
    X(REPORTS, "reports", UI_KIND_SCREEN, 1, 7, "R", N_("Reports and documents"), NULL,            \
      N_("Print or export a report or a yearly document"), ui_reports_ops)                         \
    X(PEOPLE, "people", UI_KIND_SCREEN, 1, 10, "W", N_("People and roles"), NULL,                  \
      N_("Who may change, check or only read each agency's work"), ui_people_ops)                  \
    X(AUDIT, "audit", UI_KIND_SCREEN, 1, 11, "L", N_("Audit trail"), NULL,                         \
      N_("Who changed what and when, by user, item or date"), ui_audit_ops)                        \
    X(HELP, "help", UI_KIND_SCREEN, 0, 0, NULL, N_("Help"), NULL, NULL, ui_help_ops)               \
    X(MENU, "menu", UI_KIND_DIALOG, 0, 0, NULL, N_("Menu"), NULL, NULL, ui_menu_ops)               \
    X(CHOOSE, "choose", UI_KIND_DIALOG, 0, 0, NULL, N_("Choice"), NULL, NULL, ui_choose_ops)       \
    X(ASK, "ask", UI_KIND_DIALOG, 0, 0, NULL, N_("Question"), NULL, NULL, ui_ask_ops)              \
    X(PROMPT, "prompt", UI_KIND_DIALOG, 0, 0, NULL, N_("Text"), NULL, NULL, ui_prompt_ops)         \
    X(NOTE, "note", UI_KIND_DIALOG, 0, 0, NULL, N_("Note"), NULL, NULL, ui_note_ops)               \
    X(HISTORY, "history", UI_KIND_DIALOG, 0, 0, NULL, N_("History"), NULL, NULL,                   \
      ui_oit_history_ops)                                                                          \
    X(PRINT, "print", UI_KIND_DIALOG, 0, 0, NULL, N_("Print"), NULL, NULL, ui_print_ops)           \
    X(PREVIEW, "preview", UI_KIND_DIALOG, 0, 0, NULL, N_("Preview"), NULL, NULL, ui_preview_ops)   \
    X(MEASURE_EDIT, "measure-editor", UI_KIND_EDITOR, 1, 0, NULL, N_("Measure"), NULL, NULL,       \
      ui_measure_edit_ops)                                                                         \
    X(ANALYSIS_EDIT, "analysis-editor", UI_KIND_EDITOR, 1, 0, NULL, N_("Finding or constraint"),   \
      NULL, NULL, ui_analysis_edit_ops)                                                            \
    X(SCORES, "scores", UI_KIND_SCREEN, 1, 8, "E", N_("Published scores"), NULL,                   \
      N_("The year's published scores, total and level, entered and corrected"), ui_scores_ops)    \
    X(UNITS, "units", UI_KIND_SCREEN, 1, 9, "b", N_("Responsible units"), NULL,                    \
      N_("The agency's units: add, rename, merge duplicates, delete unused"), ui_units_ops)        \
    X(OVERVIEW, "overview", UI_KIND_SCREEN, 1, 12, "v", N_("Province overview"), NULL,             \
      N_("Every agency of the province: total, checklist, overdue measures, last change"),         \
      ui_overview_ops)                                                                             \
    X(AGENCY_EDIT, "agency-editor", UI_KIND_EDITOR, 0, 0, NULL, N_("Agency"), NULL, NULL,          \
      ui_agency_edit_ops)                                                                          \
    X(FRAMEWORK, "framework", UI_KIND_SCREEN, 1, 13, "F", N_("Framework administration"), NULL,    \
      N_("The year's levels, indicators, weights and OIT items; what is still unknown"),           \
      ui_framework_ops)                                                                            \
    X(FRAMEWORK_EDIT, "framework-editor", UI_KIND_EDITOR, 1, 0, NULL, N_("Framework line"), NULL,  \
      NULL, ui_framework_edit_ops)                                                                 \
    X(CARRY, "carry", UI_KIND_SCREEN, 1, 0, NULL, N_("Carry the checklist into the next year"),    \
      NULL, NULL, ui_carry_ops)                                                                    \
    X(CALENDAR, "calendar", UI_KIND_SCREEN, 1, 14, "Z", N_("ITA calendar"), NULL,                  \
      N_("The year's dates: OIT answering, clarification, results (admins edit)"),                 \
      ui_calendar_ops)

/* The registry's row numbers, in order. */
enum ui_scr_id {
#define UI_SCR_ID_ENUM(id, ...) UI_SCR_ID_##id,
    UI_SCREENS(UI_SCR_ID_ENUM)
#undef UI_SCR_ID_ENUM
        UI_SCR_COUNT
};

/* Sets of screens (the action table's "where it applies"): bit UI_SCR_ID_x of a 64-bit set,
 * so the registry may grow to UI_SCR_MAX rows without touching anything else. */
typedef uint64_t ui_scr_set;
#define UI_SCR_MAX 62
#define UI_SCR_BIT(i) ((ui_scr_set)1 << (i))
#define UI_SCR(id) UI_SCR_BIT(UI_SCR_ID_##id) /* one screen: UI_SCR(OIT) */
#define UI_SCR_ALL (UI_SCR_BIT(UI_SCR_COUNT) - 1)

/* 1 when screen `id` is in `set`. */
static inline int ui_scr_has(ui_scr_set set, int id)
{
    return id >= 0 && id < UI_SCR_COUNT && ((set >> id) & 1u);
}

/* Sets computed from the rows' kind and needs. */
#define UI_SCR_DIALOGS (UI_SCREENS(UI_SCR_DIALOG_BIT)(ui_scr_set) 0)
#define UI_SCR_DIALOG_BIT(id, name, kind, needs, place, keys, title, hint, purpose, ops)           \
    ((kind) == UI_KIND_DIALOG ? UI_SCR(id) : 0) |
#define UI_SCR_EDITORS (UI_SCREENS(UI_SCR_EDITOR_BIT)(ui_scr_set) 0)
#define UI_SCR_EDITOR_BIT(id, name, kind, needs, place, keys, title, hint, purpose, ops)           \
    ((kind) == UI_KIND_EDITOR ? UI_SCR(id) : 0) |
/* Full screens of an agency's year: where the keys that open screens work. The go rows of
 * the action table use it inside UI_SCREENS, where UI_SCREENS does not expand again, so it
 * is held in enums (an enum constant is an int: two halves of 31 bits). */
#define UI_SCR_PLACE_HALF(id, kind, needs, half)                                                   \
    ((kind) == UI_KIND_SCREEN && (needs) && UI_SCR_ID_##id / 31 == (half)                          \
         ? 1 << (UI_SCR_ID_##id % 31)                                                              \
         : 0) |
#define UI_SCR_PLACE_LO(id, name, kind, needs, ...) UI_SCR_PLACE_HALF(id, kind, needs, 0)
#define UI_SCR_PLACE_HI(id, name, kind, needs, ...) UI_SCR_PLACE_HALF(id, kind, needs, 1)
enum {
    UI_SCR_PLACES_LO_ = UI_SCREENS(UI_SCR_PLACE_LO) 0,
    UI_SCR_PLACES_HI_ = UI_SCREENS(UI_SCR_PLACE_HI) 0
};
#define UI_SCR_PLACES ((ui_scr_set)UI_SCR_PLACES_HI_ << 31 | (ui_scr_set)UI_SCR_PLACES_LO_)
/* Screens that scroll a list or a document with the moving keys: all but the editors and
 * the dialogs that edit one text. */
#define UI_SCR_SCROLL (UI_SCR_ALL & ~(UI_SCR_EDITORS | UI_SCR(PROMPT) | UI_SCR(NOTE)))

struct ui_screen_ops;

struct ui_reg {
    enum ui_scr_id id;
    const char *name;
    enum ui_kind kind;
    int needs_choice;
    int place;
    const char *keys;
    const char *title, *hint, *purpose; /* N_() marked */
    const struct ui_screen_ops *ops;
};

/* Row i of the registry (NULL past the end). */
const struct ui_reg *ui_reg_at(int i);

/* The row of a screen's ops, or NULL (a screen missing from the registry). */
const struct ui_reg *ui_reg_of(const struct ui_screen_ops *ops);

/* The row named `name`, or NULL. */
const struct ui_reg *ui_reg_by_name(const char *name);

/* 1 for a screen --screen and ui.screen open: the picker and the places on the menus. */
int ui_reg_openable(const struct ui_reg *r);

/* The names of the screens --screen opens ("home, dashboard, ..."), into buf. */
void ui_reg_names(char *buf, unsigned long n);

#endif
