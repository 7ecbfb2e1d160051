package vn.steerboard.quality.engine;

import java.sql.Types;
import java.util.Locale;

/**
 * The kind of a column as a suite declares it ({@code expected_columns: [{birth_date: date}]}), compared with what
 * the database reports through JDBC. Kinds, not exact types: VARCHAR(12) and TEXT are both text, so a suite states
 * what the data must be without tying itself to one database's type names.
 */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, DATE, TIMESTAMP, BOOLEAN, OTHER;

    /** The kind of a JDBC type code. */
    public static ColumnType ofJdbc(int sqlType) {
        return switch (sqlType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB,
                    Types.NCLOB -> TEXT;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE -> DECIMAL;
            case Types.DATE -> DATE;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            default -> OTHER;
        };
    }

    /** A declared kind as written in a suite, or null when the name is unknown. */
    public static ColumnType declared(String name) {
        try {
            ColumnType type = valueOf(name.strip().toUpperCase(Locale.ROOT));
            return type == OTHER ? null : type;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a column of {@code actual} kind satisfies this declared kind: a decimal column may hold whole numbers. */
    public boolean acceptedFrom(ColumnType actual) {
        return this == actual || (this == DECIMAL && actual == INTEGER) || (this == DATE && actual == TIMESTAMP);
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
