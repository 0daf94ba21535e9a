/* itadesk's Thai text engine (core layer: no curses, no SQL). Include this or the one
 * module header you need. Conventions: every exported name starts with tt_; "bytes",
 * "code points" and "columns" are named wherever a count or an offset appears; functions
 * returning char * return malloc'd strings that the caller frees;
 * functions that break words take the caller's libthai ThBrk (NULL = no dictionary). */
#ifndef ITADESK_TT_H
#define ITADESK_TT_H

#include "tt_utf8.h"
#include "tt_width.h"
#include "tt_cluster.h"
#include "tt_fit.h"
#include "tt_wrap.h"
#include "tt_cursor.h"
#include "tt_field.h"
#include "tt_normalize.h"
#include "tt_sanitize.h"
#include "tt_digits.h"
#include "tt_date.h"
#include "tt_iconv.h"
#include "tt_collate.h"
#include "tt_name.h"

#endif
