/* Pieces of the document model every renderer shares: a checkbox cell as text, and the
 * lines of a signature block. */
#ifndef ITADESK_REPORT_CELL_H
#define ITADESK_REPORT_CELL_H

#include <stddef.h>

#include "report.h"

#define REP_BOX_ON "\u2611"  /* ☑ */
#define REP_BOX_OFF "\u2610" /* ☐ */

/* The cell's text; a checkbox cell gets its boxes first, one per line ("☐ ยังไม่ได้ดำเนินการ",
 * "☑ ดำเนินการ", and "☑ อยู่ระหว่างดำเนินการ" for work in progress), with [x] / [ ] when ascii.
 * Malloc'd, not sanitised. */
char *rep_cell_compose(const struct rep_cell *c, int ascii);

/* The box for one state of a checkbox cell: ticked when state is the cell's. */
const char *rep_box(int ticked, int ascii);

struct rep_sign_lines {
    char sign[256];     /* "ลงชื่อ ......................" */
    const char *name;   /* "(name)" or a dotted placeholder, in the caller's buffer */
    char position[512]; /* the position lines, or a dotted placeholder */
};

/* The three parts of a signature block; name_buf holds the bracketed name. */
void rep_sign_lines(const struct rep_block *b, char *name_buf, size_t n,
                    struct rep_sign_lines *out);

#endif
