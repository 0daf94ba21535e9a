/* The OIT checklist as agencies publish it (seed 001): one table, a section row per
 * sub-indicator, and per item its code, title, required components, responsible unit and
 * progress as the ticked box of "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ" with the note. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "report_data.h"

static void group_row(struct rep_doc *d, struct rep_table *t, const struct oit_row *row)
{
    const char *key = row->group_key ? row->group_key : "";
    const char *title = row->group_title ? row->group_title : "";
    char k[64], line[1024];
    if (isdigit((unsigned char)key[0])) {
        rep_num(d, k, sizeof k, "%s", key);
        /* TRANSLATORS: a group row of the OIT table: "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน". */
        snprintf(line, sizeof line, _("Sub-indicator %s %s"), k, strcmp(title, key) ? title : "");
    } else {
        snprintf(line, sizeof line, "%s", *title ? title : key);
    }
    rep_section(d, t, line);
}

static void item_row(struct rep_doc *d, struct rep_table *t, const struct oit_row *row)
{
    char code[32];
    long r = rep_row(d, t);
    rep_cell(d, t, r, 0, rep_num(d, code, sizeof code, "%s", row->code));
    rep_cell(d, t, r, 1,
             row->known && row->title_th ? row->title_th : _("(title not known in the catalog)"));
    rep_cell(d, t, r, 2, row->components_th);
    rep_cell(d, t, r, 3, row->unit_name);
    rep_cell_check(d, t, r, 4, row->state, row->note);
}

void report_build_oit(const struct report_input *in, struct rep_doc *d)
{
    char y[32], line[512];
    rep_num(d, y, sizeof y, "%d", in->year);
    snprintf(line, sizeof line, _("Progress of the OIT public disclosure items, fiscal year %s"),
             y);
    rep_set_title(d, line);
    rep_title(d, line);
    report_title_agency(in, d);
    if (!in->n_oit) {
        rep_para(d, NULL, _("No OIT items in the catalog for this year."));
        return;
    }
    struct rep_table *t = rep_table(d, 5);
    rep_col(t, 0, _("Item no."), TT_ALIGN_LEFT, 5);
    rep_col(t, 1, _("Information"), TT_ALIGN_LEFT, 24);
    rep_col(t, 2, _("Required components"), TT_ALIGN_LEFT, 0);
    rep_col(t, 3, _("Responsible"), TT_ALIGN_LEFT, 14);
    rep_col(t, 4, _("Progress"), TT_ALIGN_LEFT, 0);
    const char *group = NULL;
    int done = 0;
    for (size_t i = 0; i < in->n_oit; i++) {
        const struct oit_row *row = &in->oit[i];
        const char *g = row->group_key ? row->group_key : "";
        if (!group || strcmp(group, g)) group_row(d, t, row);
        group = g;
        item_row(d, t, row);
        done += row->state == ITA_DONE;
    }
    char a[16], b[16];
    rep_num(d, a, sizeof a, "%d", done);
    rep_num(d, b, sizeof b, "%zu", in->n_oit);
    snprintf(line, sizeof line, _("Done: %s of %s items."), a, b);
    rep_para(d, NULL, line);
}
