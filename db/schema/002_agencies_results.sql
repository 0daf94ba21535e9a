-- Agencies, their units and people; assessment results as entered from ITAS.
CREATE TABLE agency (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    kind            TEXT,
    district        TEXT,
    province        TEXT,
    signer_name     TEXT,
    signer_position TEXT
);
CREATE INDEX agency_by_province ON agency (province);

CREATE TABLE unit (
    id        INTEGER PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    name      TEXT    NOT NULL CHECK (length(name) > 0),
    UNIQUE (agency_id, name)
);

CREATE TABLE app_user (
    login        TEXT PRIMARY KEY,
    display_name TEXT,
    role         TEXT NOT NULL DEFAULT 'officer'
                      CHECK (role IN ('admin', 'officer', 'reviewer', 'viewer')),
    agency_id    INTEGER REFERENCES agency (id) ON DELETE SET NULL
);

-- One agency's assessment of one fiscal year. The entered (official ITAS) total and
-- level are kept as published; computed ones are derived on the fly.
CREATE TABLE assessment (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    year          INTEGER NOT NULL REFERENCES framework (year),
    total_entered REAL CHECK (total_entered BETWEEN 0 AND 100),
    level_entered TEXT,
    note          TEXT,
    UNIQUE (agency_id, year)
);
CREATE INDEX assessment_by_year ON assessment (year);

CREATE TABLE indicator_score (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    indicator_no  INTEGER NOT NULL,
    score         REAL    NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (assessment_id, indicator_no)
) WITHOUT ROWID;

-- Question scores as printed. EIT codes repeat under different issues in real
-- documents, so issue_no is part of the key (0 = not printed under an issue).
CREATE TABLE question_score (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    tool          TEXT    NOT NULL CHECK (tool IN ('IIT', 'EIT')),
    code          TEXT    NOT NULL,
    issue_no      INTEGER NOT NULL DEFAULT 0,
    indicator_no  INTEGER,
    text_th       TEXT,
    score         REAL    NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (assessment_id, tool, code, issue_no)
) WITHOUT ROWID;

-- The OIT checklist of one agency and year: state, owner, evidence and the panel's
-- item score. version increases on every save so a stale save can be refused.
CREATE TABLE oit_status (
    agency_id    INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    year         INTEGER NOT NULL,
    code         TEXT    NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'not-done'
                         CHECK (state IN ('not-done', 'in-progress', 'done')),
    unit_id      INTEGER REFERENCES unit (id) ON DELETE SET NULL,
    evidence_url TEXT,
    note         TEXT,
    score        REAL CHECK (score IS NULL OR score IN (0, 50, 100)),
    updated_by   TEXT,
    updated_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (agency_id, year, code),
    FOREIGN KEY (year, code) REFERENCES oit_item (year, code)
) WITHOUT ROWID;
