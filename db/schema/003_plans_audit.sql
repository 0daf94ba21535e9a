-- Analysis, action plans, their follow-up, and the append-only audit trail.
CREATE TABLE finding (
    id               INTEGER PRIMARY KEY,
    agency_id        INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    year             INTEGER NOT NULL,
    issue_no         TEXT    NOT NULL, -- as printed: "1", "3.1"
    issue_title      TEXT,
    indicator_no     INTEGER,
    tool             TEXT CHECK (tool IS NULL OR tool IN ('IIT', 'EIT', 'OIT')),
    weakness         TEXT,
    to_develop       TEXT,
    keep_level       TEXT,
    strength         TEXT,
    assessment_point TEXT,
    updated_by       TEXT,
    updated_at       TEXT,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX finding_by_agency ON finding (agency_id, year, issue_no);

-- A finding concerns indicators and OIT items of its year.
CREATE TABLE finding_link (
    finding_id   INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    indicator_no INTEGER,
    oit_code     TEXT,
    CHECK ((indicator_no IS NULL) <> (oit_code IS NULL))
);
CREATE INDEX finding_link_by_finding ON finding_link (finding_id);

-- The five fixed constraint headings (1 บุคลากร … 5 เศรษฐกิจ วัฒนธรรม การดำรงชีวิต).
CREATE TABLE constraint_note (
    agency_id  INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    year       INTEGER NOT NULL,
    heading_no INTEGER NOT NULL CHECK (heading_no BETWEEN 1 AND 5),
    heading    TEXT,
    text       TEXT    NOT NULL DEFAULT '',
    updated_by TEXT,
    updated_at TEXT,
    version    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (agency_id, year, heading_no)
) WITHOUT ROWID;

-- plan_year is the fiscal year in which the measure runs (the year after the results).
CREATE TABLE measure (
    id                 INTEGER PRIMARY KEY,
    agency_id          INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    plan_year          INTEGER NOT NULL,
    seq                INTEGER NOT NULL DEFAULT 0,
    finding_id         INTEGER REFERENCES finding (id) ON DELETE SET NULL,
    issue_no           TEXT,
    indicator_no       INTEGER,
    issue_label        TEXT,
    title              TEXT    NOT NULL CHECK (length(title) > 0),
    approach           TEXT,
    steps              TEXT,
    responsible        TEXT,
    start_date         TEXT,
    end_date           TEXT,
    period_text        TEXT,
    budget             REAL CHECK (budget IS NULL OR budget >= 0),
    monitoring         TEXT,
    rounds             TEXT,
    status             TEXT NOT NULL DEFAULT 'not-done'
                            CHECK (status IN ('not-done', 'in-progress', 'done')),
    result             TEXT,
    outcome            TEXT,
    carried_from       INTEGER REFERENCES measure (id) ON DELETE SET NULL,
    updated_by         TEXT,
    updated_at         TEXT,
    version            INTEGER NOT NULL DEFAULT 1,
    CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
);
CREATE INDEX measure_by_agency ON measure (agency_id, plan_year, seq);

CREATE TABLE progress (
    measure_id   INTEGER NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    round_months INTEGER NOT NULL CHECK (round_months IN (3, 6, 9, 12)),
    reported_on  TEXT,
    state        TEXT NOT NULL DEFAULT 'not-done'
                      CHECK (state IN ('not-done', 'in-progress', 'done')),
    text         TEXT,
    reported_by  TEXT,
    PRIMARY KEY (measure_id, round_months)
) WITHOUT ROWID;

-- Append-only: who changed what, when, from which value to which.
CREATE TABLE audit (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    login  TEXT NOT NULL,
    entity TEXT NOT NULL,
    key    TEXT NOT NULL,
    field  TEXT NOT NULL,
    old    TEXT,
    new    TEXT
);
CREATE INDEX audit_by_entity ON audit (entity, key);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit is append-only');
END;
