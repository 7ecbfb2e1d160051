-- Registry corrections of 2025 (issue 13): where each conversion row comes from.
-- resolution/clause name the text of NQ 1654–1687/NQ-UBTVQH15 that backs the row
-- ("1656/NQ-UBTVQH15", "1.110" = Điều 1, khoản 110); checked_against_text is true for the rows
-- that were read against that clause (the disputed and the corrected ones), finding says what it showed.
ALTER TABLE unit_succession ADD COLUMN resolution VARCHAR(32);
ALTER TABLE unit_succession ADD COLUMN clause VARCHAR(16);
ALTER TABLE unit_succession ADD COLUMN checked_against_text BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE unit_succession ADD COLUMN finding VARCHAR(800);

-- The clause that forms each 2025 commune (arranged from old units, or kept as it was).
CREATE TABLE unit_formation (
    code         VARCHAR(16)  NOT NULL PRIMARY KEY REFERENCES org_unit (code),
    resolution   VARCHAR(32)  NOT NULL,
    clause       VARCHAR(16)  NOT NULL,
    arrangement  VARCHAR(16)  NOT NULL,
    CONSTRAINT unit_formation_arrangement_check CHECK (arrangement IN ('ARRANGED', 'NOT_ARRANGED', 'RENAMED'))
);

-- Codes that were once published for a unit and still resolve to it (23938 → 23737, Ia Mơ).
CREATE TABLE org_unit_code_alias (
    old_code  VARCHAR(16)  NOT NULL PRIMARY KEY,
    code      VARCHAR(16)  NOT NULL REFERENCES org_unit (code),
    source    VARCHAR(400) NOT NULL
);

-- What the 2025 resolutions say of an old commune none of them names (merged before 2025).
ALTER TABLE legacy_unit ADD COLUMN note_2025 VARCHAR(800);
