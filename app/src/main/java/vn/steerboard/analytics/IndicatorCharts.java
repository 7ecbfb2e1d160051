package vn.steerboard.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ECharts options for indicator charts, built on the server so every page draws them the same way. */
public final class IndicatorCharts {

    private IndicatorCharts() {
    }

    /** The ECharts option: values, planned trajectory and the forecast interval at the deadline. */
    public static Map<String, Object> trajectory(IndicatorProgress p, boolean english) {
        List<List<Object>> values = new ArrayList<>();
        p.series().forEach(v -> values.add(List.of(v.end().toString(), Math.round(v.value() * 10) / 10.0)));
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(Map.of("name", english ? "Value" : "Giá trị", "type", "line", "data", values, "showSymbol", false));
        if (p.target() != null) {
            List<List<Object>> trajectory = new ArrayList<>();
            trajectory.add(List.of(p.target().baselineDate().toString(), p.target().baselineValue()));
            p.target().milestones().forEach(m -> trajectory.add(List.of(m.date().toString(), m.value())));
            trajectory.add(List.of(p.target().deadline().toString(), p.target().targetValue()));
            series.add(Map.of("name", english ? "Planned trajectory" : "Lộ trình kế hoạch", "type", "line", "data", trajectory,
                    "lineStyle", Map.of("type", "dashed")));
            if (p.forecast() != null && p.currentPeriodEnd() != null) {
                String from = p.currentPeriodEnd().toString();
                String to = p.target().deadline().toString();
                series.add(Map.of("name", english ? "Forecast" : "Dự báo", "type", "line", "data",
                        List.of(List.of(from, p.current()), List.of(to, round(p.forecast().value()))), "lineStyle", Map.of("type", "dotted")));
                series.add(Map.of("name", english ? "Forecast low" : "Dự báo thấp", "type", "line", "data",
                        List.of(List.of(from, p.current()), List.of(to, round(p.forecast().low()))), "lineStyle", Map.of("opacity", 0.4)));
                series.add(Map.of("name", english ? "Forecast high" : "Dự báo cao", "type", "line", "data",
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
