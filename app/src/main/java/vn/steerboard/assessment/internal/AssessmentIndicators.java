package vn.steerboard.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.assessment.AssessmentCompleted;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkLibrary;
import vn.steerboard.assessment.FrameworkLoaded;
import vn.steerboard.assessment.FrameworkSummary;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.indicator.CatalogueImport;
import vn.steerboard.indicator.Period;
import vn.steerboard.indicator.PeriodType;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.SystemValues;

/**
 * The assessments' figures as system-sourced indicator values ({@link SystemValues}), so the committee sees them like
 * any KPI with its target.
 *
 * <p><b>Enterprises</b>: per province and month, the enterprises assessed and at each level, as the national counts hold
 * them now (the latest version of each enterprise framework, the verified level where verified: the figures of the
 * national page). They are a snapshot of the counts, not a sum of events, so recording a province again is always
 * right: a reassessment that supersedes the earlier one moves the counts by the difference and the snapshot with them,
 * never twice. A completion (after its commit) marks its province; one recorder on the application's task executor
 * records the marked provinces in its own transaction, so a burst of completions costs one recording per province,
 * and the completions' own transactions never wait on the indicator roll-ups (which every province shares at the
 * nation's row). At start every province is recorded afresh, so a completion a stopped node had not yet recorded is
 * not lost.
 *
 * <p>The agencies' appraised DTI points and data-governance compliance are {@link AgencyIndicators}'.
 */
@Component
@Order(50)
public class AssessmentIndicators implements ApplicationRunner {

    public static final String SOURCE = "assessment";
    private static final Logger log = LoggerFactory.getLogger(AssessmentIndicators.class);

    private final SystemValues values;
    private final CatalogueImport catalogue;
    private final FrameworkLibrary frameworks;
    private final CountStore counts;
    private final Registry registry;
    private final VietnamTime time;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final Set<String> marked = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ReentrantLock recording = new ReentrantLock();
    private volatile boolean catalogued;

    AssessmentIndicators(SystemValues values, CatalogueImport catalogue, FrameworkLibrary frameworks, CountStore counts,
            Registry registry, VietnamTime time, PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.values = values;
        this.catalogue = catalogue;
        this.frameworks = frameworks;
        this.counts = counts;
        this.registry = registry;
        this.time = time;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        values.claim(IndicatorCatalogueEntries.ENTERPRISES, SOURCE);
        values.claim(IndicatorCatalogueEntries.DTI, SOURCE);
        values.claim(IndicatorCatalogueEntries.DATA_GOVERNANCE, SOURCE);
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureCatalogue();
        marked.addAll(provinces());
        recording.lock();
        try {
            drain();
        } finally {
            recording.unlock();
        }
    }

    /** A new version of an enterprise framework: the counts the values are taken from are now its own. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(FrameworkLoaded loaded) {
        if (frameworks.get(loaded.code(), loaded.version()).audience() == Framework.Audience.ENTERPRISE) {
            markAll();
        }
    }

    /** A completion, a supersession, a review's new level or a bulk import (no province: all of them) committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AssessmentCompleted completed) {
        if (completed.provinceCode() == null) {
            markAll();
        } else {
            marked.add(completed.provinceCode());
            startRecorder();
        }
    }

    /** A new month begins with the counts as they stand (every node; an unchanged key is left alone). */
    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void newDay() {
        markAll();
    }

    private void markAll() {
        marked.addAll(provinces());
        startRecorder();
    }

    /** One recorder at a time (the lock), on the task executor: it takes whatever is marked until nothing is. */
    private void startRecorder() {
        if (scheduled.compareAndSet(false, true)) {
            executor.execute(this::drainAndRelease);
        }
    }

    private void drainAndRelease() {
        boolean recorded = false;
        recording.lock();
        try {
            recorded = drain();
        } finally {
            recording.unlock();
            scheduled.set(false);
        }
        // a province marked after the last take, while this recorder was still on: it is recorded now
        if (recorded && !marked.isEmpty()) {
            startRecorder();
        }
    }

    /**
     * Records the marked provinces for the current month until none is marked, each round in its own transaction;
     * false when a round failed (its provinces stay marked for the next completion or start).
     */
    private boolean drain() {
        while (!marked.isEmpty()) {
            List<String> provinces = new ArrayList<>(marked);
            marked.removeAll(provinces);
            try {
                ensureCatalogue();
                String month = Period.containing(PeriodType.MONTHLY, time.today()).code();
                transactions.executeWithoutResult(s -> values.record(SOURCE, entries(provinces, month)));
            } catch (RuntimeException e) {
                marked.addAll(provinces);
                log.warn("Assessment counts of {} province(s) not recorded as indicator values; retried at the next"
                        + " completion or start", provinces.size(), e);
                return false;
            }
        }
        return true;
    }

    private List<SystemValues.Entry> entries(List<String> provinces, String month) {
        Map<String, Map<String, Long>> byProvince = new HashMap<>();
        Set<String> wanted = Set.copyOf(provinces);
        for (FrameworkSummary s : latestEnterpriseFrameworks()) {
            for (CountStore.CountRow r : counts.counts(s.code(), s.version())) {
                if (wanted.contains(r.province())) {
                    byProvince.computeIfAbsent(r.province(), k -> new HashMap<>()).merge(r.level(), r.n(), Long::sum);
                }
            }
        }
        List<SystemValues.Entry> entries = new ArrayList<>();
        for (String province : new java.util.TreeSet<>(provinces)) {
            Map<String, Long> levels = byProvince.getOrDefault(province, Map.of());
            Map<String, Double> v = new LinkedHashMap<>();
            v.put(IndicatorCatalogueEntries.ASSESSED, (double) levels.values().stream().mapToLong(Long::longValue).sum());
            IndicatorCatalogueEntries.LEVEL_ELEMENTS.forEach((level, element) ->
                    v.put(element, (double) levels.getOrDefault(level, 0L)));
            entries.add(new SystemValues.Entry(IndicatorCatalogueEntries.ENTERPRISES, province, month, v));
        }
        return entries;
    }

    /** The latest version of every enterprise framework (the national page's figures). */
    private List<FrameworkSummary> latestEnterpriseFrameworks() {
        return frameworks.list().stream().filter(s -> s.audience() == Framework.Audience.ENTERPRISE).toList();
    }

    private List<String> provinces() {
        return registry.all(OrgUnitType.PROVINCE, null).stream().map(OrgUnit::code).toList();
    }

    /** The data sets and indicators, added through the catalogue's import where they are missing (each data set's own). */
    void ensureCatalogue() {
        if (catalogued) {
            return;
        }
        synchronized (this) {
            if (catalogued) {
                return;
            }
            IndicatorCatalogueEntries.catalogues().forEach((dataSet, entries) -> {
                if (!catalogue.hasDataSet(dataSet)) {
                    catalogue.load(entries);
                }
            });
            catalogued = true;
        }
    }
}
