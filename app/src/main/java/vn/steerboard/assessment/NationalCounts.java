package vn.steerboard.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.common.FiguresChanged;
import vn.steerboard.assessment.internal.AssessmentStore;
import vn.steerboard.assessment.internal.CountStore;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * National counts per level × province × industry × size, kept incrementally in the transaction of each completed,
 * superseded or re-levelled assessment (never recomputed per request); {@link #recount} recomputes them from the stored
 * assessments for the repair and the property test. The national figures are cached until the counts change.
 */
@Service
public class NationalCounts {

    private final CountStore counts;
    private final AssessmentStore assessments;
    private final Registry registry;
    private final FrameworkLibrary frameworks;
    private final ApplicationEventPublisher events;

    /** Frameworks are few; the bound only keeps a flood of unknown codes (each refused anyway) from growing it. */
    private static final int MAX_CACHED = 50;

    private final Map<String, NationalFigures> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private final TransactionTemplate readOnly;

    NationalCounts(CountStore counts, AssessmentStore assessments, Registry registry, FrameworkLibrary frameworks,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.counts = counts;
        this.assessments = assessments;
        this.registry = registry;
        this.frameworks = frameworks;
        this.events = events;
    }

    /**
     * Counts a completed assessment and uncounts the one it supersedes (marked superseded by the caller); must join the
     * completing transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void completed(Framework f, AssessmentStore.Row done, Map<String, Double> pillars, AssessmentStore.Row previous) {
        List<CountStore.Change> changes = new ArrayList<>();
        changes.add(new CountStore.Change(key(done), pillars, 1));
        if (previous != null) {
            changes.add(new CountStore.Change(key(previous), effective(previous), -1));
        }
        counts.apply(f.code(), f.version(), changes);
        events.publishEvent(new AssessmentCompleted(f.code(), f.version(), done.provinceCode(), done.industry(),
                done.sizeClass(), done.countedLevel(), false));
    }

    /** Moves a counted assessment from its former level and pillar scores to its verified ones. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void relevelled(Framework f, AssessmentStore.Row before, Map<String, Double> pillarsBefore, AssessmentStore.Row after,
            Map<String, Double> pillarsAfter) {
        counts.apply(f.code(), f.version(), List.of(new CountStore.Change(key(before), pillarsBefore, -1),
                new CountStore.Change(key(after), pillarsAfter, 1)));
        events.publishEvent(new AssessmentCompleted(f.code(), f.version(), after.provinceCode(), after.industry(),
                after.sizeClass(), after.countedLevel(), true));
    }

    /** The pillar scores the counts hold for an assessment: verified where verified. */
    public Map<String, Double> effective(AssessmentStore.Row a) {
        Map<String, Double> pillars = new LinkedHashMap<>();
        assessments.pillarScores(a.id()).forEach((p, s) -> pillars.put(p, s[1] != null ? s[1] : s[0]));
        return pillars;
    }

    private static CountStore.CountKey key(AssessmentStore.Row a) {
        return new CountStore.CountKey(a.countedLevel(), a.provinceCode(), a.industry(), a.sizeClass());
    }

    /** The incremental counts (non-zero keys), in key order. */
    @Transactional(readOnly = true)
    public List<CountStore.CountRow> counts(String code, int version) {
        return counts.counts(code, version);
    }

    /** The same counts recomputed from the stored assessments. */
    @Transactional(readOnly = true)
    public List<CountStore.CountRow> recount(String code, int version) {
        return counts.recount(code, version);
    }

    /** The province pillar sums the counts hold (cells with assessments), in province and pillar order. */
    @Transactional(readOnly = true)
    public List<CountStore.PillarCell> pillarSums(String code, int version) {
        return counts.pillarCells(code, version).stream().filter(c -> c.n() != 0).toList();
    }

    /** The same sums recomputed from the stored assessments' pillar scores. */
    @Transactional(readOnly = true)
    public List<CountStore.PillarCell> pillarRecount(String code, int version) {
        return counts.recountPillars(code, version);
    }

    /**
     * The national figures of a framework's latest version, from the cache while no count has changed since they were
     * computed. Every change of the counts publishes a {@code FiguresChanged} of area "assessments" (here, or heard
     * from another node); it clears the cache after its commit, as does a new framework version (a {@link FrameworkLoaded},
     * here or elsewhere). A computation that
     * saw a change begin is not kept, so a cached figure is never older than the last change.
     */
    public NationalFigures figures(String code) {
        NationalFigures cached = cache.get(code);
        if (cached != null) {
            return cached;
        }
        long generation = changes.get();
        NationalFigures fresh = readOnly.execute(s -> compute(code));
        if (changes.get() == generation && cache.size() < MAX_CACHED) {
            cache.put(code, fresh);
        }
        return fresh;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(FiguresChanged change) {
        if ("assessments".equals(change.area())) {
            forget();
        }
    }

    private void forget() {
        changes.incrementAndGet();
        cache.clear();
    }

    private NationalFigures compute(String code) {
        Framework f = frameworks.latest(code);
        List<CountStore.CountRow> rows = counts.counts(f.code(), f.version());
        Map<String, Long> byLevel = new HashMap<>();
        Map<String, Map<String, Long>> byProvince = new HashMap<>();
        long total = 0;
        for (CountStore.CountRow r : rows) {
            byLevel.merge(r.level(), r.n(), Long::sum);
            byProvince.computeIfAbsent(r.province(), k -> new HashMap<>()).merge(r.level(), r.n(), Long::sum);
            total += r.n();
        }
        List<NationalFigures.LevelCount> levels = new ArrayList<>();
        for (Framework.Level l : f.levels()) {
            levels.add(new NationalFigures.LevelCount(l.code(), l.nameVi(), l.nameEn(), byLevel.getOrDefault(l.code(), 0L),
                    NationalFigures.TARGETS_2030.get(l.code())));
        }
        levels.add(new NationalFigures.LevelCount(CountStore.NO_LEVEL, null, null, byLevel.getOrDefault(CountStore.NO_LEVEL, 0L), null));
        Map<String, Map<String, Double>> means = new HashMap<>();
        for (CountStore.PillarCell c : counts.pillarCells(f.code(), f.version())) {
            means.computeIfAbsent(c.province(), k -> new LinkedHashMap<>()).put(c.pillar(),
                    c.n() == 0 ? null : Math.round(c.sum() / c.n() * 10) / 10.0);
        }
        List<NationalFigures.ProvinceRow> provinces = new ArrayList<>();
        for (OrgUnit p : registry.all(OrgUnitType.PROVINCE, null)) {
            Map<String, Long> levelsOf = byProvince.getOrDefault(p.code(), Map.of());
            long n = levelsOf.values().stream().mapToLong(Long::longValue).sum();
            long high = levelsOf.getOrDefault("OPTIMIZING", 0L) + levelsOf.getOrDefault("ELITE", 0L);
            provinces.add(new NationalFigures.ProvinceRow(p.code(), p.nameVi(), p.nameEn(), n, levelsOf,
                    means.getOrDefault(p.code(), Map.of()), n == 0 ? null : Math.round(1000.0 * high / n) / 10.0));
        }
        return new NationalFigures(f.code(), f.version(), total, levels, provinces,
                f.pillars().stream().map(Framework.Pillar::code).toList());
    }
}
