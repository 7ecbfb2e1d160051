-- Integrity at the edges (issue 18).

-- An idempotent answer of any documented batch size: the request hash and a compact answer (submission ids as
-- ranges), in a column without a length limit.
ALTER TABLE ingest_request ALTER COLUMN response SET DATA TYPE VARCHAR;

-- Content-addressed attachments of audit records: what does not belong in a record's columns (the ids a batch
-- wrote, a value longer than a column) is stored once under its SHA-256; the record names that hash, and the
-- record's own hash (and so the chain) covers it.
CREATE TABLE audit_attachment (
    sha256      VARCHAR(64)  NOT NULL PRIMARY KEY,
    content     VARCHAR      NOT NULL,
    char_count  BIGINT       NOT NULL
);
ALTER TABLE audit_record ADD COLUMN attachment_sha256 VARCHAR(64);

-- Optimistic locking: a decision or an edit names the version it was shown; a stale one is refused (409).
ALTER TABLE submission ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE task ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE indicator_target ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
