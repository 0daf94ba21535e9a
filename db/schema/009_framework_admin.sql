-- Issue 16, part 1: the framework catalogs become data an admin edits from the program.
-- edited_at marks a row an admin changed (the administration screen, `framework import`):
-- neither a later migration nor `itadesk init` (reloading the shipped CSV files) touches
-- such a row again.
ALTER TABLE framework ADD COLUMN edited_at TEXT;
ALTER TABLE grade_band ADD COLUMN edited_at TEXT;
ALTER TABLE indicator ADD COLUMN edited_at TEXT;
ALTER TABLE question ADD COLUMN edited_at TEXT;
ALTER TABLE oit_item ADD COLUMN edited_at TEXT;
-- How sure the catalog is of a title (sure, medium, low): titles filled from agencies'
-- public pages are shown on the "still unknown" list until an admin confirms them.
ALTER TABLE oit_item ADD COLUMN confidence TEXT NOT NULL DEFAULT 'sure'
    CHECK (confidence IN ('sure', 'medium', 'low'));

-- The corrections of the shipped catalogs (db/catalogs/*.csv carry the same, so a new
-- database and an upgraded one hold the same catalog). Each one changes a row only while
-- it still holds the old shipped value: a title someone already changed by hand (before
-- this version, with the sqlite3 shell or a CSV of their own) is theirs and stays.
UPDATE oit_item SET title_th = 'ข้อมูลการติดต่อ', known = 1, confidence = 'medium'
    WHERE year = 2567 AND code = 'O4' AND title_th = 'ข่าวประชาสัมพันธ์' AND edited_at IS NULL;
UPDATE oit_item SET title_th = 'ข่าวประชาสัมพันธ์', known = 1, confidence = 'medium'
    WHERE year = 2567 AND code = 'O5' AND title_th = '' AND edited_at IS NULL;
UPDATE oit_item SET title_th = 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', known = 1, confidence = 'medium'
    WHERE year = 2567 AND code = 'O10' AND title_th = '' AND edited_at IS NULL;
UPDATE oit_item SET title_th = 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', known = 1, confidence = 'medium'
    WHERE year = 2567 AND code = 'O14' AND title_th = '' AND edited_at IS NULL;
UPDATE oit_item SET title_th = 'แผนปฏิบัติการป้องกันการทุจริต', known = 1, confidence = 'low'
    WHERE year = 2568 AND code = 'O25' AND title_th = '' AND edited_at IS NULL;
UPDATE oit_item SET title_th = 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', known = 1, confidence = 'low'
    WHERE year = 2568 AND code = 'O26' AND title_th = '' AND edited_at IS NULL;
UPDATE oit_item SET group_title = 'การบริหารงานและการใช้จ่ายงบประมาณ'
    WHERE year = 2567 AND group_key = '9.2' AND group_title = '' AND edited_at IS NULL;
UPDATE oit_item SET group_title = 'การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ'
    WHERE year = 2567 AND group_key = '9.3' AND group_title = '' AND edited_at IS NULL;
UPDATE oit_item SET group_title = 'การบริหารและพัฒนาทรัพยากรบุคคล'
    WHERE year = 2567 AND group_key = '9.4' AND group_title = '' AND edited_at IS NULL;
UPDATE oit_item SET group_title = 'การส่งเสริมความโปร่งใส'
    WHERE year = 2567 AND group_key = '9.5' AND group_title = '' AND edited_at IS NULL;
UPDATE framework SET note = 'O4, O5, O10, O14 titles of medium confidence'
    WHERE year = 2567 AND note = 'O5, O10, O14 titles uncertain' AND edited_at IS NULL;
UPDATE framework
    SET note = 'topic headings instead of 9.x/10.x groups; O25/O26 titles of low confidence'
    WHERE year = 2568 AND edited_at IS NULL
      AND note = 'topic headings instead of 9.x/10.x groups; O25/O26 titles unknown';
