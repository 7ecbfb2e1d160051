package vn.steerboard.quality.engine.expression;

import java.util.Locale;

/** One token of a rule, with the 1-based character position it starts at. */
record Token(Kind kind, String text, int position) {

    enum Kind { WORD, NUMBER, TEXT, SYMBOL, END }

    boolean is(String word) {
        return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equals(word);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** How a refusal names this token. */
    String describe() {
        return switch (kind) {
            case END -> "the end of the expression";
            case TEXT -> "a text literal";
            default -> "'" + text + "'";
        };
    }
}
