package vn.steerboard.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.identity.AccessPolicy;

/**
 * The definitions: data sets, their elements and rules, indicators, composite weights. Read on every request,
 * changed rarely, so they are held in memory and reloaded after each change.
 */
@Service
public class IndicatorCatalogue {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private volatile Snapshot snapshot;

    IndicatorCatalogue(JdbcClient jdbc, AccessPolicy access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    private record Snapshot(Map<String, DataSetDefinition> dataSets, Map<String, ElementDefinition> elements,
            Map<String, IndicatorDefinition> indicators, Map<String, Double> compositeWeights) {
    }

    public List<DataSetDefinition> dataSets() {
        return List.copyOf(snapshot().dataSets().values());
    }

    public DataSetDefinition dataSet(String code) {
        return Optional.ofNullable(snapshot().dataSets().get(code))
                .orElseThrow(() -> new NotFoundException("Data set '" + code + "' does not exist"));
    }

    public Optional<ElementDefinition> element(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().elements().get(code));
    }

    public Map<String, ElementDefinition> elements() {
        return snapshot().elements();
    }

    /** Indicators in their published order. */
    public List<IndicatorDefinition> indicators() {
        return List.copyOf(snapshot().indicators().values());
    }

    public IndicatorDefinition indicator(String code) {
        return Optional.ofNullable(snapshot().indicators().get(code))
                .orElseThrow(() -> new NotFoundException("Indicator '" + code + "' does not exist"));
    }

    /** The composite index: indicator code to weight, weights as published. */
    public Map<String, Double> compositeWeights() {
        return snapshot().compositeWeights();
    }

