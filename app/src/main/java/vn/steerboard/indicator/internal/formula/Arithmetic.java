package vn.steerboard.indicator.internal.formula;

/**
 * The operators of a formula as nodes. A null operand (an element without a value) makes the result null, and so
 * does a division by zero; a comparison gives 1 or 0.
 */
final class Arithmetic {

    /** The comparison operators, two-character ones first so that {@code <=} is not read as {@code <}. */
    static final String[] COMPARISONS = {"<=", ">=", "==", "!=", "<", ">"};

    private Arithmetic() {
    }

    static FormulaNode comparison(FormulaNode left, FormulaNode right, String op) {
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

    static FormulaNode arithmetic(FormulaNode left, FormulaNode right, char op) {
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

    static FormulaNode negate(FormulaNode operand) {
        return values -> {
            Double v = operand.evaluate(values);
            return v == null ? null : -v;
        };
    }
}
