package vn.steerboard.indicator.internal.formula;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.steerboard.indicator.FormulaException;
import vn.steerboard.indicator.ValidationRule;

/**
 * Reads a formula by recursive descent (the grammar is on {@link vn.steerboard.indicator.Formula}); every refusal
 * is a {@link FormulaException} with the 1-based position and a bundle key.
 */
public final class FormulaParser {

    /** A parsed formula: its tree, and the data element codes it reads (in the order they appear). */
    public record Parsed(FormulaNode root, Set<String> elements) {
    }

    private final String text;
    private int position;
    private int depth;
    static final int MAX_DEPTH = 64;
    private final Set<String> elements = new LinkedHashSet<>();

    private FormulaParser(String text) {
        this.text = text;
    }

    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormulaException(1, "the formula is empty").because("reason.formula.empty");
        }
        FormulaParser parser = new FormulaParser(text);
        FormulaNode root = parser.comparison();
        parser.skipSpaces();
        if (parser.position < text.length()) {
            throw new FormulaException(parser.position + 1, "unexpected '" + text.charAt(parser.position) + "'").because("reason.formula.unexpected", text.charAt(parser.position));
        }
        return new Parsed(root, parser.elements);
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private boolean take(String token) {
        skipSpaces();
        if (text.startsWith(token, position)) {
            position += token.length();
            return true;
        }
        return false;
    }

    private boolean peekMinus() {
        skipSpaces();
        return position < text.length() && (text.charAt(position) == '-' || text.charAt(position) == '−');
    }

    private FormulaNode comparison() {
        FormulaNode left = expression();
        for (String op : Arithmetic.COMPARISONS) {
            if (take(op)) {
                return Arithmetic.comparison(left, expression(), op);
            }
        }
        return left;
    }

    private FormulaNode expression() {
        FormulaNode node = term();
        while (true) {
            if (take("+")) {
                node = Arithmetic.arithmetic(node, term(), '+');
            } else if (peekMinus()) {
                position++;
                node = Arithmetic.arithmetic(node, term(), '-');
            } else {
                return node;
            }
        }
    }

    private FormulaNode term() {
        FormulaNode node = unary();
        while (true) {
            if (take("*") || take("×")) {
                node = Arithmetic.arithmetic(node, unary(), '*');
            } else if (take("/") || take("÷")) {
                node = Arithmetic.arithmetic(node, unary(), '/');
            } else {
                return node;
            }
        }
    }

    /**
     * Every nesting (a bracket, a call's argument, a sign) passes here, so its depth is bounded: a formula comes from a
     * form, a catalogue file or the database, and one nested deeper than any indicator needs must be refused, not
     * overflow the stack.
     */
    private FormulaNode unary() {
        if (++depth > MAX_DEPTH) {
            throw new FormulaException(position + 1, "the formula is nested deeper than " + MAX_DEPTH + " levels")
                    .because("reason.formula.tooDeep", MAX_DEPTH);
        }
        try {
            if (peekMinus()) {
                position++;
                return Arithmetic.negate(unary());
            }
            return primary();
        } finally {
            depth--;
        }
    }

    private FormulaNode primary() {
        skipSpaces();
        if (position >= text.length()) {
            throw new FormulaException(position + 1, "the formula ends where a value was expected").because("reason.formula.endsEarly");
        }
        int start = position;
        char c = text.charAt(position);
        if (take("(")) {
            FormulaNode inner = comparison();
            if (!take(")")) {
                throw new FormulaException(position + 1, "')' expected to close the '(' at position " + (start + 1)).because("reason.formula.close", start + 1);
            }
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_') {
            return nameOrCall(start);
        }
        throw new FormulaException(start + 1, "unexpected '" + c + "'").because("reason.formula.unexpected", c);
    }

    private FormulaNode number(int start) {
        while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            position++;
        }
        String number = text.substring(start, position);
        try {
            double value = Double.parseDouble(number);
            return values -> value;
        } catch (NumberFormatException e) {
            throw new FormulaException(start + 1, "'" + number + "' is not a number").because("reason.formula.number", number);
        }
    }

    /** A data element (its code, or "CODE.prev": the unit's value for the previous period) or a function call. */
    private FormulaNode nameOrCall(int start) {
        while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        String suffix = ValidationRule.PREVIOUS_SUFFIX;
        if (text.startsWith(suffix, position) && (position + suffix.length() == text.length()
                || !Character.isLetterOrDigit(text.charAt(position + suffix.length())))) {
            position += suffix.length();
        }
        String name = text.substring(start, position);
        if (take("(")) {
            String function = name.toLowerCase(Locale.ROOT);
            return FormulaFunctions.call(function, arguments(function), start);
        }
        elements.add(name);
        return values -> values.get(name);
    }

    /** The arguments after '(' up to the closing ')'. */
    private List<FormulaNode> arguments(String function) {
        List<FormulaNode> args = new ArrayList<>();
        if (!take(")")) {
            do {
                args.add(comparison());
            } while (take(","));
            if (!take(")")) {
                throw new FormulaException(position + 1, "')' or ',' expected in " + function + "(…)").because("reason.formula.separator", function);
            }
        }
        return args;
    }
}
