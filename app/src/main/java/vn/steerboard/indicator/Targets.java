package vn.steerboard.indicator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.PreconditionRequiredException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.indicator.internal.TargetStore;
import vn.steerboard.registry.Registry;

/**
 * Targets (national, or broken down per unit), their milestones, and the human ratings an ADMIN sets beside the
 * computed status. Read on every scorecard, so held in memory and reloaded after a change.
 */
@Service
public class Targets {

    private final TargetStore store;
    private final IndicatorCatalogue catalogue;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private volatile Map<String, Map<String, TargetView>> byIndicatorAndUnit;
    private volatile Map<String, HumanRating> latestRatings;

    private final vn.steerboard.common.VietnamTime time;

    Targets(TargetStore store, IndicatorCatalogue catalogue, Registry registry, AccessPolicy access, AuditTrail audit,
            ApplicationEventPublisher events, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.store = store;
        this.catalogue = catalogue;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** The unit's own target, else its nearest ancestor's, else the nation's. */
    public Optional<TargetView> forUnit(String indicator, String unit) {
        Map<String, TargetView> targets = targets().getOrDefault(indicator, Map.of());
        List<String> chain = new ArrayList<>(Registry.NATION.equals(unit) ? List.of() : registry.lineage(unit));
        chain.add(Registry.NATION);
        for (String level : chain) {
            TargetView target = targets.get(level);
            if (target != null) {
                return Optional.of(level.equals(unit) ? target : target.inheritedBy(unit));
            }
        }
        return Optional.empty();
    }

    /**
     * Sets (or replaces) the target of an indicator for a unit, or the nation ("VN"). ADMIN only. Replacing the unit's
     * own target names the version it was shown ({@code expectedVersion}); a target changed meanwhile is refused (409).
     */
    @Transactional
    public TargetView set(String indicator, String unit, double baselineValue, LocalDate baselineDate, double targetValue,
            LocalDate deadline, List<TargetView.Milestone> milestones, Long expectedVersion) {
        access.requireAdmin("TARGET", indicator + "/" + unit);
        List<TargetView.Milestone> steps = milestones == null ? List.of() : milestones;
        TargetStore.TargetValues values = new TargetStore.TargetValues(baselineValue, baselineDate, targetValue, deadline);
        check(indicator, unit, values, steps);
        Optional<Long> existing = store.version(indicator, unit);
        if (existing.isPresent()) {
            replace(indicator, unit, values, existing.get(), expectedVersion);
        } else {
            store.insert(indicator, unit, values);
        }
        store.replaceMilestones(indicator, unit, steps);
        audit.record(new AuditEvent("TARGET_SET", "TARGET", indicator + "/" + unit, Registry.NATION.equals(unit) ? null : unit,
                null, Map.of("baseline", baselineValue, "target", targetValue, "deadline", deadline.toString()), null));
        byIndicatorAndUnit = null;
        events.publishEvent(new TargetChanged(indicator, Registry.NATION.equals(unit) ? null : unit));
        return forUnit(indicator, unit).orElseThrow();
    }

    private void check(String indicator, String unit, TargetStore.TargetValues values, List<TargetView.Milestone> milestones) {
        catalogue.indicator(indicator);
        if (!Registry.NATION.equals(unit) && !registry.exists(unit)) {
            throw new InvalidParameterException("unit", unit, "an organisation unit code, or VN for the nation")
                    .because("reason.target.unit");
        }
        LocalDate baselineDate = values.baselineDate();
        LocalDate deadline = values.deadline();
        if (baselineDate == null || deadline == null || !deadline.isAfter(baselineDate)) {
            throw new InvalidParameterException("deadline", deadline, "a date after the baseline date " + baselineDate)
                    .because("reason.target.deadline", baselineDate == null ? "—" : baselineDate);
        }
        for (TargetView.Milestone m : milestones) {
            if (!m.date().isAfter(baselineDate) || !m.date().isBefore(deadline)) {
                throw new InvalidParameterException("milestones", m.date(), "a date between the baseline and the deadline")
                        .because("reason.target.milestone", baselineDate, deadline);
            }
        }
        for (double value : new double[] {values.baselineValue(), values.targetValue()}) {
            if (ValueType.NUMBER.problem(value) != null) {
                throw InvalidParameterException.field(value == values.baselineValue() ? "baselineValue" : "targetValue", value,
                        ValueType.NUMBER.problem(value)).because(ValueType.NUMBER.problemKey(value));
            }
        }
    }

    /** Replacing the unit's own target names the version shown; a target changed meanwhile is refused (409). */
    private void replace(String indicator, String unit, TargetStore.TargetValues values, long current, Long expectedVersion) {
        if (expectedVersion == null) {
            throw new PreconditionRequiredException("version", "Replacing the target of " + indicator + " for " + unit
                    + " must name the version it was shown (now " + current + "): the field 'version' or If-Match")
                    .because("problem.version.required");
        }
        if (!store.replace(indicator, unit, values, expectedVersion)) {
            throw new ConflictException("The target of " + indicator + " for " + unit + " changed since version "
                    + expectedVersion + " was shown (now version " + current + "); nothing was changed",
                    forUnit(indicator, unit).orElse(null)).because("problem.target.changed", indicator, unit, expectedVersion,
                    current);
        }
    }

    /** A human rating with its evidence, kept beside the computed status; the latest one is shown. ADMIN only. */
    @Transactional
    public HumanRating rate(String indicator, String unit, TargetStatus rating, String evidence) {
        access.requireAdmin("TARGET_RATING", indicator + "/" + unit);
        if (evidence == null || evidence.isBlank()) {
            throw new InvalidParameterException("evidence", evidence, "the evidence the rating rests on")
                    .because("reason.rating.evidence");
        }
        vn.steerboard.common.EdgeText.atMost("evidence", evidence.strip(), 2000);
        TargetView target = forUnit(indicator, unit)
                .orElseThrow(() -> new NotFoundException("Indicator '" + indicator + "' has no target for unit " + unit)
                        .because("problem.target.none", indicator, unit));
        Actor actor = access.requireActor();
        OffsetDateTime now = time.now();
        HumanRating given = new HumanRating(rating, evidence.strip(), actor.name(), now);
        store.rate(target.id(), unit, given);
        latestRatings = null;
        audit.record(new AuditEvent("TARGET_RATED", "TARGET", indicator + "/" + unit, Registry.NATION.equals(unit) ? null : unit,
                null, Map.of("rating", rating.name()), evidence.strip()));
        events.publishEvent(new TargetChanged(indicator, Registry.NATION.equals(unit) ? null : unit));
        return given;
    }

    /** The latest human rating of the target for the unit; all ratings are held in memory, they are few. */
    public Optional<HumanRating> rating(TargetView target, String unit) {
        Map<String, HumanRating> current = latestRatings;
        if (current == null) {
            current = store.latestRatings();
            latestRatings = current;
        }
        return Optional.ofNullable(current.get(target.id() + "|" + unit));
    }

    private Map<String, Map<String, TargetView>> targets() {
        Map<String, Map<String, TargetView>> current = byIndicatorAndUnit;
        if (current == null) {
            current = store.all();
            byIndicatorAndUnit = current;
        }
        return current;
    }
}
