#include "ui_dump.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "text/tt.h"
#include "xalloc.h"

struct buf {
    char *s;
    size_t len, cap;
};

static int put(struct buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *bigger = xreallocarray(b->s, 1, cap);
        b->s = bigger;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
    return 0;
}

/* Appends the cell's code points; returns its width in columns (at least 1). */
static int put_cell(struct buf *b, int y, int x)
{
    cchar_t cc;
    wchar_t wch[CCHARW_MAX + 1] = {0};
    attr_t attr;
    short pair;
    if (mvwin_wch(curscr, y, x, &cc) == ERR || getcchar(&cc, wch, &attr, &pair, NULL) == ERR ||
        !wch[0]) {
        put(b, " ", 1);
        return 1;
    }
    int w = 1;
    for (int i = 0; i < CCHARW_MAX && wch[i]; i++) {
        char u[4];
        put(b, u, tt_utf8_encode((uint32_t)wch[i], u));
        if (i == 0) w = tt_cp_width((uint32_t)wch[0]);
    }
    return w < 1 ? 1 : w;
}

static void trim_line(struct buf *b, size_t line_start)
{
    while (b->len > line_start && b->s[b->len - 1] == ' ')
        b->s[--b->len] = '\0';
}

char *ui_dump_screen(void)
{
    struct buf b = {0};
    if (put(&b, "", 0)) return NULL;
    int rows = getmaxy(curscr), cols = getmaxx(curscr);
    for (int y = 0; y < rows; y++) {
        size_t start = b.len;
        for (int x = 0; x < cols;)
            x += put_cell(&b, y, x);
        trim_line(&b, start);
        if (put(&b, "\n", 1)) break;
    }
    return b.s;
}
