/* Timestamps: stored as UTC ISO 8601, shown in the user's local time. */
#ifndef ITADESK_TIMEFMT_H
#define ITADESK_TIMEFMT_H

#include <stddef.h>

/* "2026-11-22T01:02:03Z" → "2026-11-22 08:02" in the local time zone (TZ), or in the
 * Thai UI "22 พ.ย. 2569 08:02" (Buddhist era). Text it cannot read is copied as it is.
 * Returns out. */
char *timefmt_local(const char *iso_utc, char *out, size_t outsz);

/* 1 when the messages are Thai, whose dates are Buddhist-era with Thai month names. */
int timefmt_thai(void);

/* An ISO date ("2024-10-01") as the UI shows it: "1 ตุลาคม 2567" in Thai (with Thai
 * digits when thai_digits), else unchanged. Returns out. */
char *timefmt_date(const char *iso, int thai_digits, char *out, size_t outsz);

/* The UTC time ("YYYY-MM-DDTHH:MM:SSZ") of local midnight starting the day typed as
 * text (Thai or ISO forms, see tt_date_parse): for "since DATE". 0, or a negative
 * tt_date_parse error. */
int timefmt_day_start_utc(const char *text, char out[32]);

/* Today's date (local time) as ISO "YYYY-MM-DD". ITADESK_TODAY=YYYY-MM-DD overrides
 * it, so due dates in examples and golden files stay reproducible. */
void timefmt_today(char out[11]);

#endif
