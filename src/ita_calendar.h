/* Each fiscal year's ITA calendar: the dates of the yearly cycle (ITA.md), as catalog data
 * (db/db_calendar.c keeps them; an admin edits them). A date is ISO (CE) or unknown. */
#ifndef ITADESK_ITA_CALENDAR_H
#define ITADESK_ITA_CALENDAR_H

#include <stddef.h>

/* X(ID, stored key, label, when it usually falls). The keys are the schema's CHECK list
 * (db/schema/011_ita_calendar.sql); the order is the cycle's. */
#define ITA_CALENDAR_KEYS(X)                                                                       \
    X(REGISTER_OPEN, "register_open", N_("Registration in ITAS opens"), N_("usually January"))     \
    X(REGISTER_CLOSE, "register_close", N_("Registration in ITAS closes"), N_("usually February")) \
    X(OIT_OPEN, "oit_open", N_("OIT answering opens"), N_("usually 1 March"))                      \
    X(OIT_CLOSE, "oit_close", N_("OIT answering closes"), N_("usually 30 April"))                  \
    X(SURVEY_OPEN, "survey_open", N_("IIT and EIT surveys open"), N_("usually April"))             \
    X(SURVEY_CLOSE, "survey_close", N_("IIT and EIT surveys close"), N_("usually May"))            \
    X(DISPUTE_OPEN, "dispute_open", N_("OIT score clarification opens"), N_("usually May"))        \
    X(DISPUTE_CLOSE, "dispute_close", N_("OIT score clarification closes"), N_("usually June"))    \
    X(RESULT, "result", N_("Results announced"), N_("usually July or August"))

enum ita_cal_key {
#define ITA_CAL_ENUM(id, ...) ITA_CAL_##id,
    ITA_CALENDAR_KEYS(ITA_CAL_ENUM)
#undef ITA_CAL_ENUM
        ITA_CAL_COUNT
};

struct ita_calendar {
    int year;                     /* the fiscal year (BE) */
    char date[ITA_CAL_COUNT][11]; /* ISO, "" when unknown */
    int certain[ITA_CAL_COUNT];   /* 0: the usual cycle's date, not a notice of that year */
};

/* The stored key ("oit_open") → enum; -1 when it is not one. */
int ita_cal_key_parse(const char *word);
const char *ita_cal_key_word(enum ita_cal_key k);
/* The label and the usual time of year, translated. */
const char *ita_cal_key_label(enum ita_cal_key k);
const char *ita_cal_key_usual(enum ita_cal_key k);

/* 1 when the year's OIT answering window is known and today (ISO) is within it (both
 * ends included). */
int ita_cal_oit_open(const struct ita_calendar *c, const char *today);

/* The first and last date (ISO) key k of fiscal year fy (BE) may take: within the fiscal
 * year, the late steps (clarification, results) up to 31 December after it. */
void ita_cal_range(int fy, enum ita_cal_key k, char from[11], char to[11]);

/* Checks that setting key k of c to iso ("" = unknown) keeps each window's close on or
 * after its open and the date within ita_cal_range. 0, or -1 with err in the user's
 * language (naming the date by its label). */
int ita_cal_check(const struct ita_calendar *c, enum ita_cal_key k, const char *iso, char *err,
                  size_t errsz);

#endif
