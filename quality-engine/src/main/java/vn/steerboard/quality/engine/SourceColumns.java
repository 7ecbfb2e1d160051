package vn.steerboard.quality.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.steerboard.quality.engine.expression.RowExpression;
import vn.steerboard.quality.engine.sql.Dialect;

/** The columns a source's table has, and the refusal of a suite whose checks name one it has not. */
final class SourceColumns {

    private SourceColumns() {
    }

    /** The table's columns (lower case) with their kinds, from the metadata of a query that reads no row. */
    static Map<String, ColumnType> of(Connection connection, Dialect dialect, String tableExpression, Suite suite) {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(dialect.limit("SELECT * FROM " + tableExpression, 0))) {
            Map<String, ColumnType> columns = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT),
                        ColumnType.ofJdbc(rs.getMetaData().getColumnType(i)));
            }
            return columns;
        } catch (SQLException e) {
            throw new ScanException("Table " + suite.table() + " cannot be read: " + SqlErrors.describe(e), e);
        }
    }

    /** Refuses the scan, naming check and line, when a check (other than schema) reads a column the table lacks. */
    static void requireNamed(Suite suite, Set<String> columns) {
        for (Check check : suite.checks()) {
            for (String column : used(check)) {
                if (check.type() != CheckType.SCHEMA && !columns.contains(column.toLowerCase(Locale.ROOT))) {
                    throw new ScanException("Check '" + check.id() + "' (suite line " + check.line() + ") names column '"
                            + column + "', which " + suite.table() + " does not have; it has " + columns, null);
                }
            }
        }
    }

    private static List<String> used(Check check) {
        List<String> used = new ArrayList<>(check.columns());
        if (check.relatedColumn() != null) {
            used.add(check.relatedColumn());
        }
        if (check.type() == CheckType.EXPRESSION) {
            used.addAll(RowExpression.parse(check.expression()).columns());
        }
        return used;
    }
}
