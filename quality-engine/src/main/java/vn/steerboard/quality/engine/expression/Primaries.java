package vn.steerboard.quality.engine.expression;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.steerboard.quality.engine.expression.Node.BooleanLiteral;
import vn.steerboard.quality.engine.expression.Node.Call;
import vn.steerboard.quality.engine.expression.Node.Cast;
import vn.steerboard.quality.engine.expression.Node.Column;
import vn.steerboard.quality.engine.expression.Node.DateLiteral;
import vn.steerboard.quality.engine.expression.Node.Extract;
import vn.steerboard.quality.engine.expression.Node.NullLiteral;
import vn.steerboard.quality.engine.expression.Node.NumberLiteral;
import vn.steerboard.quality.engine.expression.Node.TextLiteral;
import vn.steerboard.quality.engine.expression.Token.Kind;

/**
 * The primaries of a rule: numbers, texts, brackets, TRUE/FALSE/NULL, DATE literals, CAST, EXTRACT, the allowed
 * functions and plain columns. Every other word that stands here (a statement word, an unknown call) is refused.
 */
final class Primaries {

    private static final Set<String> CAST_TYPES = Set.of("DATE", "INTEGER", "DECIMAL", "VARCHAR");
    private static final Set<String> EXTRACT_FIELDS = Set.of("YEAR", "MONTH", "DAY");

    private final Parser parser;
    private final TokenCursor tokens;

    Primaries(Parser parser, TokenCursor tokens) {
        this.parser = parser;
        this.tokens = tokens;
    }

    Node primary() {
        Token t = tokens.take();
        switch (t.kind()) {
            case NUMBER:
                return new NumberLiteral(new BigDecimal(t.text()));
            case TEXT:
                SqlWords.refuseSqlInText(t.text(), t.position());
                return new TextLiteral(t.text());
            case END:
                throw new ExpressionException(t.position(), "the expression ends too early");
            case SYMBOL:
                return bracketed(t);
            default:
                return word(t);
        }
    }

    private Node bracketed(Token t) {
        if (t.text().equals("(")) {
            if (SqlWords.startsStatement(tokens.peek())) {
                throw new ExpressionException(tokens.peek().position(), "sub-queries are not allowed ('"
                        + tokens.peek().upper() + "')");
            }
            Node inner = parser.rule();
            tokens.expect(")", "')'");
            return inner;
        }
        throw new ExpressionException(t.position(), "unexpected '" + t.text() + "'");
    }

    private Node word(Token t) {
        String word = t.upper();
        boolean call = tokens.peek().is("(");
        if (SqlWords.STATEMENT_WORDS.contains(word)) {
            throw new ExpressionException(t.position(), "sub-queries and statements are not allowed ('" + word + "')");
        }
        Node keyword = keyword(t, word, call);
        if (keyword != null) {
            return keyword;
        }
        if (call) {
            return call(t, word);
        }
        return column(t, word);
    }

    /** TRUE, FALSE, NULL, DATE '…', CAST(…) and EXTRACT(…); null when the word is none of them here. */
    private Node keyword(Token t, String word, boolean call) {
        return switch (word) {
            case "TRUE" -> new BooleanLiteral(true);
            case "FALSE" -> new BooleanLiteral(false);
            case "NULL" -> new NullLiteral();
            case "DATE" -> tokens.peek().kind() == Kind.TEXT ? date() : null;
            case "CAST" -> call ? cast(t) : null;
            case "EXTRACT" -> call ? extract(t) : null;
            default -> null;
        };
    }

    private Node date() {
        Token value = tokens.take();
        SqlWords.refuseSqlInText(value.text(), value.position());
        try {
            return new DateLiteral(java.time.LocalDate.parse(value.text()).toString());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ExpressionException(value.position(), "DATE needs 'yyyy-mm-dd'");
        }
    }

    private Node cast(Token t) {
        tokens.take();
        tokens.enter(t);
        Node operand = parser.sum();
        tokens.expect("AS", "AS in CAST(… AS type)");
        Token type = tokens.take();
        if (!CAST_TYPES.contains(type.upper()) || type.kind() != Kind.WORD) {
            throw new ExpressionException(type.position(), "CAST to DATE, INTEGER, DECIMAL or VARCHAR only");
        }
        tokens.expect(")", "')' closing CAST");
        tokens.leave();
        return new Cast(operand, type.upper());
    }

    private Node extract(Token t) {
        tokens.take();
        tokens.enter(t);
        Token field = tokens.take();
        if (!EXTRACT_FIELDS.contains(field.upper()) || field.kind() != Kind.WORD) {
            throw new ExpressionException(field.position(), "EXTRACT of YEAR, MONTH or DAY only");
        }
        if (!tokens.peek().upper().equals("FROM") || tokens.peek().kind() != Kind.WORD) {
            throw new ExpressionException(tokens.peek().position(), "expected FROM in EXTRACT(… FROM …)");
        }
        tokens.take();
        Node operand = parser.sum();
        tokens.expect(")", "')' closing EXTRACT");
        tokens.leave();
        return new Extract(field.upper(), operand);
    }

    private Node call(Token t, String word) {
        Function function = Function.named(word);
        if (function == null) {
            throw new ExpressionException(t.position(), "function '" + t.text() + "' is not allowed; allowed: "
                    + Arrays.stream(Function.values()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", CAST, EXTRACT");
        }
        tokens.take();
        tokens.enter(t);
        List<Node> arguments = List.of();
        if (!tokens.peek().is(")")) {
            tokens.refuseSubQuery();
            arguments = parser.sums();
        }
        tokens.expect(")", "')' closing " + function.name());
        tokens.leave();
        if (arguments.size() < function.minArgs || arguments.size() > function.maxArgs) {
            throw new ExpressionException(t.position(), function.name() + " takes " + function.minArgs
                    + (function.maxArgs == function.minArgs ? "" : " to " + function.maxArgs) + " argument(s)");
        }
        return new Call(function, arguments);
    }

    private Node column(Token t, String word) {
        if (SqlWords.OWN_WORDS.contains(word) || Function.named(word) != null) {
            throw new ExpressionException(t.position(), "'" + t.text() + "' cannot stand here");
        }
        String column = t.text().toLowerCase(Locale.ROOT);
        if (tokens.peek().is(".")) {
            throw new ExpressionException(tokens.peek().position(), "plain column names only");
        }
        parser.readsColumn(column);
        return new Column(column);
    }
}
