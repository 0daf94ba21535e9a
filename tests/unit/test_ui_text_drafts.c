/* Typed text in the OIT dialogs is never lost: the evidence link, the new unit's name and the
 * note are kept as drafts (through Esc, a quit, a pause) and offered back at the next start;
 * Esc and Ctrl-C ask first, one D never discards; Ctrl-C on a list asks before quitting; a
 * Thai key typed with the Kedmanee layout on acts as the Latin key at its place. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_oit.h"
#include "db_plan.h"
#include "helper_db.h"
#include "helper_ui.h"
#include "ui_app.h"

struct fixture {
    char *path;
    struct itadb *db;
    struct ui_session *s;
};

static void start(struct fixture *f, const char *args)
{
    f->s = th_ui_start(f->db, args, 24, 80, NULL);
}

static struct fixture open_fixture(const char *args)
{
    th_ui_env(0);
    struct fixture f = {0};
    f.db = th_open_fresh(&f.path, 1);
    start(&f, args);
    return f;
}

static void close_fixture(struct fixture *f)
{
    if (f->s) ui_session_end(f->s);
    db_close(f->db);
    free(f->path);
}

static void keys(struct fixture *f, const char *script)
{
    cr_assert_eq(ui_session_keys(f->s, script), 0, "bad script %s", script);
}

static void expect_screen(struct fixture *f, const char *text)
{
    char *dump = th_ui_dump(f->s);
    cr_expect(strstr(dump, text) != NULL, "the screen lacks \"%s\":\n%s", text, dump);
    free(dump);
}

static void expect_not_screen(struct fixture *f, const char *text)
{
    char *dump = th_ui_dump(f->s);
    cr_expect(strstr(dump, text) == NULL, "the screen shows \"%s\":\n%s", text, dump);
    free(dump);
}

/* The draft's text, or NULL when there is none (malloc'd). */
static char *draft_of(struct fixture *f, const char *entity, const char *key)
{
    char *body = NULL;
    struct db_error err;
    int r = db_draft_get(f->db, entity, key, &body, NULL, &err);
    cr_assert_geq(r, 0, "%s", err.msg);
    return r == 1 ? body : NULL;
}

static void expect_draft(struct fixture *f, const char *entity, const char *text)
{
    char *body = draft_of(f, entity, "1:2567:O1");
    cr_expect_not_null(body, "no %s draft", entity);
    if (body) cr_expect_str_eq(body, text);
    free(body);
}

static void expect_no_draft(struct fixture *f, const char *entity)
{
    char *body = draft_of(f, entity, "1:2567:O1");
    cr_expect_null(body, "a %s draft is left: %s", entity, body ? body : "");
    free(body);
}

Test(ui_text_drafts, evidence_link_survives_esc_and_a_quit_and_is_offered_back)
{
    struct fixture f = open_fixture("1 2567 oit");
    keys(&f, "Home l text:https://www.example.go.th/ita");
    expect_screen(&f, "Evidence link of O1");
    keys(&f, "Esc");
    expect_screen(&f, "Unsaved changes");
    expect_draft(&f, "oit-link", "https://www.example.go.th/ita");
    keys(&f, "D");
    expect_screen(&f, "Press D again");
    keys(&f, "Esc"); /* keep editing */
    expect_not_screen(&f, "Unsaved changes");
    keys(&f, "text:/o1 text:x");
    expect_screen(&f, "example.go.th/ita/o1x");
    keys(&f, "C-z"); /* undoes the x */
    expect_screen(&f, "example.go.th/ita/o1 ");
    keys(&f, "C-c"); /* asks exactly as Esc does */
    expect_screen(&f, "Unsaved changes");
    keys(&f, "Esc F10"); /* quit with the dialog open: the text goes to the draft */
    ui_session_end(f.s);
    f.s = NULL;
    expect_draft(&f, "oit-link", "https://www.example.go.th/ita/o1");

    start(&f, "1 2567 dashboard");
    keys(&f, "idle");
    expect_screen(&f, "Unsaved drafts");
    expect_screen(&f, "evidence link of OIT item O1");
    keys(&f, "Enter");
    expect_screen(&f, "Evidence link of O1");
    expect_screen(&f, "example.go.th/ita/o1");
    keys(&f, "Enter"); /* saves */
    expect_screen(&f, "O1 saved.");
    struct oit_row r;
    struct db_error err;
    cr_assert_eq(db_oit_get(f.db, 1, 2567, "O1", &r, &err), 0, "%s", err.msg);
    cr_expect_str_eq(r.evidence_url ? r.evidence_url : "", "https://www.example.go.th/ita/o1");
    oit_row_clear(&r);
    expect_no_draft(&f, "oit-link");
    close_fixture(&f);
}

