package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.steerboard.common.RowProblem;
import vn.steerboard.delivery.internal.DossierState;
import vn.steerboard.delivery.internal.EventRules;
import vn.steerboard.delivery.internal.Scoring;

/** The scoring rule of Decision 766 on its edges, and the order of a dossier's status changes (pure). */
class DeliveryScoringTest {

    static final EventRules.Context CONTEXT = new EventRules.Context(WorkingDaysTest.seeded(),
            code -> Optional.of(new EventRules.ProcedureFacts(50_000, true)), u -> true,
            OffsetDateTime.of(2026, 11, 20, 12, 0, 0, 0, ZoneOffset.ofHours(7)), (key, args) -> key);

    static OffsetDateTime at(String day, int hour) {
        return LocalDate.parse(day).atTime(hour, 0).atOffset(ZoneOffset.ofHours(7));
    }

    static DeliveryEvent received(String id, String day, int workingDays) {
        return new DeliveryEvent(EventKind.DOSSIER_RECEIVED, id, null, "U1", "P1", at(day, 9), Channel.ONLINE,
                workingDays, true, false, null, null, null, null, null, null, null, null, null, "Nguyễn Văn An",
                "001234567890", null);
    }

    static DeliveryEvent status(String id, String day, int hour, DossierStatus status) {
        return new DeliveryEvent(EventKind.STATUS_CHANGED, id, null, "U1", null, at(day, hour), null, null, null, null,
                status, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static SubIndicatorScore row(List<SubIndicatorScore> scores, SubIndicator s) {
        return scores.stream().filter(x -> x.indicator() == s).findFirst().orElseThrow();
    }

    @Test
    void aRatioExactlyAtItsThresholdEarnsFullMarksAndJustBelowItProportionally() {
        assertThat(SubIndicator.D4_3.points(0.80)).isEqualTo(2.0);
        assertThat(SubIndicator.D4_3.points(0.79)).isCloseTo(2 * 0.79 / 0.80, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SubIndicator.S5_4.points(0.90)).isEqualTo(6.0);
        // 8 of 10 dossiers reused digitised data: exactly 80%
        List<SubIndicatorScore> scores = Scoring.score(Map.of("RECEIVED", 10L, "REUSED", 8L));
        assertThat(row(scores, SubIndicator.D4_3).ratio()).isEqualTo(0.8);
        assertThat(row(scores, SubIndicator.D4_3).points()).isEqualTo(2.0);
        assertThat(row(scores, SubIndicator.D4_3).gainAtThreshold()).isZero();
        // without a threshold the points are max × R
        assertThat(row(scores, SubIndicator.D4_4).points()).isZero();
        assertThat(row(scores, SubIndicator.D4_4).gainAtThreshold()).isEqualTo(4.0);
    }

    @Test
    void aZeroDenominatorIsNotComputableNeverZeroNorFullMarksAndLeavesItsMaximumOut() {
        List<SubIndicatorScore> none = Scoring.score(Map.of());
        assertThat(none).allSatisfy(s -> {
            assertThat(s.computable()).isFalse();
            assertThat(s.points()).isNull();
            assertThat(s.ratio()).isNull();
        });
        UnitIndex empty = DeliveryIndex.index("U1", "x", Map.of(), IndexPeriod.parse("2026-11"), LocalDate.of(2026, 11, 20));
        assertThat(empty.computable()).isFalse();
        assertThat(empty.score()).isNull();
        assertThat(empty.points()).isNull();
        // only 1.4 computable (6 points possible): all synced gives 6 of 6, i.e. 100 over the points that could be earned
        UnitIndex synced = DeliveryIndex.index("U1", "x", Map.of("RECEIVED", 4L, "SYNCED", 4L, "PROCESSED", 0L),
                IndexPeriod.parse("2026-11"), LocalDate.of(2026, 11, 20));
        assertThat(row(synced.indicators(), SubIndicator.M3_6).computable()).isFalse();
        assertThat(synced.possible()).isEqualTo(6 + 4 + 2 + 4 + 2);
        assertThat(synced.score()).isEqualTo(6 / 18.0 * 100, org.assertj.core.data.Offset.offset(0.05));
        assertThat(synced.groups().stream().filter(g -> g.group().equals("SATISFACTION")).findFirst().orElseThrow()
                .computable()).isFalse();
    }

    @Test
    void theSixDisplayGroupsAddUpToTheLegalFiveAndTo100() {
        assertThat(java.util.Arrays.stream(SubIndicator.values()).mapToDouble(s -> s.max).sum()).isEqualTo(100);
        for (DisplayGroup g : DisplayGroup.values()) {
            assertThat(java.util.Arrays.stream(SubIndicator.values()).filter(s -> s.group == g).mapToDouble(s -> s.max)
                    .sum()).as(g.name()).isEqualTo(g.max);
        }
        for (LegalGroup g : LegalGroup.values()) {
            assertThat(java.util.Arrays.stream(DisplayGroup.values()).filter(d -> d.legal == g).mapToInt(d -> d.max).sum())
                    .as(g.name()).isEqualTo(g.max);
        }
    }

    @Test
    void anOutOfOrderStatusEventIsRejectedNamingFieldAndValue() {
        List<RowProblem> problems = new ArrayList<>();
        Object d = EventRules.apply(1, received("D1", "2026-11-02", 5), null, CONTEXT, problems);
        d = EventRules.apply(2, status("D1", "2026-11-05", 10, DossierStatus.COMPLETED), d, CONTEXT, problems);
        assertThat(problems).isEmpty();
        assertThat(((DossierState) d).onTime()).isTrue();
        // dated before the completion it follows
        assertThat(EventRules.apply(3, status("D1", "2026-11-04", 10, DossierStatus.IN_PROGRESS), d, CONTEXT, problems))
                .isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("at");
            assertThat(p.reason()).isEqualTo("delivery.event.outOfOrder");
        });
        // later in time, but nothing follows a completion
        problems.clear();
        assertThat(EventRules.apply(4, status("D1", "2026-11-06", 10, DossierStatus.IN_PROGRESS), d, CONTEXT, problems))
                .isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("status"));
        // a status change for a dossier never received
        problems.clear();
        assertThat(EventRules.apply(5, status("D2", "2026-11-06", 10, DossierStatus.IN_PROGRESS), null, CONTEXT, problems))
                .isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("delivery.event.notReceived"));
    }

    @Test
    void aDossierPausedAcrossTetIsOnTimeWhenItsWorkingDaysAreNotUsedUp() {
        List<RowProblem> problems = new ArrayList<>();
        Object d = EventRules.apply(1, received("D3", "2026-02-09", 5), null, CONTEXT, problems);
        d = EventRules.apply(2, status("D3", "2026-02-11", 15, DossierStatus.SUPPLEMENT_REQUESTED), d, CONTEXT, problems);
        d = EventRules.apply(3, status("D3", "2026-02-25", 9, DossierStatus.IN_PROGRESS), d, CONTEXT, problems);
        d = EventRules.apply(4, status("D3", "2026-03-02", 16, DossierStatus.COMPLETED), d, CONTEXT, problems);
        assertThat(problems).isEmpty();
        assertThat(((DossierState) d).onTime()).isTrue();
        // without the pause the same completion is late (due 23/02, after Tết)
        Object e = EventRules.apply(1, received("D4", "2026-02-09", 5), null, CONTEXT, problems);
        e = EventRules.apply(2, status("D4", "2026-03-02", 16, DossierStatus.COMPLETED), e, CONTEXT, problems);
        assertThat(((DossierState) e).onTime()).isFalse();
    }
}
