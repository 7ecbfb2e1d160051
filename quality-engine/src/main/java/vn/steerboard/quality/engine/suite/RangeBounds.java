package vn.steerboard.quality.engine.suite;

import static vn.steerboard.quality.engine.suite.YamlFields.scalar;

import java.math.BigDecimal;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import vn.steerboard.quality.engine.SuiteException;

/** A range check's bounds: {@code min} and {@code max}, each a number or a date (yyyy-mm-dd). */
record RangeBounds(BigDecimal min, BigDecimal max, String minDate, String maxDate) {

    static final RangeBounds NONE = new RangeBounds(null, null, null, null);

    /** The bounds among the check's fields; a range with none (and not not_in_future) is refused at its line. */
    static RangeBounds read(Map<String, NodeTuple> f, int line, boolean notInFuture) {
        BigDecimal min = null;
        BigDecimal max = null;
        String minDate = null;
        String maxDate = null;
        if (f.containsKey("min")) {
            Node node = f.get("min").getValueNode();
            if (YamlFields.isDate(scalar(node, "min"))) {
                minDate = YamlFields.date(node, "min");
            } else {
                min = YamlFields.decimal(node, "min");
            }
        }
        if (f.containsKey("max")) {
            Node node = f.get("max").getValueNode();
            if (YamlFields.isDate(scalar(node, "max"))) {
                maxDate = YamlFields.date(node, "max");
            } else {
                max = YamlFields.decimal(node, "max");
            }
        }
        if (min == null && max == null && minDate == null && maxDate == null && !notInFuture) {
            throw new SuiteException(line, "min", "a range check needs min, max or not_in_future").because("range");
        }
        return new RangeBounds(min, max, minDate, maxDate);
    }
}
