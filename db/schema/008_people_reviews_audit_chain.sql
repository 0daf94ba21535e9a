-- People: each Unix login holds roles per agency (agency_id NULL: every agency). What a
-- role may do is decided in one place, db/db_role.c, when a write transaction begins.
CREATE TABLE user_role (
    login     TEXT    NOT NULL CHECK (length(login) > 0),
    agency_id INTEGER REFERENCES agency (id) ON DELETE CASCADE,
    role      TEXT    NOT NULL CHECK (role IN ('admin', 'officer', 'reviewer', 'viewer'))
);
CREATE UNIQUE INDEX user_role_key ON user_role (login, coalesce(agency_id, 0));
CREATE INDEX user_role_by_agency ON user_role (agency_id) WHERE agency_id IS NOT NULL;
INSERT INTO user_role (login, agency_id, role) SELECT login, agency_id, role FROM app_user;

-- A reviewer's verdict on an OIT item an officer marked done. The officer's next change
-- of the item removes it (db_oit.c), so a check always speaks of what is there now.
CREATE TABLE oit_review (
    agency_id   INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    year        INTEGER NOT NULL,
    code        TEXT    NOT NULL,
    verdict     TEXT    NOT NULL CHECK (verdict IN ('checked', 'returned')),
    comment     TEXT,
    reviewed_by TEXT    NOT NULL,
    reviewed_at TEXT    NOT NULL,
    PRIMARY KEY (agency_id, year, code),
    FOREIGN KEY (year, code) REFERENCES oit_item (year, code)
) WITHOUT ROWID;

-- The same for a measure's monitoring-round report.
CREATE TABLE round_review (
    measure_id   INTEGER NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    round_months INTEGER NOT NULL CHECK (round_months IN (3, 6, 9, 12)),
    verdict      TEXT    NOT NULL CHECK (verdict IN ('accepted', 'returned')),
    comment      TEXT,
    reviewed_by  TEXT    NOT NULL,
    reviewed_at  TEXT    NOT NULL,
    PRIMARY KEY (measure_id, round_months)
) WITHOUT ROWID;

-- Tamper evidence: each audit row carries SHA-256 (hex) of the previous row's hash and
-- its own content (db/db_audit_chain.c); `itadesk check` walks the chain. Rows written
-- before this migration get their hash once, right after it; afterwards no row changes.
-- agency_id is the agency the change belonged to (NULL: the whole file), for the audit
-- screen's filter; older rows get it from their key.
ALTER TABLE audit ADD COLUMN agency_id INTEGER;
ALTER TABLE audit ADD COLUMN hash TEXT;
DROP TRIGGER audit_no_update;
UPDATE audit SET agency_id = CASE
    WHEN entity = 'measure' THEN (SELECT agency_id FROM measure WHERE id = CAST(key AS INTEGER))
    WHEN entity = 'finding' THEN (SELECT agency_id FROM finding WHERE id = CAST(key AS INTEGER))
    WHEN instr(key, '/') > 0 THEN CAST(substr(key, 1, instr(key, '/') - 1) AS INTEGER)
    WHEN instr(key, ':') > 0 THEN CAST(substr(key, 1, instr(key, ':') - 1) AS INTEGER)
END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN OLD.hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
  OR NEW.login IS NOT OLD.login OR NEW.entity IS NOT OLD.entity OR NEW.key IS NOT OLD.key
  OR NEW.field IS NOT OLD.field OR NEW.old IS NOT OLD.old OR NEW.new IS NOT OLD.new
  OR NEW.agency_id IS NOT OLD.agency_id
BEGIN
    SELECT RAISE(ABORT, 'audit is append-only');
END;
CREATE INDEX audit_by_login ON audit (login, at);
CREATE INDEX audit_by_agency ON audit (agency_id, at);
