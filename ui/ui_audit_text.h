/* Audit rows in people's words (the history dialog and the audit screen): what was changed,
 * which field, and stored values such as states, verdicts and roles in the user's language,
 * so the Thai screens show no stored English words. */
#ifndef ITADESK_UI_AUDIT_TEXT_H
#define ITADESK_UI_AUDIT_TEXT_H

#include <stddef.h>

/* "O1 2567", "measure 12", "user somchai" from the stored entity and key, into buf. */
const char *ui_audit_item(const char *entity, const char *key, char *buf, size_t n);
/* A stored field name for display ("evidence_url" → "evidence link"; "role:1" → "role"). */
const char *ui_audit_field(const char *field);
/* A stored value for display: states, verdicts and roles translated; "-" for nothing. */
const char *ui_audit_value(const char *field, const char *value);

#endif
