/* One agency's rows: itself, its units and officer, and for every year its OIT
 * checklist, scores, findings, constraints, action plan and audit trail. Scores
 * hang together the way real ones do: the entered indicator 9/10 is what the
 * item scores give, the entered total and level are what the catalog's weights
 * and grading rule give, so `itadesk score` shows no differences. */
#include <stdio.h>
#include <string.h>

#include "gen_national.h"

/* What one agency-year needs while its rows are being written. */
struct gen_ay {
    struct gen_ctx *c;
    const struct gen_agency *a;
    const struct gen_year *y;
    long agency_id;
    long assessment_id;
    char login[16];
    struct score_item items[GEN_MAX_ITEMS];
    struct score_question questions[GEN_MAX_QUESTIONS];
    double q_score[GEN_MAX_QUESTIONS];
    struct score_indicator ind[GEN_MAX_INDICATORS];
};

static double clamp_score(double v)
{
    return score_round2(v < 0 ? 0 : v > 100 ? 100 : v);
}

/* A survey score: good agencies score in the high 90s, weak ones around 80. */
static double survey_score(struct gen_rng *r, double quality)
{
    return clamp_score(79 + 20 * quality + (gen_unit(r) - 0.5) * 10);
}

/* Room for any ints the compiler can imagine, so -Wformat-truncation stays quiet. */
#define STAMP_SIZE 80

/* A UTC time in month lo..hi of Christian-era year ce. */
static void stamp(struct gen_rng *r, int ce, int lo, int hi, char out[STAMP_SIZE])
{
    snprintf(out, STAMP_SIZE, "%04d-%02d-%02dT%02d:%02d:%02dZ", ce, lo + gen_below(r, hi - lo + 1),
             1 + gen_below(r, 28), 1 + gen_below(r, 10), gen_below(r, 60), gen_below(r, 60));
}

