-- The organisation tree: central agencies, provinces and communes in force, with search and
-- Vietnamese sort keys computed on load (see VietnameseText).
CREATE TABLE org_unit (
    code            VARCHAR(16)   NOT NULL PRIMARY KEY,
    type            VARCHAR(16)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    name_vi         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    short_name      VARCHAR(200)  NOT NULL,
    parent_code     VARCHAR(16)   REFERENCES org_unit (code),
    search_text     VARCHAR(600)  NOT NULL,
    sort_key        VARCHAR(1200) NOT NULL,
    effective_from  DATE          NOT NULL,
    effective_to    DATE,
    CONSTRAINT org_unit_type_check CHECK (type IN ('CENTRAL', 'PROVINCE', 'COMMUNE'))
);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_code, sort_key);
CREATE INDEX org_unit_type_idx ON org_unit (type, sort_key);

-- Pre-2025 communes (and the few district-level rows of the official list).
CREATE TABLE legacy_unit (
    code           VARCHAR(16)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    level_name     VARCHAR(40),
    district_code  VARCHAR(16),
    district_name  VARCHAR(200),
    province_code  VARCHAR(16),
    province_name  VARCHAR(200)
);

-- The official conversion: one row per (old commune, new commune) pair.
CREATE TABLE unit_succession (
    legacy_code     VARCHAR(16)  NOT NULL REFERENCES legacy_unit (code),
    successor_code  VARCHAR(16)  NOT NULL REFERENCES org_unit (code),
    change_kind     VARCHAR(32)  NOT NULL,
    note            VARCHAR(500),
    PRIMARY KEY (legacy_code, successor_code)
);
CREATE INDEX unit_succession_successor_idx ON unit_succession (successor_code);
