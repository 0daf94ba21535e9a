#include "db_report.h"

#include <stdlib.h>
#include <string.h>

#include "db_agency.h"
#include "db_oit.h"
#include "db_plan.h"
#include "db_result.h"
#include "db_stmt.h"
#include "db_view_result.h"
#include "i18n.h"
#include "timefmt.h"

int db_report_signer(struct itadb *db, long agency_id, char **name, char **position,
                     struct db_error *err)
{
    *name = *position = NULL;
    const char *doing = _("reading the agency's signer");
    sqlite3_stmt *st = db_prepare(
        db, "SELECT nullif(signer_name, ''), nullif(signer_position, '') FROM agency WHERE id = ?1",
        doing, err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *name = db_column_strdup(st, 0);
        *position = db_column_strdup(st, 1);
        rc = SQLITE_DONE;
    }
    return db_finish(db, st, rc, doing, err);
}

int db_report_questions(struct itadb *db, long agency_id, int year, struct report_question **out,
                        size_t *n, struct db_error *err)
{
    *out = NULL;
    *n = 0;
    const char *doing = _("reading the question scores");
    sqlite3_stmt *st =
        db_prepare(db,
                   "SELECT q.tool, q.code, coalesce(nullif(q.text_th, ''), c.text_th), q.issue_no,"
                   " coalesce(q.indicator_no, c.indicator_no, 0), q.score"
                   " FROM question_score q JOIN assessment a ON a.id = q.assessment_id"
                   " LEFT JOIN question c ON c.year = a.year AND c.code = q.code"
                   " WHERE a.agency_id = ?1 AND a.year = ?2"
                   " ORDER BY q.issue_no, q.tool = 'EIT', coalesce(c.seq, 1e9), q.code",
                   doing, err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    int r;
    while ((r = db_row(db, st, doing, err)) > 0) {
        struct report_question *q = db_grow((void **)out, n, sizeof *q);
        const char *tool = (const char *)sqlite3_column_text(st, 0);
        q->tool = tool && strcmp(tool, "EIT") == 0 ? ITA_EIT : ITA_IIT;
        q->code = db_column_strdup(st, 1);
        q->text = db_column_strdup(st, 2);
        q->issue_no = sqlite3_column_int(st, 3);
        q->indicator_no = sqlite3_column_int(st, 4);
        q->score = sqlite3_column_double(st, 5);
    }
    sqlite3_finalize(st);
    return r < 0 ? -1 : 0;
}

int db_report_items(struct itadb *db, long agency_id, int year, struct report_item **out, size_t *n,
                    struct db_error *err)
{
    *out = NULL;
    *n = 0;
    const char *doing = _("reading the OIT items of the findings");
    sqlite3_stmt *st =
        db_prepare(db,
                   "SELECT l.finding_id, l.oit_code, nullif(o.title_th, ''), s.score"
                   " FROM finding f JOIN finding_link l ON l.finding_id = f.id"
                   " LEFT JOIN oit_item o ON o.year = f.year AND o.code = l.oit_code"
                   " LEFT JOIN oit_status s ON s.agency_id = f.agency_id AND s.year = f.year"
                   " AND s.code = l.oit_code"
                   " WHERE f.agency_id = ?1 AND f.year = ?2 AND l.oit_code IS NOT NULL"
                   " ORDER BY l.finding_id, coalesce(o.seq, 1e9), l.oit_code",
                   doing, err);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    int r;
    while ((r = db_row(db, st, doing, err)) > 0) {
        struct report_item *it = db_grow((void **)out, n, sizeof *it);
        it->finding_id = (long)sqlite3_column_int64(st, 0);
        const unsigned char *code = sqlite3_column_text(st, 1);
        snprintf(it->code, sizeof it->code, "%s", code ? (const char *)code : "");
        it->title = db_column_strdup(st, 2);
        it->score_set = sqlite3_column_type(st, 3) != SQLITE_NULL;
        it->score = sqlite3_column_double(st, 3);
    }
    sqlite3_finalize(st);
    return r < 0 ? -1 : 0;
}

/* Summary: the result, checklist progress and measure counts, as the dashboard loads them. */
static int load_summary(struct itadb *db, long agency_id, int year, struct report_input *in,
                        struct db_error *err)
{
    if (db_result_load(db, agency_id, year, &in->result, err)) return -1;
    in->has_result = 1;
    if (in->kind == REPORT_INDICATORS) return 0;
    return db_oit_list(db, agency_id, year, &in->oit, &in->n_oit, err) ||
                   db_view_measure_counts(db, agency_id, year + 1, in->measures_next, err) ||
                   db_view_measure_counts(db, agency_id, year, in->measures_this, err)
               ? -1
               : 0;
}

static int load_analysis(struct itadb *db, long agency_id, int year, struct report_input *in,
                         struct db_error *err)
{
    if (db_result_load(db, agency_id, year, &in->result, err)) return -1;
    in->has_result = 1;
    return db_report_questions(db, agency_id, year, &in->questions, &in->n_questions, err) ||
                   db_report_items(db, agency_id, year, &in->items, &in->n_items, err) ||
                   db_findings_list(db, agency_id, year, &in->findings, &in->n_findings, err) ||
                   db_constraints_list(db, agency_id, year, &in->constraints, &in->n_constraints,
                                       err) ||
                   db_measures_list(db, agency_id, year + 1, &in->measures, &in->n_measures, err)
               ? -1
               : 0;
}

/* The assessment the measures of plan year `year` answer: that of the year before (the
 * analysis of year - 1 plans year's measures), else that of the year itself (seed 001
 * reports on the year it was assessed). Nothing when neither has a total. */
static int load_assessed(struct itadb *db, long agency_id, int year, struct report_input *in)
{
    for (int y = year - 1; y <= year; y++) {
        struct ita_result r;
        struct db_error ignore;
        if (db_result_load(db, agency_id, y, &r, &ignore)) continue; /* no catalog that year */
        if (r.total_entered.set || r.summary.total.set) {
            in->result = r;
            in->has_result = 1;
            return 0;
        }
        result_free(&r);
    }
    return 0;
}

/* The measures of plan year `year`, and the findings of the assessment they answer (a
 * measure linked to a finding prints it as the weakness it answers). */
static int load_progress(struct itadb *db, long agency_id, int year, struct report_input *in,
                         struct db_error *err)
{
    if (load_assessed(db, agency_id, year, in)) return -1;
    int assessed = in->has_result ? in->result.year : year - 1;
    return db_measures_list(db, agency_id, year, &in->measures, &in->n_measures, err) ||
                   db_findings_list(db, agency_id, assessed, &in->findings, &in->n_findings, err)
               ? -1
               : 0;
}

/* The memo: the assessment and the measures of the document it forwards. */
static int load_memo(struct itadb *db, long agency_id, int year, struct report_input *in,
                     struct db_error *err)
{
    timefmt_today(in->today);
    if (in->about == REPORT_PROGRESS) return load_progress(db, agency_id, year, in, err);
    if (db_result_load(db, agency_id, year, &in->result, err)) return -1;
    in->has_result = 1;
    return db_measures_list(db, agency_id, year + 1, &in->measures, &in->n_measures, err);
}

static int load_kind(struct itadb *db, long agency_id, int year, struct report_input *in,
                     struct db_error *err)
{
    switch (in->kind) {
    case REPORT_SUMMARY:
    case REPORT_INDICATORS:
        return load_summary(db, agency_id, year, in, err);
    case REPORT_OIT:
        return db_oit_list(db, agency_id, year, &in->oit, &in->n_oit, err);
    case REPORT_ANALYSIS:
        return load_analysis(db, agency_id, year, in, err);
    case REPORT_PROGRESS:
        return load_progress(db, agency_id, year, in, err);
    case REPORT_MEMO:
        return load_memo(db, agency_id, year, in, err);
    default:
        db_error_printf(err, _("unknown report"));
        return -1;
    }
}

int db_report_load(struct itadb *db, enum report_kind kind, long agency_id, int year,
                   struct report_input *in, struct db_error *err)
{
    return db_report_load_about(db, kind, REPORT_ANALYSIS, agency_id, year, in, err);
}

int db_report_load_about(struct itadb *db, enum report_kind kind, enum report_kind about,
                         long agency_id, int year, struct report_input *in, struct db_error *err)
{
    *in = (struct report_input){.kind = kind, .year = year, .about = about};
    int began = db_read_begin(db, err);
    if (began < 0) return -1;
    int rc = db_agency_get(db, agency_id, &in->agency, err) ||
             db_report_signer(db, agency_id, &in->signer_name, &in->signer_position, err) ||
             load_kind(db, agency_id, year, in, err);
    db_read_end(db, began);
    if (rc) {
        report_input_free(in);
        return -1;
    }
    return 0;
}
