package vn.steerboard.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.support.IntegrationTest;

/**
 * The steps of many submissions at once (on PostgreSQL one statement, the steps as arrays): every field comes back
 * exactly as written, notes and actors a user typed included, shaped against the arrays (quotes, braces, commas, a
 * backslash, the word NULL, SQL, Vietnamese text) and null; a single step writes the same as many.
 */
@IntegrationTest
class SubmissionStepsTest {

    private static final OffsetDateTime BEFORE = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    SubmissionStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void hostileNotesAndActorsAreStoredExactlyAsTyped() {
        List<Long> ids = jdbc.sql("SELECT id FROM submission ORDER BY id").query(Long.class).list().subList(0, 2);
        List<String> texts = List.of("x','y", "{a,b}", "\"q\"", "a\\b", "NULL", "'); DELETE FROM submission_step; --",
                "Ghi chú: số liệu đã được đối chiếu", "tab\tand\nnewline");
        // the test's steps are told from every other by their time, in 1999
        OffsetDateTime at = OffsetDateTime.of(1999, 11, 30, 9, 15, 30, 123_456_000, ZoneOffset.ofHours(7));
        List<String> actions = List.of("SUBMITTED", "APPROVED", "RETURNED");
        List<SubmissionStore.Step> steps = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            steps.add(new SubmissionStore.Step(ids.get(i % 2), actions.get(i % 3), i % 3 == 0 ? null : "01", texts.get(i),
                    at.plusSeconds(i), texts.get(texts.size() - 1 - i)));
        }
        steps.add(new SubmissionStore.Step(ids.get(0), "APPROVED", null, "admin", at.plusSeconds(100), null));
        try {
            transactions.executeWithoutResult(s -> store.stepAll(steps));
            transactions.executeWithoutResult(s -> store.step(new SubmissionStore.Step(ids.get(1), "RETURNED", "01",
                    "a\\\"b{c}", at.plusSeconds(200), "một bước")));

            Map<java.time.Instant, List<Object>> stored = new TreeMap<>();
            jdbc.sql("SELECT acted_at, submission_id, action, level_unit, actor, note FROM submission_step"
                    + " WHERE acted_at < ?").param(BEFORE).query(rs -> {
                        stored.put(rs.getObject(1, OffsetDateTime.class).toInstant(), java.util.Arrays.asList(rs.getLong(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                    });
            Map<java.time.Instant, List<Object>> expected = new TreeMap<>();
            for (SubmissionStore.Step step : steps) {
                expected.put(step.at().toInstant(), java.util.Arrays.asList(step.submissionId(), step.action(), step.level(),
                        step.actor(), step.note()));
            }
            expected.put(at.plusSeconds(200).toInstant(), java.util.Arrays.asList(ids.get(1), "RETURNED", "01", "a\\\"b{c}",
                    "một bước"));
            assertThat(stored).isEqualTo(expected);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM submission_step").query(Long.class).single()).isGreaterThan(9);
        } finally {
            jdbc.sql("DELETE FROM submission_step WHERE acted_at < ?").param(BEFORE).update();
        }
    }
}
