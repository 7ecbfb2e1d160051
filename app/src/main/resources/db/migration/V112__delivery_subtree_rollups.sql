-- The index's roll-ups summed over each unit's descendants (issue 16, session 7): per ancestor (a province, a
-- ministry with units below it, and 'VN', the nation, above every unit) and month, what the units below it count,
-- kept by the same deltas as delivery_tally and delivery_open_due in the transaction of the events. A subtree's
-- figure is its own rows plus these, so a league of provinces reads 34 × 12 months of rows instead of summing every
-- commune's rows through org_unit_lineage. Derived: the repair and the start-up upkeep (DeliveryUpkeep) compute them
-- again from delivery_tally and delivery_open_due through org_unit_lineage. The tables are created here and
-- filled by the upkeep, which runs after every migration.
CREATE TABLE delivery_tally_below (
    unit_code VARCHAR(20) NOT NULL,
    ym        INTEGER     NOT NULL,
    counter   VARCHAR(20) NOT NULL,
    n         BIGINT      NOT NULL,
    PRIMARY KEY (unit_code, ym, counter)
);

CREATE TABLE delivery_open_due_below (
    unit_code    VARCHAR(20) NOT NULL,
    ym           INTEGER     NOT NULL,
    subject_kind VARCHAR(1)  NOT NULL,
    due_on       DATE        NOT NULL,
    n            BIGINT      NOT NULL,
    PRIMARY KEY (unit_code, ym, subject_kind, due_on)
);

-- One-time and derived work of the delivery module done at start-up, one row per job once done (with what it was
-- done for, e.g. the shape of the organisation tree the subtree roll-ups were derived over), so that a job runs once
-- across nodes: each runs under the writers' lock (IngestLock) and looks here first.
CREATE TABLE delivery_upkeep (
    job         VARCHAR(40)              NOT NULL PRIMARY KEY,
    done_for    VARCHAR(64)              NOT NULL,
    done_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
