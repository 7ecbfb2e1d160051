package vn.steerboard.indicator;

import java.util.Map;
import java.util.Set;
import vn.steerboard.indicator.internal.formula.FormulaNode;
import vn.steerboard.indicator.internal.formula.FormulaParser;

/**
 * An indicator formula over data elements, e.g. {@code 100 * ONLINE_DOSSIERS / coalesce(ALL_DOSSIERS, 1)}.
 * Grammar (recursive descent): expression = term (('+'|'-') term)*; term = unary (('*'|'×'|'/'|'÷') unary)*;
 * unary = '-' unary | primary; primary = number | CODE | function '(' args ')' | '(' expression ')'. Functions:
 * {@code if(condition, then, else)} (condition ≠ 0 is true; comparisons {@code < <= > >= == !=} give 1 or 0),
 * {@code min}, {@code max}, {@code coalesce}. A data element without a value is null; arithmetic on null is null
 * (the indicator is not computable), which {@code coalesce} can replace; division by zero is null too.
 * A data element may be written {@code CODE.prev}: the unit's value for the previous period (validation rules).
 *
 * <p>The parser and the nodes it builds live in {@code internal.formula}; this class is the module's face of them.
 */
public final class Formula {

    private final String text;
    private final FormulaNode root;
    private final Set<String> elements;

    private Formula(String text, FormulaNode root, Set<String> elements) {
        this.text = text;
        this.root = root;
        this.elements = elements;
    }

    /** Reads a formula; refuses one it cannot read with a {@link FormulaException} naming the position. */
    public static Formula parse(String text) {
        FormulaParser.Parsed parsed = FormulaParser.parse(text);
        return new Formula(text, parsed.root(), parsed.elements());
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
}
