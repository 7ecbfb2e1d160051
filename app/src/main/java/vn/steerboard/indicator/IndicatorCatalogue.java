package vn.steerboard.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.steerboard.common.FiguresChangedElsewhere;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.UserMessage;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.indicator.internal.CatalogueStore;

/**
 * The definitions: data sets, their elements and rules, indicators, composite weights. Read on every request,
 * changed rarely, so they are held in memory and reloaded after each change.
 */
@Service
public class IndicatorCatalogue {

    private final CatalogueStore store;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private volatile Snapshot snapshot;
    /** Counts reloads, so that a load that raced with a change is not kept (see snapshot()). */
    private final AtomicLong generation = new AtomicLong();

    IndicatorCatalogue(CatalogueStore store, AccessPolicy access, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    private record Snapshot(Map<String, DataSetDefinition> dataSets, Map<String, ElementDefinition> elements,
            Map<String, IndicatorDefinition> indicators, Map<String, Double> compositeWeights) {
    }

    public List<DataSetDefinition> dataSets() {
        return List.copyOf(snapshot().dataSets().values());
    }

    public DataSetDefinition dataSet(String code) {
        return Optional.ofNullable(snapshot().dataSets().get(code))
                .orElseThrow(() -> new NotFoundException("Data set '" + code + "' does not exist")
                        .because("problem.dataSet.notFound", code));
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
                .orElseThrow(() -> new NotFoundException("Indicator '" + code + "' does not exist")
                        .because("problem.indicator.notFound", code));
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
            throw new InvalidParameterException("code", code, "upper-case letters, digits and _ (2-40), starting with a letter")
                    .because("reason.indicator.code");
        }
        if (nameVi == null || nameVi.isBlank()) {
            throw new InvalidParameterException("nameVi", nameVi, "a Vietnamese name").because("reason.indicator.nameVi");
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
            throw new InvalidParameterException("formula", formulaText, "a valid formula: " + e.getMessage())
                    .because(e.userMessage().key(), e.userMessage().args().toArray());
        }
        periodTypeOf(formula, snapshot().elements());
        boolean exists = snapshot().indicators().containsKey(code);
        store.save(new CatalogueStore.IndicatorRow(code, nameVi.strip(), nameEn == null ? nameVi.strip() : nameEn.strip(),
                formula, polarity, unitLabel, decimals, source, description), exists);
        audit.record(new AuditEvent(exists ? "INDICATOR_CHANGED" : "INDICATOR_DEFINED", "INDICATOR", code, null, null,
                Map.of("formula", formula.text(), "polarity", polarity.name()), nameVi));
        changed("indicator " + code);
        return indicator(code);
    }

    /** Forget the cached definitions; the next read loads them again. */
    public void reload() {
        generation.incrementAndGet();
        snapshot = null;
    }

    /**
     * A change of the definitions in the current transaction: forgotten here at once (the transaction reads its own
     * change), again after the commit (a read by another request meanwhile may have loaded the old ones), and on every
     * other node through {@link CatalogueChanged}.
     */
    void changed(String reason) {
        reload();
        events.publishEvent(new CatalogueChanged(reason));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(CatalogueChanged change) {
        reload();
    }

    /** Another node changed the catalogue (or this node's listener came back and every area is refreshed). */
    @EventListener
    void changedElsewhere(FiguresChangedElsewhere change) {
        if (CatalogueChanged.AREA.equals(change.area()) && change.unitCode() == null) {
            reload();
        }
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            long loading = generation.get();
            current = load();
            // a reload while loading: the definitions read may be older than the change, use them once, keep none
            if (generation.get() == loading) {
                snapshot = current;
            }
        }
        return current;
    }

    private Snapshot load() {
        Map<String, ElementDefinition> elements = new LinkedHashMap<>();
        List<ElementDefinition> elementRows = store.elements();
        elementRows.forEach(e -> elements.put(e.code(), e));
        Map<String, List<ElementDefinition>> elementsBySet = CatalogueStore.bySet(elementRows, ElementDefinition::dataSetCode);
        Map<String, List<ValidationRule>> rulesBySet = CatalogueStore.bySet(store.rules(), ValidationRule::dataSetCode);
        Map<String, DataSetDefinition> dataSets = new LinkedHashMap<>();
        for (CatalogueStore.DataSetRow set : store.dataSets()) {
            dataSets.put(set.code(), new DataSetDefinition(set.code(), set.nameVi(), set.nameEn(), set.periodType(),
                    set.deadlineDays(), set.description(), List.copyOf(elementsBySet.getOrDefault(set.code(), List.of())),
                    List.copyOf(rulesBySet.getOrDefault(set.code(), List.of()))));
        }
        Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();
        for (CatalogueStore.IndicatorRow row : store.indicators()) {
            // an indicator is reported in the period type of its elements' data set
            PeriodType type = row.formula().elements().stream().map(elements::get).filter(e -> e != null)
                    .map(e -> dataSets.get(e.dataSetCode()).periodType()).findFirst().orElse(PeriodType.YEARLY);
            indicators.put(row.code(), new IndicatorDefinition(row.code(), row.nameVi(), row.nameEn(), row.formula(),
                    row.polarity(), row.unitLabel(), row.decimals(), row.source(), row.description(), type));
        }
        return new Snapshot(dataSets, elements, indicators, store.compositeWeights());
    }

    private PeriodType periodTypeOf(Formula formula, Map<String, ElementDefinition> elements) {
        PeriodType type = null;
        for (String name : formula.elements()) {
            ElementDefinition element = elements.get(name);
            if (element == null) {
                throw new InvalidParameterException("formula", formula.text(), "only known data elements; '" + name + "' is not one")
                        .because("reason.formula.unknownElement", name);
            }
            PeriodType elementType = dataSet(element.dataSetCode()).periodType();
            if (type != null && type != elementType) {
                throw new InvalidParameterException("formula", formula.text(),
                        "elements reported in the same kind of period; '" + name + "' is " + elementType + ", others " + type)
                        .because("reason.formula.periods", name, UserMessage.of("periodType." + elementType),
                                UserMessage.of("periodType." + type));
            }
            type = elementType;
        }
        if (type == null) {
            throw new InvalidParameterException("formula", formula.text(), "at least one data element")
                    .because("reason.formula.noElement");
        }
        return type;
    }
}
