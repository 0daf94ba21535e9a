/* Internal: glibc's C.UTF-8 wcwidth() as a locale-independent table (see gen_width_table.py). */
#ifndef ITADESK_TT_WIDTH_TABLE_H
#define ITADESK_TT_WIDTH_TABLE_H

#include <stdint.h>

/* Columns glibc's wcwidth() gives cp under C.UTF-8: -1 (not printable), 0, 1 or 2. */
int tt_cp_glibc_width(uint32_t cp);

#endif
