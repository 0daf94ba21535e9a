#include "ui_audit_text.h"

#include <stdio.h>
#include <string.h>

#include "db_role.h"
#include "framework.h"
#include "i18n.h"
#include "ita_calendar.h"
#include "oit.h"

/* A framework record ("2570/O1", "2570/ind9", "2570/band2", "2570"): what it is, its code
 * and its year, or NULL when entity is not a framework table. */
static const char *framework_item(const char *e, const char *k, char *buf, size_t n)
{
    static const struct {
        enum fw_record r;
        const char *prefix, *format;
    } kinds[] = {
        {FW_REC_BAND, "band", N_("level %s, %s")},
        {FW_REC_INDICATOR, "ind", N_("indicator %s, %s")},
        {FW_REC_QUESTION, "", N_("question %s, %s")},
        {FW_REC_ITEM, "", N_("OIT item %s, %s")},
    };
    const char *slash = strchr(k, '/');
    char year[16];
    snprintf(year, sizeof year, "%.*s", slash ? (int)(slash - k) : (int)strlen(k), k);
    if (strcmp(e, fw_record_entity(FW_REC_FRAMEWORK)) == 0) {
        snprintf(buf, n, _("framework of %s"), year);
        return buf;
    }
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        if (strcmp(e, fw_record_entity(kinds[i].r)) != 0) continue;
        const char *code = slash ? slash + 1 : "";
        size_t p = strlen(kinds[i].prefix);
        if (strncmp(code, kinds[i].prefix, p) == 0) code += p;
        snprintf(buf, n, _(kinds[i].format), code, year);
        return buf;
    }
    return NULL;
}

const char *ui_audit_item(const char *entity, const char *key, char *buf, size_t n)
{
    const char *e = entity ? entity : "", *k = key ? key : "";
    if (framework_item(e, k, buf, n)) return buf;
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
        {"created", N_("created")},
        {"deleted", N_("removed")},
        {"copied_from", N_("copied from the year")},
        {"imported_from", N_("imported from the file")},
        /* an agency */
        {"kind", N_("kind")},
        {"district", N_("district")},
        {"province", N_("province")},
        {"signer_name", N_("signer's name")},
        {"signer_position", N_("signer's position")},
        {"preparer_name", N_("preparer's name")},
        {"preparer_position", N_("preparer's position")},
        {"preparer_phone", N_("preparer's phone")},
        /* a unit */
        {"merged_into", N_("merged into")},
        /* a measure */
        {"approach", N_("approach")},
        {"steps", N_("steps")},
        {"responsible", N_("responsible")},
        {"start_date", N_("start")},
        {"end_date", N_("end")},
        {"period", N_("period")},
        {"budget", N_("budget")},
        {"rounds", N_("monitoring rounds")},
        {"result", N_("result")},
        {"outcome", N_("outcome")},
        {"issue", N_("issue")},
        {"indicator", N_("indicator")},
        {"finding", N_("finding")},
        {"order", N_("order")},
        /* a finding or a constraint */
        {"issue_title", N_("issue")},
        {"weakness", N_("weakness to fix")},
        {"to_develop", N_("to develop")},
        {"keep_level", N_("to keep at its level")},
        {"indicators", N_("indicators")},
        {"oit_items", N_("OIT items")},
        {"questions", N_("questions")},
        {"text", N_("text")},
        /* published scores */
        {"total_entered", N_("published total")},
        {"level_entered", N_("published level")},
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
    int col = fw_column_find(field); /* a framework catalog's column */
    return col >= 0 ? fw_column_label((size_t)col) : field;
}

/* A framework column's stored word (grading, catalog status, confidence, a yes/no flag). */
static const char *framework_value(const char *field, const char *value)
{
    int v;
    /* Rows written before the copy was stored as copied_from: "copy of 2568". */
    if (strcmp(field, fw_audit_field(FW_AUDIT_CREATED)) == 0 && strncmp(value, "copy of ", 8) == 0)
        return value + 8;
    if (strcmp(field, "grading") == 0) return fw_grading_label(value);
    if (strcmp(field, "status") == 0 && strcmp(fw_status_label(value), value) != 0)
        return fw_status_label(value);
    if (strcmp(field, "confidence") == 0 && (v = fw_confidence_parse(value)) >= 0)
        return fw_confidence_label((enum fw_confidence)v);
    if (strcmp(field, "known") == 0 || strcmp(field, "passed") == 0 ||
        strcmp(field, "certain") == 0)
        return strcmp(value, "1") == 0 ? _("yes") : strcmp(value, "0") == 0 ? _("no") : value;
    return value;
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
    return framework_value(field ? field : "", value);
}
