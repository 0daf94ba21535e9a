#include "report_cell.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "xalloc.h"

#define DOTS "........................................"

const char *rep_box(int ticked, int ascii)
{
    if (ascii) return ticked ? "[x]" : "[ ]";
    return ticked ? REP_BOX_ON : REP_BOX_OFF;
}

/* Appends "BOX LABEL" as a line of its own (after a newline unless it is the first). */
static size_t put_check(char *out, size_t o, int ticked, enum ita_state label, int ascii)
{
    const char *box = rep_box(ticked, ascii), *text = rep_check_label(label);
    if (o) out[o++] = '\n';
    size_t nb = strlen(box), nt = strlen(text);
    memcpy(out + o, box, nb);
    out[o + nb] = ' ';
    memcpy(out + o + nb + 1, text, nt);
    return o + nb + 1 + nt;
}

/* A copy of text with each tick as "x", for charsets without it. */
static char *ascii_ticks(const char *text)
{
    char *out = xstrdup(text), *o = out;
    size_t nt = strlen(REP_TICK);
    for (const char *p = text; *p;) {
        if (strncmp(p, REP_TICK, nt) == 0) {
            *o++ = 'x';
            p += nt;
        } else {
            *o++ = *p++;
        }
    }
    *o = '\0';
    return out;
}

/* Built by hand rather than with a memory stream: reports compose one per checklist row,
 * and the stream's set-up cost ten times the copying. */
char *rep_cell_compose(const struct rep_cell *c, int ascii)
{
    const char *text = c->text ? c->text : "";
    if (c->check < 0) return ascii ? ascii_ticks(text) : xstrdup(text);
    size_t room = strlen(text) + 2;
    for (int s = 0; s < ITA_STATE_COUNT; s++)
        room += strlen(rep_check_label((enum ita_state)s)) + strlen(rep_box(1, ascii)) + 3;
    char *out = xmalloc(room);
    size_t o = 0;
    if (c->single) {
        o = put_check(out, o, c->check == ITA_DONE, (enum ita_state)c->check, ascii);
    } else {
        o = put_check(out, o, c->check == ITA_NOT_DONE, ITA_NOT_DONE, ascii);
        o = put_check(out, o, c->check == ITA_DONE, ITA_DONE, ascii);
        if (c->check == ITA_IN_PROGRESS) o = put_check(out, o, 1, ITA_IN_PROGRESS, ascii);
    }
    if (*text) {
        out[o++] = '\n';
        memcpy(out + o, text, strlen(text));
        o += strlen(text);
    }
    out[o] = '\0';
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
