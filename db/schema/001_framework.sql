-- Framework catalog, one per fiscal year (Buddhist era). Everything that changes
-- from year to year is data here, never C code.
CREATE TABLE framework (
    year      INTEGER PRIMARY KEY CHECK (year BETWEEN 2500 AND 2700),
    grading   TEXT    NOT NULL CHECK (grading IN ('letters', 'pass', 'levels', 'unknown')),
    pass_mark REAL,
    status    TEXT    NOT NULL DEFAULT 'complete'
                      CHECK (status IN ('complete', 'partial', 'provisional')),
    note      TEXT
);

-- The grading rule of a year as ordered bands: the first band (lowest rank) whose
-- conditions hold is the grade. certain = 0 marks a band the NACC did not state plainly.
CREATE TABLE grade_band (
    year          INTEGER NOT NULL REFERENCES framework (year) ON DELETE CASCADE,
    rank          INTEGER NOT NULL,
    label_th      TEXT    NOT NULL,
    label_en      TEXT    NOT NULL,
    min_total     REAL    NOT NULL,
    min_each_tool REAL,
    passed        INTEGER NOT NULL DEFAULT 1 CHECK (passed IN (0, 1)),
    certain       INTEGER NOT NULL DEFAULT 1 CHECK (certain IN (0, 1)),
    PRIMARY KEY (year, rank)
);

CREATE TABLE indicator (
    year    INTEGER NOT NULL REFERENCES framework (year) ON DELETE CASCADE,
    no      INTEGER NOT NULL CHECK (no BETWEEN 1 AND 99),
    name_th TEXT    NOT NULL,
    name_en TEXT,
    tool    TEXT    NOT NULL CHECK (tool IN ('IIT', 'EIT', 'OIT')),
    weight  REAL    NOT NULL CHECK (weight > 0),
    PRIMARY KEY (year, no)
);

CREATE TABLE question (
    year         INTEGER NOT NULL,
    code         TEXT    NOT NULL,
    tool         TEXT    NOT NULL CHECK (tool IN ('IIT', 'EIT')),
    indicator_no INTEGER,
    text_th      TEXT,
    seq          INTEGER NOT NULL,
    PRIMARY KEY (year, code),
    FOREIGN KEY (year) REFERENCES framework (year) ON DELETE CASCADE,
    FOREIGN KEY (year, indicator_no) REFERENCES indicator (year, no)
);

-- An OIT item is keyed by (year, code), never by code alone: items are renumbered,
-- merged and renamed every year. group_key is the sub-indicator ('9.1') or, for years
-- published with topic headings instead, the heading itself. known = 0 when the catalog
-- does not know the title: shown as unknown, never hidden.
CREATE TABLE oit_item (
    year          INTEGER NOT NULL REFERENCES framework (year) ON DELETE CASCADE,
    code          TEXT    NOT NULL,
    seq           INTEGER NOT NULL,
    group_key     TEXT    NOT NULL DEFAULT '',
    group_title   TEXT    NOT NULL DEFAULT '',
    indicator_no  INTEGER,
    title_th      TEXT    NOT NULL DEFAULT '',
    components_th TEXT    NOT NULL DEFAULT '',
    known         INTEGER NOT NULL DEFAULT 1 CHECK (known IN (0, 1)),
    PRIMARY KEY (year, code)
);
CREATE INDEX oit_item_by_seq ON oit_item (year, seq);
