/* Translation markers shared by every layer. */
#ifndef ITADESK_I18N_H
#define ITADESK_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
/* Marks a string in a static table; translate it where it is shown. */
#define N_(s) s

#endif
