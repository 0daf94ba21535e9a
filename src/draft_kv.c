#include "draft_kv.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Bytes value takes once escaped. */
static size_t escaped_len(const char *v)
{
    size_t n = 0;
    for (; *v; v++)
        n += (*v == '\\' || *v == '\n' || *v == '\r') ? 2 : 1;
    return n;
}

static char *put_escaped(char *o, const char *v)
{
    for (; *v; v++) {
        if (*v == '\\' || *v == '\n' || *v == '\r') {
            *o++ = '\\';
            *o++ = *v == '\\' ? '\\' : *v == '\n' ? 'n' : 'r';
        } else {
            *o++ = *v;
        }
    }
    return o;
}

char *draft_kv_encode(const char *const *keys, const char *const *values, size_t n)
{
    size_t len = strlen(DRAFT_KV_HEADER) + 2;
    for (size_t i = 0; i < n; i++)
        len += strlen(keys[i]) + escaped_len(values[i] ? values[i] : "") + 2;
    char *body = xmalloc(len), *o = body;
    o = stpcpy(o, DRAFT_KV_HEADER "\n");
    for (size_t i = 0; i < n; i++) {
        o = stpcpy(o, keys[i]);
        *o++ = '=';
        o = put_escaped(o, values[i] ? values[i] : "");
        *o++ = '\n';
    }
    *o = '\0';
    return body;
}

/* Malloc'd unescaped copy of s[0..len). */
static char *unescape(const char *s, size_t len)
{
    char *out = xmalloc(len + 1), *o = out;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\\' && i + 1 < len) {
            char c = s[++i];
            *o++ = c == 'n' ? '\n' : c == 'r' ? '\r' : c;
        } else {
            *o++ = s[i];
        }
    }
    *o = '\0';
    return out;
}

static int add(struct draft_kv **v, size_t *n, const char *line, size_t len)
{
    const char *eq = memchr(line, '=', len);
    if (!eq) return 0; /* not a field line: ignored */
    *v = xreallocarray(*v, *n + 1, sizeof **v);
    char *key = xstrndup(line, (size_t)(eq - line));
    char *value = unescape(eq + 1, len - (size_t)(eq - line) - 1);
    (*v)[(*n)++] = (struct draft_kv){key, value};
    return 0;
}

int draft_kv_decode(const char *body, struct draft_kv **out, size_t *n)
{
    size_t hlen = strlen(DRAFT_KV_HEADER);
    *out = NULL;
    *n = 0;
    if (!body || strncmp(body, DRAFT_KV_HEADER, hlen) != 0 || body[hlen] != '\n') return -1;
    for (const char *p = body + hlen + 1; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (add(out, n, p, len)) {
            draft_kv_free(*out, *n);
            *out = NULL;
            *n = 0;
            return -1;
        }
        p += len + (nl ? 1 : 0);
    }
    return 0;
}

const char *draft_kv_find(const struct draft_kv *v, size_t n, const char *key)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i].key, key) == 0) return v[i].value;
    return NULL;
}

void draft_kv_free(struct draft_kv *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(v[i].key);
        free(v[i].value);
    }
    free(v);
}