static void bind_text(sqlite3_stmt *st, int i, const char *text)
{
    if (text)
        sqlite3_bind_text(st, i, text, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static long unit_id(long agency_id, int k)
{
    return (agency_id - 1) * GEN_UNITS + k + 1;
}

static int audit(struct gen_ay *ay, const char *at, const char *entity, const char *key,
                 const char *field, const char *old_value, const char *new_value)
{
    sqlite3_stmt *st = ay->c->w.st[ST_AUDIT];
    bind_text(st, 1, at);
    bind_text(st, 2, ay->login);
    bind_text(st, 3, entity);
    bind_text(st, 4, key);
    bind_text(st, 5, field);
    bind_text(st, 6, old_value);
    bind_text(st, 7, new_value);
    return gen_exec(&ay->c->w, ST_AUDIT);
}

/* State and panel score of one item; 50 exists only from 2567 on. */
static enum ita_state item_state(struct gen_ay *ay, double *score)
{
    struct gen_rng *r = &ay->c->rng;
    double p_done = 0.68 + 0.30 * ay->a->quality + 0.01 * (ay->y->year - 2564);
    double u = gen_unit(r);
    int halves = ay->y->year >= 2567;
    if (u < p_done) {
        *score = halves && gen_below(r, 20) == 0 ? 50 : 100;
        return ITA_DONE;
    }
    if (u < p_done + (1 - p_done) / 2) {
        *score = halves ? 50 : 0;
        return ITA_IN_PROGRESS;
    }
    *score = 0;
    return ITA_NOT_DONE;
}

/* Most items belong to สำนักปลัด; budget and procurement ones to กองคลัง. */
static int item_unit(struct gen_rng *r)
{
    int x = gen_below(r, 20);
    return x < 13 ? 0 : x < 18 ? 1 : 2 + gen_below(r, GEN_UNITS - 2);
}

static int oit_item_write(struct gen_ay *ay, int i)
{
    struct gen_rng *r = &ay->c->rng;
    const struct gen_year *y = ay->y;
    double score;
    enum ita_state state = item_state(ay, &score);
    ay->items[i] = (struct score_item){y->item_group[i], y->item_ind[i], score};
    char url[160], at[STAMP_SIZE];
    snprintf(url, sizeof url, "https://%s/oit/%d/%s", ay->a->domain, y->year, y->item_code[i]);
    stamp(r, y->year - 543, 2, 6, at);
    int changed = gen_below(r, 10) == 0; /* one item in ten was saved twice */
    sqlite3_stmt *st = ay->c->w.st[ST_OIT_STATUS];
    sqlite3_bind_int64(st, 1, ay->agency_id);
    sqlite3_bind_int(st, 2, y->year);
    bind_text(st, 3, y->item_code[i]);
    bind_text(st, 4, ita_state_word(state));
    sqlite3_bind_int64(st, 5, unit_id(ay->agency_id, item_unit(r)));
    bind_text(st, 6, state == ITA_NOT_DONE ? NULL : url);
    bind_text(st, 7, gen_oit_note(r, (int)state));
    sqlite3_bind_double(st, 8, score);
    bind_text(st, 9, ay->login);
    bind_text(st, 10, at);
    sqlite3_bind_int(st, 11, 1 + changed);
    if (gen_exec(&ay->c->w, ST_OIT_STATUS)) return -1;
    if (!changed) return 0;
    char key[64];
    snprintf(key, sizeof key, "%ld/%d/%s", ay->agency_id, y->year, y->item_code[i]);
    return audit(ay, at, "oit_status", key, "state", ita_state_word(ITA_NOT_DONE),
                 ita_state_word(state));
}

/* Indicator scores: from the items or questions when the catalog has them (so
 * entered and computed agree), else as a survey would give them. */
static void indicators_make(struct gen_ay *ay)
{
    const struct gen_year *y = ay->y;
    for (int q = 0; q < y->n_questions; q++) {
        ay->q_score[q] = survey_score(&ay->c->rng, ay->a->quality);
        ay->questions[q] = (struct score_question){y->q_ind[q], ay->q_score[q]};
    }
    for (int i = 0; i < y->n_ind; i++) {
        struct score_indicator *s = &ay->ind[i];
        *s = (struct score_indicator){
            .no = y->ind_no[i], .tool = y->ind_tool[i], .weight = y->ind_weight[i]};
        struct opt_score v =
            s->tool == ITA_OIT
                ? score_oit_indicator(ay->items, (size_t)y->n_items, s->no)
                : score_question_indicator(ay->questions, (size_t)y->n_questions, s->no);
        if (!v.set) v = (struct opt_score){true, survey_score(&ay->c->rng, ay->a->quality)};
        s->entered = (struct opt_score){true, score_round2(v.v)};
    }
}

static int assessment_write(struct gen_ay *ay)
{
    const struct gen_year *y = ay->y;
    struct score_summary sum = score_summarize(ay->ind, (size_t)y->n_ind);
    const struct grade_band *band = grade_pick(&y->rule, sum.total, sum.tool_mean);
    sqlite3_stmt *st = ay->c->w.st[ST_ASSESSMENT];
    sqlite3_bind_int64(st, 1, ay->assessment_id);
    sqlite3_bind_int64(st, 2, ay->agency_id);
    sqlite3_bind_int(st, 3, y->year);
    sqlite3_bind_double(st, 4, sum.total.v);
    bind_text(st, 5, band ? band->label_th : NULL);
    if (gen_exec(&ay->c->w, ST_ASSESSMENT)) return -1;
    for (int i = 0; i < y->n_ind; i++) {
        st = ay->c->w.st[ST_INDICATOR_SCORE];
        sqlite3_bind_int64(st, 1, ay->assessment_id);
        sqlite3_bind_int(st, 2, ay->ind[i].no);
        sqlite3_bind_double(st, 3, ay->ind[i].entered.v);
        if (gen_exec(&ay->c->w, ST_INDICATOR_SCORE)) return -1;
    }
    for (int q = 0; q < y->n_questions; q++) {
        st = ay->c->w.st[ST_QUESTION_SCORE];
        sqlite3_bind_int64(st, 1, ay->assessment_id);
        bind_text(st, 2, y->q_tool[q]);
        bind_text(st, 3, y->q_code[q]);
        sqlite3_bind_int(st, 4, y->q_ind[q]);
        sqlite3_bind_double(st, 5, ay->q_score[q]);
        if (gen_exec(&ay->c->w, ST_QUESTION_SCORE)) return -1;
    }
    return 0;
}

/* Indexes of the indicators, weakest first: findings and measures start there. */
static void weakest_first(const struct gen_ay *ay, int order[GEN_MAX_INDICATORS])
{
    int n = ay->y->n_ind;
    for (int i = 0; i < n; i++)
        order[i] = i;
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && ay->ind[order[j]].entered.v < ay->ind[order[j - 1]].entered.v;
             j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
}

static int finding_write(struct gen_ay *ay, int k, int i, const char *at, long *finding_id)
{
    struct gen_rng *r = &ay->c->rng;
    char issue_no[16];
    snprintf(issue_no, sizeof issue_no, "%d", k + 1);
    *finding_id = ++ay->c->next_finding;
    sqlite3_stmt *st = ay->c->w.st[ST_FINDING];
    sqlite3_bind_int64(st, 1, *finding_id);
    sqlite3_bind_int64(st, 2, ay->agency_id);
    sqlite3_bind_int(st, 3, ay->y->year);
    bind_text(st, 4, issue_no);
    bind_text(st, 5, ay->y->ind_name[i]);
    sqlite3_bind_int(st, 6, ay->ind[i].no);
    bind_text(st, 7, ita_tool_name(ay->ind[i].tool));
    bind_text(st, 8, gen_weakness(r));
    bind_text(st, 9, gen_to_develop(r));
    bind_text(st, 10, gen_keep_level(r));
    bind_text(st, 11, ay->login);
    bind_text(st, 12, at);
    if (gen_exec(&ay->c->w, ST_FINDING)) return -1;
    st = ay->c->w.st[ST_FINDING_LINK];
    sqlite3_bind_int64(st, 1, *finding_id);
    sqlite3_bind_int(st, 2, ay->ind[i].no);
    return gen_exec(&ay->c->w, ST_FINDING_LINK);
}

static int constraints_write(struct gen_ay *ay, const char *at)
{
    for (int h = 0; h < GEN_CONSTRAINTS; h++) {
        sqlite3_stmt *st = ay->c->w.st[ST_CONSTRAINT];
        sqlite3_bind_int64(st, 1, ay->agency_id);
        sqlite3_bind_int(st, 2, ay->y->year);
        sqlite3_bind_int(st, 3, h + 1);
        bind_text(st, 4, gen_constraint_headings[h]);
        bind_text(st, 5, gen_constraint_text(&ay->c->rng, h));
        bind_text(st, 6, ay->login);
        bind_text(st, 7, at);
        if (gen_exec(&ay->c->w, ST_CONSTRAINT)) return -1;
    }
    return 0;
}

/* Older plans are finished; the plan now running is under way; next year's is new. */
static enum ita_state measure_state(struct gen_rng *r, int plan_year)
{
    int x = gen_below(r, 10);
    if (plan_year <= 2567) return x < 8 ? ITA_DONE : ITA_IN_PROGRESS;
    if (plan_year == 2568) return x < 3 ? ITA_DONE : x < 8 ? ITA_IN_PROGRESS : ITA_NOT_DONE;
    return x < 3 ? ITA_IN_PROGRESS : ITA_NOT_DONE;
}

/* Rounds 3 and 6 reported, three and six months into the plan's fiscal year. */
static int progress_write(struct gen_ay *ay, long measure_id, int plan_year,
                          enum ita_state final_state)
{
    struct gen_rng *r = &ay->c->rng;
    for (int round = 3; round <= 6; round += 3) {
        enum ita_state s = round == 6                    ? final_state
                           : final_state == ITA_NOT_DONE ? ITA_NOT_DONE
                                                         : ITA_IN_PROGRESS;
        char on[32];
        snprintf(on, sizeof on, "%04d-%02d-%02d", plan_year - 543 - (round == 3),
                 round == 3 ? 12 : 3, 20 + gen_below(r, 9));
        sqlite3_stmt *st = ay->c->w.st[ST_PROGRESS];
        sqlite3_bind_int64(st, 1, measure_id);
        sqlite3_bind_int(st, 2, round);
        bind_text(st, 3, on);
        bind_text(st, 4, ita_state_word(s));
        bind_text(st, 5, gen_progress_text(r, (int)s));
        bind_text(st, 6, ay->login);
        if (gen_exec(&ay->c->w, ST_PROGRESS)) return -1;
    }
    return 0;
}

static void bind_measure_text(struct gen_ay *ay, sqlite3_stmt *st, int i, int unit)
{
    char title[256], approach[256], steps[1024], period[128], start[32], end[32];
    int plan_year = ay->y->year + 1;
    gen_measure_text(&ay->c->rng, ay->ind[i].no, title, sizeof title, approach, sizeof approach,
                     steps, sizeof steps);
    gen_period_text(plan_year, period, sizeof period);
    snprintf(start, sizeof start, "%04d-10-01", plan_year - 544);
    snprintf(end, sizeof end, "%04d-09-30", plan_year - 543);
    sqlite3_bind_text(st, 8, title, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 9, approach, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 10, steps, -1, SQLITE_TRANSIENT);
    bind_text(st, 11, gen_unit_names[unit]);
    sqlite3_bind_text(st, 12, start, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 13, end, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 14, period, -1, SQLITE_TRANSIENT);
    bind_text(st, 16, "รายงานผลต่อผู้บริหารทุก ๓ เดือน");
    bind_text(st, 17, "3;6;9;12");
}

/* Measure k of the plan made from this year's results (it runs the next year). */
static int measure_write(struct gen_ay *ay, int k, int i, long finding_id, const char *at)
{
    struct gen_rng *r = &ay->c->rng;
    int plan_year = ay->y->year + 1;
    enum ita_state state = measure_state(r, plan_year);
    long id = ++ay->c->next_measure;
    char issue_no[16];
    snprintf(issue_no, sizeof issue_no, "%d", k + 1);
    sqlite3_stmt *st = ay->c->w.st[ST_MEASURE];
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, ay->agency_id);
    sqlite3_bind_int(st, 3, plan_year);
    sqlite3_bind_int(st, 4, k + 1);
    if (finding_id) sqlite3_bind_int64(st, 5, finding_id);
    bind_text(st, 6, issue_no);
    sqlite3_bind_int(st, 7, ay->ind[i].no);
    bind_measure_text(ay, st, i, k % 3 == 0 ? 0 : gen_below(r, GEN_UNITS));
    if (gen_below(r, 5) < 2) sqlite3_bind_double(st, 15, 5000.0 * (1 + gen_below(r, 20)));
    bind_text(st, 18, ita_state_word(state));
    bind_text(st, 19, state == ITA_DONE ? gen_result_text(r) : NULL);
    bind_text(st, 20, ay->login);
    bind_text(st, 21, at);
    sqlite3_bind_int(st, 22, state == ITA_DONE ? 2 : 1);
    if (gen_exec(&ay->c->w, ST_MEASURE) || progress_write(ay, id, plan_year, state)) return -1;
    if (state != ITA_DONE) return 0;
    char key[32];
    snprintf(key, sizeof key, "%ld", id);
    return audit(ay, at, "measure", key, "status", ita_state_word(ITA_IN_PROGRESS),
                 ita_state_word(state));
}

#define GEN_FINDINGS 3
#define GEN_MEASURES 8

static int plan_write(struct gen_ay *ay)
{
    char at[STAMP_SIZE];
    stamp(&ay->c->rng, ay->y->year - 543, 9, 11, at);
    int order[GEN_MAX_INDICATORS];
    weakest_first(ay, order);
    long findings[GEN_FINDINGS] = {0};
    for (int k = 0; k < GEN_FINDINGS && k < ay->y->n_ind; k++)
        if (finding_write(ay, k, order[k], at, &findings[k])) return -1;
    if (constraints_write(ay, at)) return -1;
    for (int k = 0; k < GEN_MEASURES; k++) {
        int i = order[k % ay->y->n_ind];
        if (measure_write(ay, k, i, k < GEN_FINDINGS ? findings[k] : 0, at)) return -1;
    }
    return 0;
}

static int year_write(struct gen_ctx *c, long agency_id, const struct gen_agency *a, int yi)
{
    struct gen_ay ay = {0};
    ay.c = c;
    ay.a = a;
    ay.y = &c->years[yi];
    ay.agency_id = agency_id;
    ay.assessment_id = (agency_id - 1) * c->n_years + yi + 1;
    snprintf(ay.login, sizeof ay.login, "ita%05ld", agency_id);
    for (int i = 0; i < ay.y->n_items; i++)
        if (oit_item_write(&ay, i)) return -1;
    indicators_make(&ay);
    return assessment_write(&ay) || plan_write(&ay) ? -1 : 0;
}

static int agency_rows_write(struct gen_ctx *c, long id, const struct gen_agency *a)
{
    sqlite3_stmt *st = c->w.st[ST_AGENCY];
    sqlite3_bind_int64(st, 1, id);
    bind_text(st, 2, a->name);
    bind_text(st, 3, a->kind);
    bind_text(st, 4, a->district);
    bind_text(st, 5, a->province);
    if (gen_exec(&c->w, ST_AGENCY)) return -1;
    for (int k = 0; k < GEN_UNITS; k++) {
        st = c->w.st[ST_UNIT];
        sqlite3_bind_int64(st, 1, unit_id(id, k));
        sqlite3_bind_int64(st, 2, id);
        bind_text(st, 3, gen_unit_names[k]);
        if (gen_exec(&c->w, ST_UNIT)) return -1;
    }
    char login[16];
    snprintf(login, sizeof login, "ita%05ld", id);
    st = c->w.st[ST_USER];
    bind_text(st, 1, login);
    bind_text(st, 2, "นักวิเคราะห์นโยบายและแผน");
    bind_text(st, 3, "officer");
    sqlite3_bind_int64(st, 4, id);
    return gen_exec(&c->w, ST_USER);
}

int gen_agency_write(struct gen_ctx *c, long id, const struct gen_agency *a)
{
    if (agency_rows_write(c, id, a)) return -1;
    for (int yi = 0; yi < c->n_years; yi++)
        if (year_write(c, id, a, yi)) return -1;
    return 0;
}
