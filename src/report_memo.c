/* The covering memo (บันทึกข้อความ) that forwards the analysis or the progress report to
 * the agency's executive, in the standard layout of official correspondence: the heading,
 * ส่วนราชการ, ที่ and วันที่, เรื่อง, เรียน, the body (what was assessed, what the attached
 * document holds, the request), the signature, and the executive's order under it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report_data.h"
#include "xalloc.h"

#define DOTS "........................"

static int starts(const char *s, const char *prefix)
{
    return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The executive a local government's memo is addressed to, from its name: the mayor of a
 * municipality (เทศบาล…), the chief executive of a subdistrict or provincial
 * administrative organisation (องค์การบริหารส่วน…), else the head of the agency. */
static char *executive(const struct agency *a)
{
    const char *name = a->name ? a->name : "";
    static const char municipality[] = "\u0e40\u0e17\u0e28\u0e1a\u0e32\u0e25"; /* เทศบาล */
    static const char ao[] = "\u0e2d\u0e07\u0e04\u0e4c\u0e01\u0e32\u0e23\u0e1a\u0e23\u0e34"
                             "\u0e2b\u0e32\u0e23\u0e2a\u0e48\u0e27\u0e19"; /* องค์การบริหารส่วน */
    /* TRANSLATORS: the addressee of a municipality's memo; %s is the name without
       "เทศบาล" ("ตำบลคำเขื่อนแก้ว"): "นายกเทศมนตรี%s". */
    if (starts(name, municipality)) return xasprintf(_("Mayor of %s"), name + strlen(municipality));
    /* TRANSLATORS: the addressee of an administrative organisation's memo: "นายก%s". */
    if (starts(name, ao)) return xasprintf(_("Chief Executive of %s"), name);
    /* TRANSLATORS: the addressee of another agency's memo: "หัวหน้า%s". */
    return xasprintf(_("Head of %s"), name);
}

static void subject(const struct report_input *in, const struct rep_doc *d, char *out, size_t n)
{
    char y[16];
    rep_num(d, y, sizeof y, "%d", in->year);
    if (in->about == REPORT_PROGRESS)
        snprintf(out, n,
                 _("Report on the results of the measures to promote integrity and "
                   "transparency, fiscal year %s"),
                 y);
    else
        snprintf(out, n, _("Analysis of the ITA results of fiscal year %s, with the measures"), y);
}

/* What was assessed, what the attached document holds. */
static void body(const struct report_input *in, struct rep_doc *d)
{
    const char *name = in->agency.name ? in->agency.name : "";
    char ry[16], total[32], level[256], y[16], a[16], b[16];
    rep_num(d, ry, sizeof ry, "%d", report_result_year(in));
    char *line = NULL;
    if (report_total_level(in, d, total, sizeof total, level, sizeof level))
        line = rep_fmt(_("In the Integrity and Transparency Assessment of government agencies "
                         "(ITA) of fiscal year %s by the Office of the National Anti-Corruption "
                         "Commission, %s scored %s points, at the level %s."),
                       ry, name, total, level);
    else
        line = rep_fmt(_("The Office of the National Anti-Corruption Commission assessed the "
                         "integrity and transparency of %s (ITA) in fiscal year %s."),
                       name, ry);
    rep_body(d, line ? line : "");
    free(line);
    int done = 0;
    for (size_t i = 0; i < in->n_measures; i++)
        done += in->measures[i].status == ITA_DONE;
    rep_num(d, a, sizeof a, "%d", done);
    rep_num(d, b, sizeof b, "%zu", in->n_measures);
    if (in->about == REPORT_PROGRESS) {
        rep_num(d, y, sizeof y, "%d", in->year);
        line = rep_fmt(_("The agency has followed up the measures to promote integrity and "
                         "transparency of fiscal year %s: %s of %s measures are done. The report "
                         "is attached."),
                       y, a, b);
    } else {
        rep_num(d, y, sizeof y, "%d", in->year + 1);
        line = rep_fmt(_("The agency has analysed the results -- the strengths, the weaknesses to "
                         "fix urgently -- and set %s measures to promote integrity and "
                         "transparency in fiscal year %s. The analysis is attached."),
                       b, y);
    }
    rep_body(d, line ? line : "");
    free(line);
    rep_body(d, _("For your information and consideration; if you approve, please sign the "
                  "document and allow it to be published on the agency's website."));
}

void report_build_memo(const struct report_input *in, struct rep_doc *d)
{
    char line[1024], place[600], date[128], subj[512];
    subject(in, d, subj, sizeof subj);
    snprintf(line, sizeof line, _("Memo: %s"), subj);
    rep_set_title(d, line);
    rep_title_big(d, _("Memorandum"));
    report_agency_place(&in->agency, place, sizeof place);
    const struct agency *a = &in->agency;
    char phone[160] = "";
    /* TRANSLATORS: the preparer's telephone after the office in a memo ("โทร. 0 4274 1234"). */
    if (a->preparer_phone && *a->preparer_phone)
        snprintf(phone, sizeof phone, _(" Tel. %s"), a->preparer_phone);
    snprintf(line, sizeof line, "%s%s%s%s", a->name ? a->name : "", *place ? " " : "", place,
             phone);
    /* TRANSLATORS: the labels of an official memo: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน. */
    rep_field(d, _("Government office"), line, NULL, NULL);
    rep_date(d, date, sizeof date, in->today);
    rep_field(d, _("Ref."), DOTS, _("Date"), *date ? date : DOTS);
    rep_field(d, _("Subject"), subj, NULL, NULL);
    char *to = executive(&in->agency);
    snprintf(line, sizeof line, "%s %s", _("To"), to);
    rep_para(d, NULL, line);
    body(in, d);
    /* The officer who prepared the document sends it up; dotted lines when not recorded. */
    rep_signature(d, a->preparer_name, a->preparer_position);
    rep_para(d, _("The executive's opinion and order:"), DOTS DOTS DOTS);
    rep_signature(d, NULL, to);
    free(to);
}
