-- Each successful scan's score per criterion (đúng, đủ, sạch, sống, thống nhất, dùng chung) as the engine computed
-- it, caps included, so that rankings and scorecards show the six criteria without reading every report. A criterion
-- the suite has no check for has no row: nothing was measured, which is not 0. Scans stored before this migration
-- are filled from their reports by V111.
CREATE TABLE quality_criterion_score (
    scan_id    BIGINT           NOT NULL REFERENCES quality_scan (id) ON DELETE CASCADE,
    criterion  VARCHAR(16)      NOT NULL,
    score      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (scan_id, criterion),
    CONSTRAINT quality_criterion_score_criterion_check
        CHECK (criterion IN ('CORRECT', 'SUFFICIENT', 'CLEAN', 'LIVE', 'UNIFIED', 'SHARED'))
);
