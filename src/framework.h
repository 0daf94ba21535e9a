/* One fiscal year's framework catalog as plain data: the grading rule and its bands,
 * indicators with tools and weights, survey questions and OIT items. The administration
 * screen and `itadesk framework` edit it; the storage layer keeps it (db_framework.c).
 * The catalog file (export/import) is one CSV whose `record` column says what each row
 * is; the cells a record does not use stay empty. */
#ifndef ITADESK_FRAMEWORK_H
#define ITADESK_FRAMEWORK_H

#include <stddef.h>
#include <stdio.h>

#include "ita.h"

/* How sure the catalog is of an OIT item's title (SOURCES.md of the shipped catalogs). */
enum fw_confidence { FW_SURE, FW_MEDIUM, FW_LOW, FW_CONFIDENCE_COUNT };

struct fw_band {
    int rank; /* 1 = best; the first whose conditions hold is the grade */
    char *label_th, *label_en;
    double min_total;
    struct opt_score min_each_tool;
    int passed, certain;
};

struct fw_indicator {
    int no;
    char *name_th, *name_en;
    enum ita_tool tool;
    double weight;
};

struct fw_question {
    char *code;
    enum ita_tool tool;
    int indicator_no; /* 0: none */
    char *text_th;
    int seq;
};

struct fw_item {
    char *code;
    int seq;
    char *group_key, *group_title;
    int indicator_no; /* 0: none */
    char *title_th, *components_th;
    int known; /* 0: the title is not known */
    enum fw_confidence confidence;
};

struct fw_catalog {
    int year;
    char *grading; /* letters | pass | levels | unknown */
    struct opt_score pass_mark;
    char *status; /* complete | partial | provisional */
    char *note;
    struct opt_score national_average;
    struct fw_band *bands;
    size_t n_bands;
    struct fw_indicator *inds;
    size_t n_inds;
    struct fw_question *questions;
    size_t n_questions;
    struct fw_item *items;
    size_t n_items;
};

void fw_catalog_free(struct fw_catalog *c);
/* A deep copy of src. */
void fw_catalog_copy(struct fw_catalog *dst, const struct fw_catalog *src);
/* Makes c, loaded from another year, the start of fiscal year `to`: what belongs to the
 * source year's results and sources (its national average, its note) is dropped and the
 * catalog is provisional until an admin confirms it. */
void fw_catalog_start_year(struct fw_catalog *c, int to);

const char *fw_confidence_word(enum fw_confidence c);
int fw_confidence_parse(const char *word); /* -1 when not a word of the list */

/* The records of a catalog file, in the order written. */
enum fw_record {
    FW_REC_FRAMEWORK,
    FW_REC_BAND,
    FW_REC_INDICATOR,
    FW_REC_QUESTION,
    FW_REC_ITEM,
    FW_REC_COUNT
};
const char *fw_record_word(enum fw_record r);

/* The catalog file's columns, in order. */
extern const char *const fw_columns[];
extern const size_t fw_column_count;

/* The cells of one record (fw_column_count of them, "" where unused), malloc'd: the row
 * the catalog file holds, also what the audit compares. Free with fw_cells_free. */
char **fw_record_cells(const struct fw_catalog *c, enum fw_record r, size_t i);
void fw_cells_free(char **cells);
/* The key of a record as the audit names it ("2568/O25", "2568/ind9", "2568/band2"). */
char *fw_record_key(const struct fw_catalog *c, enum fw_record r, size_t i);
/* The record whose fw_record_key is key (a draft names its record by it): 0 and *r, *i
 * set, or -1 when c holds no such record (the catalog changed since). */
int fw_record_find(const struct fw_catalog *c, const char *key, enum fw_record *r, size_t *i);

/* How many records of kind r c holds (1 framework row). */
size_t fw_record_count(const struct fw_catalog *c, enum fw_record r);

/* Copies record i of kind r from src into dst, over the record with the same key (rank,
 * number, code) or added at the end. */
void fw_put_record(struct fw_catalog *dst, const struct fw_catalog *src, enum fw_record r,
                   size_t i);

/* A group's name is the group's, not one item's: every item of group_key gets title. */
void fw_name_group(struct fw_catalog *c, const char *group_key, const char *title);

/* Writes the catalog file (header and every record, CRLF as RFC 4180). */
void fw_write_csv(FILE *out, const struct fw_catalog *c);

/* Reads a catalog file of len bytes at buf into out for `year`. Everything is checked
 * before anything is used: on failure err holds "FILE:LINE: field: reason" in the user's
 * language and out is left empty. 0 or -1. */
int fw_parse_csv(const char *file, const char *buf, size_t len, int year, struct fw_catalog *out,
                 char *err, size_t errsz);

/* Checks a whole catalog (the same rules the file reader applies to each row, and the
 * references between rows). 0, or -1 with err naming what is wrong. */
int fw_validate(const struct fw_catalog *c, char *err, size_t errsz);

/* What the catalog does not know yet, one entry each. */
enum fw_gap_kind {
    FW_GAP_RULE,       /* the grading rule is not published */
    FW_GAP_BAND,       /* a band the NACC did not state plainly */
    FW_GAP_TITLE,      /* an item whose title is unknown */
    FW_GAP_CONFIDENCE, /* a title of medium or low confidence */
    FW_GAP_COMPONENTS, /* an item without its required components */
    FW_GAP_UNGROUPED,  /* an item in no group */
    FW_GAP_GROUP_NAME, /* a group without a name */
    FW_GAP_INDICATOR,  /* an item under no indicator */
    FW_GAP_WEIGHTS,    /* the indicators' weights do not add up to 100 (what: their sum) */
    FW_GAP_KIND_COUNT
};
struct fw_gap {
    enum fw_gap_kind kind;
    char *what;   /* the item code, group key or band label */
    char *detail; /* the item's title or the level's label */
};
/* Fills *gaps (malloc'd) in catalog order. Returns how many. */
size_t fw_gaps(const struct fw_catalog *c, struct fw_gap **gaps);
void fw_gaps_free(struct fw_gap *gaps, size_t n);
/* The translated sentence for a kind ("title unknown"). */
const char *fw_gap_label(enum fw_gap_kind k);

/* The translated words for a year's grading kind and catalog status ("levels" and
 * "partial" as stored). */
const char *fw_grading_label(const char *grading);
const char *fw_status_label(const char *status);

/* A catalog column (fw_columns index) in the user's words ("weight", "indicator
 * number"); fw_column_find gives the index of a column name, or -1. */
const char *fw_column_label(size_t col);
int fw_column_find(const char *name);
/* The translated word for how sure a title is. */
const char *fw_confidence_label(enum fw_confidence c);
/* The audit fields a framework write stores besides the catalog columns (fw_columns). */
enum fw_audit_event {
    FW_AUDIT_CREATED,       /* a record added: its title */
    FW_AUDIT_DELETED,       /* a record removed: its title */
    FW_AUDIT_COPIED_FROM,   /* a year started by a copy: the source year */
    FW_AUDIT_IMPORTED_FROM, /* a year started by an import: the file */
    FW_AUDIT_COUNT
};
const char *fw_audit_field(enum fw_audit_event e);
/* The audit trail's entity for a record kind ("oit_item"): the table it is stored in. */
const char *fw_record_entity(enum fw_record r);

/* Shortest decimal that reads back as v ("6", "85", "12.5"). */
void fw_format_number(double v, char *out, size_t outsz);
/* 0 when the indicators' weights add up to 100 (0.01 allows for rounding) or the year has
 * none yet; else -1. *sum: their sum. */
int fw_weights_check(const struct fw_catalog *c, double *sum);

#endif
