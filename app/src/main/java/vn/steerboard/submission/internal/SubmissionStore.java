package vn.steerboard.submission.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.Contribution;
import vn.steerboard.submission.SubmissionStatus;

/** The SQL of submissions, their steps and values. */
@Component
public class SubmissionStore {

    static final String HEAD_COLUMNS = "id, data_set_code, unit_code, period, status, approved_through, version";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SubmissionPrefetch prefetch;
    private final boolean postgres;

    SubmissionStore(JdbcClient jdbc, JdbcTemplate template, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = template;
        this.postgres = vn.steerboard.common.CopyRows.postgres(dataSource);
        this.prefetch = new SubmissionPrefetch(jdbc, template, postgres);
    }

    /** A submission's key: one data set, unit and period. */
    public record Key(String dataSet, String unit, String period) {
    }

    /** The fields the workflow decides on. */
    public record Head(long id, String dataSet, String unit, String period, SubmissionStatus status, String approvedThrough,
            long version) {

        public Key key() {
            return new Key(dataSet, unit, period);
        }

        public boolean locked() {
            return status == SubmissionStatus.APPROVED || approvedThrough != null;
        }
    }

    /** A new submission's row. */
    public record NewSubmission(Key key, LocalDate periodEnd, LocalDate dueOn, String channel, String actor, OffsetDateTime at,
            LocalDate on, String warnings) {
    }

    /** An existing submission entered again: back to SUBMITTED at the first level. */
    public record Resubmission(long id, String channel, String actor, OffsetDateTime at, LocalDate on, String warnings) {
    }

    /** One step of a submission's history. */
    public record Step(long submissionId, String action, String level, String actor, OffsetDateTime at, String note) {
    }

    /** One element's value of one submission. */
    public record ValueKey(long submissionId, String element) {
    }

    /** What a batch needs to know before it is checked and written, fetched in a few queries for all its keys. */
    public record Existing(Map<Key, Head> heads, Map<Long, List<Contribution>> values,
            Map<String, Map<String, Double>> previous) {

        public Head head(Key key) {
            return heads.get(key);
        }

        public List<Contribution> values(long submissionId) {
            return values.getOrDefault(submissionId, List.of());
        }

        public Map<String, Double> previous(String unit, String period) {
            return previous.getOrDefault(unit + "|" + period, Map.of());
        }
    }

    /** A unit's earlier period, whose values ".prev" rules compare with. */
    public record PreviousKey(String unit, String period) {
    }

    /** The submissions among {@code keys} that exist, with their values, and the values of the previous periods asked. */
    public Existing prefetch(Collection<Key> keys, Collection<PreviousKey> previousKeys) {
        return prefetch.existing(keys, previousKeys);
    }

    /** The ids of the submissions among {@code keys} that exist. */
    Map<Key, Long> ids(Collection<Key> keys) {
        return prefetch.ids(keys);
    }

    static Head head(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Head(rs.getLong("id"), rs.getString("data_set_code"), rs.getString("unit_code"), rs.getString("period"),
                SubmissionStatus.valueOf(rs.getString("status")), rs.getString("approved_through"), rs.getLong("version"));
    }

    /** New submissions in one batch; their ids come back by key. */
    public Map<Key, Long> insertAll(List<NewSubmission> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        template.batchUpdate("""
                INSERT INTO submission (data_set_code, unit_code, period, period_end, due_on, status, channel, submitted_by,
                       submitted_at, submitted_on, warnings)
                VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?)""", rows.stream().map(r -> new Object[] {r.key().dataSet(),
            r.key().unit(), r.key().period(), r.periodEnd(), r.dueOn(), r.channel(), r.actor(), r.at(), r.on(), r.warnings()})
                .toList());
        return ids(rows.stream().map(NewSubmission::key).toList());
    }

