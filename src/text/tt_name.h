/* Names (units, agencies, people) compared as a person sees them: two names that look the
 * same are the same name. Every name is stored in this form, and every lookup uses it. */
#ifndef ITADESK_TT_NAME_H
#define ITADESK_TT_NAME_H

/* Malloc'd canonical form of name s (s NULL gives ""):
 *  - tt_normalize's Thai fixes (น้ํา -> น้ำ, เเ -> แ, mark order);
 *  - zero-width characters (U+200B..U+200D, U+2060, U+FEFF, U+00AD, U+180E) and bidi
 *    controls (U+200E/F, U+061C, U+202A..U+202E, U+2066..U+2069) dropped;
 *  - controls (C0, DEL, C1) and every kind of space (NBSP, U+2000..U+200A, U+3000 ...)
 *    become one space, runs of spaces collapse to one, none at either end;
 *  - a combining mark with no letter before it (at the start or after a space) dropped;
 *  - Unicode NFC (by ICU), so "é" typed as e + U+0301 is the same name as "é".
 * Idempotent. Never NULL (allocation failure ends the program, see xalloc.h). */
char *tt_name_normalize(const char *s);

/* 1 when a and b are the same name once normalised (NULL counts as ""). */
int tt_name_equal(const char *a, const char *b);

#endif
