-- The national average of a year's ITA totals, for context on the screens.
ALTER TABLE framework ADD COLUMN national_average REAL
    CHECK (national_average IS NULL OR national_average BETWEEN 0 AND 100);

-- Unsaved edits, one per user and record, written within a second of typing and
-- removed when the record is saved: a dropped SSH link or a crash loses nothing.
CREATE TABLE draft (
    login    TEXT NOT NULL,
    entity   TEXT NOT NULL,
    key      TEXT NOT NULL,
    base_version INTEGER,
    body     TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (login, entity, key)
) WITHOUT ROWID;
