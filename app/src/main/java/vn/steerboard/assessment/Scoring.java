package vn.steerboard.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores answers under a framework. A criterion earns a share in [0,1] of its weight; a sub-index, pillar and
 * the total are weighted percentages of their applicable children; the level is the highest whose total and
 * pillar minimums are all met (or none).
 */
public final class Scoring {

    /** Answer values: CHOICE = choice code, YES_NO = "yes"/"no", NUMBER/PERCENTAGE = number, FILE = non-empty reference. */
    public record Result(double total, Map<String, Double> pillars, String level) {}

    private Scoring() {}

    public static Result score(Framework framework, Map<String, String> answers, String industry, String unitType) {
        Map<String, Double> pillars = new LinkedHashMap<>();
        double sum = 0;
        double weights = 0;
        for (Framework.Pillar pillar : framework.pillars()) {
            double subSum = 0;
            double subWeights = 0;
            for (Framework.SubIndex sub : pillar.subIndices()) {
                double earned = 0;
                double possible = 0;
                for (Framework.Criterion c : sub.criteria()) {
                    if (c.appliesTo(industry, unitType)) {
                        earned += c.weight() * share(c, answers.get(c.code()));
                        possible += c.weight();
                    }
                }
                if (possible > 0) {
                    subSum += sub.weight() * 100 * earned / possible;
                    subWeights += sub.weight();
                }
            }
            double score = subWeights > 0 ? subSum / subWeights : 0;
            pillars.put(pillar.code(), score);
            sum += pillar.weight() * score;
            weights += pillar.weight();
        }
        double total = weights > 0 ? sum / weights : 0;
        return new Result(total, pillars, level(framework, total, pillars));
    }

    static String level(Framework framework, double total, Map<String, Double> pillars) {
        String reached = null;
        double best = -1;
        for (Framework.Level level : framework.levels()) {
            boolean pillarsMet = level.minPillars().entrySet().stream()
                    .allMatch(e -> pillars.getOrDefault(e.getKey(), 0.0) >= e.getValue());
            if (total >= level.minTotal() && pillarsMet && level.minTotal() > best) {
                reached = level.code();
                best = level.minTotal();
            }
        }
        return reached;
    }

    static double share(Framework.Criterion criterion, String answer) {
        if (answer == null || answer.isBlank()) {
            return 0;
        }
        return switch (criterion.type()) {
            case CHOICE -> {
                for (Framework.Choice choice : criterion.choices()) {
                    if (choice.code().equals(answer)) {
                        yield choice.points();
                    }
                }
                yield 0;
            }
            case YES_NO -> "yes".equals(answer) ? 1 : 0;
            case FILE -> 1;
            case PERCENTAGE -> Math.max(0, Math.min(100, number(answer))) / 100;
            case NUMBER -> {
                double n = number(answer);
                for (Framework.Band band : criterion.bands()) {
                    if (n >= band.from() && n < band.to()) {
                        yield band.points();
                    }
                }
                yield 0;
            }
        };
    }

    private static double number(String answer) {
        try {
            return Double.parseDouble(answer.replace(',', '.'));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
