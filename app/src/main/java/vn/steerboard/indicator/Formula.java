package vn.steerboard.indicator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An indicator formula over data elements, e.g. {@code 100 * ONLINE_DOSSIERS / coalesce(ALL_DOSSIERS, 1)}.
 * Grammar (recursive descent): expression = term (('+'|'-') term)*; term = unary (('*'|'×'|'/'|'÷') unary)*;
 * unary = '-' unary | primary; primary = number | CODE | function '(' args ')' | '(' expression ')'. Functions:
 * {@code if(condition, then, else)} (condition ≠ 0 is true; comparisons {@code < <= > >= == !=} give 1 or 0),
 * {@code min}, {@code max}, {@code coalesce}. A data element without a value is null; arithmetic on null is null
 * (the indicator is not computable), which {@code coalesce} can replace; division by zero is null too.
 */
public final class Formula {

    private final String text;
    private final Node root;
    private final Set<String> elements;

    private Formula(String text, Node root, Set<String> elements) {
        this.text = text;
        this.root = root;
        this.elements = elements;
    }

    public static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormulaException(1, "the formula is empty").because("reason.formula.empty");
        }
        Parser parser = new Parser(text);
        Node root = parser.comparison();
        parser.skipSpaces();
        if (parser.position < text.length()) {
            throw new FormulaException(parser.position + 1, "unexpected '" + text.charAt(parser.position) + "'").because("reason.formula.unexpected", text.charAt(parser.position));
        }
        return new Formula(text, root, parser.elements);
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String text() {
        return text;
    }

    /** The data element codes the formula reads. */
    public Set<String> elements() {
        return elements;
    }

    /** The value, or null when an element it needs has no value (or a division by zero). */
    public Double evaluate(Map<String, Double> values) {
        return root.evaluate(values);
    }

    private interface Node {
        Double evaluate(Map<String, Double> values);
    }

    private static final class Parser {
        private final String text;
        private int position;
        private final Set<String> elements = new LinkedHashSet<>();

        Parser(String text) {
            this.text = text;
        }

        void skipSpaces() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        boolean take(String token) {
            skipSpaces();
            if (text.startsWith(token, position)) {
                position += token.length();
                return true;
            }
            return false;
        }

        Node comparison() {
            Node left = expression();
            for (String op : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
                if (take(op)) {
                    Node right = expression();
                    return values -> {
                        Double a = left.evaluate(values);
                        Double b = right.evaluate(values);
                        if (a == null || b == null) {
                            return null;
                        }
                        boolean result = switch (op) {
                            case "<=" -> a <= b;
                            case ">=" -> a >= b;
                            case "==" -> a.doubleValue() == b.doubleValue();
                            case "!=" -> a.doubleValue() != b.doubleValue();
                            case "<" -> a < b;
                            default -> a > b;
                        };
                        return result ? 1.0 : 0.0;
                    };
                }
            }
            return left;
        }

        Node expression() {
            Node node = term();
            while (true) {
                if (take("+")) {
                    node = arithmetic(node, term(), '+');
                } else if (peekMinus()) {
                    position++;
                    node = arithmetic(node, term(), '-');
                } else {
                    return node;
                }
            }
        }

        private boolean peekMinus() {
            skipSpaces();
            return position < text.length() && (text.charAt(position) == '-' || text.charAt(position) == '−');
        }

        Node term() {
            Node node = unary();
            while (true) {
                if (take("*") || take("×")) {
                    node = arithmetic(node, unary(), '*');
                } else if (take("/") || take("÷")) {
                    node = arithmetic(node, unary(), '/');
                } else {
                    return node;
                }
            }
        }

        Node unary() {
            if (peekMinus()) {
                position++;
                Node operand = unary();
                return values -> {
                    Double v = operand.evaluate(values);
                    return v == null ? null : -v;
                };
            }
            return primary();
        }

        Node primary() {
            skipSpaces();
            if (position >= text.length()) {
                throw new FormulaException(position + 1, "the formula ends where a value was expected").because("reason.formula.endsEarly");
            }
            int start = position;
            char c = text.charAt(position);
            if (take("(")) {
                Node inner = comparison();
                if (!take(")")) {
                    throw new FormulaException(position + 1, "')' expected to close the '(' at position " + (start + 1)).because("reason.formula.close", start + 1);
                }
                return inner;
            }
            if (Character.isDigit(c) || c == '.') {
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
            if (Character.isLetter(c) || c == '_') {
                while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
                    position++;
                }
                // "CODE.prev": the unit's value of CODE for the previous period, for validation rules
                if (text.startsWith(ValidationRule.PREVIOUS_SUFFIX, position)
                        && (position + 5 == text.length() || !Character.isLetterOrDigit(text.charAt(position + 5)))) {
                    position += ValidationRule.PREVIOUS_SUFFIX.length();
                }
                String name = text.substring(start, position);
                if (take("(")) {
                    return function(name.toLowerCase(Locale.ROOT), start);
                }
                elements.add(name);
                return values -> values.get(name);
            }
            throw new FormulaException(start + 1, "unexpected '" + c + "'").because("reason.formula.unexpected", c);
        }

        Node function(String name, int start) {
            List<Node> args = new ArrayList<>();
            if (!take(")")) {
                do {
                    args.add(comparison());
                } while (take(","));
                if (!take(")")) {
                    throw new FormulaException(position + 1, "')' or ',' expected in " + name + "(…)").because("reason.formula.separator", name);
                }
            }
            switch (name) {
                case "if" -> {
                    if (args.size() != 3) {
                        throw new FormulaException(start + 1, "if(condition, then, else) takes 3 arguments, not " + args.size()).because("reason.formula.ifArgs", args.size());
                    }
                    return values -> {
                        Double condition = args.get(0).evaluate(values);
                        if (condition == null) {
                            return null;
                        }
                        return condition != 0 ? args.get(1).evaluate(values) : args.get(2).evaluate(values);
                    };
                }
                case "min", "max" -> {
                    if (args.isEmpty()) {
                        throw new FormulaException(start + 1, name + "(…) needs at least one argument").because("reason.formula.needsArgument", name);
                    }
                    boolean min = name.equals("min");
                    return values -> {
                        Double result = null;
                        for (Node arg : args) {
                            Double v = arg.evaluate(values);
                            if (v == null) {
                                return null;
                            }
                            result = result == null ? v : min ? Math.min(result, v) : Math.max(result, v);
                        }
                        return result;
                    };
                }
                case "coalesce" -> {
                    if (args.isEmpty()) {
                        throw new FormulaException(start + 1, "coalesce(…) needs at least one argument").because("reason.formula.needsArgument", "coalesce");
                    }
                    return values -> {
                        for (Node arg : args) {
                            Double v = arg.evaluate(values);
                            if (v != null) {
                                return v;
                            }
                        }
                        return null;
                    };
                }
                default -> throw new FormulaException(start + 1, "unknown function '" + name + "'; use if, min, max or coalesce").because("reason.formula.function", name);
            }
        }

        private static Node arithmetic(Node left, Node right, char op) {
            return values -> {
                Double a = left.evaluate(values);
                Double b = right.evaluate(values);
                if (a == null || b == null) {
                    return null;
                }
                return switch (op) {
                    case '+' -> a + b;
                    case '-' -> a - b;
                    case '*' -> a * b;
                    default -> b == 0 ? null : a / b;
                };
            };
        }
    }
}
