/* Clusters: what the user sees as one character. A cluster is a base code point plus the
 * zero-width marks after it plus an optional SARA AM, so the cursor never lands between
 * น้ and ำ. A control never takes marks; a mark with no base starts a cluster of its own
 * (tt_sanitize draws it on a dotted circle). All offsets here are in bytes and must be
 * code-point boundaries (tt_utf8_snap makes one). */
#ifndef ITADESK_TT_CLUSTER_H
#define ITADESK_TT_CLUSTER_H

#include <stddef.h>
#include <stdint.h>

/* 1 if cp joins the cluster before it: a zero-width code point (tt_cp_width == 0),
 * THAI CHARACTER SARA AM U+0E33 or LAO VOWEL SIGN AM U+0EB3. */
int tt_cp_is_extender(uint32_t cp);

/* Byte offset of the end of the cluster that starts at byte offset pos of s[0..len).
 * Returns len if pos >= len. */
size_t tt_cluster_next(const char *s, size_t len, size_t pos);

/* Byte offset of the start of the cluster that ends at (or contains) byte offset pos.
 * Returns 0 if pos == 0. For a pos inside a cluster it returns that cluster's start. */
size_t tt_cluster_prev(const char *s, size_t len, size_t pos);

/* 1 if byte offset pos of s[0..len) is a cluster boundary (0 and len always are). */
int tt_cluster_is_boundary(const char *s, size_t len, size_t pos);

/* Columns of the cluster s[start..end) as drawn after tt_sanitize (an orphan mark counts the
 * dotted circle's column). */
int tt_cluster_width(const char *s, size_t start, size_t end);

/* Number of clusters in s[0..len). */
size_t tt_cluster_count(const char *s, size_t len);

#endif