Test(ui_text_drafts, new_unit_name_kept_after_a_pause_and_discarded_only_on_confirmation)
{
    struct fixture f = open_fixture("1 2567 oit");
    keys(&f, "Home u End Enter text:กองยุทธศาสตร์ใหม่");
    expect_screen(&f, "New unit");
    keys(&f, "idle"); /* the user pauses: the draft is written */
    expect_draft(&f, "oit-unit", "กองยุทธศาสตร์ใหม่");
    keys(&f, "Esc");
    expect_screen(&f, "Unsaved changes");
    keys(&f, "Right Right Enter"); /* the highlighted Discard button */
    expect_not_screen(&f, "New unit");
    expect_no_draft(&f, "oit-unit");
    close_fixture(&f);
}

Test(ui_text_drafts, note_draft_within_a_second_and_restored_when_opened_again)
{
    struct fixture f = open_fixture("1 2567 oit");
    keys(&f, "Home n text:ผิด C-z text:บันทึก Enter text:บรรทัดสอง idle"); /* C-z undoes */
    expect_draft(&f, "oit-note", "บันทึก\nบรรทัดสอง");
    keys(&f, "Esc Esc Esc"); /* asks, keep editing, asks again */
    expect_screen(&f, "Unsaved changes");
    keys(&f, "Esc");
    ui_session_end(f.s); /* as on SIGHUP: the screens are left with the dialog open */
    f.s = NULL;
    start(&f, "1 2567 oit");
    keys(&f, "Esc"); /* not now: the list of drafts goes, the draft stays */
    keys(&f, "Home n");
    expect_screen(&f, "Your unsaved draft was restored");
    expect_screen(&f, "บรรทัดสอง");
    keys(&f, "C-s");
    expect_screen(&f, "O1 saved.");
    expect_no_draft(&f, "oit-note");
    close_fixture(&f);
}

Test(ui_text_drafts, ctrl_c_on_a_list_asks_before_quitting)
{
    struct fixture f = open_fixture("1 2567 indicators");
    keys(&f, "C-c");
    expect_screen(&f, "Quit itadesk?");
    keys(&f, "Esc");
    expect_not_screen(&f, "Quit itadesk?");
    cr_expect_eq(ui_session_app(f.s)->quit, 0);
    keys(&f, "C-c Enter");
    cr_expect_eq(ui_session_app(f.s)->quit, 1, "Enter on the Quit button quits");
    close_fixture(&f);
}

Test(ui_text_drafts, thai_layout_keys_act_as_the_latin_keys_outside_text)
{
    struct fixture f = open_fixture("1 2567 dashboard");
    keys(&f, "text:ร"); /* the i key: the indicators */
    expect_screen(&f, "itadesk │ Indicators");
    keys(&f, "Esc text:น"); /* o: the OIT checklist */
    expect_screen(&f, "itadesk │ OIT checklist");
    keys(&f, "Home text:ื text:ทดสอบ"); /* n: the note; inside it Thai is text */
    expect_screen(&f, "Note on O1");
    expect_screen(&f, "ทดสอบ");
    close_fixture(&f);
}

/* The agency editor keeps a draft too: after a pause, through a quit, offered back by the
 * drafts list, and asked about before it goes. */
