-- The submission module's published view of its values (issue 12): what the analytics roll-ups recompute from,
-- without naming the submission tables. One row per reported value, with its submission's status.
CREATE VIEW reported_value AS
SELECT v.element_code, v.unit_code, v.period, v.numeric_value, v.weight, v.entry_seq, v.lineage, v.submission_id,
       s.status
FROM data_value v
JOIN submission s ON s.id = v.submission_id;
