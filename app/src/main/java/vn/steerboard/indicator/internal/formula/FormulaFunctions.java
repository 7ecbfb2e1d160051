package vn.steerboard.indicator.internal.formula;

import java.util.List;
import vn.steerboard.indicator.FormulaException;

/**
 * The functions a formula may call: {@code if(condition, then, else)} (condition ≠ 0 is true), {@code min},
 * {@code max} (null if any argument is) and {@code coalesce} (the first argument with a value).
 */
final class FormulaFunctions {

    private FormulaFunctions() {
    }

    /** The call of {@code name} (lower case) on its arguments; {@code start} is where the name began (0-based). */
    static FormulaNode call(String name, List<FormulaNode> args, int start) {
        return switch (name) {
            case "if" -> ifThenElse(args, start);
            case "min", "max" -> extreme(name, args, start);
            case "coalesce" -> coalesce(args, start);
            default -> throw new FormulaException(start + 1, "unknown function '" + name + "'; use if, min, max or coalesce").because("reason.formula.function", name);
        };
    }

    private static FormulaNode ifThenElse(List<FormulaNode> args, int start) {
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

    private static FormulaNode extreme(String name, List<FormulaNode> args, int start) {
        if (args.isEmpty()) {
            throw new FormulaException(start + 1, name + "(…) needs at least one argument").because("reason.formula.needsArgument", name);
        }
        boolean min = name.equals("min");
        return values -> {
            Double result = null;
            for (FormulaNode arg : args) {
                Double v = arg.evaluate(values);
                if (v == null) {
                    return null;
                }
                result = result == null ? v : min ? Math.min(result, v) : Math.max(result, v);
            }
            return result;
        };
    }

    private static FormulaNode coalesce(List<FormulaNode> args, int start) {
        if (args.isEmpty()) {
            throw new FormulaException(start + 1, "coalesce(…) needs at least one argument").because("reason.formula.needsArgument", "coalesce");
        }
        return values -> {
            for (FormulaNode arg : args) {
                Double v = arg.evaluate(values);
                if (v != null) {
                    return v;
                }
            }
            return null;
        };
    }
}
