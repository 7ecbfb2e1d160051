-- A commune, ward or special zone has no unit below it, so its roll-up rows only repeated its own values, and they
-- were most of the rows the ingest wrote. Its totals are now read from its values (RollupReader); the rows go.
DELETE FROM element_rollup WHERE unit_code IN (SELECT code FROM org_unit WHERE type = 'COMMUNE');
