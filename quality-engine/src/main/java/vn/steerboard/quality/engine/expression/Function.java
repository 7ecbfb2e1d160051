package vn.steerboard.quality.engine.expression;

import vn.steerboard.quality.engine.sql.Dialect;

/** The pure functions a rule may call, with their arity and their spelling in each dialect. */
public enum Function {
    LENGTH(1, 1), UPPER(1, 1), LOWER(1, 1), TRIM(1, 1), ABS(1, 1), ROUND(1, 2), COALESCE(2, 8), NULLIF(2, 2),
    SUBSTRING(2, 3);

    final int minArgs;
    final int maxArgs;

    Function(int minArgs, int maxArgs) {
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    String spelling(Dialect dialect) {
        if (dialect == null) {
            return name();
        }
        return switch (this) {
            case LENGTH -> dialect == Dialect.SQLSERVER ? "LEN" : dialect == Dialect.MYSQL ? "CHAR_LENGTH" : "LENGTH";
            case SUBSTRING -> dialect == Dialect.ORACLE ? "SUBSTR" : "SUBSTRING";
            default -> name();
        };
    }

    static Function named(String word) {
        for (Function f : values()) {
            if (f.name().equals(word)) {
                return f;
            }
        }
        return null;
    }
}
