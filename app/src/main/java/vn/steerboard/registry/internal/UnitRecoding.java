package vn.steerboard.registry.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A unit's code changed on a database that already holds data ({@link RegistryCorrections2025Migration}): the unit
 * is re-keyed in every table that references it, by foreign key or by a unit-code column, and its old code stays
 * resolvable as an alias. History tables keep the code as it was written.
 */
final class UnitRecoding {

    /** Tables that record history as it was written; an old code there is what happened then. */
    private static final Set<String> HISTORY_TABLES = Set.of("audit_record", "flyway_schema_history");
    /** Tables the registry's migrations maintain themselves. */
    private static final Set<String> OWN_TABLES = Set.of("org_unit", "org_unit_code_alias", "legacy_unit");

    private UnitRecoding() {
    }

    /**
     * Gives a unit its official code: a copy under the new code, every reference moved to it,
     * the old row removed, the old code kept as an alias.
     */
    static void recode(Connection connection, String oldCode, String newCode, String source) throws SQLException {
        if (MigrationSql.exists(connection, "SELECT 1 FROM org_unit WHERE code = ?", oldCode)) {
            if (MigrationSql.exists(connection, "SELECT 1 FROM org_unit WHERE code = ?", newCode)) {
                throw new IllegalStateException("Cannot give unit " + oldCode + " the code " + newCode
                        + ": a unit already has it");
            }
            MigrationSql.update(connection, "INSERT INTO org_unit (code, type, kind, name_vi, name_en, short_name, parent_code,"
                    + " search_text, sort_key, effective_from, effective_to) SELECT ?, type, kind, name_vi, name_en,"
                    + " short_name, parent_code, search_text, sort_key, effective_from, effective_to"
                    + " FROM org_unit WHERE code = ?", newCode, oldCode);
            for (String[] column : unitColumns(connection)) {
                MigrationSql.update(connection, "UPDATE " + column[0] + " SET " + column[1] + " = ? WHERE " + column[1] + " = ?",
                        newCode, oldCode);
            }
            for (String table : tablesWithColumn(connection, "lineage")) {
                MigrationSql.update(connection, "UPDATE " + table + " SET lineage = REPLACE(lineage, ?, ?) WHERE lineage LIKE ?",
                        "|" + oldCode + "|", "|" + newCode + "|", "%|" + oldCode + "|%");
            }
            MigrationSql.update(connection, "UPDATE org_unit SET parent_code = ? WHERE parent_code = ?", newCode, oldCode);
            MigrationSql.update(connection, "DELETE FROM org_unit WHERE code = ?", oldCode);
        }
        MigrationSql.update(connection, "INSERT INTO org_unit_code_alias (old_code, code, source) VALUES (?, ?, ?)",
                oldCode, newCode, source);
    }

    /**
     * The columns that hold a unit code outside the registry: every foreign key to org_unit,
     * and the code columns other modules keep without one (unit_code, *_unit).
     */
    private static List<String[]> unitColumns(Connection connection) throws SQLException {
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> columns = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        try (ResultSet keys = meta.getExportedKeys(connection.getCatalog(), schema, "org_unit")) {
            while (keys.next()) {
                add(columns, seen, keys.getString("FKTABLE_NAME"), keys.getString("FKCOLUMN_NAME"));
            }
        }
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, "%", "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (column.equals("unit_code") || column.endsWith("_unit")) {
                    add(columns, seen, rs.getString("TABLE_NAME"), column);
                }
            }
        }
        return columns;
    }

    private static void add(List<String[]> columns, Set<String> seen, String table, String column) {
        String t = table.toLowerCase(Locale.ROOT);
        String c = column.toLowerCase(Locale.ROOT);
        if (!HISTORY_TABLES.contains(t) && !OWN_TABLES.contains(t) && seen.add(t + "." + c)) {
            columns.add(new String[] {t, c});
        }
    }

    private static List<String> tablesWithColumn(Connection connection, String name) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(),
                "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (rs.getString("COLUMN_NAME").equalsIgnoreCase(name) && !HISTORY_TABLES.contains(table)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }
}
