package vn.steerboard.indicator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.indicator.CatalogueRecords.Catalogue;
import vn.steerboard.indicator.CatalogueRecords.TargetRecord;
import vn.steerboard.indicator.internal.CatalogueImportStore;
import vn.steerboard.indicator.internal.TargetStore;

/**
 * A whole catalogue brought in at once (the demo, a first installation): data sets, elements, rules, indicators in
 * their published order, targets with their milestones and the composite's weights. Every formula must parse; all
 * or nothing. Not reachable from the web; an ADMIN's changes go through {@link IndicatorCatalogue} and
 * {@link Targets}.
 */
@Service
public class CatalogueImport {

    private final CatalogueImportStore store;
    private final TargetStore targets;
    private final IndicatorCatalogue catalogue;

    CatalogueImport(CatalogueImportStore store, TargetStore targets, IndicatorCatalogue catalogue) {
        this.store = store;
        this.targets = targets;
        this.catalogue = catalogue;
    }

    public boolean hasDataSet(String code) {
        return catalogue.dataSets().stream().anyMatch(set -> set.code().equals(code));
    }

    @Transactional
    public void load(Catalogue records) {
        records.rules().forEach(rule -> {
            parse("rules." + rule.code() + ".left", rule.left());
            parse("rules." + rule.code() + ".right", rule.right());
        });
        records.indicators().forEach(indicator -> parse("indicators." + indicator.code(), indicator.formula()));
        store.insertDataSets(records.dataSets());
        store.insertElements(records.elements());
        store.insertRules(records.rules());
        store.insertIndicators(records.indicators());
        for (TargetRecord target : records.targets()) {
            targets.insert(target.indicatorCode(), target.unitCode(), new TargetStore.TargetValues(target.baselineValue(),
                    target.baselineDate(), target.targetValue(), target.deadline()));
            if (!target.milestones().isEmpty()) {
                targets.replaceMilestones(target.indicatorCode(), target.unitCode(), target.milestones());
            }
        }
        store.insertCompositeWeights(records.compositeWeights());
        catalogue.changed("catalogue loaded");
    }

    private static void parse(String field, String formula) {
        try {
            Formula.parse(formula);
        } catch (FormulaException e) {
            throw new InvalidParameterException(field, formula, "a valid formula: " + e.getMessage())
                    .because(e.userMessage().key(), e.userMessage().args().toArray());
        }
    }
}
