/* What a report is built from: plain structs the command line and the screens load through
 * db/ (db_report_load), turned into a document by report_build. */
#ifndef ITADESK_REPORT_DATA_H
#define ITADESK_REPORT_DATA_H

#include <stddef.h>

#include "agency.h"
#include "oit.h"
#include "plan.h"
#include "report.h"
#include "result.h"

/* A survey question score as printed under an issue of the analysis. */
struct report_question {
    enum ita_tool tool;
    char *code;
    char *text; /* NULL when neither the agency nor the catalog has it */
    int issue_no;
    int indicator_no;
    double score;
};

/* An OIT item score linked to a finding (finding_link), for the analysis. */
struct report_item {
    long finding_id;
    char code[16];
    char *title;
    int score_set;
    double score;
};

/* Part 1 of the analysis: strengths score above this, weaknesses to fix urgently below
 * that (seed 002's thresholds). */
#define REPORT_STRONG 90
#define REPORT_WEAK 85

struct report_input {
    enum report_kind kind;
    int year; /* analysis: the assessed year (measures of year + 1); progress: the plan year */
    enum report_kind about; /* memo: the document it forwards (analysis or progress) */
    char today[11];         /* memo: its date (ISO) */
    int english;            /* summary, indicators: English indicator and grade names when stored */
    struct agency agency;
    char *signer_name, *signer_position;     /* NULL: a dotted line to sign by hand */

    int has_result;
    struct ita_result result; /* summary, indicators, analysis; progress, memo: the assessment
                                 the measures answer */

    struct oit_row *oit; /* summary (progress per group), oit */
    size_t n_oit;
    int measures_next[ITA_STATE_COUNT], measures_this[ITA_STATE_COUNT]; /* summary */

    struct report_question *questions; /* analysis */
    size_t n_questions;
    struct report_item *items; /* analysis */
    size_t n_items;
    struct finding *findings; /* analysis, progress (those the measures answer) */
    size_t n_findings;
    struct constraint_note *constraints; /* analysis */
    size_t n_constraints;
    struct measure *measures; /* analysis (plan year year + 1), progress (plan year year) */
    size_t n_measures;
};

void report_input_free(struct report_input *in);

/* Builds the report in->kind into d (set up with rep_doc_init). 0, or -1 when out of
 * memory. */
int report_build(const struct report_input *in, struct rep_doc *d);

/* How to turn a report's data into bytes: the format, the output charset ("utf-8" or
 * "cp874"; checkboxes become [x]/[ ] in a non-UTF-8 charset), Thai digits, a BOM for CSV,
 * the word breaker for text. */
struct report_job {
    enum report_format format;
    const char *charset; /* NULL = UTF-8 */
    int thai_digits;
    int bom;
    int width; /* text: 0 = the default */
    ThBrk *brk;
};

/* Builds, renders and encodes: *out is malloc'd (*len bytes). -1 with err on failure
 * (out of memory, or a character the charset lacks, named with its line and column). */
int report_produce(const struct report_input *in, const struct report_job *job, char **out,
                   size_t *len, char *err, size_t errsz);

/* Renders and encodes a built document as job says: *out is malloc'd (*len bytes). -1 with
 * err on failure (out of memory, or a character the charset lacks). */
int report_produce_doc(const struct rep_doc *d, const struct report_job *job, char **out,
                       size_t *len, char *err, size_t errsz);

/* Appends in's report to d, a document of several agencies: from the second on, its first
 * block starts a new page. 0, or -1 when out of memory. */
int report_build_next(const struct report_input *in, struct rep_doc *d);

/* The builders report_build picks from (report_summary.c, report_oit.c, ...). */
void report_build_summary(const struct report_input *in, struct rep_doc *d);
void report_build_indicators(const struct report_input *in, struct rep_doc *d);
void report_build_oit(const struct report_input *in, struct rep_doc *d);
void report_build_analysis(const struct report_input *in, struct rep_doc *d);
void report_build_progress(const struct report_input *in, struct rep_doc *d);
void report_build_memo(const struct report_input *in, struct rep_doc *d);

/* The assessment's total ("90.49", digits as the document asks, "-" when unknown) and
 * level (as published, else as computed, else "-"). 1 when the total is known. */
int report_total_level(const struct report_input *in, const struct rep_doc *d, char *total,
                       size_t tn, char *level, size_t ln);
/* The heading of a tool's part ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"); -1:
 * the issues no tool is known for. */
const char *report_tool_heading(int tool);
/* The fiscal year of the assessment a progress report or memo speaks of. */
int report_result_year(const struct report_input *in);

/* The measures table of the analysis (part 2, seed 002): measure | approach | steps |
 * responsible | monitoring, a group row for each issue. */
void report_measures_table(const struct report_input *in, struct rep_doc *d);
/* A measure's period: the typed text, else its dates ("1 ตุลาคม 2567 – 30 กันยายน 2568").
 * Malloc'd ("" when neither). */
char *report_measure_period(const struct rep_doc *d, const struct measure *m);

/* Shared by the builders: "Fiscal year 2567" and the agency line(s) of a title block. */
void report_title_agency(const struct report_input *in, struct rep_doc *d);
/* The place of an agency: "อำเภอ… จังหวัด…", "" when neither is stored. */
void report_agency_place(const struct agency *a, char *out, size_t n);

/* The default file name for a report: "itadesk-<agency>-<year>-<report>.<ext>". */
void report_file_name(long agency_id, int year, enum report_kind k, enum report_format f, char *out,
                      size_t n);

#endif
