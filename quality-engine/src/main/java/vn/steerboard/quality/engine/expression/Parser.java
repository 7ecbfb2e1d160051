package vn.steerboard.quality.engine.expression;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.steerboard.quality.engine.expression.Node.Between;
import vn.steerboard.quality.engine.expression.Node.Binary;
import vn.steerboard.quality.engine.expression.Node.In;
import vn.steerboard.quality.engine.expression.Node.IsNull;
import vn.steerboard.quality.engine.expression.Node.Like;
import vn.steerboard.quality.engine.expression.Node.Negate;
import vn.steerboard.quality.engine.expression.Node.Not;
import vn.steerboard.quality.engine.expression.Token.Kind;

/**
 * The grammar of a rule from {@code rule} down to {@code unary} (see {@link RowExpression}); the primaries
 * (literals, calls, columns, brackets) are {@link Primaries}'. Collects the columns the rule reads.
 */
final class Parser {

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");

    private final TokenCursor tokens;
    private final Primaries primaries;
    private final Set<String> columns = new LinkedHashSet<>();

    Parser(List<Token> tokens) {
        this.tokens = new TokenCursor(tokens);
        this.primaries = new Primaries(this, this.tokens);
    }

    /** The whole rule, up to the end of the text. */
    Node parseAll() {
        Node root = rule();
        tokens.expectEnd();
        return root;
    }

    Set<String> columns() {
        return columns;
    }

    void readsColumn(String column) {
        columns.add(column);
    }

    Node rule() {
        tokens.enter(tokens.peek());
        Node left = and();
        while (tokens.accept("OR")) {
            left = new Binary("OR", left, and());
        }
        tokens.leave();
        return left;
    }

    private Node and() {
        Node left = not();
        while (tokens.accept("AND")) {
            left = new Binary("AND", left, not());
        }
        return left;
    }

    private Node not() {
        if (tokens.accept("NOT")) {
            tokens.enter(tokens.peek());
            Node operand = not();
            tokens.leave();
            return new Not(operand);
        }
        return predicate();
    }

    private Node predicate() {
        Node left = sum();
        Token t = tokens.peek();
        if (t.kind() == Kind.SYMBOL && COMPARISONS.contains(t.text())) {
            tokens.take();
            return new Binary(t.text().equals("!=") ? "<>" : t.text(), left, sum());
        }
        if (tokens.accept("IS")) {
            boolean negated = tokens.accept("NOT");
            tokens.expect("NULL", "NULL after IS");
            return new IsNull(left, negated);
        }
        boolean negated = false;
        if (t.upper().equals("NOT") && t.isWord() && Set.of("BETWEEN", "IN", "LIKE").contains(tokens.peek(1).upper())) {
            tokens.take();
            negated = true;
        }
        return negatable(left, negated);
    }

    /** BETWEEN, IN and LIKE, each after an optional NOT. */
    private Node negatable(Node left, boolean negated) {
        if (tokens.accept("BETWEEN")) {
            Node low = sum();
            tokens.expect("AND", "AND in BETWEEN … AND …");
            return new Between(left, low, sum(), negated);
        }
        if (tokens.accept("IN")) {
            tokens.expect("(", "'(' after IN");
            tokens.refuseSubQuery();
            List<Node> values = sums();
            tokens.expect(")", "')' closing IN (…)");
            return new In(left, values, negated);
        }
        if (tokens.accept("LIKE")) {
            return new Like(left, sum(), negated);
        }
        return left;
    }

    /** One or more sums separated by commas. */
    List<Node> sums() {
        List<Node> values = new ArrayList<>();
        values.add(sum());
        while (tokens.accept(",")) {
            values.add(sum());
        }
        return values;
    }

    Node sum() {
        Node left = product();
        while (tokens.peek().kind() == Kind.SYMBOL && Set.of("+", "-", "||").contains(tokens.peek().text())) {
            String op = tokens.take().text();
            left = new Binary(op, left, product());
        }
        return left;
    }

    private Node product() {
        Node left = unary();
        while (tokens.peek().kind() == Kind.SYMBOL && Set.of("*", "/").contains(tokens.peek().text())) {
            String op = tokens.take().text();
            left = new Binary(op, left, unary());
        }
        return left;
    }

    private Node unary() {
        if (tokens.peek().is("-")) {
            Token at = tokens.take();
            tokens.enter(at);
            Node operand = unary();
            tokens.leave();
            return new Negate(operand);
        }
        return primaries.primary();
    }
}
