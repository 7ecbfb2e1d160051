package vn.steerboard.quality.engine.sql;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.CheckType;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.dictionary.Element;

/**
 * What every part of a scan plan writes its SQL for, and the spellings they share.
 *
 * @param table        the table expression the statement reads
 * @param today        the scan's as-of date: freshness, not_in_future and codes in force on undated records
 * @param textSource   every column arrives as text (CSV): dates and numbers are compared after a safe cast
 * @param unicodeCtype PostgreSQL only: the database's LC_CTYPE is a UTF-8 locale, so [[:alpha:]] knows
 *                     Vietnamese letters (otherwise the person-name letters rule runs in Java)
 */
record PlanContext(Dialect dialect, String table, Dictionary dictionary, LocalDate today, boolean textSource,
        boolean unicodeCtype) {

    /** The dictionary element a check tests; null for any check but a dictionary one. */
    Element element(Check check) {
        return check.type() == CheckType.DICTIONARY ? dictionary.find(check.element()).orElseThrow() : null;
    }

    String col(Check check) {
        return dialect.quote(check.column());
    }

    String notBlank(String column) {
        return column + " IS NOT NULL AND TRIM(" + dialect.text(column) + ") <> ''";
    }

    /** The column as the type, through a cast that yields NULL for a bad value when the source is text. */
    String typed(String column, String type) {
        return textSource ? "TRY_CAST(" + column + " AS " + type + ")" : column;
    }

    /** The sorted values as a list of text literals. */
    static String literals(List<String> values) {
        return values.stream().sorted().map(PlanContext::literal).collect(Collectors.joining(", "));
    }

    /** A constant of the engine's own (a code, a word): text from a suite goes through {@link Dialect#literal}. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String in(List<String> values) {
        return "(" + literals(values) + ")";
    }

    /**
     * A test that the text is one of constant codes. DuckDB evaluates an IN list as a chain of comparisons (63
     * codes cost more than a regular expression), so there it is a list lookup.
     */
    String oneOf(String text, List<String> values, boolean negated) {
        if (dialect == Dialect.DUCKDB) {
            return (negated ? "NOT " : "") + "list_contains([" + literals(values) + "], " + text + ")";
        }
        return text + (negated ? " NOT IN " : " IN ") + in(values);
    }

    /** The i-th character (1-based) of a digit string as a number: ASCII arithmetic, never a failing cast. */
    static String digit(String v, int position) {
        return "(ASCII(SUBSTR(" + v + ", " + position + ", 1)) - 48)";
    }
}
