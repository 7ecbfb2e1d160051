package vn.steerboard.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * ECharts options for indicator charts, built on the server so every page draws them the same way: the values,
 * the planned trajectory, the target as a line, and the forecast to the deadline as a shaded 95% band (see
 * {@link vn.steerboard.indicator.Forecast} for the method). Axis dates are written dd/mm/yyyy-style, not in
 * the browser's language.
 */
public final class IndicatorCharts {

    /** The band is drawn as its lower edge plus a stacked, filled width; the edge itself stays invisible. */
    private static final String BAND = "band";

    private IndicatorCharts() {
    }

    /** The ECharts option; {@code text} gives the series names from the message bundles, in the reader's language. */
    public static Map<String, Object> trajectory(IndicatorProgress p, Function<String, String> text) {
        List<List<Object>> values = new ArrayList<>();
        p.series().forEach(v -> values.add(List.of(v.end().toString(), round(v.value()))));
        List<Map<String, Object>> series = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        series.add(line(text.apply("chart.value"), values, Map.of("width", 2)));
        legend.add(text.apply("chart.value"));
        if (p.target() != null) {
            List<List<Object>> trajectory = new ArrayList<>();
            trajectory.add(List.of(p.target().baselineDate().toString(), p.target().baselineValue()));
            p.target().milestones().forEach(m -> trajectory.add(List.of(m.date().toString(), m.value())));
            trajectory.add(List.of(p.target().deadline().toString(), p.target().targetValue()));
            series.add(line(text.apply("chart.trajectory"), trajectory, Map.of("type", "dashed")));
            legend.add(text.apply("chart.trajectory"));
            series.add(targetLine(text.apply("chart.target"), p.target().baselineDate().toString(),
                    p.target().deadline().toString(), p.target().targetValue()));
            legend.add(text.apply("chart.target"));
            if (p.forecast() != null && p.currentPeriodEnd() != null) {
                addForecast(p, text, series, legend);
            }
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0, "type", "scroll", "data", legend));
        option.put("grid", Map.of("left", 56, "right", 24, "top", 48, "bottom", 32));
        option.put("xAxis", Map.of("type", "time", "axisLabel", Map.of("formatter", "{MM}/{yyyy}", "hideOverlap", true)));
        option.put("yAxis", Map.of("type", "value", "name", p.unitLabel() == null ? "" : p.unitLabel(), "scale", true));
        option.put("series", series);
        return option;
    }

    private static void addForecast(IndicatorProgress p, Function<String, String> text, List<Map<String, Object>> series,
            List<String> legend) {
        String from = p.currentPeriodEnd().toString();
        String to = p.target().deadline().toString();
        double now = p.current();
        series.add(line(text.apply("chart.forecast"), List.of(List.of(from, now), List.of(to, round(p.forecast().value()))),
                Map.of("type", "dotted")));
        legend.add(text.apply("chart.forecast"));
        Map<String, Object> lower = new LinkedHashMap<>(line(text.apply("chart.forecastLow"),
                List.of(List.of(from, now), List.of(to, round(p.forecast().low()))), Map.of("opacity", 0)));
        lower.put("stack", BAND);
        lower.put("tooltip", Map.of("show", true));
        Map<String, Object> width = new LinkedHashMap<>(line(text.apply("chart.forecastHigh"),
                List.of(List.of(from, 0), List.of(to, round(p.forecast().high() - p.forecast().low()))), Map.of("opacity", 0)));
        width.put("stack", BAND);
        width.put("areaStyle", Map.of("opacity", 0.18));
        width.put("tooltip", Map.of("show", false));
        series.add(lower);
        series.add(width);
    }

    private static Map<String, Object> line(String name, List<List<Object>> data, Map<String, Object> lineStyle) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("type", "line");
        series.put("data", data);
        series.put("showSymbol", false);
        series.put("lineStyle", lineStyle);
        return series;
    }

    private static Map<String, Object> targetLine(String name, String from, String to, double target) {
        Map<String, Object> series = line(name, List.of(List.of(from, target), List.of(to, target)),
                Map.of("type", "solid", "width", 1));
        series.put("symbol", "none");
        return series;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
