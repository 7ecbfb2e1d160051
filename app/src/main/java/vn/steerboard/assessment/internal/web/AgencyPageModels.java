package vn.steerboard.assessment.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.steerboard.assessment.AgencyAssessmentView;
import vn.steerboard.assessment.AgencyStatus;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkLibrary;
import vn.steerboard.common.ProblemTexts;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;

/** What the agency pages show: the criteria by pillar with their answers and evidence, and who may do what. */
@Component
class AgencyPageModels {

    record Question(AgencyAssessmentView.Item item, Framework.Criterion criterion, boolean adjusted, String shownAnswer,
                    String shownAppraised) {}

    record AdjustmentRow(String criterion, String reason, String by, String at) {}

    record Section(Framework.Pillar pillar, Double self, Double appraised, List<Question> questions) {}

    record Rights(boolean answers, boolean appraises) {}

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final FrameworkLibrary frameworks;
    private final ProblemTexts problems;
    private final AnswerTexts texts;

    AgencyPageModels(FrameworkLibrary frameworks, ProblemTexts problems, AnswerTexts texts) {
        this.frameworks = frameworks;
        this.problems = problems;
        this.texts = texts;
    }

    /** The framework's levels by code, for their names. */
    java.util.Map<String, Framework.Level> levels(AgencyAssessmentView view) {
        java.util.Map<String, Framework.Level> levels = new java.util.LinkedHashMap<>();
        frameworks.get(view.frameworkCode(), view.frameworkVersion()).levels().forEach(l -> levels.put(l.code(), l));
        return levels;
    }

    List<AdjustmentRow> adjustments(AgencyAssessmentView view) {
        return view.adjustments().stream().map(a -> new AdjustmentRow(a.criterion(), a.reason(), a.by(),
                a.at().atZoneSameInstant(vn.steerboard.common.VietnamTime.ZONE).format(WHEN))).toList();
    }

    List<Section> sections(AgencyAssessmentView view, Locale locale) {
        Framework f = frameworks.get(view.frameworkCode(), view.frameworkVersion());
        List<Section> sections = new ArrayList<>();
        for (Framework.Pillar p : f.pillars()) {
            List<Question> questions = view.items().stream().filter(i -> i.pillar().equals(p.code()))
                    .map(i -> question(i, f.criterion(i.criterion()).orElseThrow(), locale)).toList();
            if (!questions.isEmpty()) {
                sections.add(new Section(p, pillar(view.self(), p.code()), pillar(view.appraised(), p.code()), questions));
            }
        }
        return sections;
    }

    private Question question(AgencyAssessmentView.Item i, Framework.Criterion c, Locale locale) {
        return new Question(i, c, i.appraised() != null, texts.shown(c, i.answer(), locale), texts.shown(c, i.appraised(), locale));
    }

    static Rights rights(Actor actor, AgencyAssessmentView view) {
        boolean own = actor != null && view.unitCode().equals(actor.unitCode())
                && (actor.role() == Role.OFFICER || actor.role() == Role.LEADER);
        boolean admin = actor != null && actor.isAdmin();
        return new Rights(own && view.status() == AgencyStatus.DRAFT, admin && view.status() != AgencyStatus.DRAFT);
    }

    List<Framework> agencyFrameworks() {
        return frameworks.list().stream().filter(s -> s.audience() == Framework.Audience.AGENCY)
                .map(s -> frameworks.latest(s.code())).toList();
    }

    /** A refusal in the reader's language, one line per problem. */
    List<String> errors(RuntimeException e, Locale locale) {
        if (e instanceof RejectedFileException rejected) {
            return rejected.problems().stream().map(p -> problems.describe(p, locale)).toList();
        }
        return List.of(problems.describe(e, locale));
    }

    private static Double pillar(AgencyAssessmentView.Score score, String code) {
        return score == null ? null : score.pillars().stream().filter(p -> p.code().equals(code))
                .map(AgencyAssessmentView.PillarScore::score).findFirst().orElse(null);
    }
}
