-- Issue 16: each fiscal year's ITA calendar, as catalog data an admin edits (itadesk
-- calendar set, the calendar screen). One row per year and date; date is ISO (CE) or
-- NULL when unknown (shown as unknown, never guessed). certain = 0 marks a date taken
-- from the usual yearly cycle rather than from a notice the NACC published for that year.
-- Not tied to the framework table: a year's calendar may be known before its catalog.
CREATE TABLE ita_calendar (
    year    INTEGER NOT NULL CHECK (year BETWEEN 2500 AND 2700),
    key     TEXT    NOT NULL CHECK (key IN ('register_open', 'register_close', 'oit_open',
                                            'oit_close', 'survey_open', 'survey_close',
                                            'dispute_open', 'dispute_close', 'result')),
    date    TEXT CHECK (date IS NULL OR date GLOB
                        '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    certain INTEGER NOT NULL DEFAULT 1 CHECK (certain IN (0, 1)),
    PRIMARY KEY (year, key)
) WITHOUT ROWID;

-- What ITA.md gives ("The yearly cycle"): agencies publish the OIT items and answer the
-- OIT form from 1 March to 30 April of the fiscal year (BE year Y: March of CE Y - 543).
-- It gives only months for registration (Jan-Feb), the surveys (Apr-May), the
-- clarification of the preliminary OIT score (May-Jun) and the results (Jul-Aug), and no
-- year-specific notice: those dates stay unknown until an admin enters them.
INSERT INTO ita_calendar (year, key, date, certain)
WITH RECURSIVE y(be) AS (SELECT 2562 UNION ALL SELECT be + 1 FROM y WHERE be < 2569)
SELECT be, 'oit_open', printf('%04d-03-01', be - 543), 0 FROM y
UNION ALL
SELECT be, 'oit_close', printf('%04d-04-30', be - 543), 0 FROM y;
