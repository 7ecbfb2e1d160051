package vn.steerboard.indicator.internal.formula;

import java.util.Map;

/** A node of a parsed formula: its value for the data elements' values, or null when it is not computable. */
@FunctionalInterface
public interface FormulaNode {

    Double evaluate(Map<String, Double> values);
}
