package vn.steerboard.committee.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import vn.steerboard.committee.internal.ranking.CompositeIndex.Components;
import vn.steerboard.committee.internal.ranking.CompositeIndex.Ranked;

class CompositeIndexTest {

    private static Components of(Double task, Double kpi, Double quality) {
        return new Components(opt(task), opt(kpi), opt(quality));
    }

    private static OptionalDouble opt(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    @Test
    void weighsTheThreeComponentsAsPublished() {
        assertThat(CompositeIndex.of(of(80.0, 60.0, 50.0)).getAsDouble()).isCloseTo(0.4 * 80 + 0.4 * 60 + 0.2 * 50, within(1e-9));
    }

    @Test
    void aMissingComponentRescalesTheOthersInsteadOfCountingAsZero() {
        assertThat(CompositeIndex.of(of(80.0, 60.0, null)).getAsDouble()).isCloseTo(70.0, within(1e-9));
        assertThat(CompositeIndex.complete(of(80.0, 60.0, null))).isFalse();
        assertThat(CompositeIndex.of(of(null, null, null))).isEmpty();
    }

    @Test
    void componentsAreClampedToTheScale() {
        assertThat(CompositeIndex.of(of(100.0, 130.0, 100.0)).getAsDouble()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void tiesOnThePublishedFigureShareARankAndUnscoredComeLast() {
        Map<String, Components> agencies = new LinkedHashMap<>();
        agencies.put("02", of(50.0, 50.0, 50.0));
        agencies.put("01", of(90.0, 90.0, 90.0));
        agencies.put("04", of(null, null, null));
        agencies.put("03", of(50.02, 50.0, 50.0));
        agencies.put("05", of(10.0, 10.0, 10.0));
        List<Ranked<String>> ranked = CompositeIndex.rank(agencies);
        assertThat(ranked).extracting(Ranked::key).containsExactly("01", "02", "03", "05", "04");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 2, 4, 0);
    }

    @Test
    void anAgencyWithNothingDueIsNeverRankedHoweverGoodItsOtherComponents() {
        Map<String, Components> agencies = new LinkedHashMap<>();
        agencies.put("00001", of(null, 100.0, 100.0));
        agencies.put("00004", of(62.0, 70.0, null));
        List<Ranked<String>> ranked = CompositeIndex.rank(agencies);
        assertThat(ranked).extracting(Ranked::key).containsExactly("00004", "00001");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 0);
        assertThat(ranked.get(1).composite()).isEmpty();
        assertThat(CompositeIndex.present(ranked.get(0).components())).containsExactly("TASKS", "KPIS");
    }
}
