package vn.steerboard.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.steerboard.assessment.AssessmentResult;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.Scoring;

/**
 * The criteria that would raise the level soonest: each applicable criterion is answered at its best in turn and the
 * distance to the next level is measured again, the distance being the missing total plus every missing pillar
 * minimum of that level. The three that shorten it most (then: raise the total most) are advised.
 */
public final class RaiseAdvice {

    private RaiseAdvice() {}

    public static List<AssessmentResult.Advice> advise(Framework f, Map<String, String> answers, String vsic, String unitType) {
        Scoring.Result now = Scoring.score(f, answers, vsic, unitType);
        Framework.Level next = next(f, now.level());
        if (next == null) {
            return List.of();
        }
        double distance = distance(next, now);
        record Option(Framework.Criterion c, String pillar, double closer, double gain) {}
        List<Option> options = new ArrayList<>();
        for (Framework.Pillar p : f.pillars()) {
            p.subIndices().stream().flatMap(s -> s.criteria().stream()).filter(c -> c.appliesTo(vsic, unitType)).forEach(c -> {
                String best = best(c);
                if (best.equals(answers.get(c.code()))) {
                    return;
                }
                Map<String, String> trial = new HashMap<>(answers);
                trial.put(c.code(), best);
                Scoring.Result r = Scoring.score(f, trial, vsic, unitType);
                options.add(new Option(c, p.code(), distance - distance(next, r), r.total() - now.total()));
            });
        }
        return options.stream().filter(o -> o.closer() > 1e-9)
                .sorted(Comparator.comparingDouble(Option::closer).reversed().thenComparing(Comparator.comparingDouble(Option::gain).reversed()))
                .limit(3).map(o -> new AssessmentResult.Advice(o.c().code(), o.c().questionVi(), o.c().questionEn(), o.pillar(),
                        Math.round(o.closer() * 100) / 100.0)).toList();
    }

    /** The lowest level above {@code current} (by its minimum total). */
    static Framework.Level next(Framework f, String current) {
        double above = f.levels().stream().filter(l -> l.code().equals(current)).mapToDouble(Framework.Level::minTotal)
                .findFirst().orElse(-1);
        return f.levels().stream().filter(l -> l.minTotal() > above).min(Comparator.comparingDouble(Framework.Level::minTotal))
                .orElse(null);
    }

    static double distance(Framework.Level level, Scoring.Result r) {
        double d = Math.max(0, level.minTotal() - r.total());
        for (Map.Entry<String, Double> min : level.minPillars().entrySet()) {
            d += Math.max(0, min.getValue() - r.pillars().getOrDefault(min.getKey(), 0.0));
        }
        return d;
    }

    /** The answer that earns a criterion its full share. */
    public static String best(Framework.Criterion c) {
        return switch (c.type()) {
            case CHOICE -> c.choices().stream().max(Comparator.comparingDouble(Framework.Choice::points))
                    .map(Framework.Choice::code).orElse("");
            case YES_NO -> "yes";
            case PERCENTAGE -> "100";
            case NUMBER -> c.bands().stream().max(Comparator.comparingDouble(Framework.Band::points))
                    .map(b -> b.from() == Math.rint(b.from()) ? String.valueOf((long) b.from()) : String.valueOf(b.from()))
                    .orElse("0");
            case FILE -> "evidence";
        };
    }
}
