package vn.steerboard.assessment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.assessment.AgencyAssessmentAppraised;
import vn.steerboard.assessment.AgencyStatus;
import vn.steerboard.assessment.FrameworkLibrary;
import vn.steerboard.submission.SystemValues;

/**
 * MOST's appraisal of an agency's DTI becomes the agency's DTI points for the year as a system-sourced indicator value
 * (appraised, and self-assessed beside it): recorded once the appraisal (or an adjustment of a concluded one) has
 * committed, in a transaction of its own, before the answer returns. An adjustment supersedes the value; the roll-ups
 * move by the difference. Should the recording fail, the appraisal stands and the start of the next run records every
 * appraised DTI again (an unchanged value is left alone), so none is lost.
 */
@Component
@Order(51)
class AgencyIndicators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AgencyIndicators.class);

    private final SystemValues values;
    private final AssessmentIndicators catalogue;
    private final AgencyStore store;
    private final FrameworkLibrary frameworks;
    private final TransactionTemplate transactions;

    AgencyIndicators(SystemValues values, AssessmentIndicators catalogue, AgencyStore store, FrameworkLibrary frameworks,
            PlatformTransactionManager transactions) {
        this.values = values;
        this.catalogue = catalogue;
        this.store = store;
        this.frameworks = frameworks;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<SystemValues.Entry> entries = store.list(null, IndicatorCatalogueEntries.DTI_FRAMEWORK, null).stream()
                .filter(a -> a.status() == AgencyStatus.APPRAISED)
                .map(a -> entry(a.unitCode(), a.year(), points(a, a.selfTotal()), points(a, a.appraisedTotal())))
                .toList();
        record(entries);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgencyAssessmentAppraised appraised) {
        if (IndicatorCatalogueEntries.DTI_FRAMEWORK.equals(appraised.frameworkCode())) {
            record(List.of(entry(appraised.unitCode(), appraised.year(), appraised.selfPoints(), appraised.appraisedPoints())));
        }
    }

    private void record(List<SystemValues.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            catalogue.ensureCatalogue();
            transactions.executeWithoutResult(s -> values.record(AssessmentIndicators.SOURCE, entries));
        } catch (RuntimeException e) {
            log.warn("DTI points of {} agency assessment(s) not recorded as indicator values; recorded again at the next"
                    + " start", entries.size(), e);
        }
    }

    private Double points(AgencyStore.Row a, Double total) {
        return AgencyViews.points(frameworks.get(a.frameworkCode(), a.frameworkVersion()), total);
    }

    private static SystemValues.Entry entry(String unit, int year, Double self, Double appraised) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put(IndicatorCatalogueEntries.DTI_APPRAISED, appraised);
        if (self != null) {
            v.put(IndicatorCatalogueEntries.DTI_SELF, self);
        }
        return new SystemValues.Entry(IndicatorCatalogueEntries.DTI, unit, String.valueOf(year), v);
    }
}
