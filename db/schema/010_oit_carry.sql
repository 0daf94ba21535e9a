-- Issue 16, part 2: carrying an agency's OIT checklist into the next year's framework.
-- An admin's rule for which item of to_year continues an item of from_year; to_code NULL
-- says the item has no successor. It comes before title similarity (src/oit_match.c).
-- No foreign keys to oit_item: a catalog an admin edits or re-imports must not lose the
-- rules or be refused because of them; a rule whose codes are gone is ignored.
CREATE TABLE oit_map (
    from_year  INTEGER NOT NULL CHECK (from_year BETWEEN 2500 AND 2700),
    to_year    INTEGER NOT NULL CHECK (to_year BETWEEN 2500 AND 2700),
    from_code  TEXT    NOT NULL,
    to_code    TEXT,
    updated_by TEXT,
    updated_at TEXT,
    PRIMARY KEY (from_year, to_year, from_code),
    CHECK (from_year <> to_year)
) WITHOUT ROWID;

-- An evidence link carried from the year before points at last year's page until someone
-- looks: 1 until the link is saved again (confirmed) on this item.
ALTER TABLE oit_status ADD COLUMN evidence_recheck INTEGER NOT NULL DEFAULT 0
    CHECK (evidence_recheck IN (0, 1));
