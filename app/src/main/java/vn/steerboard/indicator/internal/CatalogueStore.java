package vn.steerboard.indicator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.indicator.Aggregation;
import vn.steerboard.indicator.ElementDefinition;
import vn.steerboard.indicator.Formula;
import vn.steerboard.indicator.PeriodType;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.indicator.TimeAggregation;
import vn.steerboard.indicator.ValidationRule;
import vn.steerboard.indicator.ValueType;

/** The SQL of the catalogue: data sets, their elements and rules, indicators, and the composite's weights. */
@Component
public class CatalogueStore {

    private final JdbcClient jdbc;

    CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A data set's own row; its elements and rules are read apart. */
    public record DataSetRow(String code, String nameVi, String nameEn, PeriodType periodType, int deadlineDays,
            String description) {
    }

    /** An indicator's row as stored; its period type follows from its elements. */
    public record IndicatorRow(String code, String nameVi, String nameEn, Formula formula, TargetStatus.Polarity polarity,
            String unitLabel, int decimals, String source, String description) {
    }

    public List<ElementDefinition> elements() {
        return jdbc.sql("""
                SELECT code, data_set_code, name_vi, name_en, value_type, tree_aggregation, time_aggregation, weight_element,
                       description
                FROM data_element ORDER BY data_set_code, code""").query((rs, n) -> new ElementDefinition(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), ValueType.valueOf(rs.getString(5)),
                        Aggregation.valueOf(rs.getString(6)), TimeAggregation.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getString(9))).list();
    }

    public List<ValidationRule> rules() {
        return jdbc.sql("""
                SELECT code, data_set_code, name_vi, name_en, left_side, operator, right_side, importance
                FROM validation_rule ORDER BY code""").query((rs, n) -> new ValidationRule(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), Formula.parse(rs.getString(5)), rs.getString(6),
                        Formula.parse(rs.getString(7)), ValidationRule.Importance.valueOf(rs.getString(8)))).list();
    }

    public List<DataSetRow> dataSets() {
        return jdbc.sql("""
                SELECT code, name_vi, name_en, period_type, deadline_days, description FROM data_set ORDER BY code""")
                .query((rs, n) -> new DataSetRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        PeriodType.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6))).list();
    }

    public List<IndicatorRow> indicators() {
        return jdbc.sql("""
                SELECT code, name_vi, name_en, formula, polarity, unit_label, decimals, source, description
                FROM indicator ORDER BY sort_order, code""").query((rs, n) -> new IndicatorRow(rs.getString(1),
                        rs.getString(2), rs.getString(3), Formula.parse(rs.getString(4)),
                        TargetStatus.Polarity.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getString(8),
                        rs.getString(9))).list();
    }

    public Map<String, Double> compositeWeights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT indicator_code, weight FROM composite_component ORDER BY indicator_code""").query(rs -> {
                    weights.put(rs.getString(1), rs.getDouble(2));
                });
        return weights;
    }

    /** Defines the indicator, or changes it when it exists; a new one goes last in the order. */
    public void save(IndicatorRow row, boolean exists) {
        String sql = exists ? """
                UPDATE indicator SET name_vi = :nameVi, name_en = :nameEn, formula = :formula, polarity = :polarity,
                       unit_label = :unitLabel, decimals = :decimals, source = :source, description = :description
                WHERE code = :code""" : """
                INSERT INTO indicator (code, name_vi, name_en, formula, polarity, unit_label, decimals, source, description,
                       sort_order)
                VALUES (:code, :nameVi, :nameEn, :formula, :polarity, :unitLabel, :decimals, :source, :description,
                       (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM indicator))""";
        jdbc.sql(sql).param("code", row.code()).param("nameVi", row.nameVi()).param("nameEn", row.nameEn())
                .param("formula", row.formula().text()).param("polarity", row.polarity().name())
                .param("unitLabel", row.unitLabel()).param("decimals", row.decimals()).param("source", row.source())
                .param("description", row.description()).update();
    }

    /** Groups items by their data set's code, keeping their order. */
    public static <T> Map<String, List<T>> bySet(List<T> items, java.util.function.Function<T, String> setOf) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        items.forEach(item -> grouped.computeIfAbsent(setOf.apply(item), k -> new ArrayList<>()).add(item));
        return grouped;
    }
}
