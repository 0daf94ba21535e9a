/* Entering published ITAS scores for an agency and year. */
#ifndef ITADESK_DB_SCORES_H
#define ITADESK_DB_SCORES_H

#include "db.h"
#include "score_csv.h"

/* Checks every row against the year's catalog and stores them all in one
 * transaction, with audit rows; on any bad row nothing is stored and err reads
 * "FILE:LINE: field: reason". Returns the number of rows stored, or -1. */
long db_scores_import(struct itadb *db, long agency_id, int year, const char *file,
                      const struct score_rows *rows, struct db_error *err);

/* An indicator typed by its name (row->indicator_no 0, the name in row->text: see
 * score_parse_item_or_name) gets the number of the year's indicator of that Thai or
 * English name; any other row is left as it is. 0, or -1 with err ("FILE:LINE: item: …"
 * when file is given). db_scores_import, db_score_set and db_score_clear call it. */
int db_score_resolve(struct itadb *db, int year, const char *file, struct score_row *row,
                     struct db_error *err);

/* Stores one value (an indicator, question or OIT item score, the published total or
 * level) like a one-row import: checked against the catalog, audited; a name is
 * resolved in row. 1, or -1. */
long db_score_set(struct itadb *db, long agency_id, int year, struct score_row *row,
                  struct db_error *err);

/* Removes one value (the row's kind and item; its score is not used), audited. Returns
 * 1 when a value was removed, 0 when there was none, -1 on error. */
int db_score_clear(struct itadb *db, long agency_id, int year, struct score_row *row,
                   struct db_error *err);

#endif
