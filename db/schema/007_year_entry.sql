-- Issue 13: a whole ITA year entered from the screens.
-- The officer who prepares the documents, beside the executive who signs them.
ALTER TABLE agency ADD COLUMN preparer_name TEXT;
ALTER TABLE agency ADD COLUMN preparer_position TEXT;
ALTER TABLE agency ADD COLUMN preparer_phone TEXT;

-- Findings are kept in the order the officer gives them (0: by issue number, as before).
ALTER TABLE finding ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;

-- A finding may also be about survey questions (i3, e12) of its year.
CREATE TABLE finding_question (
    finding_id INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    code       TEXT    NOT NULL,
    PRIMARY KEY (finding_id, code)
) WITHOUT ROWID;

-- Constraint notes get an id, so that scripts can name one (`constraint set ID`).
CREATE TABLE constraint_note_new (
    id         INTEGER PRIMARY KEY,
    agency_id  INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    year       INTEGER NOT NULL,
    heading_no INTEGER NOT NULL CHECK (heading_no BETWEEN 1 AND 5),
    heading    TEXT,
    text       TEXT    NOT NULL DEFAULT '',
    updated_by TEXT,
    updated_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (agency_id, year, heading_no)
);
INSERT INTO constraint_note_new (agency_id, year, heading_no, heading, text, updated_by,
                                 updated_at, version)
    SELECT agency_id, year, heading_no, heading, text, updated_by, updated_at, version
    FROM constraint_note ORDER BY agency_id, year, heading_no;
DROP TABLE constraint_note;
ALTER TABLE constraint_note_new RENAME TO constraint_note;
