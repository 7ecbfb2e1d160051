package vn.steerboard.assessment.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.assessment.AnswerInput;
import vn.steerboard.assessment.AssessmentView;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkLibrary;
import vn.steerboard.assessment.NationalFigures;

/** Page models of the self-assessment and the national page, assembled here rather than in the controllers. */
@Component
class SelfAssessmentPageModels {

    /** One question of the form, with the answer saved so far. */
    record Question(Framework.Criterion criterion, String value, String evidence) {}

    record PillarSection(Framework.Pillar pillar, List<Question> questions) {}

    /**
     * The national page's figures (levels, heat map, league) as HTML in one language, rendered once per figures:
     * aggregates only, the same for every reader. Kept with the figures it shows, to know when it is stale.
     */
    record NationalPage(NationalFigures figures, String html) {}

    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

    private final FrameworkLibrary frameworks;
    private final JsonMapper json = JsonMapper.builder().build();
    /** Per framework and language; a model is reused only while its figures are the very ones the counts hold. */
    private final Map<String, NationalPage> nationalPages = new java.util.concurrent.ConcurrentHashMap<>();

    private final org.thymeleaf.ITemplateEngine templates;

    SelfAssessmentPageModels(FrameworkLibrary frameworks, org.thymeleaf.ITemplateEngine templates) {
        this.frameworks = frameworks;
        this.templates = templates;
    }

    List<PillarSection> questionnaire(AssessmentView view) {
        Framework f = frameworks.get(view.frameworkCode(), view.frameworkVersion());
        List<PillarSection> sections = new ArrayList<>();
        for (Framework.Pillar p : f.pillars()) {
            List<Question> questions = new ArrayList<>();
            p.subIndices().stream().flatMap(s -> s.criteria().stream()).filter(c -> view.applicable().contains(c.code()))
                    .forEach(c -> {
                        AnswerInput a = view.answers().get(c.code());
                        questions.add(new Question(c, a == null ? "" : a.value(), a == null ? "" : a.evidence()));
                    });
            if (!questions.isEmpty()) {
                sections.add(new PillarSection(p, questions));
            }
        }
        return sections;
    }

    /**
     * The national page's model for the figures the counts hold now ({@code NationalCounts.figures}, cached until the
     * counts change): built once per figures and language, so a warm request renders without rebuilding it, and a
     * change of the counts (here or on another node) replaces it at the next request.
     */
    NationalPage national(NationalFigures figures, boolean english) {
        String key = figures.frameworkCode() + (english ? "|en" : "|vi");
        NationalPage kept = nationalPages.get(key);
        if (kept != null && kept.figures() == figures) {
            return kept;
        }
        Map<String, Object> parts = new java.util.LinkedHashMap<>();
        parts.put("figures", figures);
        parts.put("heatMap", heatMap(figures, english));
        parts.put("league", figures.provinces().stream()
                .filter(p -> p.shareOptimizingOrAbove() != null)
                .sorted(java.util.Comparator.comparing(NationalFigures.ProvinceRow::shareOptimizingOrAbove).reversed())
                .toList());
        NationalPage fresh = new NationalPage(figures, templates.process("assessment/national-figures",
                new org.thymeleaf.context.Context(english ? java.util.Locale.ENGLISH : VIETNAMESE, parts)));
        if (nationalPages.size() < 100 || nationalPages.containsKey(key)) {
            nationalPages.put(key, fresh);
        }
        return fresh;
    }

    /** The ECharts heat map (provinces × pillars, mean pillar score) as its option JSON. */
    String heatMap(NationalFigures figures, boolean english) {
        List<String> provinces = figures.provinces().stream().map(p -> english ? p.nameEn() : p.nameVi()).toList();
        List<List<Object>> cells = new ArrayList<>();
        for (int y = 0; y < figures.provinces().size(); y++) {
            Map<String, Double> means = figures.provinces().get(y).pillarMeans();
            for (int x = 0; x < figures.pillars().size(); x++) {
                Double mean = means.get(figures.pillars().get(x));
                if (mean != null) {
                    cells.add(List.of(x, y, mean));
                }
            }
        }
        Map<String, Object> option = Map.of(
                "tooltip", Map.of("position", "top"),
                "grid", Map.of("left", 150, "right", 20, "top", 10, "bottom", 60),
                "xAxis", Map.of("type", "category", "data", figures.pillars()),
                "yAxis", Map.of("type", "category", "data", provinces),
                "visualMap", Map.of("min", 0, "max", 100, "calculable", true, "orient", "horizontal", "left", "center",
                        "bottom", 0),
                "series", List.of(Map.of("type", "heatmap", "data", cells, "label", Map.of("show", true))));
        return json.writeValueAsString(option);
    }
}
