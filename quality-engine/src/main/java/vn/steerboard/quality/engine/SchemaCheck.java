package vn.steerboard.quality.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A schema check, judged from the table's metadata: expected columns missing, and columns of the wrong kind. */
final class SchemaCheck {

    private SchemaCheck() {
    }

    /** A text file has no column types (every CSV column is read as text): kinds are checked on databases and Parquet. */
    static CheckResult result(Check check, Map<String, ColumnType> columnTypes, boolean textSource) {
        List<String> missing = check.expectedColumns().stream()
                .filter(c -> !columnTypes.containsKey(c.toLowerCase(Locale.ROOT))).toList();
        List<String> wrongKind = new ArrayList<>();
        if (!textSource) {
            check.expectedTypes().forEach((column, expected) -> {
                ColumnType actual = columnTypes.get(column);
                if (actual != null && !expected.acceptedFrom(actual)) {
                    wrongKind.add(column + ": expected " + expected.yamlName() + ", found " + actual.yamlName());
                }
            });
        }
        return new CheckResult(check.id(), check.type(), check.expectedColumns(), check.criterion(),
                check.importance(), check.expectedColumns().size(), missing.size() + wrongKind.size(),
                Map.of("missingColumns", missing, "wrongKinds", wrongKind, "kindsChecked", !textSource), List.of(),
                "metadata");
    }
}
