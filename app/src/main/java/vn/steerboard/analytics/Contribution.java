package vn.steerboard.analytics;

import java.util.Arrays;
import java.util.List;

/**
 * One reported value as it counts in the roll-ups of its unit and every ancestor.
 *
 * @param lineage {@code |unit|parent|...|VN|}: the unit, its ancestors and the nation
 * @param seq     the order of entry, so "last value" means the value entered last
 */
public record Contribution(String element, String unit, String period, double value, double weight, long seq, String lineage) {

    public static final String NATION = vn.steerboard.registry.Registry.NATION;

    public List<String> ancestors() {
        return Arrays.stream(lineage.split("\\|")).filter(part -> !part.isEmpty()).toList();
    }

    public static String lineageOf(List<String> unitAndAncestors) {
        return "|" + String.join("|", unitAndAncestors) + "|" + NATION + "|";
    }
}
