package vn.steerboard.indicator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.registry.Registry;
import vn.steerboard.analytics.IndicatorProgress;

/**
 * Targets (national, or broken down per unit), their milestones, and the human ratings an ADMIN sets beside the
 * computed status. Read on every scorecard, so held in memory and reloaded after a change.
 */
@Service
public class Targets {

    private final JdbcClient jdbc;
    private final IndicatorCatalogue catalogue;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private volatile Map<String, Map<String, TargetView>> byIndicatorAndUnit;
    private volatile Map<String, HumanRating> latestRatings;

    private final vn.steerboard.common.VietnamTime time;

    Targets(JdbcClient jdbc, IndicatorCatalogue catalogue, Registry registry, AccessPolicy access, AuditTrail audit,
            ApplicationEventPublisher events, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.jdbc = jdbc;
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
        catalogue.indicator(indicator);
        if (!Registry.NATION.equals(unit) && !registry.exists(unit)) {
            throw new InvalidParameterException("unit", unit, "an organisation unit code, or VN for the nation");
        }
        if (baselineDate == null || deadline == null || !deadline.isAfter(baselineDate)) {
            throw new InvalidParameterException("deadline", deadline, "a date after the baseline date " + baselineDate);
        }
        for (TargetView.Milestone m : milestones == null ? List.<TargetView.Milestone>of() : milestones) {
            if (!m.date().isAfter(baselineDate) || !m.date().isBefore(deadline)) {
                throw new InvalidParameterException("milestones", m.date(), "a date between the baseline and the deadline");
            }
        }
        for (double value : new double[] {baselineValue, targetValue}) {
            if (ValueType.NUMBER.problem(value) != null) {
                throw InvalidParameterException.field(value == baselineValue ? "baselineValue" : "targetValue", value,
                        ValueType.NUMBER.problem(value));
            }
        }
        Optional<Long> existing = jdbc.sql("SELECT version FROM indicator_target WHERE indicator_code = ? AND unit_code = ?")
                .params(indicator, unit).query(Long.class).optional();
        if (existing.isPresent()) {
            if (expectedVersion == null) {
                throw new vn.steerboard.common.PreconditionRequiredException("version", "Replacing the target of " + indicator
                        + " for " + unit + " must name the version it was shown (now " + existing.get()
                        + "): the field 'version' or If-Match");
            }
            int moved = jdbc.sql("""
                    UPDATE indicator_target SET baseline_value = ?, baseline_date = ?, target_value = ?, deadline = ?,
                           version = version + 1 WHERE indicator_code = ? AND unit_code = ? AND version = ?""")
                    .params(baselineValue, baselineDate, targetValue, deadline, indicator, unit, expectedVersion).update();
            if (moved != 1) {
                throw new vn.steerboard.common.ConflictException("The target of " + indicator + " for " + unit
                        + " changed since version " + expectedVersion + " was shown (now version " + existing.get()
                        + "); nothing was changed", forUnit(indicator, unit).orElse(null));
            }
        } else {
            jdbc.sql("""
                    INSERT INTO indicator_target (indicator_code, unit_code, baseline_value, baseline_date, target_value, deadline)
                    VALUES (?, ?, ?, ?, ?, ?)""").params(indicator, unit, baselineValue, baselineDate, targetValue, deadline).update();
        }
        long id = jdbc.sql("SELECT id FROM indicator_target WHERE indicator_code = ? AND unit_code = ?").params(indicator, unit)
                .query(Long.class).single();
        jdbc.sql("DELETE FROM target_milestone WHERE target_id = ?").param(id).update();
        for (TargetView.Milestone m : milestones == null ? List.<TargetView.Milestone>of() : milestones) {
            jdbc.sql("INSERT INTO target_milestone (target_id, milestone_date, milestone_value) VALUES (?, ?, ?)")
                    .params(id, m.date(), m.value()).update();
        }
        audit.record(new AuditEvent("TARGET_SET", "TARGET", indicator + "/" + unit, Registry.NATION.equals(unit) ? null : unit,
                null, Map.of("baseline", baselineValue, "target", targetValue, "deadline", deadline.toString()), null));
        byIndicatorAndUnit = null;
        events.publishEvent(new TargetChanged(indicator, Registry.NATION.equals(unit) ? null : unit));
        return forUnit(indicator, unit).orElseThrow();
    }

