/* Reading the to-do list (src/todo.h) of a login: the work of its officer and admin roles,
 * and what its reviewer roles have to check. */
#ifndef ITADESK_DB_TODO_H
#define ITADESK_DB_TODO_H

#include "db.h"
#include "todo.h"

struct todo_query {
    const char *login; /* whose list: the agencies where it is officer, admin or reviewer */
    long agency_id;    /* only this agency, or -1: every agency the login covers */
    const char *today; /* ISO */
    int days;          /* a round is due when its date is at most this many days away */
};

/* The list, sorted: monitoring rounds overdue or due within q->days (measures of this and
 * last fiscal year's plans), round reports and OIT items a reviewer returned (this and last
 * year), the OIT items not done or without an evidence link of every year whose answering
 * window is open today (ita_calendar), and this and last year's findings (weaknesses or
 * points to develop) that no measure of the next plan year answers (by its finding, or by
 * the same issue number) -- where the login is an officer or an admin; where it is a
 * reviewer, the round reports (this and last year's plans) and, while the window is open,
 * the OIT items marked done, that wait for a verdict. A viewer gets an empty list.
 * One snapshot. 0 or -1. */
int db_todo_load(struct itadb *db, const struct todo_query *q, struct todo_list *out,
                 struct db_error *err);

/* 0 when login holds a role somewhere (a viewer's list is empty but it is a list); 1 when
 * it holds none -- an unknown or misspelt login -- with err saying so; -1 on error. */
int db_todo_login_known(struct itadb *db, const char *login, struct db_error *err);
#endif
