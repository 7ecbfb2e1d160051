package vn.steerboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.steerboard.indicator.Aggregation.Value;

/** Formula parsing and evaluation, aggregation rules on hand-computed examples, forecasts on known series. */
class IndicatorRulesTest {

    private static Map<String, Double> values(Object... pairs) {
        Map<String, Double> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] == null ? null : ((Number) pairs[i + 1]).doubleValue());
        }
        return map;
    }

    /** A formula can come from a catalogue file or the database with no length cap: nesting is bounded, not the stack. */
    @Test
    void aFormulaNestedBeyondAnyIndicatorIsRefusedNamingWhereNotOverflowingTheStack() {
        for (String hostile : List.of("(".repeat(200_000) + "1" + ")".repeat(200_000), "-".repeat(200_000) + "1",
                "max(".repeat(50_000) + "1" + ")".repeat(50_000))) {
            FormulaException refused = catchThrowableOfType(FormulaException.class, () -> Formula.parse(hostile));
            assertThat(refused).as(hostile.substring(0, 8)).isNotNull();
            assertThat(refused).hasMessageContaining("nested deeper than 64 levels");
            assertThat(((vn.steerboard.common.UserMessage) refused.userMessage().args().get(1)).key())
                    .isEqualTo("reason.formula.tooDeep");
            // where the 65th level opens: after 64 brackets or signs, or 64 calls of four characters
            assertThat(refused.position()).isEqualTo(hostile.startsWith("max") ? 257 : 65);
        }
        // as deep as a real formula may go, it still computes
        assertThat(Formula.parse("(".repeat(40) + "A + 1" + ")".repeat(40)).evaluate(values("A", 1))).isEqualTo(2.0);
    }

    @Test
    void formulasComputeWithPrecedenceFunctionsAndNulls() {
        Formula share = Formula.parse("100 × ONLINE / coalesce(TOTAL, 1)");
        assertThat(share.elements()).containsExactly("ONLINE", "TOTAL");
        assertThat(share.evaluate(values("ONLINE", 80, "TOTAL", 200))).isEqualTo(40.0);
        assertThat(share.evaluate(values("ONLINE", 80))).isEqualTo(8000.0);
        assertThat(Formula.parse("2 + 3 * 4 - -1").evaluate(Map.of())).isEqualTo(15.0);
        assertThat(Formula.parse("(2 + 3) ÷ 5 − 1").evaluate(Map.of())).isEqualTo(0.0);
        assertThat(Formula.parse("A / B").evaluate(values("A", 1, "B", 0))).isNull();
        assertThat(Formula.parse("A + B").evaluate(values("A", 1))).isNull();
        assertThat(Formula.parse("if(A >= 90, 1, 0)").evaluate(values("A", 90))).isEqualTo(1.0);
        assertThat(Formula.parse("min(A, B, 100)").evaluate(values("A", 120, "B", 130))).isEqualTo(100.0);
        assertThat(Formula.parse("max(A, 0)").evaluate(values("A", -3))).isEqualTo(0.0);
    }

    @Test
    void formulaErrorsSayWhere() {
        assertThat(catchThrowableOfType(FormulaException.class, () -> Formula.parse("100 * (A / B")).position()).isEqualTo(13);
        FormulaException unknown = catchThrowableOfType(FormulaException.class, () -> Formula.parse("avg(A)"));
        assertThat(unknown.position()).isEqualTo(1);
        assertThat(unknown.getMessage()).contains("unknown function 'avg'");
        assertThat(catchThrowableOfType(FormulaException.class, () -> Formula.parse("A + * B")).position()).isEqualTo(5);
        assertThat(catchThrowableOfType(FormulaException.class, () -> Formula.parse("A B")).position()).isEqualTo(3);
        assertThat(catchThrowableOfType(FormulaException.class, () -> Formula.parse("if(A, 1)")).getMessage())
                .contains("3 arguments");
        assertThat(catchThrowableOfType(FormulaException.class, () -> Formula.parse("A +")).getMessage()).contains("ends");
    }

    @Test
    void aggregationOverTheTreeOnHandComputedExamples() {
        // three communes: online dossiers share 50% of 100, 80% of 400, 20% of 500
        List<Value> shares = List.of(new Value(50.0, 100, 0), new Value(80.0, 400, 0), new Value(20.0, 500, 0));
        assertThat(Aggregation.SUM.combine(shares)).isEqualTo(150.0);
        assertThat(Aggregation.AVERAGE.combine(shares)).isEqualTo(50.0);
        // weighted by their denominators: (50 + 320 + 100) / 1000 = 47%
        assertThat(Aggregation.WEIGHTED_AVERAGE.combine(shares)).isCloseTo(47.0, within(1e-9));
        assertThat(Aggregation.MIN.combine(shares)).isEqualTo(20.0);
        assertThat(Aggregation.MAX.combine(shares)).isEqualTo(80.0);
        // over time: the last period's value, whatever the order given
        List<Value> quarters = List.of(new Value(30.0, 1, 3), new Value(45.0, 1, 4), new Value(10.0, 1, 1));
        assertThat(Aggregation.LAST.combine(quarters)).isEqualTo(45.0);
        assertThat(Aggregation.SUM.combine(quarters)).isEqualTo(85.0);
        // a missing value is left out, not counted as zero
        assertThat(Aggregation.AVERAGE.combine(List.of(Value.of(10), new Value(null, 1, 0)))).isEqualTo(10.0);
        assertThat(Aggregation.SUM.combine(List.of(new Value(null, 1, 0)))).isNull();
    }

    @Test
    void forecastOfAnExactLineHasANarrowIntervalAndNoisySeriesAWideOne() {
        List<Forecast.Point> line = List.of(new Forecast.Point(0, 10), new Forecast.Point(1, 20), new Forecast.Point(2, 30),
                new Forecast.Point(3, 40));
        Forecast.Result exact = Forecast.at(line, 6);
        assertThat(exact.value()).isCloseTo(70, within(1e-9));
        assertThat(exact.high() - exact.low()).isCloseTo(0, within(1e-9));
        List<Forecast.Point> noisy = List.of(new Forecast.Point(0, 10), new Forecast.Point(1, 25), new Forecast.Point(2, 26),
                new Forecast.Point(3, 41));
        Forecast.Result wide = Forecast.at(noisy, 6);
        // by hand: average step (41 − 10) / 3 = 10.333, so 41 + 3 × 10.333 = 72; steps 15, 1, 15 miss it by 4.667,
        // −9.333, 4.667: variance 130.67 / 2 = 65.33 a step; at 3 steps ahead 65.33 × 3 + 65.33 / 3 × 9 = 392,
        // and the margin is t(2) × √392 = 4.303 × 19.80 = 85.2
        assertThat(wide.value()).isCloseTo(72, within(1e-9));
        assertThat(wide.high() - wide.value()).isCloseTo(4.303 * Math.sqrt(392), within(1e-6));
        assertThat(wide.low()).as("a series that never went down is not forecast below its latest value").isEqualTo(41);
        assertThat(Forecast.at(line.subList(0, 2), 6)).isNull();
    }

    @Test
    void aRisingCumulativeSeriesIsNeverForecastBelowWhereItStands() {
        // flat, then a jump: a least-squares line through all five points gives 26 at t = 5, under today's 30
        List<Forecast.Point> rising = List.of(new Forecast.Point(0, 10), new Forecast.Point(1, 10), new Forecast.Point(2, 10),
                new Forecast.Point(3, 10), new Forecast.Point(4, 30));
        Forecast.Result ahead = Forecast.at(rising, 5);
        assertThat(ahead.value()).isCloseTo(35, within(1e-9));
        assertThat(ahead.low()).isLessThanOrEqualTo(30).isGreaterThanOrEqualTo(30);
        assertThat(ahead.high()).isGreaterThan(35);
        // the interval widens with the horizon: fourteen steps ahead is far wider than one
        Forecast.Result far = Forecast.at(rising, 18);
        assertThat(far.high() - far.value()).isGreaterThan(3 * (ahead.high() - ahead.value()));
        // irregular spacing and order do not matter
        assertThat(Forecast.at(List.of(rising.get(4), rising.get(0), rising.get(2)), 5).value()).isCloseTo(35, within(1e-9));
    }

    @Test
    void statusFollowsTheStatedRule() {
        Forecast.Result sure = new Forecast.Result(95, 91, 99, 5, 6);
        Forecast.Result maybe = new Forecast.Result(88, 80, 96, 5, 6);
        Forecast.Result never = new Forecast.Result(70, 60, 80, 1, 6);
        TargetStatus.Polarity up = TargetStatus.Polarity.HIGHER_IS_BETTER;
        assertThat(TargetStatus.of(up, 90, sure, 40, 85.0, 80)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetStatus.of(up, 90, maybe, 40, 85.0, 80)).isEqualTo(TargetStatus.AT_RISK);
        assertThat(TargetStatus.of(up, 90, never, 40, 85.0, 80)).isEqualTo(TargetStatus.OFF_TRACK);
        // without a forecast: 5 points behind a 50-point journey is within 10%
        assertThat(TargetStatus.of(up, 90, null, 40, 75.0, 80)).isEqualTo(TargetStatus.AT_RISK);
        assertThat(TargetStatus.of(up, 90, null, 40, 70.0, 80)).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(TargetStatus.of(up, 90, null, 40, 81.0, 80)).isEqualTo(TargetStatus.ON_TRACK);
        // lower is better: a forecast of 4–6 misses a target of 3
        assertThat(TargetStatus.of(TargetStatus.Polarity.LOWER_IS_BETTER, 3, new Forecast.Result(5, 4, 6, -1, 5), 10, 6.0, 5))
                .isEqualTo(TargetStatus.OFF_TRACK);
    }
}
