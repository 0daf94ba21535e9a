-- The far end of the audit chain: the id of the last row itadesk wrote and a seal,
-- SHA-256 over that row's hash and id (db/db_audit.c). The chain alone shows a row
-- deleted or changed in the middle, but not rows deleted from its end, or all of them,
-- with the trigger put back afterwards; `itadesk check` compares this record with the
-- last row. itadesk updates it (never inserts it again) with every audit row; the one
-- row is written right after this migration.
CREATE TABLE audit_head (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    last_id INTEGER NOT NULL,
    seal    TEXT    NOT NULL
);
