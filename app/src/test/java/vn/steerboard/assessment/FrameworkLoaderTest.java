package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkLoaderTest {

    static final String VALID = """
            code: test-dx
            version: 1
            title_vi: Bộ thử
            title_en: Test set
            illustrative: true
            pillars:
              - code: P1
                title_vi: Trụ cột 1
                title_en: Pillar 1
                weight: 1
                sub_indices:
                  - code: S1
                    title_vi: Chỉ số 1
                    title_en: Index 1
                    criteria:
                      - code: C1
                        question_vi: Có trang web?
                        question_en: Has a website?
                        type: yes_no
                        weight: 2
                      - code: C2
                        question_vi: Tỷ lệ doanh thu trực tuyến
                        question_en: Share of online revenue
                        type: percentage
                        weight: 2
              - code: P2
                title_vi: Trụ cột 2
                title_en: Pillar 2
                weight: 1
                sub_indices:
                  - code: S2
                    title_vi: Chỉ số 2
                    title_en: Index 2
                    criteria:
                      - code: C3
                        question_vi: Mức số hoá
                        question_en: Digitisation level
                        type: choice
                        weight: 1
                        choices:
                          - {code: none, label_vi: Không, label_en: None, points: 0}
                          - {code: some, label_vi: Một phần, label_en: Some, points: 0.5}
                          - {code: full, label_vi: Toàn bộ, label_en: Full, points: 1}
                      - code: C4
                        question_vi: Số nhân viên dùng phần mềm
                        question_en: Staff using software
                        type: number
                        weight: 1
                        industries: ["10"]
                        bands:
                          - {from: 0, to: 5, points: 0}
                          - {from: 5, to: 1000000, points: 1}
            levels:
              - {code: STARTING, name_vi: Khởi đầu, name_en: Starting, min_total: 0}
              - {code: ACCELERATING, name_vi: Tăng tốc, name_en: Accelerating, min_total: 40}
              - code: ELITE
                name_vi: Dẫn đầu
                name_en: Elite
                min_total: 70
                min_pillars: {P1: 60, P2: 60}
            """;

    @Test
    void aValidDefinitionLoadsWithItsHierarchy() {
        Framework f = FrameworkLoader.parse(VALID);
        assertThat(f.version()).isEqualTo(1);
        assertThat(f.illustrative()).isTrue();
        assertThat(f.pillars()).extracting(Framework.Pillar::code).containsExactly("P1", "P2");
        assertThat(f.levels().get(2).minPillars()).containsEntry("P2", 60.0);
    }

    @Test
    void errorsNameLineAndField() {
        String broken = VALID.replace("type: percentage", "type: guess");
        assertThatThrownBy(() -> FrameworkLoader.parse(broken.replace("\n            question_en: Has a website?", "")))
                .isInstanceOfSatisfying(InvalidFrameworkException.class, e -> assertThat(e.problems()).contains(
                        new FrameworkProblem(23, "pillars[0].sub_indices[0].criteria[1].type", "assessment.framework.answer_type"),
                        new FrameworkProblem(16, "pillars[0].sub_indices[0].criteria[0].question_en", "assessment.framework.required")));
    }

    @Test
    void unknownPillarInALevelMinimumIsRefused() {
        assertThatThrownBy(() -> FrameworkLoader.parse(VALID.replace("{P1: 60, P2: 60}", "{P1: 60, P9: 60}")))
                .isInstanceOfSatisfying(InvalidFrameworkException.class, e -> assertThat(e.problems())
                        .extracting(FrameworkProblem::field).contains("levels[2].min_pillars.P9"));
    }

    @Test
    void aliasesAnchorsTagsAndBillionLaughsAreRefused() {
        String laughs = "a: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n";
        assertRefused(laughs, "assessment.framework.anchor");
        assertRefused("code: *x\n", "assessment.framework.alias");
        assertRefused("code: !!java.lang.ProcessBuilder [\"sh\"]\n", "assessment.framework.tag");
        assertRefused("code: !custom x\n", "assessment.framework.tag");
    }

    @Test
    void hugeAndDeepDefinitionsAreRefused() {
        assertRefused("code: " + "x".repeat(FrameworkLoader.MAX_BYTES + 1), "assessment.framework.too_large");
        assertRefused("a: " + "[".repeat(40) + "]".repeat(40), "assessment.framework.too_deep");
    }

    @Test
    void scoresComputedByHandEqualTheEngine() {
        Framework f = FrameworkLoader.parse(VALID);
        // P1: C1 yes (2 of 2) + C2 50% (1 of 2) = 3/4 = 75; P2 (industry 10): C3 some 0.5 + C4 7 staff 1 = 1.5/2 = 75
        Scoring.Result r = Scoring.score(f, Map.of("C1", "yes", "C2", "50", "C3", "some", "C4", "7"), "1010", "SME");
        assertThat(r.pillars()).containsEntry("P1", 75.0).containsEntry("P2", 75.0);
        assertThat(r.total()).isEqualTo(75.0);
        assertThat(r.level()).isEqualTo("ELITE");
        // industry 47: C4 does not apply, P2 = C3 alone = 50
        Scoring.Result other = Scoring.score(f, Map.of("C1", "yes", "C2", "50", "C3", "some"), "4711", "SME");
        assertThat(other.pillars()).containsEntry("P2", 50.0);
    }

    @Test
    void aWeakPillarBlocksTheLevelItsTotalWouldReach() {
        Framework f = FrameworkLoader.parse(VALID);
        // P1 = 100, P2 = (0 + 1)/2 = 50 → total 75 ≥ 70 but P2 50 < 60: Accelerating, not Elite
        Scoring.Result r = Scoring.score(f, Map.of("C1", "yes", "C2", "100", "C3", "none", "C4", "9"), "10", "SME");
        assertThat(r.total()).isEqualTo(75.0);
        assertThat(r.level()).isEqualTo("ACCELERATING");
    }

    private static void assertRefused(String yaml, String message) {
        assertThatThrownBy(() -> FrameworkLoader.parse(yaml)).isInstanceOfSatisfying(InvalidFrameworkException.class,
                e -> assertThat(e.problems()).extracting(FrameworkProblem::message).isEqualTo(List.of(message)));
    }
}
