#include "ui_audit_text.h"

#include <stdio.h>
#include <string.h>

#include "db_role.h"
#include "i18n.h"
#include "ita_calendar.h"
#include "oit.h"

const char *ui_audit_item(const char *entity, const char *key, char *buf, size_t n)
{
    const char *e = entity ? entity : "", *k = key ? key : "";
    const char *slash = strchr(k, '/'), *last = strrchr(k, '/');
    if (slash && last > slash && strcmp(e, "oit_map") == 0) { /* from/to/code */
        snprintf(buf, n, "%s %.*s>%.*s", last + 1, (int)(slash - k), k, (int)(last - slash - 1),
                 slash + 1);
    } else if (slash && last > slash && strcmp(e, "oit_carry") == 0) { /* agency/from/to */
        snprintf(buf, n, _("OIT %.*s>%s"), (int)(last - slash - 1), slash + 1, last + 1);
    } else if (slash && last > slash) { /* agency/year/code: the code and the year */
        snprintf(buf, n, "%s %.*s", last + 1, (int)(last - slash - 1), slash + 1);
    } else if (strcmp(e, "measure") == 0) {
        snprintf(buf, n, _("measure %s"), k);
    } else if (strcmp(e, "finding") == 0) {
        snprintf(buf, n, _("finding %s"), k);
    } else if (strcmp(e, "constraint") == 0) {
        snprintf(buf, n, _("constraint %s"), k);
    } else if (strcmp(e, "user") == 0) {
        snprintf(buf, n, _("user %s"), k);
    } else if (strcmp(e, "agency") == 0) {
        snprintf(buf, n, _("agency %s"), k);
    } else if (strcmp(e, "calendar") == 0) {
        snprintf(buf, n, _("ITA calendar %s"), k);
    } else {
        snprintf(buf, n, "%s %s", e, k);
    }
    return buf;
}

const char *ui_audit_field(const char *field)
{
    static const struct {
        const char *stored, *label;
    } names[] = {
        {"state", N_("state")},
        {"unit", N_("unit")},
        {"evidence_url", N_("evidence link")},
        {"note", N_("note")},
        {"score", N_("score")},
        {"review", N_("review")},
        {"review_comment", N_("reviewer's comment")},
        {"name", N_("name")},
        {"title", N_("title")},
        {"status", N_("status")},
        {"evidence_recheck", N_("link to re-check")},
        {"to_code", N_("maps to")},
        {"carried", N_("carried")},
    };
    if (!field) return "";
    if (strncmp(field, "role:", 5) == 0) return _("role");
    int k = ita_cal_key_parse(field);
    if (k >= 0) return ita_cal_key_label((enum ita_cal_key)k);
    if (strncmp(field, "round_", 6) == 0)
        return strstr(field, "_review_comment") ? _("reviewer's comment")
               : strstr(field, "_review")       ? _("review")
                                                : _("monitoring round");
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(field, names[i].stored) == 0) return _(names[i].label);
    return field;
}

const char *ui_audit_value(const char *field, const char *value)
{
    if (!value || !*value) return "-";
    int v;
    if ((v = ita_state_parse(value)) >= 0) return oit_state_label((enum ita_state)v);
    if (field && strstr(field, "review") && !strstr(field, "comment") &&
        (v = review_verdict_parse(value)) > 0)
        return review_verdict_label((enum review_verdict)v, strcmp(value, "accepted") == 0);
    if (field && strncmp(field, "role:", 5) == 0 && (v = db_role_parse(value)) > 0)
        return db_role_label((enum db_role)v);
    return value;
}