    /** A human rating with its evidence, kept beside the computed status; the latest one is shown. ADMIN only. */
    @Transactional
    public HumanRating rate(String indicator, String unit, TargetStatus rating, String evidence) {
        access.requireAdmin("TARGET_RATING", indicator + "/" + unit);
        if (evidence == null || evidence.isBlank()) {
            throw new InvalidParameterException("evidence", evidence, "the evidence the rating rests on");
        }
        vn.steerboard.common.EdgeText.atMost("evidence", evidence.strip(), 2000);
        TargetView target = forUnit(indicator, unit)
                .orElseThrow(() -> new NotFoundException("Indicator '" + indicator + "' has no target for unit " + unit));
        Actor actor = access.requireActor();
        OffsetDateTime now = time.now();
        jdbc.sql("INSERT INTO target_rating (target_id, unit_code, rating, evidence, rated_by, rated_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(target.id(), unit, rating.name(), evidence.strip(), actor.name(), now).update();
        latestRatings = null;
        audit.record(new AuditEvent("TARGET_RATED", "TARGET", indicator + "/" + unit, Registry.NATION.equals(unit) ? null : unit,
                null, Map.of("rating", rating.name()), evidence.strip()));
        events.publishEvent(new TargetChanged(indicator, Registry.NATION.equals(unit) ? null : unit));
        return new HumanRating(rating, evidence.strip(), actor.name(), now);
    }

    /** The latest human rating of the target for the unit; all ratings are held in memory, they are few. */
    public Optional<HumanRating> rating(TargetView target, String unit) {
        Map<String, HumanRating> current = latestRatings;
        if (current == null) {
            Map<String, HumanRating> loaded = new HashMap<>();
            jdbc.sql("SELECT target_id, unit_code, rating, evidence, rated_by, rated_at FROM target_rating ORDER BY rated_at, id")
                    .query(rs -> {
                        loaded.put(rs.getLong(1) + "|" + rs.getString(2), new HumanRating(
                                TargetStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                                rs.getObject(6, OffsetDateTime.class)));
                    });
            current = loaded;
            latestRatings = current;
        }
        return Optional.ofNullable(current.get(target.id() + "|" + unit));
    }

    private Map<String, Map<String, TargetView>> targets() {
        Map<String, Map<String, TargetView>> current = byIndicatorAndUnit;
        if (current == null) {
            Map<Long, List<TargetView.Milestone>> milestones = new HashMap<>();
            jdbc.sql("SELECT target_id, milestone_date, milestone_value FROM target_milestone ORDER BY target_id, milestone_date")
                    .query(rs -> {
                        milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new TargetView.Milestone(rs.getObject(2, LocalDate.class), rs.getDouble(3)));
                    });
            Map<String, Map<String, TargetView>> loaded = new HashMap<>();
            jdbc.sql("SELECT * FROM indicator_target").query(rs -> {
                long id = rs.getLong("id");
                TargetView target = new TargetView(id, rs.getString("indicator_code"), rs.getString("unit_code"), false,
                        rs.getDouble("baseline_value"), rs.getObject("baseline_date", LocalDate.class),
                        rs.getDouble("target_value"), rs.getObject("deadline", LocalDate.class),
                        List.copyOf(milestones.getOrDefault(id, List.of())), rs.getLong("version"));
                loaded.computeIfAbsent(target.indicatorCode(), k -> new HashMap<>()).put(target.unitCode(), target);
            });
            current = loaded;
            byIndicatorAndUnit = current;
        }
        return current;
    }
}
