package vn.steerboard.quality.engine.expression;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words a rule may not use as columns, and the guard that keeps SQL out of text literals. */
final class SqlWords {

    /** Words that begin or shape a statement or a sub-query; never a column, never inside a text literal. */
    static final Set<String> STATEMENT_WORDS = Set.of("SELECT", "TABLE", "FROM", "VALUES", "WITH", "UNION",
            "EXCEPT", "INTERSECT", "EXISTS", "INSERT", "UPDATE", "DELETE", "MERGE", "DROP", "CREATE", "ALTER", "CALL",
            "EXEC", "EXECUTE", "GRANT", "REVOKE", "TRUNCATE", "COPY", "ATTACH", "DETACH", "PRAGMA", "INTO", "SET",
            "DECLARE", "BEGIN", "COMMIT", "ROLLBACK", "LOAD", "INSTALL", "RUNSCRIPT", "SCRIPT", "ALIAS", "ORDER",
            "GROUP", "HAVING", "WHERE", "JOIN", "LIMIT", "OFFSET", "FETCH", "RETURNING", "LATERAL", "ROW", "ARRAY",
            "ANY", "ALL", "SOME", "OVER", "PARTITION", "WINDOW", "CASE", "WHEN", "THEN", "ELSE", "END", "DO", "SHOW");
    /** The language's own words: never a column either. */
    static final Set<String> OWN_WORDS = Set.of("AND", "OR", "NOT", "IS", "NULL", "BETWEEN", "IN", "LIKE",
            "TRUE", "FALSE", "DATE", "CAST", "AS", "EXTRACT", "YEAR", "MONTH", "DAY", "INTEGER", "DECIMAL", "VARCHAR");
    private static final Pattern WORD_IN_TEXT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CALL_IN_TEXT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\(");

    private SqlWords() {
    }

    /** Whether a token is a word that begins a sub-query or a statement. */
    static boolean startsStatement(Token token) {
        return token.isWord() && STATEMENT_WORDS.contains(token.upper());
    }

    /** A text literal is data: it may not carry a statement word or a call, as in CSVWRITE(…, 'SELECT …'). */
    static void refuseSqlInText(String value, int position) {
        Matcher call = CALL_IN_TEXT.matcher(value);
        if (call.find()) {
            throw new ExpressionException(position + 1 + call.start(), "a function call is not allowed inside a text literal");
        }
        Matcher word = WORD_IN_TEXT.matcher(value);
        while (word.find()) {
            if (STATEMENT_WORDS.contains(word.group().toUpperCase(Locale.ROOT))) {
                throw new ExpressionException(position + 1 + word.start(), "SQL ('" + word.group().toUpperCase(Locale.ROOT)
                        + "') is not allowed inside a text literal");
            }
        }
    }
}
