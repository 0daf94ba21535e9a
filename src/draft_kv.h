/* The text of an unsaved form kept as a draft (db_draft_put): one "key=value" line per
 * field after a header line, so that a draft is readable with the stock sqlite3 shell.
 *
 *   # itadesk draft 1
 *   title=จัดทำรายงานผลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน
 *   steps=๑.การรายงานผล...\n๒.ประกาศเผยแพร่...
 *
 * Keys are ASCII names of the form's fields ("title", "round6.text"). In values a
 * backslash is written "\\", a newline "\n" and a carriage return "\r"; every other byte
 * (UTF-8 Thai included) is written as it is. Unknown keys are ignored when reading, so a
 * form may gain fields without breaking older drafts. */
#ifndef ITADESK_DRAFT_KV_H
#define ITADESK_DRAFT_KV_H

#include <stddef.h>

#define DRAFT_KV_HEADER "# itadesk draft 1"

struct draft_kv {
    char *key, *value;
};

/* The body for n fields (values NULL count as ""); malloc'd. */
char *draft_kv_encode(const char *const *keys, const char *const *values, size_t n);

/* Reads a body back: 0 with *out (malloc'd, n pairs), or -1 when it does not start with
 * the header or memory runs out. */
int draft_kv_decode(const char *body, struct draft_kv **out, size_t *n);

/* The value of key, or NULL. */
const char *draft_kv_find(const struct draft_kv *v, size_t n, const char *key);

void draft_kv_free(struct draft_kv *v, size_t n);

#endif
