-- A mark's version comes from a sequence, so it is never given twice: with a per-row counter, a month cleared and
-- marked again started at 1 again, and a drain that had read version 1 before could clear the new mark unrecorded.
-- A month whose values were refused carries when (failed_at): the drains retry it on its own, not in every chunk.
UPDATE delivery_values_pending SET version = 0;
CREATE SEQUENCE delivery_values_version START WITH 1;
ALTER TABLE delivery_values_pending ADD COLUMN failed_at TIMESTAMP WITH TIME ZONE;
