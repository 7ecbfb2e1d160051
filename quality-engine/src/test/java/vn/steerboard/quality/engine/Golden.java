package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden SQL: the generated statement, laid out one aggregate per line and with the reference lists (thousands of
 * codes) shortened to their size, compared with src/test/resources/golden/NAME.sql. Run with -Dgolden.update=true
 * to rewrite the files after an intended change, then read the diff.
 */
final class Golden {


    private Golden() {
    }

    static String layout(String sql) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int values = sql.indexOf("(VALUES (", at);
            int in = sql.indexOf(" IN ('", at);
            int lookup = sql.indexOf("list_contains(['", at);
            if (lookup >= 0 && (in < 0 || lookup < in) && (values < 0 || lookup < values)) {
                int end = sql.indexOf(']', lookup);
                String items = sql.substring(lookup, end);
                int n = count(items, "'") / 2;
                out.append(sql, at, lookup).append(n > 20 ? "list_contains([/* " + n + " codes */" : items);
                at = end;
                continue;
            }
            if (values < 0 && in < 0) {
                break;
            }
            if (values >= 0 && (in < 0 || values < in)) {
                int end = sql.indexOf(") AS ", values);
                out.append(sql, at, values).append("(VALUES /* ").append(count(sql.substring(values, end), "('"))
                        .append(" reference rows */)");
                at = end + 1;
            } else {
                int end = sql.indexOf(')', in);
                String list = sql.substring(in, end);
                int items = count(list, "'") / 2;
                out.append(sql, at, in);
                out.append(items > 20 ? " IN (/* " + items + " codes */)" : list + ")");
                at = end + 1;
            }
        }
        String shortened = out.append(sql.substring(at)).toString();
        int packed = shortened.indexOf("string_split('");
        if (packed >= 0) {
            int end = shortened.indexOf("'", packed + 14);
            shortened = shortened.substring(0, packed + 14) + "/* " + (count(shortened.substring(packed, end), ";") + 1)
                    + " reference rows */" + shortened.substring(end);
        }
        return shortened.replace(", COUNT(", ",\n  COUNT(").replace(", SUM(", ",\n  SUM(").replace(", MIN(", ",\n  MIN(")
                .replace(", MAX(", ",\n  MAX(").replace(" FROM (SELECT src.*, ", "\nFROM (SELECT src.*,\n    ")
                .replace(", CASE WHEN NOT (", ",\n    CASE WHEN NOT (")
                .replace(" WHEN ", "\n      WHEN ").replace(" LEFT JOIN ", "\n  LEFT JOIN ").replace(" CROSS JOIN ", "\nCROSS JOIN ")
                .replace("(CASE\n      WHEN ", "(CASE WHEN ") + "\n";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    static void assertMatches(String name, String sql) {
        Path file = Path.of("src/test/resources/golden", name + ".sql");
        String actual = layout(sql);
        try {
            if (Boolean.getBoolean("golden.update") || !Files.exists(file) && !"true".equals(System.getenv("CI"))) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as("golden " + file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
