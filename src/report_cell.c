#include "report_cell.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

#define DOTS "........................................"

const char *rep_box(int ticked, int ascii)
{
    if (ascii) return ticked ? "[x]" : "[ ]";
    return ticked ? REP_BOX_ON : REP_BOX_OFF;
}

char *rep_cell_compose(const struct rep_cell *c, int ascii)
{
    const char *text = c->text ? c->text : "";
    if (c->check < 0) return strdup(text);
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    if (!f) return NULL;
    if (c->single)
        fprintf(f, "%s %s", rep_box(c->check == ITA_DONE, ascii),
                rep_check_label((enum ita_state)c->check));
    else
        fprintf(f, "%s %s\n%s %s", rep_box(c->check == ITA_NOT_DONE, ascii),
                rep_check_label(ITA_NOT_DONE), rep_box(c->check == ITA_DONE, ascii),
                rep_check_label(ITA_DONE));
    if (c->check == ITA_IN_PROGRESS && !c->single)
        fprintf(f, "\n%s %s", rep_box(1, ascii), rep_check_label(ITA_IN_PROGRESS));
    if (*text) fprintf(f, "\n%s", text);
    if (fclose(f)) {
        free(out);
        return NULL;
    }
    return out;
}

void rep_sign_lines(const struct rep_block *b, char *name_buf, size_t n, struct rep_sign_lines *out)
{
    /* TRANSLATORS: before the signature line of a document ("ลงชื่อ"). */
    snprintf(out->sign, sizeof out->sign, "%s %s", _("Signed"), DOTS);
    snprintf(name_buf, n, "(%s)", b->label ? b->label : DOTS);
    out->name = name_buf;
    if (b->text)
        snprintf(out->position, sizeof out->position, "%s", b->text);
    else
        /* TRANSLATORS: the signer's position, left blank to be filled in by hand. */
        snprintf(out->position, sizeof out->position, "%s %s", _("Position"), DOTS);
}
