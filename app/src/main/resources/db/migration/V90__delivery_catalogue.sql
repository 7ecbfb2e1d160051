-- The public-service delivery scoreboard (issue 16): the procedure catalogue (TTHC), versioned.
-- Every change is a new row; the current procedure is its highest version. Nothing is updated in place.
CREATE TABLE delivery_procedure_version (
    code                  VARCHAR(40)              NOT NULL,
    version               INTEGER                  NOT NULL,
    name                  VARCHAR(1000)            NOT NULL,
    competence            VARCHAR(16)              NOT NULL,
    handling_agencies     VARCHAR(2000)            NOT NULL,
    applicant_kind        VARCHAR(16)              NOT NULL,
    fee_vnd               BIGINT                   NOT NULL,
    fully_online_eligible BOOLEAN                  NOT NULL,
    online_level          VARCHAR(16)              NOT NULL,
    population_data       BOOLEAN                  NOT NULL,
    published_on          DATE,
    published_on_time     BOOLEAN                  NOT NULL,
    components_complete   BOOLEAN                  NOT NULL,
    synthetic             BOOLEAN                  NOT NULL,
    recorded_by           VARCHAR(200)             NOT NULL,
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (code, version),
    CONSTRAINT delivery_procedure_competence CHECK (competence IN ('CENTRAL', 'PROVINCE', 'COMMUNE')),
    CONSTRAINT delivery_procedure_applicant CHECK (applicant_kind IN ('CITIZEN', 'BUSINESS', 'BOTH')),
    CONSTRAINT delivery_procedure_online CHECK (online_level IN ('NONE', 'PARTIAL', 'FULL')),
    CONSTRAINT delivery_procedure_fee CHECK (fee_vnd >= 0)
);

CREATE INDEX delivery_procedure_version_competence ON delivery_procedure_version (competence, code);
