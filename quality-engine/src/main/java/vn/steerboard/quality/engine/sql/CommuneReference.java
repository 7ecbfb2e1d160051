package vn.steerboard.quality.engine.sql;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.dictionary.AdministrativeCodes;

/**
 * The commune reference list joined into the statement once per checked column: every 2025 commune code with
 * its province, and every pre-2025 code (legacy = 1), as a VALUES list (the scan's connection is read-only, so
 * no temporary table can be created; the list travels inside the one statement).
 */
final class CommuneReference {

    private final PlanContext context;

    CommuneReference(PlanContext context) {
        this.context = context;
    }

    /** Adds the join for the check's column to {@code referenceJoins} (once) and answers its alias. */
    String join(Check check, String v, Map<String, String> referenceJoins) {
        String alias = "ref_" + check.column().toLowerCase(Locale.ROOT).replace('.', '_') + (check.trim() ? "_t" : "");
        if (!referenceJoins.containsKey(alias)) {
            TreeMap<String, String[]> rows = rows(context.dictionary().codes());
            String relation = context.dialect() == Dialect.DUCKDB ? packed(rows, alias) : values(rows, alias);
            referenceJoins.put(alias, " LEFT JOIN " + relation + " ON " + alias + ".code = " + v);
        }
        return alias;
    }

    /** Code → {province literal or NULL, legacy flag}, in code order. */
    private static TreeMap<String, String[]> rows(AdministrativeCodes codes) {
        TreeMap<String, String[]> rows = new TreeMap<>();
        codes.communeProvinces().forEach((code, province) -> rows.put(code, new String[] {"'" + province + "'", "0"}));
        for (String legacy : codes.legacyCommunes()) {
            String[] row = rows.computeIfAbsent(legacy, k -> new String[] {"NULL", "0"});
            row[1] = "1";
        }
        return rows;
    }

    /** DuckDB binds a 10,000-row VALUES list slowly (half a second); one text literal split in SQL is instant. */
    private static String packed(TreeMap<String, String[]> rows, String alias) {
        String packed = rows.entrySet().stream().map(e -> e.getKey() + "," + e.getValue()[0].replace("'", "")
                .replace("NULL", "") + "," + e.getValue()[1]).collect(Collectors.joining(";"));
        return "(SELECT split_part(r, ',', 1) AS code, NULLIF(split_part(r, ',', 2), '') AS province,"
                + " CAST(split_part(r, ',', 3) AS INTEGER) AS legacy FROM (SELECT unnest(string_split('" + packed
                + "', ';')) AS r)) AS " + alias;
    }

    private static String values(TreeMap<String, String[]> rows, String alias) {
        return "(VALUES " + rows.entrySet().stream()
                .map(e -> "('" + e.getKey() + "', " + e.getValue()[0] + ", " + e.getValue()[1] + ")")
                .collect(Collectors.joining(", ")) + ") AS " + alias + "(code, province, legacy)";
    }
}
