-- Indexes on the foreign keys that had none: without them deleting one agency on a
-- national-scale file scanned whole child tables for 28 s while holding the write lock.
CREATE INDEX oit_status_by_unit ON oit_status (unit_id) WHERE unit_id IS NOT NULL;
CREATE INDEX measure_by_finding ON measure (finding_id) WHERE finding_id IS NOT NULL;
CREATE INDEX measure_by_carried_from ON measure (carried_from) WHERE carried_from IS NOT NULL;
CREATE INDEX app_user_by_agency ON app_user (agency_id) WHERE agency_id IS NOT NULL;
