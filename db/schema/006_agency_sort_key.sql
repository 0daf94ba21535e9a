-- Thai order without the collation: sort_key holds tt_collate_key(name), whose bytes
-- (memcmp, as SQLite compares BLOBs) order names as COLLATE THAI does. itadesk computes
-- it when it adds or renames an agency and fills every NULL key when it opens the file
-- for writing; the index lets the picker page through 30,000 agencies in order without
-- sorting them per key.
-- The stock sqlite3 shell cannot compute the key, so a rename that leaves the key as it
-- was (the shell's, or any program's) sets it to NULL here, to be filled again.
ALTER TABLE agency ADD COLUMN sort_key BLOB;
CREATE INDEX agency_by_sort_key ON agency (sort_key, id);
CREATE TRIGGER agency_sort_key_stale AFTER UPDATE OF name ON agency
    WHEN new.name IS NOT old.name AND new.sort_key IS old.sort_key
BEGIN
    UPDATE agency SET sort_key = NULL WHERE id = new.id;
END;
