package vn.steerboard.indicator.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.indicator.HumanRating;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.indicator.TargetView;

/** The SQL of targets, their milestones and the human ratings beside them. */
@Component
public class TargetStore {

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a target is set to. */
    public record TargetValues(double baselineValue, LocalDate baselineDate, double targetValue, LocalDate deadline) {
    }

    public Optional<Long> version(String indicator, String unit) {
        return jdbc.sql("""
                SELECT version FROM indicator_target WHERE indicator_code = :indicator AND unit_code = :unit""")
                .param("indicator", indicator).param("unit", unit).query(Long.class).optional();
    }

    /** Replaces the target from {@code expectedVersion} only: false (nothing changed) when it has moved since. */
    public boolean replace(String indicator, String unit, TargetValues values, long expectedVersion) {
        return jdbc.sql("""
                UPDATE indicator_target SET baseline_value = :baseline, baseline_date = :baselineDate, target_value = :target,
                       deadline = :deadline, version = version + 1
                WHERE indicator_code = :indicator AND unit_code = :unit AND version = :version""")
                .param("baseline", values.baselineValue()).param("baselineDate", values.baselineDate())
                .param("target", values.targetValue()).param("deadline", values.deadline()).param("indicator", indicator)
                .param("unit", unit).param("version", expectedVersion).update() == 1;
    }

    public void insert(String indicator, String unit, TargetValues values) {
        jdbc.sql("""
                INSERT INTO indicator_target (indicator_code, unit_code, baseline_value, baseline_date, target_value, deadline)
                VALUES (:indicator, :unit, :baseline, :baselineDate, :target, :deadline)""")
                .param("indicator", indicator).param("unit", unit).param("baseline", values.baselineValue())
                .param("baselineDate", values.baselineDate()).param("target", values.targetValue())
                .param("deadline", values.deadline()).update();
    }

    /** The target's milestones become exactly these. */
    public void replaceMilestones(String indicator, String unit, List<TargetView.Milestone> milestones) {
        long id = jdbc.sql("""
                SELECT id FROM indicator_target WHERE indicator_code = :indicator AND unit_code = :unit""")
                .param("indicator", indicator).param("unit", unit).query(Long.class).single();
        jdbc.sql("""
                DELETE FROM target_milestone WHERE target_id = :id""").param("id", id).update();
        for (TargetView.Milestone m : milestones) {
            jdbc.sql("""
                    INSERT INTO target_milestone (target_id, milestone_date, milestone_value) VALUES (:id, :date, :value)""")
                    .param("id", id).param("date", m.date()).param("value", m.value()).update();
        }
    }

    public void rate(long targetId, String unit, HumanRating rating) {
        jdbc.sql("""
                INSERT INTO target_rating (target_id, unit_code, rating, evidence, rated_by, rated_at)
                VALUES (:target, :unit, :rating, :evidence, :by, :at)""").param("target", targetId).param("unit", unit)
                .param("rating", rating.rating().name()).param("evidence", rating.evidence()).param("by", rating.ratedBy())
                .param("at", rating.ratedAt()).update();
    }

    /** The latest rating per target and unit, keyed "targetId|unit". */
    public Map<String, HumanRating> latestRatings() {
        Map<String, HumanRating> latest = new HashMap<>();
        jdbc.sql("""
                SELECT target_id, unit_code, rating, evidence, rated_by, rated_at FROM target_rating ORDER BY rated_at, id""")
                .query(rs -> {
                    latest.put(rs.getLong(1) + "|" + rs.getString(2), new HumanRating(TargetStatus.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)));
                });
        return latest;
    }

    /** Every target, by indicator and unit, with its milestones. */
    public Map<String, Map<String, TargetView>> all() {
        Map<Long, List<TargetView.Milestone>> milestones = new HashMap<>();
        jdbc.sql("""
                SELECT target_id, milestone_date, milestone_value FROM target_milestone ORDER BY target_id, milestone_date""")
                .query(rs -> {
                    milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new TargetView.Milestone(rs.getObject(2, LocalDate.class), rs.getDouble(3)));
                });
        Map<String, Map<String, TargetView>> targets = new HashMap<>();
        jdbc.sql("""
                SELECT id, indicator_code, unit_code, baseline_value, baseline_date, target_value, deadline, version
                FROM indicator_target""").query(rs -> {
                    long id = rs.getLong("id");
                    TargetView target = new TargetView(id, rs.getString("indicator_code"), rs.getString("unit_code"), false,
                            rs.getDouble("baseline_value"), rs.getObject("baseline_date", LocalDate.class),
                            rs.getDouble("target_value"), rs.getObject("deadline", LocalDate.class),
                            List.copyOf(milestones.getOrDefault(id, List.of())), rs.getLong("version"));
                    targets.computeIfAbsent(target.indicatorCode(), k -> new HashMap<>()).put(target.unitCode(), target);
                });
        return targets;
    }
}