    /** A new or changed indicator; the formula must parse and name only known elements of one period type. */
    @Transactional
    public IndicatorDefinition defineIndicator(String code, String nameVi, String nameEn, String formulaText,
            TargetStatus.Polarity polarity, String unitLabel, int decimals, String source, String description) {
        access.requireAdmin("INDICATOR", code);
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new InvalidParameterException("code", code, "upper-case letters, digits and _ (2-40), starting with a letter");
        }
        if (nameVi == null || nameVi.isBlank()) {
            throw new InvalidParameterException("nameVi", nameVi, "a Vietnamese name");
        }
        vn.steerboard.common.EdgeText.atMost("nameVi", nameVi.strip(), 300);
        vn.steerboard.common.EdgeText.atMost("nameEn", nameEn == null ? null : nameEn.strip(), 300);
        vn.steerboard.common.EdgeText.atMost("formula", formulaText, 1000);
        vn.steerboard.common.EdgeText.atMost("unitLabel", unitLabel, 20);
        vn.steerboard.common.EdgeText.atMost("source", source, 1000);
        vn.steerboard.common.EdgeText.atMost("description", description, 2000);
        Formula formula;
        try {
            formula = Formula.parse(formulaText);
        } catch (FormulaException e) {
            throw new InvalidParameterException("formula", formulaText, "a valid formula: " + e.getMessage());
        }
        periodTypeOf(formula, snapshot().elements());
        boolean exists = snapshot().indicators().containsKey(code);
        if (exists) {
            jdbc.sql("""
                    UPDATE indicator SET name_vi = ?, name_en = ?, formula = ?, polarity = ?, unit_label = ?, decimals = ?,
                           source = ?, description = ? WHERE code = ?""")
                    .params(nameVi.strip(), nameEn == null ? nameVi.strip() : nameEn.strip(), formula.text(), polarity.name(),
                            unitLabel, decimals, source, description, code).update();
        } else {
            jdbc.sql("""
                    INSERT INTO indicator (code, name_vi, name_en, formula, polarity, unit_label, decimals, source, description, sort_order)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM indicator))""")
                    .params(code, nameVi.strip(), nameEn == null ? nameVi.strip() : nameEn.strip(), formula.text(),
                            polarity.name(), unitLabel, decimals, source, description).update();
        }
        audit.record(new AuditEvent(exists ? "INDICATOR_CHANGED" : "INDICATOR_DEFINED", "INDICATOR", code, null, null,
                Map.of("formula", formula.text(), "polarity", polarity.name()), nameVi));
        reload();
        return indicator(code);
    }

    /** Forget the cached definitions; the next read loads them again. */
    public void reload() {
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        Map<String, List<ElementDefinition>> elementsBySet = new LinkedHashMap<>();
        Map<String, ElementDefinition> elements = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM data_element ORDER BY data_set_code, code").query(rs -> {
            ElementDefinition element = new ElementDefinition(rs.getString("code"), rs.getString("data_set_code"),
                    rs.getString("name_vi"), rs.getString("name_en"), ValueType.valueOf(rs.getString("value_type")),
                    Aggregation.valueOf(rs.getString("tree_aggregation")), TimeAggregation.valueOf(rs.getString("time_aggregation")),
                    rs.getString("weight_element"), rs.getString("description"));
            elements.put(element.code(), element);
            elementsBySet.computeIfAbsent(element.dataSetCode(), k -> new ArrayList<>()).add(element);
        });
        Map<String, List<ValidationRule>> rulesBySet = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM validation_rule ORDER BY code").query(rs -> {
            ValidationRule rule = new ValidationRule(rs.getString("code"), rs.getString("data_set_code"), rs.getString("name_vi"),
                    rs.getString("name_en"), Formula.parse(rs.getString("left_side")), rs.getString("operator"),
                    Formula.parse(rs.getString("right_side")), ValidationRule.Importance.valueOf(rs.getString("importance")));
            rulesBySet.computeIfAbsent(rule.dataSetCode(), k -> new ArrayList<>()).add(rule);
        });
        Map<String, DataSetDefinition> dataSets = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM data_set ORDER BY code").query(rs -> {
            String code = rs.getString("code");
            dataSets.put(code, new DataSetDefinition(code, rs.getString("name_vi"), rs.getString("name_en"),
                    PeriodType.valueOf(rs.getString("period_type")), rs.getInt("deadline_days"), rs.getString("description"),
                    List.copyOf(elementsBySet.getOrDefault(code, List.of())), List.copyOf(rulesBySet.getOrDefault(code, List.of()))));
        });
        Map<String, PeriodType> setTypes = new LinkedHashMap<>();
        dataSets.values().forEach(set -> setTypes.put(set.code(), set.periodType()));
        Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM indicator ORDER BY sort_order, code").query(rs -> {
            Formula formula = Formula.parse(rs.getString("formula"));
            PeriodType type = formula.elements().stream().map(elements::get).filter(e -> e != null)
                    .map(e -> setTypes.get(e.dataSetCode())).findFirst().orElse(PeriodType.YEARLY);
            indicators.put(rs.getString("code"), new IndicatorDefinition(rs.getString("code"), rs.getString("name_vi"),
                    rs.getString("name_en"), formula, TargetStatus.Polarity.valueOf(rs.getString("polarity")),
                    rs.getString("unit_label"), rs.getInt("decimals"), rs.getString("source"), rs.getString("description"), type));
        });
        Map<String, Double> weights = new LinkedHashMap<>();
        jdbc.sql("SELECT indicator_code, weight FROM composite_component ORDER BY indicator_code")
                .query(rs -> {
                    weights.put(rs.getString(1), rs.getDouble(2));
                });
        return new Snapshot(dataSets, elements, indicators, weights);
    }

    private PeriodType periodTypeOf(Formula formula, Map<String, ElementDefinition> elements) {
        PeriodType type = null;
        for (String name : formula.elements()) {
            ElementDefinition element = elements.get(name);
            if (element == null) {
                throw new InvalidParameterException("formula", formula.text(), "only known data elements; '" + name + "' is not one");
            }
            PeriodType elementType = dataSet(element.dataSetCode()).periodType();
            if (type != null && type != elementType) {
                throw new InvalidParameterException("formula", formula.text(),
                        "elements reported in the same kind of period; '" + name + "' is " + elementType + ", others " + type);
            }
            type = elementType;
        }
        if (type == null) {
            throw new InvalidParameterException("formula", formula.text(), "at least one data element");
        }
        return type;
    }
}
