-- Completed assessments imported in bulk through the API (a province's department or a partner that collected them):
-- one row per batch, under its Idempotency-Key, so a batch sent twice is stored once; and on each assessment the
-- batch it came in (NULL for a self-assessment).
CREATE TABLE assessment_import (
    idempotency_key   VARCHAR(100) NOT NULL PRIMARY KEY,
    body_sha256       VARCHAR(64)  NOT NULL,
    framework_code    VARCHAR(64)  NOT NULL,
    framework_version INT          NOT NULL,
    imported          INT          NOT NULL,
    new_enterprises   INT          NOT NULL,
    reassessed        INT          NOT NULL,
    imported_by       VARCHAR(120) NOT NULL,
    imported_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE assessment ADD COLUMN import_key VARCHAR(100);
CREATE INDEX assessment_import_key ON assessment (import_key);
