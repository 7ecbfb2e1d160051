package vn.steerboard.quality.engine.expression;

import java.util.ArrayList;
import java.util.List;
import vn.steerboard.quality.engine.expression.Token.Kind;

/**
 * Cuts a rule into tokens, refusing at once what no rule may hold: comments, {@code ;}, quoted identifiers,
 * backslashes or control characters in text, numbers that run into names, and any character outside the language.
 */
final class Tokenizer {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int i;

    private Tokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        Tokenizer tokenizer = new Tokenizer(text);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        while (i < text.length()) {
            char c = text.charAt(i);
            int position = i + 1;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '-' && nextIs('-') || c == '/' && nextIs('*') || c == '#') {
                throw new ExpressionException(position, "comments are not allowed");
            } else if (c == ';') {
                throw new ExpressionException(position, "';' is not allowed: an expression is one rule, not statements");
            } else if (c == '\'') {
                textLiteral(position);
            } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                number(position);
            } else if (c < 128 && (Character.isLetter(c) || c == '_')) {
                word(position);
            } else {
                symbol(c, position);
            }
        }
        tokens.add(new Token(Kind.END, "", text.length() + 1));
    }

    private boolean nextIs(char c) {
        return i + 1 < text.length() && text.charAt(i + 1) == c;
    }

    private void textLiteral(int position) {
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (true) {
            if (j >= text.length()) {
                throw new ExpressionException(position, "text literal not closed");
            }
            char d = text.charAt(j);
            if (d == '\'') {
                if (j + 1 < text.length() && text.charAt(j + 1) == '\'') {
                    value.append('\'');
                    j += 2;
                    continue;
                }
                break;
            }
            if (d == '\\' || Character.isISOControl(d)) {
                throw new ExpressionException(j + 1, "a backslash or control character is not allowed in text");
            }
            value.append(d);
            j++;
        }
        tokens.add(new Token(Kind.TEXT, value.toString(), position));
        i = j + 1;
    }

    private void number(int position) {
        int j = i;
        while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
            j++;
        }
        if (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
            throw new ExpressionException(j + 1, "a number must not run into a name");
        }
        String number = text.substring(i, j);
        if (!number.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
            throw new ExpressionException(position, "not a number: '" + number + "'");
        }
        tokens.add(new Token(Kind.NUMBER, number, position));
        i = j;
    }

    private void word(int position) {
        int j = i;
        while (j < text.length() && text.charAt(j) < 128
                && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        tokens.add(new Token(Kind.WORD, text.substring(i, j), position));
        i = j;
    }

    private void symbol(char c, int position) {
        String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
        if (two.equals("<=") || two.equals(">=") || two.equals("<>") || two.equals("!=") || two.equals("||")) {
            tokens.add(new Token(Kind.SYMBOL, two, position));
            i += 2;
        } else if ("=<>()+-*/,".indexOf(c) >= 0) {
            tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), position));
            i++;
        } else {
            throw new ExpressionException(position, "character '" + printable(c) + "' is not allowed"
                    + (c == '"' || c == '[' || c == '`' ? " (plain column names only, never quoted)" : ""));
        }
    }

    private static String printable(char c) {
        return Character.isISOControl(c) ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }
}
