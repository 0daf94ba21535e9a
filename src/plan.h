/* The analysis and the action plan: findings per issue, the five constraints, measures
 * (มาตรการ) and their monitoring rounds. Domain types and the rules a measure obeys. */
#ifndef ITADESK_PLAN_H
#define ITADESK_PLAN_H

#include <stddef.h>

#include "ita.h"

struct finding {
    long id;
    int seq;        /* the officer's order (0: by issue number) */
    char *issue_no; /* as printed: "1", "3.1" */
    char *issue_title;
    int indicator_no; /* 0: none */
    char *tool;
    char *weakness, *to_develop, *keep_level, *strength, *assessment_point;
    long version;
};

/* The five fixed headings, 1 บุคลากร … 5 เศรษฐกิจ วัฒนธรรม การดำรงชีวิตของคนในพื้นที่. */
#define PLAN_CONSTRAINT_HEADINGS 5
struct constraint_note {
    long id;
    int heading_no;
    char *heading; /* as the agency printed it, or NULL */
    char *text;
    long version;
};

struct progress_round {
    int months;        /* 3, 6, 9 or 12 */
    char *reported_on; /* ISO date (CE), or NULL */
    enum ita_state state;
    char *text;
    char *reported_by;
    int review; /* a reviewer's enum review_verdict on this report (oit.h), 0: none */
    char *review_comment;
};

struct measure {
    long id;
    long agency_id;
    int plan_year; /* the fiscal year the measure runs in */
    int seq;
    long finding_id;
    char *issue_no;
    int indicator_no;
    char *issue_label;
    char *title, *approach, *steps, *responsible;
    char *start_date, *end_date; /* ISO (CE), or NULL */
    char *period_text; /* as typed, e.g. "๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘" */
    struct opt_score budget; /* unset: none ("-") */
    char *monitoring;
    char *rounds; /* "6;12", "3;6;9;12" */
    enum ita_state status;
    char *result, *outcome;
    char *updated_by, *updated_at;
    long version;
    struct progress_round *progress;
    size_t n_progress;
};

/* A finding's kind: the analysis keeps one text per kind (weakness, to_develop,
 * keep_level); a finding added with a kind has that one text. */
enum finding_kind { FINDING_WEAKNESS, FINDING_DEVELOP, FINDING_KEEP, FINDING_KINDS };

/* "weakness", "develop", "keep" (or the label, or 1..3) → kind; -1 otherwise. */
int finding_kind_parse(const char *word);
const char *finding_kind_word(int kind);
/* ข้อบกพร่อง/จุดอ่อน, ข้อที่ต้องพัฒนา, ข้อที่ต้องรักษาระดับ (translated). */
const char *finding_kind_label(int kind);
/* The text slot of kind in f. */
char **finding_kind_text(struct finding *f, int kind);
/* The first kind with text, -1 when none. */
int finding_kind_of(const struct finding *f);

/* "staff", "budget", "technology", "area", "economy" (or the Thai heading, or 1..5) →
 * heading 1..5; -1 otherwise. */
int constraint_area_parse(const char *word);

/* The canonical Thai heading of constraint n (1..5), NULL otherwise. */
const char *plan_constraint_heading(int n);

/* Fields of a measure a person can change, as a bit each. */
enum measure_field {
    MF_TITLE = 1 << 0,
    MF_APPROACH = 1 << 1,
    MF_STEPS = 1 << 2,
    MF_RESPONSIBLE = 1 << 3,
    MF_START = 1 << 4,
    MF_END = 1 << 5,
    MF_BUDGET = 1 << 6,
    MF_ROUNDS = 1 << 7,
    MF_STATUS = 1 << 8,
    MF_RESULT = 1 << 9,
    MF_OUTCOME = 1 << 10,
    MF_ISSUE = 1 << 11,
    MF_INDICATOR = 1 << 12,
    MF_FINDING = 1 << 13, /* the finding the measure answers */
};

/* What a person typed, field by field (only those in `fields` are used). */
struct measure_input {
    unsigned fields;
    const char *title, *approach, *steps, *responsible, *start, *end, *budget, *rounds, *status,
        *result, *outcome, *issue, *indicator, *finding;
};

/* Applies typed input to m (a current measure, or a zeroed one for a new measure) and
 * checks the result: a title, dates that exist with the end not before the start, a
 * budget that is a number or "-", rounds among 3/6/9/12, a known status. On failure
 * returns -1 with err "field: reason" in the user's language, and m is unchanged. */
int measure_apply_input(struct measure *m, const struct measure_input *in, char *err, size_t errsz);

/* Splits a period typed as "A – B" (or "-", "ถึง") into its two dates. 0 on success. */
int measure_parse_period(const char *text, char start_iso[11], char end_iso[11]);

/* "ตลอดปีงบประมาณ" (all through the fiscal year) as the dates of fiscal year plan_year.
 * 0 on success, -1 when text does not say that. */
int measure_whole_year_period(const char *text, int plan_year, char start_iso[11],
                              char end_iso[11]);

/* Normalises "6/12", "3,6,9,12", "๖;๑๒" to "6;12"; -1 if a round is not 3, 6, 9 or 12. */
int measure_parse_rounds(const char *text, char out[16]);

/* Months of the rounds in a normalised string, in order; returns how many. */
int measure_round_months(const char *rounds, int months[4]);

/* Due date (ISO) of a round: start date + months, or "" without a start date. */
void measure_round_due(const struct measure *m, int months, char out[11]);

enum round_due { ROUND_NONE, ROUND_LATER, ROUND_DUE, ROUND_OVERDUE };

/* The first monitoring round not yet reported done, and how it stands on `today`
 * (ISO): overdue past its due date, due within 30 days of it, else later. */
enum round_due measure_next_round(const struct measure *m, const char *today, int *months,
                                  char due[11]);

/* The same with due meaning within `days` days (the to-do list's --days). */
enum round_due measure_next_round_within(const struct measure *m, const char *today, int days,
                                         int *months, char due[11]);

/* "overdue", "due", "" for the list screens, translated. */
const char *measure_round_label(enum round_due d);

/* Deep copy; the copy's progress rounds are copied too. */
void measure_copy(struct measure *dst, const struct measure *src);
void measure_clear(struct measure *m);
void measures_free(struct measure *list, size_t n);
void finding_clear(struct finding *f);
void findings_free(struct finding *list, size_t n);
void constraints_free(struct constraint_note *list, size_t n);

#endif
