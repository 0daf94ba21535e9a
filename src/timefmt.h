/* Timestamps: stored as UTC ISO 8601, shown in the user's local time. */
#ifndef ITADESK_TIMEFMT_H
#define ITADESK_TIMEFMT_H

#include <stddef.h>

/* "2026-11-22T01:02:03Z" → "2026-11-22 08:02" in the local time zone (TZ). Text it
 * cannot read is copied as it is. Returns out. */
char *timefmt_local(const char *iso_utc, char *out, size_t outsz);

/* Today's date (local time) as ISO "YYYY-MM-DD". ITADESK_TODAY=YYYY-MM-DD overrides
 * it, so due dates in examples and golden files stay reproducible. */
void timefmt_today(char out[11]);

#endif
