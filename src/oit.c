#include "oit.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "text/tt.h"

/* Case-insensitive for Latin letters; Thai has no case, so bytes compare as they are. */
static int contains(const char *haystack, const char *needle)
{
    if (!haystack) return 0;
    size_t n = strlen(needle);
    for (const char *p = haystack; *p; p++)
        if (strncasecmp(p, needle, n) == 0) return 1;
    return 0;
}

int oit_row_matches(const struct oit_row *row, const struct oit_filter *f)
{
    if (f->state >= 0 && (int)row->state != f->state) return 0;
    if (f->review >= 0 && (int)row->review != f->review) return 0;
    if (f->unit && (!row->unit_name || !tt_name_equal(row->unit_name, f->unit))) return 0;
    if (f->no_evidence && row->evidence_url && *row->evidence_url) return 0;
    if (f->search && *f->search) {
        char code[16];
        if (oit_code_normalise(f->search, code) == 0) return strcmp(code, row->code) == 0;
        return contains(row->code, f->search) || contains(row->title_th, f->search) ||
               contains(row->unit_name, f->search) || contains(row->note, f->search);
    }
    return 1;
}

static void count_state(struct oit_progress *p, const struct oit_row *r)
{
    p->total++;
    p->done += r->state == ITA_DONE;
    p->in_progress += r->state == ITA_IN_PROGRESS;
    p->checked += r->review == REVIEW_CHECKED;
    p->returned += r->review == REVIEW_RETURNED;
}

int oit_progress_by_group(const struct oit_row *rows, size_t n, struct oit_progress *groups,
                          size_t max, struct oit_progress *overall)
{
    size_t ng = 0;
    if (overall) *overall = (struct oit_progress){0};
    for (size_t i = 0; i < n; i++) {
        const char *key = rows[i].group_key ? rows[i].group_key : "";
        size_t g = 0;
        while (g < ng && strcmp(groups[g].group_key, key) != 0)
            g++;
        if (g == ng) {
            if (ng == max) return -1;
            groups[ng++] =
                (struct oit_progress){.group_key = key, .group_title = rows[i].group_title};
        }
        count_state(&groups[g], &rows[i]);
        if (overall) count_state(overall, &rows[i]);
    }
    return (int)ng;
}

const char *oit_check_url(const char *url)
{
    const char *rest = NULL;
    if (strncasecmp(url, "https://", 8) == 0)
        rest = url + 8;
    else if (strncasecmp(url, "http://", 7) == 0)
        rest = url + 7;
    if (!rest) return _("an evidence link must start with http:// or https://");
    if (!*rest || *rest == '/' || *rest == ':')
        return _("an evidence link needs a host name after http:// or https://");
    for (const unsigned char *p = (const unsigned char *)url; *p; p++)
        if (*p <= ' ' || *p == 0x7f)
            return _("an evidence link may not contain spaces or control characters");
    return NULL;
}

int oit_score_valid(double score)
{
    return score == 0 || score == 50 || score == 100;
}

int oit_state_parse_any(const char *text)
{
    static const struct {
        const char *word;
        enum ita_state state;
    } words[] = {
        {"ดำเนินการแล้ว", ITA_DONE},
        {"ดำเนินการ", ITA_DONE},
        {"ยังไม่ได้ดำเนินการ", ITA_NOT_DONE},
        {"อยู่ระหว่างดำเนินการ", ITA_IN_PROGRESS},
    };
    int s = ita_state_parse(text);
    if (s >= 0) return s;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(text, words[i].word) == 0) return (int)words[i].state;
    return -1;
}

const char *oit_state_label(enum ita_state state)
{
    switch (state) {
    case ITA_DONE:
        return _("done");
    case ITA_IN_PROGRESS:
        return _("in progress");
    default:
        return _("not done");
    }
}

const char *oit_state_mark(enum ita_state state)
{
    return state == ITA_DONE ? "[x]" : state == ITA_IN_PROGRESS ? "[~]" : "[ ]";
}

int oit_code_normalise(const char *text, char out[16])
{
    char *ascii = tt_digits_to_ascii(text);
    if (!ascii) return -1;
    const char *p = ascii;
    while (*p == ' ')
        p++;
    int ok = (*p == 'O' || *p == 'o');
    size_t n = 0;
    char digits[12];
    for (p++; ok && *p; p++) {
        if (*p == ' ' && n == 0) continue;
        if (!isdigit((unsigned char)*p) || n + 1 >= sizeof digits)
            ok = 0;
        else
            digits[n++] = *p;
    }
    digits[n] = '\0';
    ok = ok && n > 0 && digits[0] != '0';
    if (ok) snprintf(out, 16, "O%s", digits);
    free(ascii);
    return ok ? 0 : -1;
}

void oit_row_clear(struct oit_row *row)
{
    free(row->group_key);
    free(row->group_title);
    free(row->title_th);
    free(row->components_th);
    free(row->unit_name);
    free(row->evidence_url);
    free(row->note);
    free(row->updated_by);
    free(row->updated_at);
    free(row->review_comment);
    free(row->reviewed_by);
    *row = (struct oit_row){0};
}

void oit_rows_free(struct oit_row *rows, size_t n)
{
    for (size_t i = 0; i < n; i++)
        oit_row_clear(&rows[i]);
    free(rows);
}

int review_verdict_parse(const char *word)
{
    if (!word) return -1;
    if (!strcmp(word, "checked") || !strcmp(word, "accepted") || !strcmp(word, "ตรวจแล้ว") ||
        !strcmp(word, "รับแล้ว"))
        return REVIEW_CHECKED;
    if (!strcmp(word, "returned") || !strcmp(word, "ส่งกลับ")) return REVIEW_RETURNED;
    return -1;
}

const char *review_verdict_word(enum review_verdict v)
{
    return v == REVIEW_CHECKED ? "checked" : v == REVIEW_RETURNED ? "returned" : NULL;
}

const char *review_verdict_label(enum review_verdict v, int round)
{
    if (v == REVIEW_CHECKED) return round ? _("accepted") : _("checked");
    if (v == REVIEW_RETURNED) return _("returned");
    return "";
}
