#include "plan.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const constraint_headings[PLAN_CONSTRAINT_HEADINGS] = {
    "บุคลากร", "งบประมาณ", "เทคโนโลยี", "สภาพพื้นที่", "เศรษฐกิจ วัฒนธรรม การดำรงชีวิตของคนในพื้นที่",
};

const char *plan_constraint_heading(int n)
{
    return n >= 1 && n <= PLAN_CONSTRAINT_HEADINGS ? constraint_headings[n - 1] : NULL;
}

static char *dup_or_null(const char *s)
{
    return s ? xstrdup(s) : NULL;
}

static void progress_clear(struct progress_round *p)
{
    free(p->reported_on);
    free(p->text);
    free(p->reported_by);
    free(p->review_comment);
}

void measure_clear(struct measure *m)
{
    char **texts[] = {&m->issue_no,    &m->issue_label, &m->title,      &m->approach,
                      &m->steps,       &m->responsible, &m->start_date, &m->end_date,
                      &m->period_text, &m->monitoring,  &m->rounds,     &m->result,
                      &m->outcome,     &m->updated_by,  &m->updated_at};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        free(*texts[i]);
    for (size_t i = 0; i < m->n_progress; i++)
        progress_clear(&m->progress[i]);
    free(m->progress);
    *m = (struct measure){0};
}

void measure_copy(struct measure *dst, const struct measure *src)
{
    *dst = *src;
    char **texts[] = {&dst->issue_no,    &dst->issue_label, &dst->title,      &dst->approach,
                      &dst->steps,       &dst->responsible, &dst->start_date, &dst->end_date,
                      &dst->period_text, &dst->monitoring,  &dst->rounds,     &dst->result,
                      &dst->outcome,     &dst->updated_by,  &dst->updated_at};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        *texts[i] = dup_or_null(*texts[i]);
    dst->progress = src->n_progress ? xcalloc(src->n_progress, sizeof *dst->progress) : NULL;
    for (size_t i = 0; i < src->n_progress; i++) {
        dst->progress[i] = src->progress[i];
        dst->progress[i].reported_on = dup_or_null(src->progress[i].reported_on);
        dst->progress[i].text = dup_or_null(src->progress[i].text);
        dst->progress[i].reported_by = dup_or_null(src->progress[i].reported_by);
        dst->progress[i].review_comment = dup_or_null(src->progress[i].review_comment);
    }
}

void measures_free(struct measure *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        measure_clear(&list[i]);
    free(list);
}

void finding_clear(struct finding *f)
{
    char **texts[] = {&f->issue_no,   &f->issue_title, &f->tool,     &f->weakness,
                      &f->to_develop, &f->keep_level,  &f->strength, &f->assessment_point};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        free(*texts[i]);
    *f = (struct finding){0};
}

void findings_free(struct finding *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        finding_clear(&list[i]);
    free(list);
}

void constraints_free(struct constraint_note *list, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(list[i].heading);
        free(list[i].text);
    }
    free(list);
}
