/* Normalising imported and pasted text so that visually identical Thai is stored the same
 * way (and therefore searches and sorts the same way). */
#ifndef ITADESK_TT_NORMALIZE_H
#define ITADESK_TT_NORMALIZE_H

/* Malloc'd normalised copy of UTF-8 text s (s NULL gives ""):
 *  - invalid UTF-8 bytes become U+FFFD;
 *  - "\r\n" and a lone '\r' become '\n'; each '\t' becomes one space (a tab's width depends
 *    on where the text is shown, which an import cannot know);
 *  - NIKHAHIT + SARA AA (ํา), with a tone mark before or between them, becomes SARA AM (ำ)
 *    with the tone first: นํ้า / น้ํา -> น้ำ;
 *  - two SARA E (เเ) become SARA AE (แ);
 *  - libthai th_wnormalize: tone marks after upper/lower vowels (ก่ิ -> กิ่), duplicated
 *    marks removed (ก่่ -> ก่); note that libthai also drops a Thai mark with no base
 *    (after a space or at the start), which only garbage data contains.
 * Counts nothing; lengths change. */
char *tt_normalize(const char *s);

#endif
