package vn.steerboard.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** ECharts options for indicator charts, built on the server so every page draws them the same way. */
public final class IndicatorCharts {

    private IndicatorCharts() {
    }

    /**
     * The ECharts option: values, planned trajectory and the forecast interval at the deadline. {@code text} gives the
     * series names from the message bundles, in the reader's language.
     */
    public static Map<String, Object> trajectory(IndicatorProgress p, Function<String, String> text) {
        List<List<Object>> values = new ArrayList<>();
        p.series().forEach(v -> values.add(List.of(v.end().toString(), Math.round(v.value() * 10) / 10.0)));
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(Map.of("name", text.apply("chart.value"), "type", "line", "data", values, "showSymbol", false));
        if (p.target() != null) {
            List<List<Object>> trajectory = new ArrayList<>();
            trajectory.add(List.of(p.target().baselineDate().toString(), p.target().baselineValue()));
            p.target().milestones().forEach(m -> trajectory.add(List.of(m.date().toString(), m.value())));
            trajectory.add(List.of(p.target().deadline().toString(), p.target().targetValue()));
            series.add(Map.of("name", text.apply("chart.trajectory"), "type", "line", "data", trajectory,
                    "lineStyle", Map.of("type", "dashed")));
            if (p.forecast() != null && p.currentPeriodEnd() != null) {
                String from = p.currentPeriodEnd().toString();
                String to = p.target().deadline().toString();
                series.add(Map.of("name", text.apply("chart.forecast"), "type", "line", "data",
                        List.of(List.of(from, p.current()), List.of(to, round(p.forecast().value()))), "lineStyle", Map.of("type", "dotted")));
                series.add(Map.of("name", text.apply("chart.forecastLow"), "type", "line", "data",
                        List.of(List.of(from, p.current()), List.of(to, round(p.forecast().low()))), "lineStyle", Map.of("opacity", 0.4)));
                series.add(Map.of("name", text.apply("chart.forecastHigh"), "type", "line", "data",
                        List.of(List.of(from, p.current()), List.of(to, round(p.forecast().high()))), "lineStyle", Map.of("opacity", 0.4)));
            }
        }
        Map<String, Object> option = Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("top", 0),
                "xAxis", Map.of("type", "time"), "yAxis", Map.of("type", "value", "name", p.unitLabel()), "series", series,
                "grid", Map.of("left", 50, "right", 20, "top", 40, "bottom", 30));
        return option;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
