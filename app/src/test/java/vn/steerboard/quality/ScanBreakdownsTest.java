package vn.steerboard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.CheckResult;
import vn.steerboard.quality.engine.CheckType;
import vn.steerboard.quality.engine.Criterion;
import vn.steerboard.quality.engine.ScanReport;
import vn.steerboard.quality.engine.Scores;
import vn.steerboard.quality.internal.ScanBreakdowns;

/** A report in the programme's words: six criteria in their order, the unmeasured apart, caps and kinds explained. */
class ScanBreakdownsTest {

    private static final List<CheckResult> CHECKS = List.of(
            new CheckResult("cccd_present", CheckType.COMPLETENESS, List.of("cccd"), Criterion.SUFFICIENT, 1, 10, 2,
                    Map.of(), List.of(), "sql"),
            new CheckResult("cccd_valid", CheckType.DICTIONARY, List.of("cccd"), Criterion.CORRECT, 1, 8, 5,
                    Map.of("findings", Map.of("bad_format", 3, "century_mismatch", 1, "gender_mismatch", 0)),
                    List.of("02*****85 — {cccd.shape}", "00********63 — {cccd.century}"), "sql"),
            new CheckResult("cccd_unique", CheckType.UNIQUENESS, List.of("cccd"), Criterion.CLEAN, 1, 8, 2, Map.of(),
                    List.of(), "sql"));

    private static ScanReport report() {
        Map<Criterion, Double> criteria = new EnumMap<>(Criterion.class);
        criteria.put(Criterion.CORRECT, 37.5);
        criteria.put(Criterion.SUFFICIENT, 80.0);
        criteria.put(Criterion.CLEAN, 50.0); // held at 50 by cccd_unique, below its 99.9% threshold
        Scores scores = new Scores(criteria, 55.8, "C", List.of("clean capped at 50.0 by cccd_unique (75.0% < 99.9%)"));
        return new ScanReport("s", "citizen", "x.csv", "DUCKDB", 10, Instant.EPOCH, 1, 1, false, CHECKS, scores, true,
                List.of(), "2026-11-20", 1, 0);
    }

    @Test
    void theSixCriteriaComeInTheProgrammesOrderAndTheUnmeasuredHaveNoScore() {
        ScanBreakdown breakdown = ScanBreakdowns.of(7, 3, OffsetDateTime.now(), report(), Locale.forLanguageTag("vi"));
        assertThat(breakdown.criteria()).extracting(CriterionScore::criterion).containsExactly(Criterion.CORRECT,
                Criterion.SUFFICIENT, Criterion.CLEAN, Criterion.LIVE, Criterion.UNIFIED, Criterion.SHARED);
        assertThat(breakdown.criteria()).extracting(CriterionScore::score).containsExactly(37.5, 80.0, 50.0, null, null, null);
        assertThat(breakdown.criteria().get(3).measured()).isFalse();
        assertThat(breakdown.criteria().get(3).checks()).isEmpty();
        assertThat(breakdown.databaseScore()).isEqualTo(55.8);
    }

    @Test
    void aCapNamesTheCheckThatHeldTheCriterionDown() {
        ScanBreakdown breakdown = ScanBreakdowns.of(7, 3, OffsetDateTime.now(), report(), Locale.forLanguageTag("vi"));
        CriterionScore clean = breakdown.criteria().get(2);
        assertThat(clean.cap()).isEqualTo(new CriterionCap(50.0, "cccd_unique", 75.0, 99.9));
        assertThat(breakdown.criteria().get(0).cap()).isNull();
    }

    @Test
    void failuresAreCountedByKindAndWhatNoKindExplainsFallsUnderTheCheckType() {
        ScanBreakdown breakdown = ScanBreakdowns.of(7, 3, OffsetDateTime.now(), report(), Locale.forLanguageTag("vi"));
        CheckOutcome cccd = breakdown.criteria().get(0).checks().get(0);
        // 5 failed: 3 bad format, 1 century, and 1 the report gives no kind for; a kind counted 0 is not listed
        assertThat(cccd.findings()).containsExactly(new FindingCount("bad_format", 3), new FindingCount("century_mismatch", 1),
                new FindingCount("DICTIONARY", 1));
        assertThat(cccd.passPercent()).isEqualTo(37.5);
        assertThat(breakdown.failuresByKind()).containsExactly(new FindingCount("bad_format", 3),
                new FindingCount("COMPLETENESS", 2), new FindingCount("UNIQUENESS", 2),
                new FindingCount("century_mismatch", 1), new FindingCount("DICTIONARY", 1));
    }

    @Test
    void examplesStayMaskedAndTheirFindingsAreWrittenInTheReadersLanguage() {
        CheckOutcome vi = ScanBreakdowns.of(7, 3, OffsetDateTime.now(), report(), Locale.forLanguageTag("vi"))
                .criteria().get(0).checks().get(0);
        assertThat(vi.examples()).containsExactly("02*****85 — không đủ 12 chữ số",
                "00********63 — chữ số thế kỷ không khớp năm sinh");
        CheckOutcome en = ScanBreakdowns.of(7, 3, OffsetDateTime.now(), report(), Locale.ENGLISH)
                .criteria().get(0).checks().get(0);
        assertThat(en.examples().get(0)).startsWith("02*****85 — ").doesNotContain("{cccd");
    }
}
