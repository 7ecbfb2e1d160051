-- The registry's published view of each unit's own facts, one row per unit. Other modules read a unit's name, type
-- or parent here rather than through org_unit_lineage with depth = 0: a plain view is inlined whole by the
-- planner, so a query over it keeps a parallel plan that the lineage view's UNION ALL loses (the province league
-- ran 50% slower through it; bench/README).
CREATE VIEW org_unit_facts AS
SELECT code, type, kind, name_vi, name_en, short_name, parent_code, sort_key, effective_from, effective_to
  FROM org_unit;
