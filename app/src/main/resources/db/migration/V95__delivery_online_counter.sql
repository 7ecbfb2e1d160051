-- The roll-up counter ONLINE (dossiers received online, session 5) for the dossiers that were in before it existed.
-- A batch's delta is what its subjects add after less what they added before, both counted with today's rules, so an
-- older dossier never brought its ONLINE count in: an existing database's roll-ups lacked it, and its first repair,
-- which recounts every dossier, reported "not identical" once. Counted again here from the dossiers' states, exactly
-- as the ingest counts it (channel ONLINE, not withdrawn, in the month of receipt).
DELETE FROM delivery_tally WHERE counter = 'ONLINE';
INSERT INTO delivery_tally (unit_code, ym, counter, n)
SELECT unit_code, ym, 'ONLINE', COUNT(*) FROM delivery_dossier
 WHERE channel = 'ONLINE' AND status <> 'WITHDRAWN'
 GROUP BY unit_code, ym;
