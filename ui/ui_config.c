#include "ui_config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"

void ui_config_path(char *buf, size_t n)
{
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(buf, n, "%s/itadesk/config", xdg);
    else if (home && *home)
        snprintf(buf, n, "%s/.config/itadesk/config", home);
    else if (n)
        buf[0] = '\0';
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t len = strlen(s);
    while (len &&
           (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' || s[len - 1] == '\r'))
        s[--len] = '\0';
    return s;
}

int ui_config_apply(struct ui_config *cfg, const char *name, const char *value, char *bad,
                    size_t badsz)
{
    if (strcmp(name, "ui.language") == 0) {
        if (strcmp(value, "th") == 0)
            cfg->lang = UI_LANG_TH;
        else if (strcmp(value, "en") == 0)
            cfg->lang = UI_LANG_EN;
        else
            goto bad_value;
        return 0;
    }
    if (strcmp(name, "ui.color") == 0) {
        if (strcmp(value, "auto") == 0)
            cfg->color = UI_COLOR_AUTO;
        else if (strcmp(value, "never") == 0)
            cfg->color = UI_COLOR_NEVER;
        else if (strcmp(value, "always") == 0)
            cfg->color = UI_COLOR_ALWAYS;
        else
            goto bad_value;
        return 0;
    }
    if (strcmp(name, "print.printer") == 0) {
        if (strlen(value) >= sizeof cfg->printer) goto bad_value;
        snprintf(cfg->printer, sizeof cfg->printer, "%s", value);
        return 0;
    }
    if (strcmp(name, "keys.escdelay") == 0) {
        char *end;
        long ms = strtol(value, &end, 10);
        if (end == value || *end || ms < 0 || ms > 1000) goto bad_value;
        cfg->escdelay = (int)ms;
        return 0;
    }
    if (strcmp(name, "print.folder") == 0) {
        size_t len = strlen(value);
        while (len > 1 && value[len - 1] == '/') /* "~/reports/" is "~/reports" */
            len--;
        if (!len || len >= sizeof cfg->print_folder) goto bad_value;
        snprintf(cfg->print_folder, sizeof cfg->print_folder, "%.*s", (int)len, value);
        return 0;
    }
    if (strcmp(name, "ui.screen") == 0) {
        if (!ui_screen_name_valid(value)) goto bad_value;
        snprintf(cfg->screen, sizeof cfg->screen, "%s", value);
        return 0;
    }
    if (strcmp(name, "mouse") == 0 || strcmp(name, "ui.mouse") == 0 || strcmp(name, "ascii") == 0 ||
        strcmp(name, "ui.ascii") == 0) {
        int on = strcmp(value, "on") == 0 || strcmp(value, "yes") == 0;
        if (!on && strcmp(value, "off") != 0 && strcmp(value, "no") != 0) goto bad_value;
        *(strstr(name, "mouse") ? &cfg->mouse : &cfg->ascii) = on;
        return 0;
    }
    if (strncmp(name, "bind.", 5) == 0) {
        int a = ui_action_by_name(name + 5);
        if (a < 0) {
            snprintf(bad, badsz, "%s", name);
            return -1;
        }
        return ui_keymap_bind(&cfg->keys, (enum ui_action)a, value, bad, badsz);
    }
    snprintf(bad, badsz, "%s", name);
    return -1;
bad_value:
    snprintf(bad, badsz, "%s", value);
    return -1;
}

void ui_config_load(struct ui_config *cfg, const char *path)
{
    *cfg = (struct ui_config){.escdelay = UI_ESCDELAY_DEFAULT};
    ui_keymap_defaults(&cfg->keys);
    FILE *f = path && *path ? fopen(path, "r") : NULL;
    if (!f) return;
    char line[512];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *s = trim(line);
        if (!*s || *s == '#') continue;
        char *eq = strchr(s, '=');
        char bad[64] = "";
        int failed = 1;
        if (eq) {
            *eq = '\0';
            failed = ui_config_apply(cfg, trim(s), trim(eq + 1), bad, sizeof bad) != 0;
        } else {
            snprintf(bad, sizeof bad, "%s", s);
        }
        if (failed && !cfg->bad_line) {
            cfg->bad_line = lineno;
            snprintf(cfg->bad_text, sizeof cfg->bad_text, "%s", bad);
        }
    }
    fclose(f);
}
