package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The built-in frameworks load, say they are illustrative and where they come from, and score as computed by hand. */
class BuiltInFrameworksTest {

    static Framework load(String code) {
        try (InputStream in = BuiltInFrameworksTest.class.getResourceAsStream("/assessment/frameworks/" + code + ".yaml")) {
            return FrameworkLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theFourBuiltInFrameworksLoadAndAreMarkedIllustrativeWithTheirSource() {
        Framework sme = load("sme-dx");
        assertThat(sme.pillars()).hasSize(6);
        assertThat(sme.pillars().stream().mapToInt(p -> p.subIndices().size()).sum()).isEqualTo(10);
        assertThat(sme.industries()).hasSize(25);
        assertThat(sme.levels()).extracting(Framework.Level::code).containsExactly("STARTING", "ACCELERATING", "OPTIMIZING", "ELITE");
        assertThat(sme.source()).contains("2158/QĐ-BTTTT");
        assertThat(load("large-dx").pillars()).hasSize(6);
        Framework dti = load("dti-province");
        assertThat(dti.pillars()).hasSize(8);
        assertThat(dti.points()).isEqualTo(1000.0);
        assertThat(dti.audience()).isEqualTo(Framework.Audience.AGENCY);
        assertThat(load("data-governance").source()).contains("2439/QĐ-TTg");
        for (String code : FrameworkLibrary.BUILT_IN) {
            assertThat(load(code).illustrative()).as(code).isTrue();
        }
    }

    @Test
    void industryVariantsDecideWhichCriteriaApply() {
        Framework sme = load("sme-dx");
        assertThat(sme.industryOf("4711").map(Framework.Industry::code)).contains("IND15");
        assertThat(sme.industryOf("1010").map(Framework.Industry::code)).contains("IND04");
        assertThat(sme.industryOf("9999")).isEmpty();
        Framework.Criterion iot = sme.criterion("P4C5").orElseThrow();
        assertThat(iot.appliesTo("1010", "ENTERPRISE")).isTrue();
        assertThat(iot.appliesTo("4711", "ENTERPRISE")).isFalse();
    }

    @Test
    void aWeakPillarBlocksOptimizingAndEliteWhateverTheTotal() {
        Framework sme = load("sme-dx");
        Map<String, String> answers = best(sme, "4711");
        assertThat(Scoring.score(sme, answers, "4711", "ENTERPRISE").level()).isEqualTo("ELITE");
        // P6S1: P6C1 partial 0.4 × 2 + P6C2 no 0 × 1 = 0.8 / 3 = 26.67; P6S2: P6C3 none 0 × 2 + P6C4 file 1 × 1 = 1/3 = 33.33
        // P6 = (26.67 + 33.33) / 2 = 30; total = (5 × 100 + 30) / 6 = 88.33: above Elite's 80, but P6 30 < 60 (Elite)
        // and < 40 (Optimizing), ≥ 20 (Accelerating): Accelerating
        answers.putAll(Map.of("P6C1", "partial", "P6C2", "no", "P6C3", "none"));
        Scoring.Result r = Scoring.score(sme, answers, "4711", "ENTERPRISE");
        assertThat(r.pillars().get("P6")).isCloseTo(30.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.total()).isCloseTo(88.333, org.assertj.core.data.Offset.offset(0.001));
        assertThat(r.level()).isEqualTo("ACCELERATING");
        // the data pillar at 0 everywhere: total (500 + 0) / 6 = 83.33, P6 0 < 20: Starting only
        answers.putAll(Map.of("P6C1", "none", "P6C4", ""));
        assertThat(Scoring.score(sme, answers, "4711", "ENTERPRISE").level()).isEqualTo("STARTING");
    }

    @Test
    void theDtiScoresOnAThousandPoints() {
        Framework dti = load("dti-province");
        Map<String, String> answers = new HashMap<>();
        dti.criteria().forEach(c -> answers.put(c.code(), c.type() == AnswerType.FILE ? "QĐ 01/2026" : "50"));
        // every indicator: (50% × 2 + 1 × 1) / 3 = 66.67 → total 66.67% → 666.7 of 1,000 points; Group B (≥ 50, < 75)
        Scoring.Result r = Scoring.score(dti, answers, null, "PROVINCE");
        assertThat(r.total() * dti.points() / 100).isCloseTo(666.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.level()).isEqualTo("GROUP_B");
    }

    static Map<String, String> best(Framework f, String vsic) {
        Map<String, String> answers = new LinkedHashMap<>();
        f.criteria().filter(c -> c.appliesTo(vsic, "ENTERPRISE"))
                .forEach(c -> answers.put(c.code(), vn.steerboard.assessment.internal.RaiseAdvice.best(c)));
        return answers;
    }

    static Map<String, Object> bestAnswers(JsonNode framework, JsonNode applicable) {
        return EnterpriseClient.bestAnswers(framework, applicable);
    }
}
