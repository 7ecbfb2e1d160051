-- System-sourced values (submission.SystemValues): a module records an indicator's values itself, as an approved
-- submission on its own channel 'SYSTEM:<source>' (e.g. 'SYSTEM:delivery'). The channel column grows to hold the
-- source's name; people's channels stay as they were.
ALTER TABLE submission DROP CONSTRAINT submission_channel_check;
ALTER TABLE submission ALTER COLUMN channel SET DATA TYPE VARCHAR(40);
ALTER TABLE submission ADD CONSTRAINT submission_channel_check
    CHECK (channel IN ('FORM', 'API', 'SPREADSHEET', 'DEMO') OR channel LIKE 'SYSTEM:%');