    public void resubmitAll(List<Resubmission> rows) {
        template.batchUpdate("""
                UPDATE submission SET status = 'SUBMITTED', approved_through = NULL, version = version + 1, channel = ?,
                       submitted_by = ?, submitted_at = ?, submitted_on = ?, warnings = ?, return_reason = NULL
                WHERE id = ?""", rows.stream().map(r -> new Object[] {r.channel(), r.actor(), r.at(), r.on(), r.warnings(), r.id()})
                .toList());
    }

    /**
     * The steps of many submissions: on PostgreSQL one statement, the steps passed as arrays (a drain approving
     * 10,000 system-sourced submissions wrote them one by one in a JDBC batch: 200 ms, bench/README session 15).
     */
    public void stepAll(List<Step> steps) {
        if (postgres && steps.size() > 1) {
            template.update("""
                    INSERT INTO submission_step (submission_id, action, level_unit, actor, acted_at, note)
                    SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::varchar[])""",
                    ps -> {
                        java.sql.Connection c = ps.getConnection();
                        ps.setArray(1, c.createArrayOf("int8", steps.stream().map(Step::submissionId).toArray()));
                        ps.setArray(2, c.createArrayOf("varchar", steps.stream().map(Step::action).toArray()));
                        ps.setArray(3, c.createArrayOf("varchar", steps.stream().map(Step::level).toArray()));
                        ps.setArray(4, c.createArrayOf("varchar", steps.stream().map(Step::actor).toArray()));
                        ps.setArray(5, c.createArrayOf("timestamptz", steps.stream().map(s -> s.at() == null ? null
                                : s.at().toString()).toArray()));
                        ps.setArray(6, c.createArrayOf("varchar", steps.stream().map(Step::note).toArray()));
                    });
            return;
        }
        template.batchUpdate("""
                INSERT INTO submission_step (submission_id, action, level_unit, actor, acted_at, note)
                VALUES (?, ?, ?, ?, ?, ?)""", steps.stream().map(s -> new Object[] {s.submissionId(), s.action(), s.level(),
            s.actor(), s.at(), s.note()}).toList());
    }

    public void deleteValues(List<ValueKey> values) {
        template.batchUpdate("""
                DELETE FROM data_value WHERE submission_id = ? AND element_code = ?""",
                values.stream().map(v -> new Object[] {v.submissionId(), v.element()}).toList());
    }

    public Optional<Head> find(long id) {
        return jdbc.sql("SELECT " + HEAD_COLUMNS + " FROM submission WHERE id = :id").param("id", id)
                .query((rs, n) -> head(rs)).optional();
    }

    /** Moves the submission on from {@code expectedVersion} only: false (nothing changed) when it has moved since. */
    public boolean setState(long id, long expectedVersion, SubmissionStatus status, String approvedThrough, String returnReason) {
        return jdbc.sql("""
                UPDATE submission SET status = :status, approved_through = :through, return_reason = :reason,
                       version = version + 1
                WHERE id = :id AND version = :version""").param("status", status.name()).param("through", approvedThrough)
                .param("reason", returnReason).param("id", id).param("version", expectedVersion).update() == 1;
    }

    public void step(Step step) {
        stepAll(List.of(step));
    }

    public List<Contribution> contributions(long submissionId) {
        return jdbc.sql("""
                SELECT element_code, unit_code, period, numeric_value, weight, entry_seq, lineage FROM data_value
                WHERE submission_id = :id ORDER BY element_code""").param("id", submissionId)
                .query((rs, n) -> new Contribution(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getLong(6), rs.getString(7))).list();
    }

    /** Everyone who entered values of the submission, at any time: none of them may approve or return it. */
    public List<String> authors(long submissionId) {
        return jdbc.sql("""
                SELECT actor FROM submission_step WHERE submission_id = :id AND action = 'SUBMITTED'
                UNION SELECT submitted_by FROM submission WHERE id = :id""").param("id", submissionId).query(String.class).list();
    }

    /** The highest entry number so far; the writer lock hands out the next ones. */
    public long lastSequence() {
        return jdbc.sql("""
                SELECT COALESCE(MAX(entry_seq), 0) FROM data_value""").query(Long.class).single();
    }
}
