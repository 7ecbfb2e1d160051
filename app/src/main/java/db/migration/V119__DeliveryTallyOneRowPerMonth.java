package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The delivery roll-ups of a unit's month become one row with a column per counter, instead of one row per counter
 * (issue 16). A batch spread over 2,000 unit-months wrote about 18,000 rows into delivery_tally, the largest part of
 * its time (bench/README.md, session 15); now it writes 2,000. The same for the rows kept below every unit
 * (delivery_tally_below). The rows are carried over by summing each counter's rows into its column; a counter this
 * migration does not know stops it, so nothing is dropped unseen. The counters are listed here as they stood, not
 * read from the code, so the migration stays what it was when later counters come (each with its own migration).
 * On PostgreSQL the new tables leave room for in-place updates, as V116 set for the old ones.
 */
public class V119__DeliveryTallyOneRowPerMonth extends BaseJavaMigration {

    static final List<String> COUNTERS = List.of("RECEIVED", "SYNCED", "PROCESSED", "ON_TIME", "LATE", "DAYS_TO_CLOSE",
            "ELIGIBLE", "FULLY_ONLINE", "ONLINE_E_RESULT", "FEE_DOSSIERS", "PAID_ONLINE", "E_RESULT_FILE", "DIGITISED",
            "REUSED", "PERSONAL_STORE", "POPULATION", "DISLIKED", "ONLINE", "PET_RECEIVED", "PET_FIRST", "PET_ON_TIME",
            "PET_GOOD");

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgresql");
        List<String> tables = List.of("delivery_tally", "delivery_tally_below");
        try (Statement sql = context.getConnection().createStatement()) {
            // both checked before either changes (H2 commits each DDL statement, so a refusal must come first), and
            // every unknown counter of both named at once
            List<String> unknown = new ArrayList<>();
            for (String table : tables) {
                unknown.addAll(unknownCounters(sql, table));
            }
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("The delivery roll-ups hold counters this migration does not know, so it"
                        + " would drop them: " + unknown);
            }
            for (String table : tables) {
                String wide = table + "_v119";
                sql.execute("CREATE TABLE " + wide + " (unit_code VARCHAR(20) NOT NULL, ym INTEGER NOT NULL, "
                        + String.join(", ", COUNTERS.stream().map(c -> column(c) + " BIGINT DEFAULT 0 NOT NULL").toList())
                        + ", CONSTRAINT " + table + "_month_pkey PRIMARY KEY (unit_code, ym))");
                sql.execute("INSERT INTO " + wide + " (unit_code, ym, " + String.join(", ", COUNTERS.stream()
                        .map(V119__DeliveryTallyOneRowPerMonth::column).toList()) + ") SELECT unit_code, ym, "
                        + String.join(", ", COUNTERS.stream().map(c -> "SUM(CASE WHEN counter = '" + c
                                + "' THEN n ELSE 0 END)").toList()) + " FROM " + table + " GROUP BY unit_code, ym");
                sql.execute("DROP TABLE " + table);
                sql.execute("ALTER TABLE " + wide + " RENAME TO " + table);
                if (postgres) {
                    sql.execute("ALTER TABLE " + table + " SET (fillfactor = 70)");
                }
            }
        }
    }

    /** The counters of the table this migration does not know, each as "table: counter". */
    private static List<String> unknownCounters(Statement sql, String table) throws Exception {
        List<String> unknown = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery("SELECT DISTINCT counter FROM " + table + " WHERE counter NOT IN ("
                + String.join(", ", COUNTERS.stream().map(c -> "'" + c + "'").toList()) + ") ORDER BY counter")) {
            while (rs.next()) {
                unknown.add(table + ": " + rs.getString(1));
            }
        }
        return unknown;
    }

    static String column(String counter) {
        return counter.toLowerCase(Locale.ROOT);
    }
}
