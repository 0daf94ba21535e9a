/* The national-scale database generator (bench/gen_national): shared pieces.
 * Everything is deterministic: the same arguments give the same file. */
#ifndef ITADESK_GEN_NATIONAL_H
#define ITADESK_GEN_NATIONAL_H

#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "db.h"
#include "grade.h"
#include "score.h"

/* ---- gen_text.c: PRNG and Thai text ---- */

struct gen_rng {
    uint64_t s;
};

uint64_t gen_next(struct gen_rng *r);
/* Uniform in [0, n). */
int gen_below(struct gen_rng *r, int n);
/* Uniform in [0, 1). */
double gen_unit(struct gen_rng *r);
/* Picks one string of a NULL-free array of n. */
const char *gen_pick(struct gen_rng *r, const char *const *words, size_t n);

#define GEN_PROVINCES 77
#define GEN_UNITS 6
#define GEN_CONSTRAINTS 5

struct gen_agency {
    char name[256];
    char kind[96];
    char district[128];
    const char *province;
    char domain[96]; /* ASCII host of the agency's website, for evidence URLs */
    double quality;  /* 0..1: how well this agency does, year after year */
};

/* Set of names already given, so every agency name is unique (the schema says so). */
struct gen_names;
struct gen_names *gen_names_new(size_t expected);
void gen_names_free(struct gen_names *names);

/* Fills a with the k-th agency of province p (0..76); k = 0 is the province's own
 * organisation (อบจ.). Returns -1 when no unique name was found. */
int gen_agency_make(struct gen_rng *r, struct gen_names *names, int p, int k, struct gen_agency *a);

extern const char *const gen_unit_names[GEN_UNITS];
extern const char *const gen_constraint_headings[GEN_CONSTRAINTS];

/* Short Thai notes and texts picked at random; each returns a static string. */
const char *gen_oit_note(struct gen_rng *r, int state);
const char *gen_constraint_text(struct gen_rng *r, int heading);
const char *gen_weakness(struct gen_rng *r);
const char *gen_to_develop(struct gen_rng *r);
const char *gen_keep_level(struct gen_rng *r);
const char *gen_progress_text(struct gen_rng *r, int state);
const char *gen_result_text(struct gen_rng *r);

/* A measure for indicator `ind` (1..10): title, approach and numbered steps
 * written into the caller's buffers. */
void gen_measure_text(struct gen_rng *r, int ind, char *title, size_t title_n, char *approach,
                      size_t approach_n, char *steps, size_t steps_n);

/* "๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘" for a fiscal year (Buddhist era). */
void gen_period_text(int fiscal_year, char *out, size_t n);

/* ---- gen_rows.c: the year's catalog and the inserts ---- */

#define GEN_MAX_ITEMS 128
#define GEN_MAX_QUESTIONS 64
#define GEN_MAX_INDICATORS 10
#define GEN_MAX_BANDS 8

struct gen_year {
    int year;
    int n_ind;
    int ind_no[GEN_MAX_INDICATORS];
    enum ita_tool ind_tool[GEN_MAX_INDICATORS];
    double ind_weight[GEN_MAX_INDICATORS];
    char ind_name[GEN_MAX_INDICATORS][160];
    int n_items;
    char item_code[GEN_MAX_ITEMS][16];
    char item_group[GEN_MAX_ITEMS][160];
    int item_ind[GEN_MAX_ITEMS];
    int n_questions;
    char q_code[GEN_MAX_QUESTIONS][16];
    char q_tool[GEN_MAX_QUESTIONS][4];
    int q_ind[GEN_MAX_QUESTIONS];
    struct grade_band bands[GEN_MAX_BANDS];
    char band_label[GEN_MAX_BANDS][96];
    struct grade_rule rule;
};

/* Reads one year's indicators, OIT items, questions and grade bands. */
int gen_year_load(sqlite3 *db, int year, struct gen_year *y);

enum gen_stmt {
    ST_AGENCY,
    ST_UNIT,
    ST_USER,
    ST_ASSESSMENT,
    ST_INDICATOR_SCORE,
    ST_QUESTION_SCORE,
    ST_OIT_STATUS,
    ST_FINDING,
    ST_FINDING_LINK,
    ST_CONSTRAINT,
    ST_MEASURE,
    ST_PROGRESS,
    ST_AUDIT,
    ST_COUNT
};

struct gen_writer {
    sqlite3 *db;
    sqlite3_stmt *st[ST_COUNT];
    long long rows[ST_COUNT];
};

int gen_writer_open(struct gen_writer *w, sqlite3 *db);
void gen_writer_close(struct gen_writer *w);
/* Steps and resets statement `which` after the caller bound it. */
int gen_exec(struct gen_writer *w, enum gen_stmt which);
const char *gen_stmt_table(enum gen_stmt which);

/* The whole history of one agency: its row, units, user and every year. */
struct gen_ctx {
    struct gen_writer w;
    struct gen_rng rng;
    const struct gen_year *years;
    int n_years;
    long next_finding; /* ids are given here so children can name their parent */
    long next_measure;
    int show_progress; /* a counter on a terminal, nothing in a log */
};

int gen_agency_write(struct gen_ctx *c, long id, const struct gen_agency *a);

#endif
