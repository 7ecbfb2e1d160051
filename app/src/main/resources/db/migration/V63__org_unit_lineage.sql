-- The registry's published view: what other modules may read of the organisation tree in their SQL (they never
-- name org_unit itself). One row per (unit, ancestor-or-self): depth 0 is the unit itself, 1 its parent, 2 its
-- grandparent. "Units in the subtree of :unit" is  code IN (SELECT code FROM org_unit_lineage WHERE ancestor_code = :unit);
-- a unit's own facts are the row with depth = 0. The tree has at most three levels (nation, province, commune).
CREATE VIEW org_unit_lineage AS
SELECT u.code, u.code AS ancestor_code, 0 AS depth,
       u.type, u.kind, u.name_vi, u.name_en, u.short_name, u.parent_code, u.sort_key, u.effective_from, u.effective_to
  FROM org_unit u
UNION ALL
SELECT u.code, p.code AS ancestor_code, 1 AS depth,
       u.type, u.kind, u.name_vi, u.name_en, u.short_name, u.parent_code, u.sort_key, u.effective_from, u.effective_to
  FROM org_unit u JOIN org_unit p ON p.code = u.parent_code
UNION ALL
SELECT u.code, g.code AS ancestor_code, 2 AS depth,
       u.type, u.kind, u.name_vi, u.name_en, u.short_name, u.parent_code, u.sort_key, u.effective_from, u.effective_to
  FROM org_unit u JOIN org_unit p ON p.code = u.parent_code JOIN org_unit g ON g.code = p.parent_code;
