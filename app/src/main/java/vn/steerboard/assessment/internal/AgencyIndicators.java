package vn.steerboard.assessment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * MOST's appraisal of an agency's review becomes the agency's value for the year as a system-sourced indicator value
 * (appraised, and self-assessed beside it): the DTI in its points (of 1,000), the data-governance compliance review in
 * per cent. Recorded once the appraisal (or an adjustment of a concluded one) has committed, from the stored
 * assessment, in a transaction of its own, before the answer returns. An adjustment supersedes the value; the
 * roll-ups move by the difference. Should the recording fail, the appraisal stands and the start of the next run
 * records every appraised review again (an unchanged value is left alone), so none is lost.
 */
@Component
@Order(51)
class AgencyIndicators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AgencyIndicators.class);

    /** What an appraised review of one framework records: its data set, its two elements, and in what measure. */
    private record Recorded(String dataSet, String appraised, String self, boolean inPoints) {}

    private static final Map<String, Recorded> BY_FRAMEWORK = Map.of(
            IndicatorCatalogueEntries.DTI_FRAMEWORK, new Recorded(IndicatorCatalogueEntries.DTI,
                    IndicatorCatalogueEntries.DTI_APPRAISED, IndicatorCatalogueEntries.DTI_SELF, true),
            IndicatorCatalogueEntries.DATA_GOVERNANCE_FRAMEWORK, new Recorded(IndicatorCatalogueEntries.DATA_GOVERNANCE,
                    IndicatorCatalogueEntries.DATA_GOVERNANCE_APPRAISED, IndicatorCatalogueEntries.DATA_GOVERNANCE_SELF,
                    false));

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
        for (String framework : BY_FRAMEWORK.keySet()) {
            record(store.list(null, framework, null).stream().map(this::entry).flatMap(Optional::stream).toList());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgencyAssessmentAppraised appraised) {
        if (BY_FRAMEWORK.containsKey(appraised.frameworkCode())) {
            record(store.list(appraised.unitCode(), appraised.frameworkCode(), appraised.year()).stream().map(this::entry)
                    .flatMap(Optional::stream).toList());
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
            log.warn("Appraised scores of {} agency assessment(s) not recorded as indicator values; recorded again at the"
                    + " next start", entries.size(), e);
        }
    }

    /** The value of an appraised review; none before MOST concludes. */
    private Optional<SystemValues.Entry> entry(AgencyStore.Row a) {
        Recorded r = BY_FRAMEWORK.get(a.frameworkCode());
        if (r == null || a.status() != AgencyStatus.APPRAISED || a.appraisedTotal() == null) {
            return Optional.empty();
        }
        Map<String, Double> v = new LinkedHashMap<>();
        v.put(r.appraised(), measure(a, a.appraisedTotal(), r));
        if (a.selfTotal() != null) {
            v.put(r.self(), measure(a, a.selfTotal(), r));
        }
        return Optional.of(new SystemValues.Entry(r.dataSet(), a.unitCode(), String.valueOf(a.year()), v));
    }

    private Double measure(AgencyStore.Row a, double total, Recorded r) {
        return r.inPoints() ? AgencyViews.points(frameworks.get(a.frameworkCode(), a.frameworkVersion()), total)
                : Results.round(total);
    }
}
