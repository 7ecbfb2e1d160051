package vn.steerboard.quality.engine.suite;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.steerboard.quality.engine.SuiteException;

/**
 * A row-level rule written in a small, safe subset of SQL: column names, numbers, quoted strings, comparisons,
 * arithmetic, AND/OR/NOT, IS [NOT] NULL, BETWEEN, IN, LIKE, and a few functions. Anything else (a semicolon,
 * a sub-query, a comment) is refused, so a suite cannot smuggle statements into the source database.
 */
final class RowExpression {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|'[^']*'|\\d+(\\.\\d+)?|[A-Za-z_][A-Za-z0-9_]*|<=|>=|<>|!=|=|<|>|\\(|\\)|,|\\+|-|\\*|/|\\|\\|");
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IS", "NULL", "BETWEEN", "IN", "LIKE",
            "SUBSTRING", "LENGTH", "UPPER", "LOWER", "TRIM", "CAST", "AS", "DATE", "INTEGER", "VARCHAR", "COALESCE",
            "FROM", "FOR", "TRUE", "FALSE", "EXTRACT", "YEAR");

    private RowExpression() {
    }

    static String validate(String expression, int line) {
        Matcher matcher = TOKEN.matcher(expression);
        int position = 0;
        int depth = 0;
        while (position < expression.length()) {
            if (!matcher.find(position) || matcher.start() != position) {
                throw new SuiteException(line, "expression", "not allowed at character " + (position + 1) + ": '"
                        + expression.substring(position, Math.min(expression.length(), position + 10)) + "'");
            }
            String token = matcher.group();
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")") && --depth < 0) {
                throw new SuiteException(line, "expression", "unbalanced ')' at character " + (position + 1));
            }
            if (Character.isLetter(token.charAt(0)) && token.toUpperCase(Locale.ROOT).equals("SELECT")) {
                throw new SuiteException(line, "expression", "sub-queries are not allowed");
            }
            position = matcher.end();
        }
        if (depth != 0) {
            throw new SuiteException(line, "expression", "unbalanced '('");
        }
        return expression.strip();
    }

    static boolean isKeyword(String word) {
        return KEYWORDS.contains(word.toUpperCase(Locale.ROOT));
    }
}
