package vn.steerboard.indicator.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.indicator.SubmissionView;

/** The SQL of submissions, their steps and values. */
@Component
public class SubmissionStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SubmissionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The fields the workflow decides on. */
    public record Head(long id, String dataSet, String unit, String period, String status, String approvedThrough, long version) {

        public boolean locked() {
            return "APPROVED".equals(status) || approvedThrough != null;
        }
    }

    /** What a batch needs to know before it is checked and written, fetched in a few queries for all its keys. */
    public record Existing(Map<List<String>, Head> heads, Map<Long, List<Contribution>> values,
            Map<String, Map<String, Double>> previous) {

        public Head head(String dataSet, String unit, String period) {
            return heads.get(List.of(dataSet, unit, period));
        }

        public List<Contribution> values(long submissionId) {
            return values.getOrDefault(submissionId, List.of());
        }

        public Map<String, Double> previous(String unit, String period) {
            return previous.getOrDefault(unit + "|" + period, Map.of());
        }
    }

    /**
     * The submissions (data set, unit, period) that exist among {@code keys}, with their values, and the values of
     * {@code previousKeys} (unit, period) for ".prev" rules.
     */
    public Existing prefetch(java.util.Collection<List<String>> keys, java.util.Collection<List<String>> previousKeys) {
        Map<List<String>, Head> heads = new java.util.HashMap<>();
        for (List<List<String>> chunk : chunks(List.copyOf(keys))) {
            List<Object> params = new ArrayList<>();
            chunk.forEach(params::addAll);
            jdbc.sql("SELECT id, data_set_code, unit_code, period, status, approved_through, version FROM submission"
                    + " WHERE (data_set_code, unit_code, period) IN (" + tuples(chunk.size(), 3) + ")").params(params)
                    .query(rs -> {
                        Head head = new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getLong(7));
                        heads.put(List.of(head.dataSet(), head.unit(), head.period()), head);
                    });
        }
        Map<Long, List<Contribution>> values = new java.util.HashMap<>();
        List<Long> ids = heads.values().stream().map(Head::id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.sql("SELECT submission_id, element_code, unit_code, period, numeric_value, weight, entry_seq, lineage FROM data_value"
                    + " WHERE submission_id IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")
                    .params(new ArrayList<Object>(chunk)).query(rs -> {
                        values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Contribution(rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6), rs.getLong(7), rs.getString(8)));
                    });
        }
        Map<String, Map<String, Double>> previous = new java.util.HashMap<>();
        for (List<List<String>> chunk : chunks(List.copyOf(previousKeys))) {
            List<Object> params = new ArrayList<>();
            chunk.forEach(params::addAll);
            jdbc.sql("SELECT unit_code, period, element_code, numeric_value FROM data_value WHERE (unit_code, period) IN ("
                    + tuples(chunk.size(), 2) + ")").params(params).query(rs -> {
                        previous.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new LinkedHashMap<>())
                                .put(rs.getString(3), rs.getDouble(4));
                    });
        }
        return new Existing(heads, values, previous);
    }

    /** New submissions in one batch; their ids come back by key. */
    public Map<List<String>, Long> insertAll(List<Object[]> rows) {
        template.batchUpdate("""
                INSERT INTO submission (data_set_code, unit_code, period, period_end, due_on, status, channel, submitted_by,
                       submitted_at, submitted_on, warnings)
                VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?)""", rows);
        List<List<String>> keys = rows.stream().map(r -> List.of((String) r[0], (String) r[1], (String) r[2])).toList();
        Map<List<String>, Long> ids = new java.util.HashMap<>();
        prefetch(keys, List.of()).heads().forEach((key, head) -> ids.put(key, head.id()));
        return ids;
    }

    public void resubmitAll(List<Object[]> rows) {
        template.batchUpdate("""
                UPDATE submission SET status = 'SUBMITTED', approved_through = NULL, version = version + 1, channel = ?, submitted_by = ?,
                       submitted_at = ?, submitted_on = ?, warnings = ?, return_reason = NULL WHERE id = ?""", rows);
    }

    public void stepAll(List<Object[]> rows) {
        template.batchUpdate("INSERT INTO submission_step (submission_id, action, level_unit, actor, acted_at, note) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
    }

    public void deleteValues(List<Object[]> submissionAndElement) {
        template.batchUpdate("DELETE FROM data_value WHERE submission_id = ? AND element_code = ?", submissionAndElement);
    }

    public void insertValues(List<Contribution> values, Map<Contribution, Long> submissionOf) {
        List<Object[]> rows = new ArrayList<>();
        for (Contribution c : values) {
            rows.add(new Object[] {c.element(), c.unit(), c.period(), submissionOf.get(c), c.value(), c.weight(), c.seq(), c.lineage()});
        }
        template.batchUpdate("""
                INSERT INTO data_value (element_code, unit_code, period, submission_id, numeric_value, weight, entry_seq, lineage)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += 300) {
            chunks.add(items.subList(from, Math.min(items.size(), from + 300)));
        }
        return chunks;
    }

    private static String tuples(int count, int width) {
        String tuple = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
        return String.join(", ", java.util.Collections.nCopies(count, tuple));
    }

    public Optional<Head> find(long id) {
        return jdbc.sql("SELECT id, data_set_code, unit_code, period, status, approved_through, version FROM submission WHERE id = ?")
                .param(id).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7))).optional();
    }

    /** Moves the submission on from {@code expectedVersion} only: false (nothing changed) when it has moved since. */
    public boolean setState(long id, long expectedVersion, String status, String approvedThrough, String returnReason) {
        return jdbc.sql("UPDATE submission SET status = ?, approved_through = ?, return_reason = ?, version = version + 1"
                + " WHERE id = ? AND version = ?").params(status, approvedThrough, returnReason, id, expectedVersion).update() == 1;
    }

    public void step(long id, String action, String level, String actor, OffsetDateTime at, String note) {
        jdbc.sql("INSERT INTO submission_step (submission_id, action, level_unit, actor, acted_at, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, action, level, actor, at, note).update();
    }

    public List<Contribution> contributions(long submissionId) {
        return jdbc.sql("SELECT element_code, unit_code, period, numeric_value, weight, entry_seq, lineage FROM data_value"
                + " WHERE submission_id = ? ORDER BY element_code").param(submissionId)
                .query((rs, n) -> new Contribution(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getLong(6), rs.getString(7))).list();
    }

    /** The highest entry number so far; the submissions lock hands out the next ones. */
    public long lastSequence() {
        return jdbc.sql("SELECT COALESCE(MAX(entry_seq), 0) FROM data_value").query(Long.class).single();
    }

    public Optional<SubmissionView> view(long id, java.util.function.Function<String, String> unitName,
            java.util.function.Function<Head, String> nextLevel) {
        List<SubmissionView.Step> steps = jdbc.sql("SELECT action, level_unit, actor, acted_at, note FROM submission_step"
                + " WHERE submission_id = ? ORDER BY id").param(id)
                .query((rs, n) -> new SubmissionView.Step(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5))).list();
        Map<String, Double> values = new LinkedHashMap<>();
        jdbc.sql("SELECT element_code, numeric_value FROM data_value WHERE submission_id = ? ORDER BY element_code").param(id)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getDouble(2));
                });
        return jdbc.sql("SELECT * FROM submission WHERE id = ?").param(id).query((rs, n) -> {
            Head head = new Head(rs.getLong("id"), rs.getString("data_set_code"), rs.getString("unit_code"),
                    rs.getString("period"), rs.getString("status"), rs.getString("approved_through"), rs.getLong("version"));
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            LocalDate on = rs.getObject("submitted_on", LocalDate.class);
            String warnings = rs.getString("warnings");
            return new SubmissionView(head.id(), head.dataSet(), head.unit(), unitName.apply(head.unit()), head.period(),
                    head.status(), head.approvedThrough(), nextLevel.apply(head), head.locked(), due, on, on.isAfter(due),
                    rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("channel"),
                    warnings == null || warnings.isBlank() ? List.of() : List.of(warnings.split("\n")),
                    rs.getString("return_reason"), values, steps, head.version());
        }).optional();
    }

    /** Submission ids matching a filter, newest period first. */
    public List<Long> ids(String status, List<String> unitsWithin, String dataSet, String period, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id FROM submission WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status);
        }
        if (unitsWithin != null) {
            if (unitsWithin.isEmpty()) {
                return List.of();
            }
            sql.append(" AND unit_code IN (").append(String.join(", ", java.util.Collections.nCopies(unitsWithin.size(), "?"))).append(")");
            params.addAll(unitsWithin);
        }
        if (dataSet != null) {
            sql.append(" AND data_set_code = ?");
            params.add(dataSet);
        }
        if (period != null) {
            sql.append(" AND period = ?");
            params.add(period);
        }
        sql.append(" ORDER BY period_end DESC, unit_code FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    static Timestamp timestamp(OffsetDateTime at) {
        return Timestamp.from(at.toInstant());
    }
}
