package vn.steerboard.indicator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import vn.steerboard.indicator.CatalogueRecords.DataSetRecord;
import vn.steerboard.indicator.CatalogueRecords.ElementRecord;
import vn.steerboard.indicator.CatalogueRecords.IndicatorRecord;
import vn.steerboard.indicator.CatalogueRecords.RuleRecord;

/** The SQL of a catalogue imported whole: batches of rows, values always bound. */
@Repository
public class CatalogueImportStore {

    private final NamedParameterJdbcTemplate jdbc;

    CatalogueImportStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertDataSets(List<DataSetRecord> sets) {
        batch("""
                INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days, description)
                VALUES (:code, :nameVi, :nameEn, :periodType, :deadlineDays, :description)""",
                sets.stream().map(s -> named(s.code(), s.nameVi(), s.nameEn()).addValue("periodType", s.periodType().name())
                        .addValue("deadlineDays", s.deadlineDays()).addValue("description", s.description())).toList());
    }

    public void insertElements(List<ElementRecord> elements) {
        batch("""
                INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation, time_aggregation,
                       weight_element) VALUES (:code, :set, :nameVi, :nameEn, :type, :tree, :time, :weight)""",
                elements.stream().map(e -> named(e.code(), e.nameVi(), e.nameEn()).addValue("set", e.dataSetCode())
                        .addValue("type", e.valueType().name()).addValue("tree", e.treeAggregation().name())
                        .addValue("time", e.timeAggregation().name()).addValue("weight", e.weightElement())).toList());
    }

    public void insertRules(List<RuleRecord> rules) {
        batch("""
                INSERT INTO validation_rule (code, data_set_code, name_vi, name_en, left_side, operator, right_side, importance)
                VALUES (:code, :set, :nameVi, :nameEn, :left, :operator, :right, :importance)""",
                rules.stream().map(r -> named(r.code(), r.nameVi(), r.nameEn()).addValue("set", r.dataSetCode())
                        .addValue("left", r.left()).addValue("operator", r.operator()).addValue("right", r.right())
                        .addValue("importance", r.importance().name())).toList());
    }

    /** Indicators numbered 1, 2, ... in the order given. */
    public void insertIndicators(List<IndicatorRecord> indicators) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (IndicatorRecord i : indicators) {
            rows.add(named(i.code(), i.nameVi(), i.nameEn()).addValue("formula", i.formula())
                    .addValue("polarity", i.polarity().name()).addValue("unitLabel", i.unitLabel())
                    .addValue("decimals", i.decimals()).addValue("source", i.source())
                    .addValue("description", i.description()).addValue("order", rows.size() + 1));
        }
        batch("""
                INSERT INTO indicator (code, name_vi, name_en, formula, polarity, unit_label, decimals, source, description, sort_order)
                VALUES (:code, :nameVi, :nameEn, :formula, :polarity, :unitLabel, :decimals, :source, :description, :order)""",
                rows);
    }

    public void insertCompositeWeights(Map<String, Double> weights) {
        batch("""
                INSERT INTO composite_component (indicator_code, weight) VALUES (:indicator, :weight)""",
                weights.entrySet().stream().map(w -> (SqlParameterSource) new MapSqlParameterSource("indicator", w.getKey())
                        .addValue("weight", w.getValue())).toList());
    }

    private static MapSqlParameterSource named(String code, String nameVi, String nameEn) {
        return new MapSqlParameterSource("code", code).addValue("nameVi", nameVi).addValue("nameEn", nameEn);
    }

    private void batch(String sql, List<? extends SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }
}
