package vn.steerboard.quality.engine.expression;

import java.util.List;
import vn.steerboard.quality.engine.expression.Token.Kind;

/** The parser's place in the tokens of a rule, and how deep it is nested (a rule is one line of logic). */
class TokenCursor {

    static final int MAX_DEPTH = 40;

    private final List<Token> tokens;
    private int next;
    private int depth;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(next);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    Token take() {
        return tokens.get(next++);
    }

    /** Takes the next token if it is this word or symbol (never a text or a number that reads the same). */
    boolean accept(String word) {
        if (peek().upper().equals(word) && peek().kind() != Kind.TEXT && peek().kind() != Kind.NUMBER) {
            next++;
            return true;
        }
        return false;
    }

    void expect(String word, String what) {
        if (!accept(word)) {
            throw new ExpressionException(peek().position(), "expected " + what + ", found " + peek().describe());
        }
    }

    void expectEnd() {
        if (peek().kind() != Kind.END) {
            throw new ExpressionException(peek().position(), "unexpected " + peek().describe());
        }
    }

    /** One level deeper; refused past {@link #MAX_DEPTH}, at the token that opened it. */
    void enter(Token at) {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException(at.position(), "nested more than " + MAX_DEPTH + " levels");
        }
    }

    void leave() {
        depth--;
    }

    /** Refuses a sub-query where the next token would begin one. */
    void refuseSubQuery() {
        if (SqlWords.startsStatement(peek())) {
            throw new ExpressionException(peek().position(), "sub-queries are not allowed ('" + peek().upper() + "')");
        }
    }
}