Test(ui_text_drafts, agency_editor_draft_survives_a_quit_and_is_offered_back)
{
    struct fixture f = open_fixture("1 2567 dashboard");
    keys(&f, "e End Space text:ฝ่ายทดสอบ idle");
    expect_screen(&f, "Agency 1 (changed)");
    char *body = draft_of(&f, "agency", "1");
    cr_expect(body && strstr(body, "ฝ่ายทดสอบ"), "no agency draft after a pause: %s",
              body ? body : "(none)");
    free(body);
    keys(&f, "C-c"); /* asks exactly as Esc does */
    expect_screen(&f, "Unsaved changes");
    keys(&f, "Esc F10"); /* keep editing, then quit with the editor open */
    ui_session_end(f.s);
    f.s = NULL;

    start(&f, "1 2567 dashboard");
    keys(&f, "idle");
    expect_screen(&f, "Unsaved drafts");
    expect_screen(&f, "agency 1 (");
    keys(&f, "Enter");
    expect_screen(&f, "You have an unsaved draft of this agency.");
    keys(&f, "y");
    expect_screen(&f, "ฝ่ายทดสอบ");
    keys(&f, "C-s");
    expect_screen(&f, "Agency 1 saved.");
    body = draft_of(&f, "agency", "1");
    cr_expect_null(body, "the saved agency's draft was kept");
    free(body);
    close_fixture(&f);
}

/* A prompt's typed text is kept under entity/key after a pause; a quit leaves it, and the
 * next start's drafts list (listed as listed) opens the prompt again with it (shown). */
static void prompt_draft_round_trip(const char *args, const char *keys_typed, const char *entity,
                                    const char *key, const char *typed, const char *listed,
                                    const char *shown)
{
    th_ui_env(0);
    struct fixture f = {0};
    f.db = th_open_fresh(&f.path, 1);
    /* measure 1's 3-month round reported, for the reviewer to send back */
    th_exec_write(f.db, "INSERT INTO progress (measure_id, round_months, reported_on, state, text,"
                        " reported_by) VALUES (1, 3, '2025-01-10', 'done', 'จัดทำแล้ว', 'demo')");
    start(&f, args);
    keys(&f, keys_typed);
    keys(&f, "idle");
    char *body = draft_of(&f, entity, key);
    cr_expect(body && strcmp(body, typed) == 0, "%s: draft %s/%s is %s, not %s", args, entity, key,
              body ? body : "(none)", typed);
    free(body);
    keys(&f, "Esc");
    expect_screen(&f, "Unsaved changes"); /* Esc asks: the typed text does not just go */
    keys(&f, "Esc F10");
    ui_session_end(f.s);
    f.s = NULL;
    start(&f, "1 2567 dashboard");
    keys(&f, "idle");
    expect_screen(&f, "Unsaved drafts");
    expect_screen(&f, listed);
    keys(&f, "Enter");
    expect_screen(&f, shown);
    expect_screen(&f, typed);
    expect_screen(&f, "Your unsaved draft was restored");
    close_fixture(&f);
}

Test(ui_text_drafts, unit_reviewer_and_score_prompts_keep_drafts)
{
    prompt_draft_round_trip("1 2567 units", "+ text:กองทดสอบร่าง", "unit", "1:new", "กองทดสอบร่าง",
                            "a new responsible unit", "New unit");
    prompt_draft_round_trip("1 2567 scores", "Enter Backspace Backspace text:55", "score",
                            "1:2567:1", "99.55", "a published score of 2567", "Published score");
    prompt_draft_round_trip("1 2567 oit", "Home B text:ลิงก์เสีย", "oit-review", "1:2567:O1", "ลิงก์เสีย",
                            "comment sending OIT item O1 back", "Send O1 back");
    prompt_draft_round_trip("1 2567 plans", "B Enter text:ขอหลักฐานเพิ่ม", "round-review",
                            "1:2567:1:3:2", "ขอหลักฐานเพิ่ม",
                            "comment on the 3-month round of measure 1", "report back");
}
