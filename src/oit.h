/* The OIT checklist of one agency and year: rows, filters, progress, validation. */
#ifndef ITADESK_OIT_H
#define ITADESK_OIT_H

#include <stddef.h>

#include "ita.h"

/* A reviewer's verdict on work an officer marked done (an OIT item, a round report).
 * The officer's next change of it clears the verdict. */
enum review_verdict { REVIEW_NONE, REVIEW_CHECKED, REVIEW_RETURNED };

/* "checked" / "returned" (a round report: "accepted" reads as checked); -1 if neither.
 * The Thai words ตรวจแล้ว / ส่งกลับ / รับแล้ว are accepted too. */
int review_verdict_parse(const char *word);
/* As stored: "checked", "returned" (OIT); NULL for none. */
const char *review_verdict_word(enum review_verdict v);
/* For display, in the user's language: checked / returned (a round: accepted). */
const char *review_verdict_label(enum review_verdict v, int round);

struct oit_row {
    char code[16];
    int seq;
    char *group_key; /* "9.1", or a topic heading */
    char *group_title;
    int indicator_no; /* 0 when the catalog does not say */
    char *title_th;
    char *components_th;
    int known; /* 0: the catalog does not know the title */

    enum ita_state state;
    long unit_id; /* 0: none */
    char *unit_name;
    char *evidence_url;
    char *note;
    struct opt_score score; /* the panel's 0 / 50 / 100, once results are in */
    char *updated_by;
    char *updated_at; /* UTC, ISO 8601 */
    long version;     /* 0: never saved for this agency */

    int recheck; /* the evidence link was carried from another year: re-check it */

    enum review_verdict review; /* of the item as it is now */
    char *review_comment;
    char *reviewed_by;
};

struct oit_filter {
    int state;          /* an enum ita_state, or -1 for any */
    const char *unit;   /* exact unit name, or NULL */
    int no_evidence;    /* only items without an evidence link */
    const char *search; /* substring of code, title, unit or note (Thai or Latin), or NULL */
    int review;         /* an enum review_verdict to show only those, or -1 for any */
};

#define OIT_FILTER_ALL ((struct oit_filter){.state = -1, .review = -1})

int oit_row_matches(const struct oit_row *row, const struct oit_filter *f);

/* Progress of one sub-indicator group (or of all items when group_key is NULL). */
struct oit_progress {
    const char *group_key; /* borrowed from the rows */
    const char *group_title;
    int done, in_progress, total;
    int checked, returned; /* done items a reviewer checked / returned */
};

/* Fills one entry per group, in the order groups first appear in rows (catalog order).
 * Returns the number of groups, or -1 when more than max. `overall` gets all rows. */
int oit_progress_by_group(const struct oit_row *rows, size_t n, struct oit_progress *groups,
                          size_t max, struct oit_progress *overall);

/* An evidence link must be an absolute http:// or https:// URL with a host and no
 * spaces or control characters. Returns NULL when fine, else a translated reason. */
const char *oit_check_url(const char *url);

/* The panel scores an item 0, 50 or 100. */
int oit_score_valid(double score);

/* A state as written by people: done / not-done / in-progress, or the Thai words
 * ดำเนินการแล้ว (ดำเนินการ) / ยังไม่ได้ดำเนินการ / อยู่ระหว่างดำเนินการ. -1 if none. */
int oit_state_parse_any(const char *text);

/* The state for display, in the user's language. */
const char *oit_state_label(enum ita_state state);
/* A mark that reads without colour: "[x]", "[~]", "[ ]". */
const char *oit_state_mark(enum ita_state state);

/* Normalises a code typed by a person ("o12", "O ๑๒" → "O12"); -1 if it is not one. */
int oit_code_normalise(const char *text, char out[16]);

void oit_row_clear(struct oit_row *row);
void oit_rows_free(struct oit_row *rows, size_t n);

#endif
