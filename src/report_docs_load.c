/* report_render_pdf and report_render_docx: load libitadesk_docs.so once, on first use, and
 * call its writer. ITADESK_MODULE_DIR overrides where it is looked for; otherwise the
 * installed copy, else the one in the build tree (as db_data_dir does for the catalogs). */
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "report_docs.h"

typedef int (*docs_fn)(const struct rep_doc *, const struct report_render_opts *, FILE *);

static char missing[4096];

const char *report_docs_missing(void)
{
    return missing;
}

static void *open_module(void)
{
    char path[4096];
    const char *env = getenv("ITADESK_MODULE_DIR");
    if (env && *env)
        snprintf(path, sizeof path, "%s/libitadesk_docs.so", env);
    else if (access(ITADESK_DOCS_INSTALL_PATH, R_OK) == 0)
        snprintf(path, sizeof path, "%s", ITADESK_DOCS_INSTALL_PATH);
    else
        snprintf(path, sizeof path, "%s", ITADESK_DOCS_BUILD_PATH);
    void *m = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!m) {
        const char *why = dlerror();
        snprintf(missing, sizeof missing, "%s", why ? why : path);
    }
    return m;
}

/* Loaded once per process and kept: fontconfig caches fonts for the process's life. */
static void *module;
static int tried;

/* The module's function name, or NULL (errno ENOENT) when it cannot be loaded. */
static docs_fn find(const char *name)
{
    if (!tried) {
        tried = 1;
        module = open_module();
    }
    docs_fn f = NULL;
    if (module) *(void **)&f = dlsym(module, name);
    if (!f) errno = ENOENT;
    return f;
}

void report_fonts_release(void)
{
    void (*release)(void) = NULL;
    if (module) *(void **)&release = dlsym(module, "report_docs_fonts_release");
    if (release) release(); /* never loads the module just for this */
}

int report_render_pdf(const struct rep_doc *d, const struct report_render_opts *o, FILE *out)
{
    docs_fn f = find("report_docs_pdf");
    return f ? f(d, o, out) : -1;
}

int report_render_docx(const struct rep_doc *d, const struct report_render_opts *o, FILE *out)
{
    docs_fn f = find("report_docs_docx");
    return f ? f(d, o, out) : -1;
}
