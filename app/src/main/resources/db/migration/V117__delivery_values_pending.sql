-- A unit's own month whose indicator values (data set DVC_766) are still to be recorded from its roll-ups. A batch of
-- events marks its months in its own transaction, so a mark is never lost; the values are recorded a moment later,
-- coalesced over every batch that came meanwhile (IndicatorValuesDrain). Each mark bumps the version, so a drain
-- clears only the marks it has recorded, never one a batch made after it read the roll-ups.
CREATE TABLE delivery_values_pending (
    unit_code VARCHAR(20)              NOT NULL,
    ym        INTEGER                  NOT NULL,
    version   BIGINT                   NOT NULL,
    marked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (unit_code, ym)
);
