package vn.steerboard.quality.engine.sql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one database spells what the checks need. Everything else is ANSI SQL the six supported databases
 * share: CASE, COUNT, SUM, GROUP BY … HAVING, CAST('yyyy-mm-dd' AS DATE).
 */
public enum Dialect {
    POSTGRESQL, H2, DUCKDB, MYSQL, SQLSERVER, ORACLE;

    public static Dialect fromProductName(String product) {
        String p = product.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        if (p.contains("h2")) {
            return H2;
        }
        if (p.contains("duckdb")) {
            return DUCKDB;
        }
        if (p.contains("mysql") || p.contains("mariadb")) {
            return MYSQL;
        }
        if (p.contains("microsoft") || p.contains("sql server")) {
            return SQLSERVER;
        }
        if (p.contains("oracle")) {
            return ORACLE;
        }
        throw new IllegalArgumentException("Unsupported database: " + product);
    }

    /**
     * Identifiers are written unquoted, so each database applies its own case folding (H2 and Oracle upper,
     * PostgreSQL lower) exactly as for the source's own queries. The suite reader only admits plain names
     * ([A-Za-z_][A-Za-z0-9_]*, optionally schema-qualified), so nothing else can reach the SQL. A part that is a
     * reserved word ({@code order}, {@code user}: bare, it would be refused, or in H2 read as the current user) is
     * quoted as the database folds a bare name, so it names the column the bare name would.
     */
    public String quote(String identifier) {
        if (identifier.indexOf('.') >= 0) {
            String[] parts = identifier.split("\\.", -1);
            StringBuilder quoted = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                quoted.append(i == 0 ? "" : ".").append(quotePart(parts[i]));
            }
            return quoted.toString();
        }
        return quotePart(identifier);
    }

    private String quotePart(String name) {
        if (!ReservedWords.contains(name) || !PLAIN_NAME.matcher(name).matches()) {
            return name;
        }
        return switch (this) {
            case POSTGRESQL, DUCKDB -> "\"" + name.toLowerCase(Locale.ROOT) + "\"";
            case H2, ORACLE -> "\"" + name.toUpperCase(Locale.ROOT) + "\"";
            case MYSQL -> "`" + name + "`";
            case SQLSERVER -> "[" + name + "]";
        };
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The column as text, for blank and pattern tests on any type. */
    public String text(String column) {
        return switch (this) {
            case SQLSERVER -> "CAST(" + column + " AS NVARCHAR(4000))";
            case ORACLE -> "TO_CHAR(" + column + ")";
            case MYSQL -> "CAST(" + column + " AS CHAR)";
            default -> "CAST(" + column + " AS VARCHAR)";
        };
    }

    /**
     * A text from the suite (a pattern, an allowed value) as a SQL literal that means exactly that text whatever the
     * server's settings: quotes doubled everywhere; a backslash doubled in MySQL, where it escapes by default; and on
     * PostgreSQL a text with a backslash written as an escape string (E'…'), which reads the same with
     * standard_conforming_strings off, where a plain literal would let {@code \'} end the text early.
     */
    public String literal(String value) {
        String quoted = value.replace("'", "''");
        return switch (this) {
            case MYSQL -> "'" + quoted.replace("\\", "\\\\") + "'";
            case POSTGRESQL -> value.indexOf('\\') >= 0 ? "E'" + quoted.replace("\\", "\\\\") + "'" : "'" + quoted + "'";
            case SQLSERVER -> "N'" + quoted + "'";
            default -> "'" + quoted + "'";
        };
    }

    /** A fixed number of ASCII digits and nothing else, the shape of most registry codes: {@code ^[0-9]{n}$}. */
    private static final Pattern FIXED_DIGITS = Pattern.compile("\\^\\[0-9\\]\\{([0-9]{1,4})\\}\\$");

    /** A boolean test of a full-match regular expression, or null when the dialect has none. */
    public String regexMatch(String textExpression, String regex) {
        String literal = literal(regex);
        Matcher digits = FIXED_DIGITS.matcher(regex);
        if (this == POSTGRESQL && digits.matches()) {
            // the same test without the regular-expression machine (each call converts the text to wide
            // characters first): n bytes, none left once digits are trimmed; half the processor time
            return "(OCTET_LENGTH(" + textExpression + ") = " + Integer.parseInt(digits.group(1)) + " AND BTRIM("
                    + textExpression + ", '0123456789') = '')";
        }
        return switch (this) {
            case POSTGRESQL -> textExpression + " ~ " + literal;
            case H2, ORACLE -> "REGEXP_LIKE(" + textExpression + ", " + literal + ")";
            case DUCKDB -> "regexp_full_match(" + textExpression + ", " + literal + ")";
            case MYSQL -> textExpression + " REGEXP " + literal;
            case SQLSERVER -> null;
        };
    }

    /** A boolean test that text is in Unicode NFC, or null when the dialect cannot say (Java does it then). */
    public String isNfc(String textExpression) {
        return switch (this) {
            case POSTGRESQL -> textExpression + " IS NFC NORMALIZED";
            case DUCKDB -> "nfc_normalize(" + textExpression + ") = " + textExpression;
            default -> null;
        };
    }

    /** A boolean test that the regular expression matches somewhere in the text, or null. */
    public String regexFind(String textExpression, String regex) {
        String literal = literal(regex);
        return switch (this) {
            case POSTGRESQL -> textExpression + " ~ " + literal;
            case H2, ORACLE -> "REGEXP_LIKE(" + textExpression + ", " + literal + ")";
            case DUCKDB -> "regexp_matches(" + textExpression + ", " + literal + ")";
            case MYSQL -> textExpression + " REGEXP " + literal;
            case SQLSERVER -> null;
        };
    }

    /**
     * Whether the dictionary's structural rules (CCCD digits against the birth date, the tax-code check digit,
     * codes in force against the reference lists) are written in this dialect's SQL. They use SUBSTR, ASCII, MOD,
     * EXTRACT, LEFT/RIGHT and a VALUES list joined in the statement, tested on these three.
     */
    public boolean structuralRules() {
        return this == POSTGRESQL || this == DUCKDB || this == H2;
    }

    /** A single character by code point. */
    public String chr(int codePoint) {
        return switch (this) {
            case H2, SQLSERVER -> "CHAR(" + codePoint + ")";
            case MYSQL -> "CHAR(" + codePoint + " USING utf8mb4)";
            default -> "CHR(" + codePoint + ")";
        };
    }

    /** True when the text starts or ends with a space, tab, carriage return or line feed. */
    public String surroundingWhitespace(String text) {
        if (this == DUCKDB) {
            // byte comparisons: DuckDB's LEFT and RIGHT count Unicode characters, several times slower
            java.util.List<String> tests = new java.util.ArrayList<>();
            for (String end : java.util.List.of("starts_with", "ends_with")) {
                for (int c : new int[] {32, 9, 13, 10}) {
                    tests.add(end + "(" + text + ", " + chr(c) + ")");
                }
            }
            return "(" + String.join(" OR ", tests) + ")";
        }
        if (this == POSTGRESQL) {
            // code points, not one-character texts: no text is built for the first character, none compared
            String set = " IN (9, 10, 13, 32)";
            return "(ASCII(" + text + ")" + set + " OR ASCII(RIGHT(" + text + ", 1))" + set + ")";
        }
        String set = " IN (' ', " + chr(9) + ", " + chr(13) + ", " + chr(10) + ")";
        String first = this == ORACLE ? "SUBSTR(" + text + ", 1, 1)" : "LEFT(" + text + ", 1)";
        String last = this == ORACLE ? "SUBSTR(" + text + ", -1)" : "RIGHT(" + text + ", 1)";
        return "(" + first + set + " OR " + last + set + ")";
    }

    /** The text without surrounding spaces, tabs, carriage returns and line feeds (a check's {@code trim: true}). */
    public String trimWhitespace(String text) {
        String set = "' ' || " + chr(9) + " || " + chr(13) + " || " + chr(10);
        return switch (this) {
            case POSTGRESQL, H2 -> "BTRIM(" + text + ", " + set + ")";
            case DUCKDB -> "trim(" + text + ", " + set + ")";
            case ORACLE -> "TRIM(" + text + ")";
            default -> "TRIM(" + text + ")";
        };
    }

    /**
     * A full-match regular expression for Unicode letters separated by single spaces, or null. PostgreSQL's
     * [[:alpha:]] follows the database's LC_CTYPE, so it is used only when that is a UTF-8 locale.
     */
    public String lettersRegex(boolean unicodeCtype) {
        return switch (this) {
            case POSTGRESQL -> unicodeCtype ? "^[[:alpha:]]+( [[:alpha:]]+)*$" : null;
            case H2, DUCKDB -> "^\\p{L}+( \\p{L}+)*$";
            default -> null;
        };
    }

    /** The year of a date as an integer. PostgreSQL's EXTRACT gives numeric (slower to make and to compute with). */
    public String year(String date) {
        return this == POSTGRESQL ? "CAST(DATE_PART('year', " + date + ") AS INTEGER)"
                : "CAST(EXTRACT(YEAR FROM " + date + ") AS INTEGER)";
    }

    /**
     * The number of rows for which the condition holds. PostgreSQL's FILTER evaluates the condition and counts
     * only those rows; SUM(CASE …) also calls the sum's transition for every row that does not count.
     */
    public String countWhere(String condition) {
        return this == POSTGRESQL ? "COUNT(*) FILTER (WHERE " + condition + ")"
                : "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    /** MIN or MAX of the value over the rows for which the condition holds (a FILTER where the dialect has one). */
    public String extremeWhere(String function, String value, String condition) {
        return this == POSTGRESQL ? function + "(" + value + ") FILTER (WHERE " + condition + ")"
                : function + "(CASE WHEN " + condition + " THEN " + value + " END)";
    }

    public String date(String isoDate) {
        return "CAST('" + isoDate + "' AS DATE)";
    }

    public String limit(String select, int rows) {
        return switch (this) {
            case SQLSERVER -> select.replaceFirst("^SELECT ", "SELECT TOP " + rows + " ");
            case MYSQL, DUCKDB -> select + " LIMIT " + rows;
            default -> select + " FETCH FIRST " + rows + " ROWS ONLY";
        };
    }
}
