-- The audit trail: append-only, each record hashed with its predecessor's hash.
CREATE TABLE audit_record (
    seq           BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(120)             NOT NULL,
    action        VARCHAR(40)              NOT NULL,
    entity_type   VARCHAR(60)              NOT NULL,
    entity_id     VARCHAR(200),
    unit_code     VARCHAR(16),
    before_value  VARCHAR(65535),
    after_value   VARCHAR(65535),
    detail        VARCHAR(2000),
    prev_hash     VARCHAR(64)              NOT NULL,
    hash          VARCHAR(64)              NOT NULL
);
CREATE INDEX audit_record_entity_idx ON audit_record (entity_type, entity_id);
CREATE INDEX audit_record_actor_idx ON audit_record (actor);

-- One row that every writer locks, so the chain has exactly one next link across nodes.
CREATE TABLE audit_chain_head (
    id         INT          NOT NULL PRIMARY KEY,
    last_seq   BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
